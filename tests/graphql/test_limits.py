"""Malformed, deep, wide and oversized queries are refused with GraphQL errors, not server errors."""

from tests.conftest import gql


def test_malformed_query_is_a_graphql_error(demo_client):
    result = gql(demo_client, "{ guide(code: ")
    assert result["errors"][0]["message"].startswith("Syntax Error")


def test_unknown_field_is_a_validation_error(demo_client):
    result = gql(demo_client, "{ bundles { nope } }")
    assert "Cannot query field 'nope'" in result["errors"][0]["message"]


def test_deep_queries_are_refused(demo_client):
    nested = "children { " * 12 + "code" + " }" * 12
    result = gql(demo_client, "{ lifeCycle { " + nested + " } }")
    assert "exceeds maximum operation depth" in result["errors"][0]["message"]


def test_alias_floods_are_refused(demo_client):
    body = " ".join(f"a{i}: departments {{ code }}" for i in range(40))
    result = gql(demo_client, "{ " + body + " }")
    assert "aliases" in result["errors"][0]["message"]


def test_oversized_documents_are_refused(demo_client):
    body = " ".join("departments { code name nameEn }" for _ in range(600))
    result = gql(demo_client, "{ " + body + " }")
    assert "token" in result["errors"][0]["message"].lower()


def test_wrong_variable_type_is_a_graphql_error(demo_client):
    result = gql(demo_client, "query($c: String!) { guide(code: $c) { __typename } }", {"c": 12})
    assert "errors" in result and result.get("data") is None


def test_development_suggests_field_names(demo_client):
    assert "Did you mean" in gql(demo_client, "{ bundle { code } }")["errors"][0]["message"]
