"""Schema-driven fuzzing: queries and mutations generated from the live schema (hypothesis-graphql), sent
over HTTP to the real ASGI app (httpx through Starlette's TestClient transport, lifespan run) on a
SQLite file with the demo catalogue: anonymously, with a citizen's token, and with a staff token that
holds every staff role. Any 5xx or masked internal error fails.

Bounded and reproducible: a fixed number of derandomized examples per root field and caller.
Subscriptions are not fuzzed (hypothesis-graphql generates queries and mutations only);
tests/graphql/test_typed_errors.py probes the subscription's id by hand.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets

import graphql
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import nodes
from hypothesis_graphql import strategies as gql_st
from starlette.testclient import TestClient

from api.app import create_app
from api.graphql.errors import MASKED_MESSAGE
from api.identity import tokens
from api.identity.enums import Role
from api.settings import ROOT
from tests.applications.conftest import make_user
from tests.conftest import database_url_for, make_settings, reset_postgres_schema

# A fixed budget per root field (×2: anonymous and citizen); FUZZ_EXAMPLES raises it for a longer
# run by hand, FUZZ_DATABASE=postgres runs it against the PostgreSQL test database instead.
EXAMPLES_PER_FIELD = int(os.environ.get("FUZZ_EXAMPLES", "10"))
SCHEMA = graphql.build_schema((ROOT / "schema.graphql").read_text(encoding="utf-8"))


def _json_values() -> st.SearchStrategy:
    """Value nodes for the JSON scalar: any JSON (objects, arrays, strings, numbers, null, booleans)."""
    leaves = st.one_of(
        st.none().map(lambda _: graphql.NullValueNode()),
        st.booleans().map(nodes.Boolean),
        st.integers(min_value=-(2**70), max_value=2**70).map(nodes.Int),
        st.floats(allow_nan=False, allow_infinity=False).map(nodes.Float),
        st.text(max_size=40).map(nodes.String),
    )

    def field(item):
        return graphql.ObjectFieldNode(name=graphql.NameNode(value=item[0]), value=item[1])

    def containers(children: st.SearchStrategy) -> st.SearchStrategy:
        keys = st.from_regex(r"[a-z_]{1,12}", fullmatch=True)
        return st.one_of(
            st.lists(children, max_size=4).map(nodes.List),
            st.lists(st.tuples(keys, children), max_size=4, unique_by=lambda kv: kv[0]).map(
                lambda items: nodes.Object([field(i) for i in items])
            ),
        )

    return st.recursive(leaves, containers, max_leaves=12)


CUSTOM_SCALARS = {
    "JSON": _json_values(),
    "Date": st.one_of(st.dates().map(nodes.String), st.text(max_size=12).map(nodes.String)),
    "DateTime": st.one_of(st.datetimes().map(lambda d: nodes.String(d.isoformat())), st.text(max_size=12).map(nodes.String)),
}

QUERY_FIELDS = sorted(SCHEMA.query_type.fields)
MUTATION_FIELDS = sorted(SCHEMA.mutation_type.fields)
FIGURES = {"cases": 0, "failures": 0, "refused": 0}  # refused: UNAUTHENTICATED or FORBIDDEN


@pytest.fixture(scope="module")
def fuzz_client(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzz")
    kind = os.environ.get("FUZZ_DATABASE", "sqlite")
    url = database_url_for(kind, tmp)
    if kind == "postgres":
        asyncio.run(reset_postgres_schema(url))
    app_settings = make_settings(tmp, url, upload_dir=tmp / "uploads")
    with TestClient(create_app(app_settings, load_demo=True)) as client:
        yield client
    print(f"\nfuzz: {FIGURES['cases']} cases, {FIGURES['failures']} failures, {FIGURES['refused']} refused by policy")


@pytest.fixture(scope="module")
def citizen_auth(fuzz_client) -> dict:
    async def make():
        user = await make_user(f"用户{secrets.token_hex(2)}", [Role.CITIZEN])
        return (await tokens.start_session(fuzz_client.app.state.identity.keys, user)).access_token

    return {"Authorization": f"Bearer {fuzz_client.portal.call(make)}"}


def _check(client: TestClient, document: str, headers: dict) -> None:
    FIGURES["cases"] += 1
    response = client.post("/graphql", json={"query": document}, headers=headers)
    problem = None
    if response.status_code >= 500:
        problem = f"HTTP {response.status_code}"
    else:
        errors = response.json().get("errors") or []
        if any(MASKED_MESSAGE in (e.get("message") or "") for e in errors):
            problem = "masked internal error"
        codes = {(e.get("extensions") or {}).get("code") for e in errors}
        FIGURES["refused"] += bool(codes & {"UNAUTHENTICATED", "FORBIDDEN"})
    if problem:
        FIGURES["failures"] += 1
        raise AssertionError(f"{problem} for\n{document}\n{response.text[:500]}")


def _fuzz(strategy, client: TestClient, headers: dict) -> None:
    @settings(
        max_examples=EXAMPLES_PER_FIELD,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(document=strategy)
    def run(document: str) -> None:
        _check(client, document, headers)

    run()


@pytest.fixture(scope="module")
def staff_auth(fuzz_client) -> dict:
    """Every staff role at once (a reviewer of the first department): reaches the desk's fields."""

    async def make():
        from api.catalog.models import Department

        user = await make_user(f"职员{secrets.token_hex(2)}", [r for r in Role if r != Role.CITIZEN])
        user.department = await Department.all().order_by("id").first()
        await user.save()
        return (await tokens.start_session(fuzz_client.app.state.identity.keys, user)).access_token

    return {"Authorization": f"Bearer {fuzz_client.portal.call(make)}"}


WHO = ["anonymous", "citizen", "staff"]


def _headers(request, who: str) -> dict:
    return {} if who == "anonymous" else request.getfixturevalue(f"{who}_auth")


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize("field", QUERY_FIELDS)
def test_fuzz_query(request, fuzz_client, field, who):
    strategy = gql_st.queries(SCHEMA, fields=[field], custom_scalars=CUSTOM_SCALARS)
    _fuzz(strategy, fuzz_client, _headers(request, who))


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize("field", MUTATION_FIELDS)
def test_fuzz_mutation(request, fuzz_client, field, who):
    strategy = gql_st.mutations(SCHEMA, fields=[field], custom_scalars=CUSTOM_SCALARS)
    _fuzz(strategy, fuzz_client, _headers(request, who))


def test_json_strategy_makes_arrays_and_objects():
    """The JSON scalar strategy reaches the shapes that broke saveDraft (arrays, nested objects)."""
    seen = set()

    @settings(max_examples=200, derandomize=True, database=None)
    @given(CUSTOM_SCALARS["JSON"])
    def collect(node):
        seen.add(type(node).__name__)

    collect()
    assert {"ListValueNode", "ObjectValueNode", "StringValueNode"} <= seen, json.dumps(sorted(seen))
