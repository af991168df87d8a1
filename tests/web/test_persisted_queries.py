"""Public queries as cacheable GETs named by the sha256 of a persisted document."""

import json

from api.graphql.persisted import PersistedQueries

GUIDE = PersistedQueries().by_name("Guide")


def persisted_get(client, sha: str, variables: dict | None = None, headers: dict | None = None):
    params = {"extensions": json.dumps({"persistedQuery": {"version": 1, "sha256Hash": sha}})}
    if variables is not None:
        params["variables"] = json.dumps(variables)
    return client.get("/graphql", params=params, headers=headers or {})


def some_code(client) -> str:
    result = client.post("/graphql", json={"query": "{ bundles { code } }"}).json()
    return result["data"]["bundles"][0]["code"]


def test_get_by_hash_answers_with_cache_headers(demo_client):
    code = some_code(demo_client)
    response = persisted_get(demo_client, GUIDE.sha256, {"code": code})
    assert response.status_code == 200
    assert response.json()["data"]["guide"]["code"] == code
    assert response.headers["cache-control"] == "public, max-age=60, stale-while-revalidate=86400"
    assert response.headers["etag"].startswith('"')
    assert response.headers["content-encoding"] == "gzip"


def test_etag_revalidation_answers_304(demo_client):
    code = some_code(demo_client)
    first = persisted_get(demo_client, GUIDE.sha256, {"code": code})
    again = persisted_get(demo_client, GUIDE.sha256, {"code": code}, {"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
    assert again.content == b""


def test_cached_answers_equal_a_full_execution(demo_client):
    code = some_code(demo_client)
    get = persisted_get(demo_client, GUIDE.sha256, {"code": code})
    post = demo_client.post("/graphql", json={"query": GUIDE.text, "variables": {"code": code}})
    # a GET with the query text (not a persisted hash) goes to strawberry, which executes it
    executed = demo_client.get(
        "/graphql", params={"query": " " + GUIDE.text, "variables": json.dumps({"code": code})}
    )
    assert "etag" not in executed.headers
    full = executed.json()
    charged = full.pop("extensions")["cost"]  # charged to the caller; cached answers are not
    cached = get.json().pop("extensions")["cost"]
    assert cached == {key: charged[key] for key in ("requested", "actual", "maxPerRequest")}
    assert {"remaining", "limit", "resetAfter"} <= set(charged)
    assert {k: v for k, v in get.json().items() if k != "extensions"} == full
    assert get.json() == post.json()
    assert post.headers["etag"] == get.headers["etag"]


def test_a_huge_post_is_refused_early(demo_client):
    response = demo_client.post(
        "/graphql",
        content=b'{"query": "' + b" " * 100_000 + b'"}',
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 413


def test_post_may_name_the_document_by_hash_only(demo_client):
    code = some_code(demo_client)
    body = {
        "variables": {"code": code},
        "extensions": {"persistedQuery": {"version": 1, "sha256Hash": GUIDE.sha256}},
    }
    assert demo_client.post("/graphql", json=body).json()["data"]["guide"]["code"] == code


def test_unknown_hash_is_404_with_a_code(demo_client):
    response = persisted_get(demo_client, "0" * 64)
    assert response.status_code == 404
    assert response.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"


def test_bad_json_parameters_are_400(demo_client):
    response = demo_client.get("/graphql", params={"extensions": "{not json"})
    assert response.status_code == 400
    response = persisted_get(demo_client, GUIDE.sha256, variables=[1, 2])  # type: ignore[arg-type]
    assert response.status_code == 400


def test_bad_variables_are_errors_and_not_cached(demo_client):
    response = persisted_get(demo_client, GUIDE.sha256, {"code": 5})
    assert response.status_code == 200
    assert response.json()["errors"]
    assert response.headers["cache-control"] == "no-store"


def test_the_answer_follows_a_catalogue_change(demo_client):
    """Cached bodies belong to a catalogue revision: a new revision executes the query again."""
    from api.catalog.models import CatalogRevision

    code = some_code(demo_client)
    before = persisted_get(demo_client, GUIDE.sha256, {"code": code}).headers["etag"]

    async def bump():
        await CatalogRevision.filter(id=1).update(revision=10_000)

    demo_client.portal.call(bump)
    after = persisted_get(demo_client, GUIDE.sha256, {"code": code})
    assert after.status_code == 200
    assert after.headers["etag"] == before  # same content …
    health = demo_client.get("/healthz").json()
    assert health["catalogRevision"] == 10_000  # … but served from the new revision
