"""The search index on hand-made entries: words, fields, pinyin, synonyms, typos, bundles, cut-off."""

from dataclasses import replace

from api.catalog import search_text as st
from api.catalog.search import MatchedOn, SearchIndex
from tests.catalog.factories import bundle, item, material


def named(code, name, keywords=(), summary="", materials=()):
    return replace(
        item(code, 1, materials=[material(m) for m in materials]),
        name=name,
        keywords=tuple(keywords),
        summary=summary,
    )


def codes(index, text, first=10):
    return [h.code for h in index.search(text, first).hits]


def test_words_are_jieba_words_without_stopwords_or_lone_characters():
    assert st.words("营业执照") == ["营业", "执照", "营业执照"]
    # 开 alone, 要, 办, 什么 say nothing (开饭店 is a word once a catalogue keyword taught it)
    found = st.words("开饭店要办什么")
    assert "饭店" in found and not set(found) & {"开", "要", "办", "什么", "要办"}
    assert st.words("Business licence 营业执照")[:2] == ["business", "licence"]
    assert st.words("ＡＢＣ") == ["abc"]  # full-width input is normalised


def test_pinyin_keys_and_one_edit():
    assert st.pinyin_keys("营业执照") == ("yingyezhizhao", "yyzz")
    assert st.within_one_edit("marriage", "mariage")
    assert st.within_one_edit("licence", "license")
    assert not st.within_one_edit("licence", "lisense")


def test_synonym_variants_swap_each_word_of_a_group():
    synonyms = st.Synonyms([["饭店", "餐馆"], ["身份证", "居民身份证"]])
    assert synonyms.of("饭店") == {"餐馆"}
    assert set(synonyms.variants("开饭店")) == {"开饭店", "开餐馆"}


def test_name_ranks_above_keyword_above_summary_above_material():
    index = SearchIndex(
        [
            named("M1", "户口迁移", materials=["结婚证"]),
            named("S1", "婚姻证明", summary="结婚以后办理"),
            named("K1", "婚姻登记", keywords=["结婚登记处"]),
            named("N1", "结婚登记"),
        ]
    )
    assert codes(index, "结婚", 4)[:2] == ["N1", "K1"]
    index = SearchIndex([named("M1", "户口迁移", materials=["结婚证"]), named("S1", "婚姻证明", summary="结婚以后办理")])
    assert codes(index, "结婚") == ["S1", "M1"]


def test_a_word_only_among_the_materials_of_many_entries_is_not_a_hit():
    entries = [named(f"X{i}", f"事项{i}号", materials=["居民身份证"]) for i in range(30)]
    index = SearchIndex([*entries, named("GA02", "居民身份证换领", keywords=["补办身份证"])])
    result = index.search("身份证丢了", 10)
    assert [h.code for h in result.hits] == ["GA02"]
    assert result.total == 1


def test_pinyin_in_full_with_or_without_spaces_and_initials():
    index = SearchIndex([named("A1", "食品经营许可", ["开餐馆"]), named("B1", "营业执照"), named("C1", "公章刻制")])
    assert codes(index, "canguan") == ["A1"]
    assert codes(index, "can guan") == ["A1"]
    assert codes(index, "kaicanguan") == ["A1"]
    assert codes(index, "yyzz") == ["B1"]
    hit = index.search("yyzz", 1).results[0]
    assert MatchedOn.PINYIN in hit.matched_on


def test_synonyms_find_what_their_group_finds_below_the_word_itself():
    synonyms = st.Synonyms([["饭店", "餐馆", "餐厅"]])
    index = SearchIndex([named("A1", "餐馆消防检查"), named("B1", "饭店卫生检查")], synonyms)
    assert codes(index, "餐厅") == ["A1", "B1"] or codes(index, "餐厅") == ["B1", "A1"]
    assert codes(index, "饭店") == ["B1", "A1"]
    assert MatchedOn.SYNONYM in index.search("饭店", 2).results[1].matched_on
    assert codes(SearchIndex([named("A1", "餐馆消防检查")]), "饭店") == []  # no synonyms, no hit


def test_a_homophone_typo_and_a_latin_typo_still_find():
    index = SearchIndex([replace(named("GA02", "居民身份证换领"), name_en="Renewal of the identity card")])
    assert codes(index, "身份正") == ["GA02"]
    assert MatchedOn.TYPO in index.search("身份正", 1).results[0].matched_on
    assert codes(index, "renewel") == ["GA02"]


def test_bundles_and_items_are_both_found_and_a_bundle_brings_its_items():
    licence, food = named("SJ01", "企业设立登记"), named("SJ04", "食品经营许可")
    sign = named("CG01", "门头牌匾设置")
    restaurant = replace(bundle("B03", [licence, food, sign]), name="我要开餐馆", keywords=("开饭店",))
    index = SearchIndex([restaurant, licence, food, sign, named("GA06", "公章刻制")])
    found = index.search("开饭店要办什么", 10)
    assert found.hits[0].code == "B03"
    assert {h.code for h in found.hits[1:]} == {"SJ01", "SJ04", "CG01"}
    assert MatchedOn.BUNDLE in next(h for h in found.results if h.entry.code == "CG01").matched_on


def test_nothing_found_suggests_catalogue_words():
    index = SearchIndex([named("A1", "结婚登记", ["领结婚证", "结婚"]), named("B1", "出生登记", ["上户口"])])
    result = index.search("离婚", 10)
    assert result.hits == () and result.total == 0
    assert result.suggestions == ("结婚", "领结婚证")
    assert index.search("   ", 10).total == 0


def test_the_index_teaches_the_segmenter_the_catalogue_words():
    SearchIndex([named("Z1", "事项", ["开小吃摊"])])
    assert "开小吃摊" in st.words("我想开小吃摊")
