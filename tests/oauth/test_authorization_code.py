"""The authorization code flow with PKCE over HTTP, on SQLite and PostgreSQL: the authorize route,
the consent mutations, the token endpoint (both client authentications), refresh rotation and reuse,
suspension and revoked grants."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import jwt

from api import clock
from api.identity.enums import Role
from tests.conftest import gid, gql
from tests.oauth.conftest import (
    REDIRECT,
    REDIRECT_RESULT,
    approve,
    authorize_url,
    basic,
    bearer,
    data,
    exchange,
    pkce,
    refresh,
    register,
    request_input,
    signed_in,
)


def _profile(app, token: str, citizen_id: int):
    user_gid = gid("User", citizen_id)
    return gql(app, f'{{ citizen(id: "{user_gid}") {{ name }} }}', headers=bearer(token))


def test_code_for_tokens_with_basic_auth_then_refresh_rotates_and_reuse_revokes(app):
    admin, _ = signed_in(app, [Role.ADMIN])
    citizen, citizen_id = signed_in(app, [Role.CITIZEN])
    client = register(app, admin)
    verifier, challenge = pkce()
    code = approve(app, citizen, client, challenge)

    issued = exchange(app, client, code, verifier)
    assert issued.status_code == 200, issued.text
    assert issued.headers["cache-control"] == "no-store"
    body = issued.json()
    assert body["token_type"] == "Bearer" and body["refresh_token"]
    assert set(body["scope"].split()) == {"catalog:read", "profile:read", "applications:write"}
    claims = jwt.decode(body["access_token"], options={"verify_signature": False})
    assert claims["cit"] == citizen_id and claims["sub"].startswith("client:")
    assert "errors" not in _profile(app, body["access_token"], citizen_id)

    rotated = refresh(app, client, body["refresh_token"])
    assert rotated.status_code == 200, rotated.text
    second = rotated.json()
    assert second["refresh_token"] != body["refresh_token"]
    assert "errors" not in _profile(app, second["access_token"], citizen_id)

    # the first refresh token again: its whole family is revoked, access tokens included
    reused = refresh(app, client, body["refresh_token"])
    assert reused.status_code == 400 and reused.json()["error"] == "invalid_grant"
    assert refresh(app, client, second["refresh_token"]).json()["error"] == "invalid_grant"
    refused = app.post("/graphql", json={"query": "{ __typename }"}, headers=bearer(second["access_token"]))
    assert refused.status_code == 401


def test_client_secret_post_and_bad_client_authentication(app):
    admin, _ = signed_in(app, [Role.ADMIN])
    citizen, _ = signed_in(app, [Role.CITIZEN])
    client = register(app, admin)
    verifier, challenge = pkce()
    assert (
        exchange(app, client, approve(app, citizen, client, challenge), verifier, post=True).status_code
        == 200
    )

    code = approve(app, citizen, client, challenge)
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT,
        "code_verifier": verifier,
    }
    wrong = app.post("/oauth/token", data=form, headers=basic(client, "not-the-secret"))
    assert wrong.status_code == 401 and wrong.json()["error"] == "invalid_client"
    assert wrong.headers["www-authenticate"].startswith("Basic")
    both = app.post("/oauth/token", data={**form, "client_secret": client.secret}, headers=basic(client))
    assert both.status_code == 401  # one way of authenticating, not two
    assert app.post("/oauth/token", data=form).json()["error"] == "invalid_client"


def test_wrong_verifier_reused_code_other_redirect_and_expired_code_are_refused(app):
    admin, _ = signed_in(app, [Role.ADMIN])
    citizen, _ = signed_in(app, [Role.CITIZEN])
    client = register(app, admin)
    verifier, challenge = pkce()

    wrong_verifier = exchange(app, client, approve(app, citizen, client, challenge), pkce()[0])
    assert wrong_verifier.status_code == 400 and wrong_verifier.json()["error"] == "invalid_grant"

    code = approve(app, citizen, client, challenge)
    other = exchange(app, client, code, verifier, redirect_uri=REDIRECT + "/other")
    assert other.json()["error"] == "invalid_grant"
    assert exchange(app, client, code, verifier).json()["error"] == "invalid_grant"  # spent by that try

    code = approve(app, citizen, client, challenge)
    first = exchange(app, client, code, verifier)
    assert first.status_code == 200
    again = exchange(app, client, code, verifier)
    assert again.json()["error"] == "invalid_grant"
    # the reuse revoked what the code had issued
    assert refresh(app, client, first.json()["refresh_token"]).json()["error"] == "invalid_grant"
    assert (
        app.post(
            "/graphql", json={"query": "{ __typename }"}, headers=bearer(first.json()["access_token"])
        ).status_code
        == 401
    )

    code = approve(app, citizen, client, challenge)
    clock.travel(timedelta(seconds=61))
    try:
        expired = exchange(app, client, code, verifier)
    finally:
        clock.back_to_real_time()
    assert expired.json()["error"] == "invalid_grant" and "expired" in expired.json()["error_description"]

    # another client cannot redeem this client's code
    intruder = register(app, admin)
    assert (
        exchange(app, intruder, approve(app, citizen, client, challenge), verifier).json()["error"]
        == "invalid_grant"
    )


def test_authorize_route_never_redirects_to_an_unregistered_uri(app):
    admin, _ = signed_in(app, [Role.ADMIN])
    client = register(app, admin)
    _, challenge = pkce()

    page = app.get(authorize_url(client, challenge), follow_redirects=False)
    assert page.status_code == 200 and "<title>" in page.text  # the app: its consent screen asks

    for uri in (
        REDIRECT + "/",
        REDIRECT + "?x=1",
        "https://mini.example.com.evil.cn/callback",
        REDIRECT.upper(),
    ):
        mismatch = app.get(authorize_url(client, challenge, redirect_uri=uri), follow_redirects=False)
        assert mismatch.status_code == 400 and "location" not in mismatch.headers
        assert "回调地址" in mismatch.text
    unknown = app.get(authorize_url(client, challenge, client_id="ov_nobody"), follow_redirects=False)
    assert unknown.status_code == 400 and "location" not in unknown.headers

    # a wrong request of a known client goes back to its redirect URI with the error and state
    for changes, error in (
        ({"code_challenge_method": "plain"}, "invalid_request"),
        ({"code_challenge": ""}, "invalid_request"),
        ({"response_type": "token"}, "unsupported_response_type"),
        ({"scope": "licences:read"}, "invalid_scope"),
    ):
        sent_back = app.get(authorize_url(client, challenge, **changes), follow_redirects=False)
        assert sent_back.status_code == 302, changes
        location = sent_back.headers["location"]
        assert location.startswith(REDIRECT + "?")
        query = parse_qs(urlsplit(location).query)
        assert query["error"] == [error] and query["state"] == ["xyz"]


def test_consent_screen_query_and_deny(app):
    admin, _ = signed_in(app, [Role.ADMIN])
    citizen, _ = signed_in(app, [Role.CITIZEN])
    client = register(app, admin)
    _, challenge = pkce()
    request = request_input(client, challenge)
    prompt = data(
        gql(
            app,
            """query($r: AuthorizationRequestInput!) { authorizationRequest(request: $r) {
            ... on AuthorizationPrompt { clientName redirectHost scopes { scope title titleEn granted } }
            ... on OAuthError { code } } }""",
            {"r": request},
            headers=citizen,
        ),
        "authorizationRequest",
    )
    assert prompt["clientName"] == "社区办事小程序" and prompt["redirectHost"] == "mini.example.com"
    titles = {s["scope"]: s["title"] for s in prompt["scopes"]}
    assert set(titles) == {"PROFILE_READ", "APPLICATIONS_WRITE"} and "提交" in titles["APPLICATIONS_WRITE"]

    denied = data(
        gql(
            app,
            f"mutation($r: AuthorizationRequestInput!) {{ denyAuthorization(request: $r) {{ {REDIRECT_RESULT} }} }}",
            {"r": request},
            headers=citizen,
        ),
        "denyAuthorization",
    )
    query = parse_qs(urlsplit(denied["location"]).query)
    assert query == {"error": ["access_denied"], "state": [request["state"]]}
    grants = data(gql(app, "{ myClientGrants { clientId revokedAt } }", headers=citizen), "myClientGrants")
    assert grants == []  # denying grants nothing

    mismatch = gql(
        app,
        "query($r: AuthorizationRequestInput!) { authorizationRequest(request: $r) { ... on OAuthError { code } } }",
        {"r": {**request, "redirectUri": "https://evil.example.com/cb"}},
        headers=citizen,
    )
    assert data(mismatch, "authorizationRequest") == {"code": "REDIRECT_URI_MISMATCH"}


def test_approval_extends_the_grant_and_revoking_it_ends_the_clients_tokens(app):
    admin, _ = signed_in(app, [Role.ADMIN])
    citizen, _ = signed_in(app, [Role.CITIZEN])
    client = register(app, admin)
    verifier, challenge = pkce()
    approve(app, citizen, client, challenge, scope="profile:read")
    tokens = exchange(
        app, client, approve(app, citizen, client, challenge, scope="applications:read"), verifier
    ).json()
    grants = data(
        gql(app, "{ myClientGrants { id clientId scopes revokedAt } }", headers=citizen), "myClientGrants"
    )
    assert len(grants) == 1 and set(grants[0]["scopes"]) == {"PROFILE_READ", "APPLICATIONS_READ"}

    revoked = gql(
        app,
        "mutation($id: ID!) { revokeClientGrant(id: $id) { ... on ClientGrant { revokedAt } } }",
        {"id": grants[0]["id"]},
        headers=citizen,
    )
    assert data(revoked, "revokeClientGrant")["revokedAt"]
    assert refresh(app, client, tokens["refresh_token"]).json()["error"] == "invalid_grant"
    assert (
        app.post(
            "/graphql", json={"query": "{ __typename }"}, headers=bearer(tokens["access_token"])
        ).status_code
        == 401
    )


def test_a_suspended_client_gets_invalid_client_and_its_tokens_stop(app):
    admin, _ = signed_in(app, [Role.ADMIN])
    citizen, _ = signed_in(app, [Role.CITIZEN])
    client = register(app, admin)
    verifier, challenge = pkce()
    tokens = exchange(app, client, approve(app, citizen, client, challenge), verifier).json()
    credentials = app.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, headers=basic(client)
    ).json()["access_token"]
    for token in (tokens["access_token"], credentials):
        assert (
            app.post("/graphql", json={"query": "{ __typename }"}, headers=bearer(token)).status_code == 200
        )

    suspend = (
        f'mutation {{ suspendClient(id: "{client.id}") {{ ... on RegisteredClient {{ suspendedAt }} }} }}'
    )
    assert data(gql(app, suspend, headers=admin), "suspendClient")["suspendedAt"]
    for token in (tokens["access_token"], credentials):
        assert (
            app.post("/graphql", json={"query": "{ __typename }"}, headers=bearer(token)).status_code == 401
        )
    assert refresh(app, client, tokens["refresh_token"]).json()["error"] == "invalid_client"
    grant = app.post("/oauth/token", data={"grant_type": "client_credentials"}, headers=basic(client))
    assert grant.status_code == 401 and grant.json()["error"] == "invalid_client"

    reactivate = (
        f'mutation {{ reactivateClient(id: "{client.id}") {{ ... on RegisteredClient {{ suspendedAt }} }} }}'
    )
    assert data(gql(app, reactivate, headers=admin), "reactivateClient")["suspendedAt"] is None
    again = app.post("/oauth/token", data={"grant_type": "client_credentials"}, headers=basic(client))
    assert again.status_code == 200
    # refresh tokens revoked by the suspension stay revoked
    assert refresh(app, client, tokens["refresh_token"]).json()["error"] == "invalid_grant"


def test_rotating_the_secret_ends_the_old_one(app):
    admin, _ = signed_in(app, [Role.ADMIN])
    client = register(app, admin)
    rotated = data(
        gql(
            app,
            f'mutation {{ rotateClientSecret(id: "{client.id}") {{ ... on ClientSecret {{ clientSecret }} }} }}',
            headers=admin,
        ),
        "rotateClientSecret",
    )["clientSecret"]
    form = {"grant_type": "client_credentials"}
    assert app.post("/oauth/token", data=form, headers=basic(client)).status_code == 401
    assert app.post("/oauth/token", data=form, headers=basic(client, rotated)).status_code == 200


def test_registry_lists_clients_as_a_connection_and_checks_uris(app):
    admin, _ = signed_in(app, [Role.ADMIN])
    client = register(app, admin)
    page = data(
        gql(
            app,
            "{ clientRegistry(first: 1) { edges { node { id clientId redirectUris } } pageInfo { hasNextPage endCursor } } }",
            headers=admin,
        ),
        "clientRegistry",
    )
    assert page["edges"][0]["node"]["clientId"] == client.client_id  # newest first
    assert page["edges"][0]["node"]["redirectUris"] == [REDIRECT]
    too_many = gql(app, "{ clientRegistry(first: 101) { pageInfo { hasNextPage } } }", headers=admin)
    assert too_many["errors"][0]["extensions"]["code"] == "PAGE_SIZE_OUT_OF_RANGE"
    bad = gql(
        app,
        'mutation { registerClient(input: {name: "x", scopes: [PROFILE_READ], redirectUris: ["http://mini.example.com/cb"]}) { ... on OAuthError { code } } }',
        headers=admin,
    )
    assert data(bad, "registerClient") == {"code": "INVALID_REDIRECT_URI"}
    citizen, _ = signed_in(app, [Role.CITIZEN])
    assert (
        gql(app, "{ clientRegistry { edges { cursor } } }", headers=citizen)["errors"][0]["extensions"][
            "code"
        ]
        == "FORBIDDEN"
    )


def test_a_disabled_citizen_account_ends_the_clients_tokens(app):
    from api.identity.models import User

    admin, _ = signed_in(app, [Role.ADMIN])
    citizen, citizen_id = signed_in(app, [Role.CITIZEN])
    client = register(app, admin)
    verifier, challenge = pkce()
    tokens = exchange(app, client, approve(app, citizen, client, challenge), verifier).json()

    async def disable():
        await User.filter(id=citizen_id).update(disabled=True)

    app.portal.call(disable)
    refused = app.post("/graphql", json={"query": "{ __typename }"}, headers=bearer(tokens["access_token"]))
    assert refused.status_code == 401
    assert refresh(app, client, tokens["refresh_token"]).json()["error"] == "invalid_grant"
