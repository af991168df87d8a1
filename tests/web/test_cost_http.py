"""The cost budget over HTTP, on SQLite and PostgreSQL: every answer of /graphql reports its cost
(``extensions.cost``; for a shared cached body the caller's budget travels in ``RateLimit-*``
headers), and a spent budget is HTTP 429 with ``Retry-After`` and ``RATE_LIMITED``."""

from __future__ import annotations

import asyncio
import hashlib
import json
import secrets

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from api.graphql.persisted import PersistedQueries
from api.identity import clients, tokens
from api.identity.enums import Role, Scope
from tests.applications.conftest import make_user
from tests.conftest import make_settings, reset_postgres_schema

BUDGET = 300
MINE = "query($n: Int) { myApplications(first: $n) { pageInfo { endCursor } edges { node { id } } } }"
HALLS = "query Halls { halls { code } }"
PER_CALLER = {"limit", "remaining", "resetAfter"}


@pytest.fixture
def http(database_url, tmp_path):
    if database_url.startswith("postgres"):
        asyncio.run(reset_postgres_schema(database_url))
    settings = make_settings(
        tmp_path,
        database_url,
        notifications_worker="off",
        graphql_cost_budget=BUDGET,
        graphql_cost_window=3600,
    )
    with TestClient(create_app(settings, load_demo=True)) as client:
        yield client


def _citizen(http: TestClient) -> dict:
    async def make():
        user = await make_user(f"用户{secrets.token_hex(2)}", [Role.CITIZEN])
        return (await tokens.start_session(http.app.state.identity.keys, user)).access_token

    return {"Authorization": f"Bearer {http.portal.call(make)}"}


def _client(http: TestClient) -> dict:
    async def make():
        return await clients.register_client("成本小程序", frozenset({Scope.CATALOG_READ}), None)

    client, secret = http.portal.call(make)
    form = {"grant_type": "client_credentials", "client_id": client.client_id, "client_secret": secret}
    return {"Authorization": f"Bearer {http.post('/oauth/token', data=form).json()['access_token']}"}


def _spent(response) -> None:
    assert response.status_code == 429
    retry = int(response.headers["retry-after"])
    assert 0 < retry <= 3600
    body = response.json()
    (error,) = body["errors"]
    assert body["data"] is None and error["extensions"]["code"] == "RATE_LIMITED"
    assert error["extensions"]["retryAfter"] == retry
    assert body["extensions"]["cost"]["actual"] == 0 and body["extensions"]["cost"]["requested"] > 0


def test_executed_answers_report_their_cost_and_a_spent_budget_is_429(http):
    auth = _citizen(http)
    first = http.post("/graphql", json={"query": MINE, "variables": {"n": 20}}, headers=auth)
    assert first.status_code == 200
    cost = first.json()["extensions"]["cost"]
    assert cost["requested"] == 2 + 20  # the page, its pageInfo, 20 edges
    assert cost["actual"] == 2  # no applications: the page and its pageInfo
    assert cost["limit"] == BUDGET and cost["remaining"] == BUDGET - 22 and 0 < cost["resetAfter"] <= 3600
    assert cost["maxPerRequest"] >= cost["requested"]
    for _ in range(200):
        response = http.post("/graphql", json={"query": MINE, "variables": {"n": 20}}, headers=auth)
        if response.status_code != 200:
            break
        assert response.json()["extensions"]["cost"]["remaining"] >= 0
    _spent(response)
    assert response.json()["extensions"]["cost"]["remaining"] < 22
    # what is left can still be spent; another caller has a budget of their own
    small = http.post("/graphql", json={"query": MINE, "variables": {"n": 0}}, headers=auth)
    assert small.status_code == 200 and small.json()["extensions"]["cost"]["requested"] == 2
    assert (
        http.post(
            "/graphql", json={"query": MINE, "variables": {"n": 20}}, headers=_citizen(http)
        ).status_code
        == 200
    )


def test_public_cached_answers_carry_the_shared_cost_and_the_budget_in_headers(http):
    guide = PersistedQueries().by_name("Guide")
    auth = _citizen(http)
    remaining = []
    for _ in range(3):  # a persisted public document is not charged
        response = http.post(
            "/graphql", json={"query": guide.text, "variables": {"code": "B03"}}, headers=auth
        )
        assert response.status_code == 200
        cost = response.json()["extensions"]["cost"]
        assert cost["requested"] > 0 and cost["actual"] > 0 and not PER_CALLER & set(cost)
        assert int(response.headers["ratelimit-limit"]) == BUDGET
        remaining.append(int(response.headers["ratelimit-remaining"]))
    assert remaining == [BUDGET] * 3
    # a GET by hash may be kept by a shared cache: the same body, no per-caller header
    params = {
        "extensions": json.dumps({"persistedQuery": {"version": 1, "sha256Hash": guide.sha256}}),
        "variables": json.dumps({"code": "B03"}),
    }
    got = http.get("/graphql", params=params, headers=auth)
    assert got.status_code == 200 and got.json()["extensions"]["cost"] == cost
    assert "ratelimit-remaining" not in got.headers and got.headers["cache-control"].startswith("public")

    # an ad-hoc catalogue document is charged on every request, cached answer or not
    seen = []
    for _ in range(200):
        response = http.post("/graphql", json={"query": HALLS}, headers=auth)
        if response.status_code != 200:
            break
        requested = response.json()["extensions"]["cost"]["requested"]
        seen.append(int(response.headers["ratelimit-remaining"]))
    assert len(seen) >= 2 and seen[0] == BUDGET - requested and seen[1] == seen[0] - requested
    _spent(response)


def test_a_clients_documents_by_get_keep_their_etag_and_report_the_budget_in_headers(http):
    auth = _client(http)
    register = "mutation { registerDocuments(documents: [" + json.dumps(HALLS) + "]) { __typename } }"
    registered = http.post("/graphql", json={"query": register}, headers=auth)
    assert registered.status_code == 200 and registered.json()["extensions"]["cost"]["actual"] >= 10
    params = {
        "extensions": json.dumps(
            {"persistedQuery": {"sha256Hash": hashlib.sha256(HALLS.encode()).hexdigest()}}
        )
    }
    first = http.get("/graphql", params=params, headers=auth)
    assert first.status_code == 200 and first.headers["cache-control"] == "private, no-cache"
    cost = first.json()["extensions"]["cost"]
    assert cost["requested"] > 0 and cost["actual"] > 0 and not PER_CALLER & set(cost)
    left = int(first.headers["ratelimit-remaining"])
    again = http.get("/graphql", params=params, headers={**auth, "If-None-Match": first.headers["etag"]})
    assert again.status_code == 304  # charged again, yet the same body: the figure is in the header
    assert int(again.headers["ratelimit-remaining"]) == left - cost["requested"]
    for _ in range(200):
        response = http.get("/graphql", params=params, headers=auth)
        if response.status_code != 200:
            break
    _spent(response)
