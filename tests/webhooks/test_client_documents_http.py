"""Per-client persisted documents over HTTP, on the production app: an ad-hoc document from a client
is refused (typed error with extensions.code), a registered one runs by hash (POST) and by GET with
an ETag and 304 — on SQLite and PostgreSQL. In development ad-hoc documents still run."""

from __future__ import annotations

import asyncio
import hashlib
import json

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from api.graphql.persisted import PersistedQueries
from api.identity import clients
from api.identity.enums import Scope
from api.identity.principal import Principal, PrincipalKind
from api.settings import Settings
from api.web.client_documents import ClientDocuments, registration_only
from tests.conftest import make_settings, reset_postgres_schema

HALLS = "query Halls { halls { code } }"
REGISTER = """mutation { registerDocuments(documents: [%s]) {
  ... on RegisteredDocuments { documents { sha256 name } } ... on WebhookErrorType { code } } }"""


@pytest.fixture
def production(database_url, tmp_path):
    if database_url.startswith("postgres"):
        asyncio.run(reset_postgres_schema(database_url))
    settings = make_settings(tmp_path, database_url, production=True)
    assert settings.documents_only
    with TestClient(create_app(settings, load_demo=True)) as client:
        yield client


def _client_token(http: TestClient, name: str) -> dict:
    async def make():
        return await clients.register_client(name, frozenset({Scope.CATALOG_READ}), None)

    client, secret = http.portal.call(make)
    form = {"grant_type": "client_credentials", "client_id": client.client_id, "client_secret": secret}
    token = http.post("/oauth/token", data=form).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


def _get(http: TestClient, sha: str, auth: dict, **headers: str):
    params = {"extensions": json.dumps({"persistedQuery": {"version": 1, "sha256Hash": sha}})}
    return http.get("/graphql", params=params, headers={**auth, **headers})


def test_production_refuses_ad_hoc_documents_and_runs_registered_ones(production):
    auth = _client_token(production, "街道小程序")
    refused = production.post("/graphql", json={"query": HALLS}, headers=auth)
    assert refused.status_code == 400
    assert refused.json()["errors"][0]["extensions"]["code"] == "ADHOC_DOCUMENT_REFUSED"
    sha = hashlib.sha256(HALLS.encode()).hexdigest()
    assert (
        production.post(
            "/graphql", json={"extensions": {"persistedQuery": {"sha256Hash": sha}}}, headers=auth
        ).status_code
        == 404
    )

    registered = production.post("/graphql", json={"query": REGISTER % json.dumps(HALLS)}, headers=auth)
    assert registered.status_code == 200, registered.text
    assert registered.json()["data"]["registerDocuments"]["documents"] == [{"sha256": sha, "name": "Halls"}]

    by_hash = production.post(
        "/graphql", json={"extensions": {"persistedQuery": {"sha256Hash": sha}}}, headers=auth
    )
    assert by_hash.status_code == 200 and by_hash.json()["data"]["halls"]
    by_text = production.post("/graphql", json={"query": HALLS}, headers=auth)
    assert by_text.status_code == 200 and by_text.json()["data"] == by_hash.json()["data"]

    first = _get(production, sha, auth)
    assert first.status_code == 200 and first.json()["data"] == by_hash.json()["data"]
    etag = first.headers["etag"]
    assert etag.startswith('"') and first.headers["cache-control"] == "private, no-cache"
    again = _get(production, sha, auth, **{"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""

    # another client's hash is not this client's: register your own
    other = _client_token(production, "别的小程序")
    assert _get(production, sha, other).status_code == 404
    assert production.post("/graphql", json={"query": HALLS}, headers=other).status_code == 400
    # a document that is not valid for this schema is not registered
    bad = production.post("/graphql", json={"query": REGISTER % json.dumps("{ nope }")}, headers=other)
    assert bad.json()["data"]["registerDocuments"]["code"] == "DOCUMENT_INVALID"
    # a GET never runs a mutation, even a registered one
    mutation = "mutation Again { registerDocuments(documents: []) { __typename } }"
    production.post("/graphql", json={"query": REGISTER % json.dumps(mutation)}, headers=other)
    assert _get(production, hashlib.sha256(mutation.encode()).hexdigest(), other).status_code == 400
    # the PWA's public documents and anonymous requests are not affected
    assert production.post("/graphql", json={"query": HALLS}).status_code == 200


async def test_development_runs_ad_hoc_documents_from_clients():
    assert not Settings().documents_only and Settings(production=True).documents_only
    principal = Principal(PrincipalKind.CLIENT, client_id=1)
    body = json.dumps({"query": HALLS}).encode()
    loose = ClientDocuments(PersistedQueries(), enforce=False)
    assert await loose.post_body(principal, {"query": HALLS}, body) == body
    assert registration_only(
        'mutation { registerDocuments(documents: ["{ halls { code } }"]) { __typename } }'
    )
    assert not registration_only("mutation { registerDocuments(documents: []) { __typename } x { y } }")
    assert not registration_only("{ halls { code } } mutation { registerDocuments(documents: []) { a } }")
