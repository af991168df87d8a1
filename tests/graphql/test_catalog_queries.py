"""The public catalogue through /graphql, on the demo catalogue."""

from api.catalog.enums import SuppliedBy
from tests.conftest import edges_nodes, gql

GUIDE_ITEM = """
query($code: String!) {
  guide(code: $code) {
    __typename
    ... on ServiceItem { code name department { name } materials { material { name suppliedBy } waived }
                         timeLimit { statutoryDays promisedDays } guideUrl qrSvgUrl }
    ... on NotFound { code message messageEn lookedUp }
  }
}"""


def first_item_code(client) -> str:
    data = gql(client, "{ catalogItems(first: 1) { edges { node { code } } } }")["data"]
    return data["catalogItems"]["edges"][0]["node"]["code"]


def test_guide_by_code_returns_the_item(demo_client):
    code = first_item_code(demo_client)
    guide = gql(demo_client, GUIDE_ITEM, {"code": code.lower()})["data"]["guide"]
    assert guide["__typename"] == "ServiceItem"
    assert guide["code"] == code
    assert guide["materials"], "an item guide lists its materials"
    for line in guide["materials"]:
        assert line["waived"] == (line["material"]["suppliedBy"] != SuppliedBy.NONE.name)
    assert guide["guideUrl"] == f"https://hall.example.gov.cn/g/{code}"
    assert guide["qrSvgUrl"] == f"/q/{code}.svg"
    assert guide["timeLimit"]["promisedDays"] <= guide["timeLimit"]["statutoryDays"]


def test_unknown_code_is_a_typed_not_found(demo_client):
    result = gql(demo_client, GUIDE_ITEM, {"code": "NOPE99"})
    assert "errors" not in result
    assert result["data"]["guide"] == {
        "__typename": "NotFound",
        "code": "NOT_FOUND",
        "message": "没有找到该事项或一件事，请检查二维码或编码。",
        "messageEn": "No service item or bundle has this code. Check the QR code or the code.",
        "lookedUp": "NOPE99",
    }


BUNDLES = """
{ bundles { code name items { code materials { material { code } } location { window hall { code } }
            timeLimit { promisedDays } visits }
            materials { material { code suppliedBy } producedInBundle usedBy waived }
            savings { materialsBefore materialsAfter windowsBefore windowsAfter daysBefore daysAfter
                      visitsBefore visitsAfter } } }"""


def test_bundle_savings_follow_from_the_items_it_lists(demo_client):
    bundles = gql(demo_client, BUNDLES)["data"]["bundles"]
    assert len(bundles) >= 8
    for bundle in bundles:
        items, savings = bundle["items"], bundle["savings"]
        assert savings["materialsBefore"] == sum(len(i["materials"]) for i in items)
        distinct = {m["material"]["code"] for i in items for m in i["materials"]}
        assert {m["material"]["code"] for m in bundle["materials"]} == distinct
        to_submit = [m for m in bundle["materials"] if not (m["waived"] or m["producedInBundle"])]
        assert savings["materialsAfter"] == len(to_submit)
        windows = {(i["location"]["hall"]["code"], i["location"]["window"]) for i in items}
        assert savings["windowsBefore"] == len(windows)
        assert savings["daysBefore"] == sum(i["timeLimit"]["promisedDays"] for i in items)
        assert max(i["timeLimit"]["promisedDays"] for i in items) <= savings["daysAfter"]
        assert savings["daysAfter"] <= savings["daysBefore"]
        assert savings["visitsBefore"] == sum(i["visits"] for i in items)


def test_birth_bundle_combines_the_five_items(demo_client):
    bundles = gql(demo_client, BUNDLES)["data"]["bundles"]
    birth = next(b for b in bundles if "出生" in b["name"])
    assert len(birth["items"]) >= 5
    assert any(m["producedInBundle"] for m in birth["materials"])  # 出生医学证明 feeds 户口登记
    assert birth["savings"]["daysAfter"] < birth["savings"]["daysBefore"]


def test_catalogue_pages_cover_every_item_once(demo_client):
    query = (
        "query($after: String) { catalogItems(first: 7, after: $after) { totalCount "
        "pageInfo { hasNextPage endCursor } edges { cursor node { code } } } }"
    )
    seen, after = [], None
    while True:
        page = gql(demo_client, query, {"after": after})["data"]["catalogItems"]
        seen += [e["node"]["code"] for e in page["edges"]]
        assert page["pageInfo"]["endCursor"] == page["edges"][-1]["cursor"]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len(seen) == len(set(seen)) == page["totalCount"] >= 30
    assert seen == sorted(seen)


def test_a_page_beyond_100_is_refused_not_clamped(demo_client):
    for first in (0, 101, 5000):
        result = gql(demo_client, "query($n: Int) { catalogItems(first: $n) { totalCount } }", {"n": first})
        (error,) = result["errors"]
        assert error["extensions"]["code"] == "PAGE_SIZE_OUT_OF_RANGE" and "100" in error["message"]
    page = gql(demo_client, "{ catalogItems(first: 100) { edges { node { code } } totalCount } }")["data"]
    assert len(page["catalogItems"]["edges"]) == min(100, page["catalogItems"]["totalCount"])


def test_a_forged_cursor_is_a_clear_error(demo_client):
    result = gql(demo_client, '{ catalogItems(after: "!!bogus") { totalCount } }')
    (error,) = result["errors"]
    assert error["message"] == "分页游标无效 Invalid page cursor"
    assert error["extensions"] == {"code": "INVALID_CURSOR", "messageEn": "Invalid page cursor"}


