"""Browser sessions: the refresh token is an HttpOnly cookie limited to /auth, set by the sign-in and
sign-up mutations, rotated by POST /auth/refresh (with a grace window) and ended by POST /auth/sign-out;
both routes refuse cross-site requests."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from api.graphql.ids import from_global_id
from api.identity import tokens
from api.identity.models import RefreshToken
from tests.conftest import gql, make_settings
from tests.graphql.test_identity_http import CSRF, post_auth, refresh_cookie, sign_up_over_http
from tests.identity.soft_authenticator import SoftAuthenticator


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sessions")
    with TestClient(create_app(make_settings(tmp, f"sqlite://{tmp / 'db.sqlite3'}"))) as client:
        yield client


@pytest.fixture
def authenticator() -> SoftAuthenticator:
    return SoftAuthenticator(origin="https://hall.example.gov.cn", rp_id="hall.example.gov.cn")


def _attributes(set_cookie: str) -> dict[str, str]:
    name_value, *parts = [p.strip() for p in set_cookie.split(";")]
    attributes = {"cookie": name_value}
    for part in parts:
        key, _, value = part.partition("=")
        attributes[key.lower()] = value
    return attributes


def _cookie_header(response) -> dict[str, str]:
    (cookie,) = [c for c in response.headers.get_list("set-cookie") if c.startswith("ov_refresh=")]
    return _attributes(cookie)


def test_signing_up_sets_an_httponly_strict_cookie_for_auth_only(client, authenticator):
    session = sign_up_over_http(client, authenticator)
    assert "refreshToken" not in gql(client, "{ __type(name: \"Session\") { fields { name } } }")["data"][
        "__type"
    ]["fields"]
    response = post_auth(client, "/auth/refresh", session["refreshToken"])
    attributes = _cookie_header(response)
    assert attributes["path"] == "/auth"
    assert "httponly" in attributes
    assert attributes["samesite"].lower() == "strict"
    assert int(attributes["max-age"]) == int(tokens.REFRESH_TTL.total_seconds())
    assert "secure" not in attributes  # plain http on a host that is not loopback (development only)


@pytest.mark.parametrize(
    "base", ["https://hall.example.gov.cn", "http://localhost:8000", "http://127.0.0.1:8000"]
)
def test_the_cookie_is_secure_over_https_and_on_loopback(client, authenticator, base):
    session = sign_up_over_http(client, authenticator)
    client.cookies.clear()
    response = client.post(
        f"{base}/auth/refresh", headers={**CSRF, "Cookie": f"ov_refresh={session['refreshToken']}"}
    )
    assert response.status_code == 200, response.text
    assert "secure" in _cookie_header(response)


def test_refresh_needs_the_csrf_header_and_an_own_origin(client, authenticator):
    session = sign_up_over_http(client, authenticator)
    token = session["refreshToken"]
    cookie = {"Cookie": f"ov_refresh={token}"}
    client.cookies.clear()
    no_header = client.post("/auth/refresh", headers=cookie)
    assert no_header.status_code == 403 and no_header.json()["error"]["code"] == "CSRF"
    foreign = client.post("/auth/refresh", headers={**cookie, **CSRF, "Origin": "https://evil.example"})
    assert foreign.status_code == 403
    signed_out = client.post("/auth/sign-out", headers={**cookie, "Origin": "https://evil.example"})
    assert signed_out.status_code == 403
    # none of these spent or ended the session
    assert client.portal.call(_unused, token)
    for origin in ("http://testserver", "https://hall.example.gov.cn"):  # this service's own origins
        token = refresh_cookie(post_auth(client, "/auth/refresh", token, {"Origin": origin}))
    assert post_auth(client, "/auth/refresh", None).json()["error"]["code"] == "REFRESH_MISSING"


async def _unused(token: str) -> bool:
    row = await RefreshToken.get(token_hash=tokens._hash(token))
    return row.used_at is None and row.revoked_at is None


def test_a_refresh_sent_again_within_the_grace_window_keeps_the_session(client, authenticator):
    """A tab whose reply was lost sends the old cookie again: a new token of the same family, not a sign-out
    (a token that comes back after the window revokes the family: tests/identity/test_tokens.py)."""
    session = sign_up_over_http(client, authenticator)
    first = post_auth(client, "/auth/refresh", session["refreshToken"])
    again = post_auth(client, "/auth/refresh", session["refreshToken"])
    assert first.status_code == again.status_code == 200
    assert refresh_cookie(first) != refresh_cookie(again)
    assert post_auth(client, "/auth/refresh", refresh_cookie(again)).status_code == 200


def test_sign_out_ends_the_family_and_clears_the_cookie(client, authenticator):
    session = sign_up_over_http(client, authenticator)
    rotated = refresh_cookie(post_auth(client, "/auth/refresh", session["refreshToken"]))
    out = post_auth(client, "/auth/sign-out", rotated)
    assert out.status_code == 204
    cleared = _cookie_header(out)
    assert cleared["cookie"] in ('ov_refresh=""', "ov_refresh=") and cleared["max-age"] == "0"
    assert cleared["path"] == "/auth"
    refused = post_auth(client, "/auth/refresh", rotated)
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "REFRESH_INVALID"
    assert _cookie_header(refused)["max-age"] == "0"  # a dead cookie is dropped from the browser


def test_sign_in_by_phone_code_sets_the_cookie_too(client, authenticator):
    from api.identity.sms import latest_message

    session = sign_up_over_http(client, authenticator)
    phone = client.portal.call(_phone_of, from_global_id(session["userId"], "User"))
    sent = gql(client, "mutation($p: String!) { requestPhoneCode(phone: $p) { __typename } }", {"p": phone})
    assert sent["data"]["requestPhoneCode"]["__typename"] == "PhoneCodeSent"
    code = re.search(r"\d{6}", client.portal.call(latest_message, phone)).group()
    response = client.post(
        "/graphql",
        json={
            "query": "mutation($p: String!, $c: String!) { signInWithPhoneCode(phone: $p, code: $c) {"
            " ... on Session { accessToken userId } } }",
            "variables": {"p": phone, "c": code},
        },
    )
    assert response.json()["data"]["signInWithPhoneCode"]["userId"] == session["userId"]
    assert _cookie_header(response)["path"] == "/auth"


async def _phone_of(user_id: int) -> str:
    from api.identity.models import User

    return (await User.get(id=user_id)).phone
