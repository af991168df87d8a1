"""Being rate-limited: HTTP 429 with Retry-After on plain routes, an errors[] entry with
extensions.code RATE_LIMITED and retryAfter in GraphQL (never a union member)."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from api.identity import ratelimit
from tests.conftest import gql, make_settings
from tests.identity import ids
from tests.uploads import samples
from tests.uploads.test_routes import _sign_in


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("limits-http")
    settings = make_settings(tmp, f"sqlite://{tmp / 'db.sqlite3'}", upload_dir=tmp / "uploads")
    with TestClient(create_app(settings)) as client:
        yield client


def test_graphql_reports_a_limit_as_an_error_with_the_retry_time(client):
    phone = ids.phone()
    query = "mutation($p: String!) { requestPhoneCode(phone: $p) { __typename ... on IdentityError { code } } }"
    for _ in range(ratelimit.CODE_REQUESTS_PER_PHONE.count):
        assert gql(client, query, {"p": phone})["data"]["requestPhoneCode"]["__typename"] == "PhoneCodeSent"
    response = client.post("/graphql", json={"query": query, "variables": {"p": phone}})
    body = response.json()
    assert body["data"] is None
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "RATE_LIMITED"
    assert 0 < error["extensions"]["retryAfter"] <= ratelimit.CODE_REQUESTS_PER_PHONE.window
    assert "Too many attempts" in error["extensions"]["messageEn"] and "内部错误" not in error["message"]


def test_the_token_endpoint_answers_429_with_retry_after(client):
    form = {"grant_type": "client_credentials", "client_id": "guessed-client", "client_secret": "guess"}
    for _ in range(ratelimit.CLIENT_TOKENS_PER_CLIENT.count):
        assert client.post("/oauth/token", data=form).status_code == 401
    limited = client.post("/oauth/token", data=form)
    assert limited.status_code == 429
    assert 0 < int(limited.headers["retry-after"]) <= ratelimit.CLIENT_TOKENS_PER_CLIENT.window
    assert limited.json()["error"]["code"] == "RATE_LIMITED"
    # another client's credentials are counted apart
    other = {**form, "client_id": "another-client"}
    assert client.post("/oauth/token", data=other).status_code == 401


def test_uploads_answer_429_per_account(client, monkeypatch):
    monkeypatch.setattr(ratelimit, "UPLOADS_PER_ACCOUNT", ratelimit.Limit("test-upload-acct", 1, 3600))
    alice, bob = _sign_in(client, "甲"), _sign_in(client, "乙")

    def post(auth):
        return client.post("/uploads", files={"file": ("a.jpg", samples.jpeg_with_gps(), "image/jpeg")}, headers=auth)

    assert post(alice).status_code == 201
    limited = post(alice)
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) > 0
    assert limited.json()["error"]["code"] == "RATE_LIMITED"
    assert post(bob).status_code == 201  # same address, another account
