"""Production hardening: no introspection, no field suggestions, no GraphiQL, masked errors."""

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from tests.conftest import gql, make_settings


@pytest.fixture(scope="module")
def production_client(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("prod")
    settings = make_settings(tmp, f"sqlite://{tmp / 'p.sqlite3'}", production=True)
    with TestClient(create_app(settings, load_demo=True)) as client:
        yield client


def test_introspection_is_off(production_client):
    result = gql(production_client, "{ __schema { types { name } } }")
    assert "introspection" in result["errors"][0]["message"].lower()


def test_field_suggestions_are_off(production_client):
    message = gql(production_client, "{ bundle { code } }")["errors"][0]["message"]
    assert "Did you mean" not in message


def test_graphiql_is_not_served(production_client):
    response = production_client.get("/graphql", headers={"Accept": "text/html"})
    assert "graphiql" not in response.text.lower()


def test_unexpected_errors_are_masked():
    from graphql import GraphQLError

    from api.graphql.errors import PublicError, is_deliberate

    assert not is_deliberate(GraphQLError("boom", original_error=RuntimeError("db password in here")))
    assert is_deliberate(GraphQLError("bad cursor", original_error=PublicError("bad cursor")))
