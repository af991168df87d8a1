"""Query cost: computed before execution, limited per request, budgeted per principal, reported in
``extensions.cost``."""

from __future__ import annotations

import secrets

import pytest
from graphql import parse
from starlette.testclient import TestClient

from api.app import create_app
from api.graphql.cost import DEFAULT_LIST, CostBudget, query_cost
from api.graphql.persisted import PersistedQueries
from api.identity import tokens
from api.identity.enums import Role
from api.schema import schema
from api.settings import Settings
from tests.applications.conftest import make_user
from tests.conftest import count_queries, gql, make_settings

SCHEMA = schema._schema
SELECTION = "myApplications(first: $n) { pageInfo { endCursor } edges { cursor node { id lanes { status } } } }"
APPLICATIONS = "query($n: Int) { " + SELECTION + " }"


def cost(document: str, variables: dict | None = None) -> int:
    return query_cost(SCHEMA, parse(document), None, variables)


def test_lists_multiply_their_children_by_their_page_size():
    # the page (1) + pageInfo (1) + first × (the edge and its application (1) + its lanes (DEFAULT_LIST × 1))
    assert cost(APPLICATIONS, {"n": 5}) == 2 + 5 * (1 + DEFAULT_LIST)
    assert cost("{ " + SELECTION.replace("$n", "7") + " }") == 2 + 7 * (1 + DEFAULT_LIST)
    assert cost(APPLICATIONS, {}) == 2 + 20 * (1 + DEFAULT_LIST)  # the argument's default (20)
    assert cost(APPLICATIONS, {"n": 10_000}) == 2 + 100 * (1 + DEFAULT_LIST)  # at most the largest page
    assert cost("{ vapidPublicKey }") == 1  # scalars are free, but no request is
    assert cost('mutation { deleteDraft(id: "1") { __typename } }') == 11  # writes cost more
    fragment = "query { ...F } fragment F on Query { myApplications(first: 3) { edges { node { id } } } }"
    assert cost(fragment) == 1 + 3


def test_every_persisted_public_document_is_within_the_request_limit():
    limit = Settings().graphql_max_cost
    for query in PersistedQueries():
        assert query_cost(SCHEMA, parse(query.text), query.name, {}) <= limit, query.name


def test_the_budget_is_per_principal_and_per_window():
    now = [0.0]
    budget = CostBudget(100, 60, clock=lambda: now[0])
    assert budget.charge("user:1", 60) == (True, 40, 60)
    assert budget.charge("user:1", 60)[0] is False  # not spent when refused
    assert budget.charge("user:2", 60)[0] is True
    now[0] = 45.0
    allowed, remaining, reset = budget.charge("user:1", 40)
    assert allowed and remaining == 0 and reset == 15
    now[0] = 60.0
    assert budget.charge("user:1", 100) == (True, 0, 60)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cost")
    settings = make_settings(
        tmp,
        f"sqlite://{tmp / 'db.sqlite3'}",
        notifications_worker="off",
        graphql_cost_budget=2_500,
        graphql_cost_window=3_600,
    )
    with TestClient(create_app(settings, load_demo=True)) as client:
        yield client


def _citizen(client) -> dict:
    async def make():
        user = await make_user(f"用户{secrets.token_hex(2)}", [Role.CITIZEN])
        return (await tokens.start_session(client.app.state.identity.keys, user)).access_token

    return {"Authorization": f"Bearer {client.portal.call(make)}"}


def test_a_costly_query_is_refused_before_any_sql_runs(client):
    auth = _citizen(client)
    wide = "{ " + " ".join(f"a{i}: " + SELECTION.replace("$n", "100") for i in range(5)) + " }"
    with count_queries() as counted:
        refused = gql(client, wide, headers=auth)
    assert refused["data"] is None
    error = refused["errors"][0]
    assert error["extensions"]["code"] == "QUERY_TOO_COSTLY"
    assert error["extensions"]["cost"] == 5 * (2 + 100 * (1 + DEFAULT_LIST)) > error["extensions"]["maxCost"]
    assert counted.queries == []
    assert refused["extensions"]["cost"]["requested"] == error["extensions"]["cost"]

    with count_queries() as counted:  # the same query, narrower: it runs (and the counter counts)
        ran = gql(client, APPLICATIONS, {"n": 2}, headers=auth)
    assert "errors" not in ran and counted.queries


def test_each_response_reports_its_cost_and_the_budget_runs_out(client):
    auth, other = _citizen(client), _citizen(client)
    first = gql(client, APPLICATIONS, {"n": 50}, headers=auth)  # 2 + 50 × 11 = 552
    assert first["extensions"]["cost"] == {
        "requested": 552,
        "remaining": 2500 - 552,
        "limit": 2500,
        "maxPerRequest": Settings().graphql_max_cost,
        "resetAfter": first["extensions"]["cost"]["resetAfter"],
        "actual": 2,  # no applications yet: the page and its pageInfo
    }
    assert 0 < first["extensions"]["cost"]["resetAfter"] <= 3600
    second = gql(client, APPLICATIONS, {"n": 50}, headers=auth)
    assert second["extensions"]["cost"]["remaining"] == 2500 - 2 * 552
    for _ in range(2):
        assert "errors" not in gql(client, APPLICATIONS, {"n": 50}, headers=auth)
    refused = client.post("/graphql", json={"query": APPLICATIONS, "variables": {"n": 50}}, headers=auth)
    assert refused.status_code == 429  # 5 × 552 > 2500
    fifth = refused.json()
    error = fifth["errors"][0]
    assert fifth["data"] is None and error["extensions"]["code"] == "RATE_LIMITED"
    assert 0 < error["extensions"]["retryAfter"] <= 3600
    assert "errors" not in gql(client, APPLICATIONS, {"n": 2}, headers=auth)  # what is left can be spent
    assert "errors" not in gql(client, APPLICATIONS, {"n": 50}, headers=other)  # others have their own


def test_public_cached_answers_are_not_charged(client):
    guide = PersistedQueries().by_name("Guide")
    for _ in range(3):
        response = client.post("/graphql", json={"query": guide.text, "variables": {"code": "B03"}})
        assert response.status_code == 200
        assert int(response.headers["ratelimit-remaining"]) == 2_500  # the budget, untouched
        assert "remaining" not in response.json()["extensions"]["cost"]  # a body shared by every caller
