"""A client submits on a citizen's behalf (channel CLIENT, the same submission as online), only with
the citizen's grant of applications:write; CORS answers registered web origins only. SQLite and
PostgreSQL."""

from __future__ import annotations

import secrets

from api.identity.enums import Role
from tests.applications.conftest import sample_value
from tests.conftest import edges_nodes, gql
from tests.oauth.conftest import approve, bearer, data, exchange, pkce, register, signed_in
from tests.uploads import samples

APPLICATION = "id trackingNumber status channel clientName events { toStatus actorKind }"
ERROR = "... on ApplicationError { code message }"


def _client_token(app, citizen, client, scope: str = "applications:write") -> str:
    verifier, challenge = pkce()
    answer = exchange(app, client, approve(app, citizen, client, challenge, scope=scope), verifier)
    assert answer.status_code == 200, answer.text
    return answer.json()["access_token"]


def _filled(app, auth: dict, code: str) -> dict:
    form = data(
        gql(
            app,
            f"""query($c: String!) {{ applyForm(code: $c) {{ ... on ApplyForm {{ formSchema prefill
            materials {{ material status }} }} {ERROR} }} }}""",
            {"c": code},
            headers=auth,
        ),
        "applyForm",
    )
    assert "formSchema" in form, form
    values = {f["code"]: sample_value(f) for f in form["formSchema"]["fields"]}
    values.update(form["prefill"])
    materials = []
    for line in form["materials"]:
        if line["status"] == "MISSING":
            sent = app.post(
                "/uploads", files={"file": ("材料.png", samples.png(), "image/png")}, headers=auth
            )
            assert sent.status_code == 201, sent.text
            materials.append({"material": line["material"], "upload": sent.json()["id"]})
    return {"code": code, "data": values, "materials": materials, "idempotencyKey": secrets.token_hex(8)}


SUBMIT = f"""mutation($i: ApplicationInput!) {{ submitApplication(input: $i) {{
  ... on Submitted {{ created application {{ {APPLICATION} }} }} {ERROR} }} }}"""


def test_a_client_submits_for_the_citizen_recorded_as_channel_client(app):
    admin, _ = signed_in(app, [Role.ADMIN])
    citizen, citizen_id = signed_in(app, [Role.CITIZEN])
    client = register(app, admin)
    as_client = bearer(_client_token(app, citizen, client))

    draft = gql(
        app,
        f'mutation {{ saveDraft(input: {{code: "GA02", data: {{}}}}) {{ ... on ApplicationType {{ id status }} {ERROR} }} }}',
        headers=as_client,
    )
    assert data(draft, "saveDraft")["status"] == "DRAFT"

    submitted = data(
        gql(app, SUBMIT, {"i": _filled(app, as_client, "GA02")}, headers=as_client), "submitApplication"
    )
    assert "application" in submitted, submitted
    application = submitted["application"]
    assert application["channel"] == "CLIENT" and application["clientName"] == "社区办事小程序"
    assert application["trackingNumber"] and application["status"] == "SUBMITTED"
    assert application["events"] == [{"toStatus": "submitted", "actorKind": "APPLICANT"}]

    # the citizen sees it as theirs, and the access log names the client
    mine = data(
        gql(app, "{ myApplications(drafts: false) { edges { node { id channel } } } }", headers=citizen),
        "myApplications",
    )
    assert {"id": application["id"], "channel": "CLIENT"} in edges_nodes(mine)
    log = data(gql(app, "{ myAccessLog { clientName what } }", headers=citizen), "myAccessLog")
    assert {"clientName": "社区办事小程序", "what": "application"} in log
    assert citizen_id


