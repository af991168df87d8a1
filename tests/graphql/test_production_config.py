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


def test_the_demo_sms_page_is_not_served_in_production(production_client):
    response = production_client.get("/demo/sms")
    assert "演示短信" not in response.text


def test_production_refuses_to_start_without_a_data_key(tmp_path, monkeypatch):
    from api import crypto_at_rest
    from api.crypto_at_rest import DataKeyError

    monkeypatch.delenv("ONEVISIT_DATA_KEYS", raising=False)
    monkeypatch.delenv("ONEVISIT_DATA_KEY", raising=False)
    saved = crypto_at_rest.ring()
    settings = make_settings(
        tmp_path,
        f"sqlite://{tmp_path / 'p.sqlite3'}",
        production=True,
        data_keys="",
        data_key_file=tmp_path / "data-key",
    )
    try:
        with pytest.raises(DataKeyError, match="required in production"):
            create_app(settings)
        assert not (tmp_path / "data-key").exists()  # production never makes one up
    finally:
        crypto_at_rest.configure(saved)


def test_production_has_no_demo_accounts_and_refuses_the_demo_sign_in(production_client):
    assert "accounts" not in production_client.get("/demo/accounts").text  # the PWA shell, if anything
    for account in ("admin", "window_clerk", "citizen"):
        refused = production_client.post(
            "/demo/sign-in", json={"account": account}, headers={"X-OneVisit-CSRF": "1"}
        )
        assert refused.status_code in (404, 405), refused.text
        assert "accessToken" not in refused.text and "ov_refresh" not in refused.headers.get("set-cookie", "")
    from api.identity.demo_accounts import DEMO_ACCOUNTS
    from api.identity.models import User

    phones = [a.phone for a in DEMO_ACCOUNTS]
    assert not production_client.portal.call(lambda: User.filter(phone__in=phones).exists())