def test_filters_by_department_and_subject(demo_client):
    departments = gql(demo_client, "{ departments { code } }")["data"]["departments"]
    code = departments[0]["code"]
    page = gql(
        demo_client,
        "query($d: String) { catalogItems(first: 100, department: $d) { edges { node { department { code } } } } }",
        {"d": code},
    )["data"]["catalogItems"]
    nodes = edges_nodes(page)
    assert nodes and all(n["department"]["code"] == code for n in nodes)
    legal = gql(demo_client, "{ catalogItems(first: 100, subject: LEGAL_PERSON) { edges { node { subject } } } }")
    assert {n["subject"] for n in edges_nodes(legal["data"]["catalogItems"])} == {"LEGAL_PERSON"}


SEARCH = """query($t: String!) { search(text: $t, first: 10) { totalCount hits { __typename
  ... on ServiceItem { code name } ... on Bundle { code name } } } }"""


def test_search_finds_bundles_and_items_in_chinese(demo_client):
    restaurant = gql(demo_client, SEARCH, {"t": "开餐馆"})["data"]["search"]
    assert restaurant["hits"][0]["__typename"] == "Bundle"
    assert "餐" in restaurant["hits"][0]["name"]
    birth = gql(demo_client, SEARCH, {"t": "出生"})["data"]["search"]
    assert any(h["__typename"] == "Bundle" and "出生" in h["name"] for h in birth["hits"])
    assert any(h["__typename"] == "ServiceItem" and "出生" in h["name"] for h in birth["hits"])
    licence = gql(demo_client, SEARCH, {"t": "营业执照"})["data"]["search"]
    assert licence["totalCount"] >= 1
    assert any("营业执照" in h["name"] or "设立" in h["name"] for h in licence["hits"][:3])


def test_search_tells_score_and_where_it_matched_and_suggests_when_nothing_is_found(demo_client):
    query = """query($t: String!) { search(text: $t, first: 5) { totalCount suggestions
      results { score matchedOn entry { __typename ... on Bundle { code } ... on ServiceItem { code } } } } }"""
    pinyin = gql(demo_client, query, {"t": "canguan"})["data"]["search"]
    first = pinyin["results"][0]
    assert first["entry"] == {"__typename": "Bundle", "code": "B03"}
    assert "PINYIN" in first["matchedOn"] and "KEYWORD" in first["matchedOn"]
    assert [r["score"] for r in pinyin["results"]] == sorted((r["score"] for r in pinyin["results"]), reverse=True)
    assert pinyin["suggestions"] == []
    nothing = gql(demo_client, query, {"t": "婚庆"})["data"]["search"]
    assert nothing["totalCount"] == 0 and nothing["results"] == []
    assert "结婚" in nothing["suggestions"]


def test_life_cycle_tree_reaches_every_bundle(demo_client):
    query = """{ lifeCycle { code kind children { kind children { kind children { kind
               bundles { code } items { code } } } } } }"""
    tree = gql(demo_client, query)["data"]["lifeCycle"]
    assert {node["kind"] for node in tree} == {"SUBJECT"}
    reached = {
        b["code"]
        for subject in tree
        for stage in subject["children"]
        for theme in stage["children"]
        for event in theme["children"]
        for b in event["bundles"]
    }
    all_bundles = {b["code"] for b in gql(demo_client, "{ bundles { code } }")["data"]["bundles"]}
    assert reached == all_bundles
    people = gql(demo_client, "{ lifeCycle(subject: NATURAL_PERSON) { code } }")["data"]["lifeCycle"]
    assert [n["code"] for n in people] == ["NP"]


FORM = """
query($code: String!) {
  guide(code: $code) {
    __typename
    ... on ServiceItem { formSchema { ...form } }
    ... on Bundle { items { code } formSchema { ...form } }
  }
}
fragment form on FormSchema {
  code revision
  fields { code name nameEn type required prefill hint hintEn usedBy producedBy
           rules { minLength maxLength min max decimals pattern patternMessage patternMessageEn
                   choices { value name nameEn } } }
}"""


def test_a_bundle_serves_one_merged_form(demo_client):
    bundles = gql(demo_client, "{ bundles { code name } }")["data"]["bundles"]
    code = next(b["code"] for b in bundles if "餐馆" in b["name"])
    guide = gql(demo_client, FORM, {"code": code})["data"]["guide"]
    schema, members = guide["formSchema"], [i["code"] for i in guide["items"]]
    assert schema["code"] == code
    codes = [f["code"] for f in schema["fields"]]
    assert len(codes) == len(set(codes))
    name = next(f for f in schema["fields"] if f["code"] == "company_name")
    assert name["usedBy"] == members and name["required"] and name["prefill"] == "organization.name"
    credit = next(f for f in schema["fields"] if f["code"] == "credit_code")
    assert credit["type"] == "CREDIT_CODE" and credit["producedBy"] == members[0] and not credit["required"]
    food = next(f for f in schema["fields"] if f["code"] == "food_business_items")
    assert food["type"] == "MULTI_CHOICE" and len(food["rules"]["choices"]) >= 2
    size = next(f for f in schema["fields"] if f["code"] == "signboard_size")
    assert size["rules"]["pattern"] and size["rules"]["patternMessage"] and size["rules"]["patternMessageEn"]


def test_an_item_serves_its_own_form(demo_client):
    guide = gql(demo_client, FORM, {"code": first_item_code(demo_client)})["data"]["guide"]
    fields = guide["formSchema"]["fields"]
    assert 4 <= len(fields) <= 12
    assert all(f["producedBy"] is None for f in fields)
    assert all(f["usedBy"] == [guide["formSchema"]["code"]] for f in fields)