def test_without_the_write_grant_a_client_cannot_apply(app):
    admin, _ = signed_in(app, [Role.ADMIN])
    citizen, _ = signed_in(app, [Role.CITIZEN])
    client = register(app, admin)
    read_only = bearer(_client_token(app, citizen, client, scope="profile:read"))
    refused = gql(
        app, 'mutation { saveDraft(input: {code: "GA02", data: {}}) { __typename } }', headers=read_only
    )
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"

    writer = bearer(_client_token(app, citizen, client))
    grant_id = data(gql(app, "{ myClientGrants { id } }", headers=citizen), "myClientGrants")[0]["id"]
    gql(
        app,
        "mutation($id: ID!) { revokeClientGrant(id: $id) { __typename } }",
        {"id": grant_id},
        headers=citizen,
    )
    assert app.post("/graphql", json={"query": "{ __typename }"}, headers=writer).status_code == 401

    # client credentials alone never act for anyone
    other_admin, _ = signed_in(app, [Role.ADMIN])
    credentials = app.post(
        "/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": client.client_id,
            "client_secret": client.secret,
        },
    ).json()["access_token"]
    assert other_admin
    answer = gql(
        app,
        'mutation { saveDraft(input: {code: "GA02", data: {}}) { __typename } }',
        headers=bearer(credentials),
    )
    assert answer["errors"][0]["extensions"]["code"] == "FORBIDDEN"


def _origins(app, admin, client, origins: list[str]) -> list[str]:
    configured = gql(
        app,
        "mutation($id: ID!, $o: [String!]!) { configureClient(id: $id, webOrigins: $o) "
        "{ ... on RegisteredClient { webOrigins } } }",
        {"id": client.id, "o": origins},
        headers=admin,
    )
    return data(configured, "configureClient")["webOrigins"]


def test_cors_answers_registered_origins_only(app):
    admin, _ = signed_in(app, [Role.ADMIN])
    client = register(app, admin)
    origin = f"https://cors-{secrets.token_hex(3)}.example.com"  # this client's alone
    assert _origins(app, admin, client, [origin + "/"]) == [origin]
    preflight = {
        "Origin": origin,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type",
    }
    for path in ("/graphql", "/oauth/token"):
        allowed = app.options(path, headers=preflight)
        assert allowed.status_code == 204
        assert allowed.headers["access-control-allow-origin"] == origin
        assert "authorization" in allowed.headers["access-control-allow-headers"]
        refused = app.options(path, headers={**preflight, "Origin": "https://evil.example.com"})
        assert refused.status_code == 403 and "access-control-allow-origin" not in refused.headers

    answer = app.post("/graphql", json={"query": "{ __typename }"}, headers={"Origin": origin})
    assert answer.headers["access-control-allow-origin"] == origin and "Origin" in answer.headers["vary"]
    other = app.post(
        "/graphql", json={"query": "{ __typename }"}, headers={"Origin": "https://evil.example.com"}
    )
    assert other.status_code == 200 and "access-control-allow-origin" not in other.headers
    token = app.post("/oauth/token", data={"grant_type": "client_credentials"}, headers={"Origin": origin})
    assert token.headers["access-control-allow-origin"] == origin  # the error too, so the app can read it
    # not on other routes
    assert "access-control-allow-origin" not in app.get("/healthz", headers={"Origin": origin}).headers

    # suspension takes effect at once in this process (others: within api.oauth.origins.TTL)
    gql(app, f'mutation {{ suspendClient(id: "{client.id}") {{ __typename }} }}', headers=admin)
    gone = app.options("/graphql", headers=preflight)
    assert gone.status_code == 403 and "access-control-allow-origin" not in gone.headers
    gql(app, f'mutation {{ reactivateClient(id: "{client.id}") {{ __typename }} }}', headers=admin)
    assert app.options("/graphql", headers=preflight).status_code == 204
    # a changed origin at once as well
    moved = "https://other.example.com:8443"
    assert _origins(app, admin, client, [moved]) == [moved]
    assert app.options("/graphql", headers={**preflight, "Origin": moved}).status_code == 204
    assert app.options("/graphql", headers=preflight).status_code == 403
