"""The app over HTTP on a SQLite file and on PostgreSQL (one per module), with an administrator, a
registered client and citizens, and the authorization code flow's steps as helpers."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import secrets
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from api.identity import tokens
from api.identity.enums import Role
from tests.applications.conftest import make_user
from tests.conftest import database_url_for, gql, make_settings, reset_postgres_schema

REDIRECT = "https://mini.example.com/callback"
ORIGIN = "https://mini.example.com"
CLIENT_FIELDS = "id clientId name scopes redirectUris webOrigins suspendedAt"


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def app(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(f"oauth-{request.param}")
    url = database_url_for(request.param, tmp)
    if url.startswith("postgres"):
        asyncio.run(reset_postgres_schema(url))  # the app migrates it at start
    settings = make_settings(tmp, url, upload_dir=tmp / "uploads")
    with TestClient(create_app(settings, load_demo=True)) as client:
        yield client


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def signed_in(app, roles: list[Role]) -> tuple[dict[str, str], int]:
    async def make():
        user = await make_user(f"用户{secrets.token_hex(2)}", roles)
        return user.id, (await tokens.start_session(app.app.state.identity.keys, user)).access_token

    user_id, token = app.portal.call(make)
    return bearer(token), user_id


def data(answer: dict, field: str) -> dict:
    assert "errors" not in answer, answer
    return answer["data"][field]


@dataclass
class Client:
    id: str  # global id
    client_id: str
    secret: str


def register(
    app, admin: dict, scopes: str = "[PROFILE_READ, APPLICATIONS_READ, APPLICATIONS_WRITE]"
) -> Client:
    answer = gql(
        app,
        f"""mutation($r: [String!]!, $o: [String!]!) {{ registerClient(input: {{name: "社区办事小程序",
        scopes: {scopes}, redirectUris: $r, webOrigins: $o}}) {{
        ... on ClientSecret {{ clientSecret client {{ {CLIENT_FIELDS} }} }}
        ... on OAuthError {{ code message }} }} }}""",
        {"r": [REDIRECT], "o": [ORIGIN]},
        headers=admin,
    )
    made = data(answer, "registerClient")
    return Client(made["client"]["id"], made["client"]["clientId"], made["clientSecret"])


def pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    return verifier, challenge


def request_input(client: Client, challenge: str, **changes: str | None) -> dict:
    values = {
        "clientId": client.client_id,
        "redirectUri": REDIRECT,
        "responseType": "code",
        "scope": "profile:read applications:write",
        "state": "st-" + secrets.token_hex(4),
        "codeChallenge": challenge,
        "codeChallengeMethod": "S256",
    }
    values.update(changes)
    return values


REDIRECT_RESULT = "... on AuthorizationRedirect { location } ... on OAuthError { code message }"


def approve(app, citizen: dict, client: Client, challenge: str, **changes) -> str:
    """The citizen approves (as the consent screen does); the code sent to the redirect URI."""
    request = request_input(client, challenge, **changes)
    answer = gql(
        app,
        f"mutation($r: AuthorizationRequestInput!) {{ approveAuthorization(request: $r) {{ {REDIRECT_RESULT} }} }}",
        {"r": request},
        headers=citizen,
    )
    location = data(answer, "approveAuthorization")["location"]
    assert location.startswith(REDIRECT + "?"), location
    query = parse_qs(urlsplit(location).query)
    assert query["state"] == [request["state"]]
    return query["code"][0]


def basic(client: Client, secret: str | None = None) -> dict[str, str]:
    raw = f"{client.client_id}:{secret or client.secret}".encode()
    return {"Authorization": "Basic " + base64.b64encode(raw).decode()}


def exchange(app, client: Client, code: str, verifier: str, redirect_uri: str = REDIRECT, post: bool = False):
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri,
        "code_verifier": verifier,
    }
    if post:
        form.update(client_id=client.client_id, client_secret=client.secret)
        return app.post("/oauth/token", data=form)
    return app.post("/oauth/token", data=form, headers=basic(client))


def refresh(app, client: Client, token: str):
    return app.post(
        "/oauth/token", data={"grant_type": "refresh_token", "refresh_token": token}, headers=basic(client)
    )


def authorize_url(client: Client, challenge: str, **changes: str) -> str:
    params = {
        "response_type": "code",
        "client_id": client.client_id,
        "redirect_uri": REDIRECT,
        "scope": "profile:read",
        "state": "xyz",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    params.update(changes)
    return "/oauth/authorize?" + urlencode(params)
