"""Ad-hoc documents that read only public catalogue fields are answered from the public cache, like
persisted ones; anything else (private or non-catalogue fields, mutations, bad documents) is executed
by strawberry as before."""

import json

import pytest

from api.graphql.persisted import PersistedQueries
from api.web.public_documents import PublicDocuments
from tests.web.test_persisted_queries import persisted_get, some_code

GUIDE = PersistedQueries().by_name("Guide")
DOCUMENTS = PublicDocuments(frozenset({"guide", "bundles", "search"}), max_tokens=2000)


def test_a_catalogue_query_written_by_hand_is_recognised():
    found = DOCUMENTS.recognise("query G($c: String!) { guide(code: $c) { code } bundles { code } }", None)
    assert found is not None and found.name == "G" and len(found.sha256) == 64
    anonymous = DOCUMENTS.recognise('{ g: guide(code: "B03") { code } }', None)
    assert anonymous is not None and anonymous.name == ""


@pytest.mark.parametrize(
    "text, operation",
    [
        ('{ guide(code: "B03") { code } trackApplication(trackingNumber: "1", code: "2") { status } }', None),
        ("{ myApplications { pageInfo { hasNextPage } } }", None),
        ('mutation { requestPhoneCode(phone: "1") { __typename } }', None),
        ("{ ...F } fragment F on Query { bundles { code } }", None),
        ("{ __typename }", None),
        ("{ __schema { types { name } } }", None),
        ('{ guide(code: "B03") @include(if: true) { code } }', None),
        ("query @skip(if: false) { bundles { code } }", None),
        ("{ bundles { code } ", None),
        ("query A { bundles { code } } query B { bundles { code } }", None),
        ("query A { bundles { code } }", "B"),
        ("{" * 3000 + "}" * 3000, None),
    ],
)
def test_anything_else_is_left_to_strawberry(text, operation):
    assert DOCUMENTS.recognise(text, operation) is None


def test_the_named_operation_of_several_is_chosen():
    found = DOCUMENTS.recognise("query A { bundles { code } } mutation B { x }", "A")
    assert found is not None and found.name == "A"


def test_decisions_are_kept_in_a_bounded_memo():
    small = PublicDocuments(frozenset({"bundles"}), max_tokens=2000, max_entries=2)
    for n in range(5):
        small.recognise(f"{{ b{n}: bundles {{ code }} }}", None)
    assert len(small._decisions) == 2


def test_an_ad_hoc_guide_query_is_answered_from_the_public_cache(demo_client):
    code = some_code(demo_client)
    text = "query Mine($code: String!) {\n  guide(code: $code) { ... on Bundle { code name nameEn } }\n}"
    first = demo_client.post("/graphql", json={"query": text, "variables": {"code": code}})
    again = demo_client.post("/graphql", json={"query": text, "variables": {"code": code}})
    assert first.status_code == again.status_code == 200
    assert first.json()["data"]["guide"]["code"] == code
    assert first.headers["etag"] == again.headers["etag"]  # one body, kept per catalogue revision
    executed = demo_client.get("/graphql", params={"query": text, "variables": json.dumps({"code": code})})
    assert executed.json()["data"] == first.json()["data"]


def test_the_cached_ad_hoc_answer_matches_the_persisted_one(demo_client):
    code = some_code(demo_client)
    by_hash = persisted_get(demo_client, GUIDE.sha256, {"code": code}).json()
    ad_hoc = demo_client.post(
        "/graphql", json={"query": " " + GUIDE.text, "variables": {"code": code}}
    ).json()
    assert ad_hoc == by_hash


def test_errors_are_not_cached_and_private_fields_still_need_a_sign_in(demo_client):
    unknown = demo_client.post("/graphql", json={"query": '{ guide(code: "NOPE") { code } }'})
    assert "etag" not in unknown.headers or unknown.headers.get("cache-control") == "no-store"
    private = demo_client.post("/graphql", json={"query": "{ me { __typename } }"})
    assert private.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
