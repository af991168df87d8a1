from api.catalog.search import SearchIndex, terms
from tests.catalog.factories import item


def named(code, name, keywords=()):
    from dataclasses import replace

    return replace(item(code, 1), name=name, keywords=tuple(keywords))


def test_terms_are_cjk_bigrams_and_latin_words():
    assert terms("开餐馆") == ["开餐", "餐馆"]
    assert terms("办") == ["办"]
    assert terms("Business licence 营业执照") == ["营业", "业执", "执照", "business", "licence"]


def test_full_width_input_is_normalised():
    assert terms("ＡＢＣ") == ["abc"]


def test_ranks_name_matches_above_keyword_and_partial_matches():
    index = SearchIndex(
        [
            named("A1", "食品经营许可", ["开餐馆"]),
            named("B1", "我要开餐馆"),
            named("C1", "公章刻制"),
        ]
    )
    hits = index.search("开餐馆", 10)
    assert [h.code for h in hits.hits] == ["B1", "A1"]
    assert hits.total == 2


def test_a_query_matching_nothing_returns_nothing():
    index = SearchIndex([named("A1", "食品经营许可")])
    assert index.search("结婚", 10).hits == ()
    assert index.search("   ", 10).total == 0


def test_half_the_terms_must_match():
    index = SearchIndex([named("A1", "营业执照办理"), named("B1", "执照")])
    # 营业执照: 营业 业执 执照 — B1 holds one term of three, below half
    assert [h.code for h in index.search("营业执照", 10).hits] == ["A1"]
