"""The sample client (samples/python_client/onevisit_client.py) end to end against a live server
(``python -m api serve --demo`` as a subprocess) on a SQLite file and on PostgreSQL: a client
registered with the CLI, the authorize URL, the citizen's approval through the consent mutation with
their token, the code exchanged, tokens refreshed, a GraphQL query; then the client's own documents
registered and a guide read by persisted hash (GET with an ETag, then 304), a webhook subscribed to a
receiver here, an application submitted on the citizen's behalf and its ``application.submitted``
delivery verified with samples/python_client/webhooks.py."""

from __future__ import annotations

import asyncio
import hashlib
import importlib.util
import json
import os
import secrets
import socket
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from api.settings import ROOT
from samples.python_client.webhooks import InvalidSignature, Receiver, verify_signature
from tests.applications.conftest import sample_value
from tests.conftest import database_url_for, reset_postgres_schema
from tests.live import demo_server
from tests.uploads import samples

REDIRECT = "http://localhost:8765/callback"


def _sample():
    spec = importlib.util.spec_from_file_location(
        "onevisit_client", ROOT / "samples/python_client/onevisit_client.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sample = _sample()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def server(request, tmp_path_factory):
    """(base URL, environment of the server) for a live server started here."""
    tmp: Path = tmp_path_factory.mktemp(f"sample-{request.param}")
    url = database_url_for(request.param, tmp)
    if url.startswith("postgres"):
        asyncio.run(reset_postgres_schema(url))
    port, receiver_port = _free_port(), _free_port()
    base = f"http://localhost:{port}"
    env = {
        **os.environ,
        "WEBHOOK_ALLOW_HOSTS": f"127.0.0.1:{receiver_port}",  # a receiver on loopback (tests only)
        "PORT": str(port),
        "DATABASE_URL": url,
        "PUBLIC_BASE_URL": base,
        "UPLOAD_DIR": str(tmp / "up"),
    }
    with demo_server(base, env, tmp / "server.log", start_within=90):
        yield base, env, receiver_port


def _cli(env: dict, *args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "api", "clients", *args, "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _citizen_token(base: str) -> str:
    request = urllib.request.Request(
        f"{base}/demo/sign-in",
        data=json.dumps({"account": "citizen"}).encode(),
        headers={"Content-Type": "application/json", "x-onevisit-csrf": "1"},
        method="POST",
    )
    with urllib.request.urlopen(request) as response:
        return json.load(response)["accessToken"]


def _citizen_approves(base: str, url: str) -> str:
    """What the consent screen does when the citizen taps 同意授权: the mutation with their token."""
    params = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    names = {
        "client_id": "clientId",
        "redirect_uri": "redirectUri",
        "response_type": "responseType",
        "scope": "scope",
        "state": "state",
        "code_challenge": "codeChallenge",
        "code_challenge_method": "codeChallengeMethod",
    }
    answer = sample.graphql(
        base,
        _citizen_token(base),
        """mutation($r: AuthorizationRequestInput!) { approveAuthorization(request: $r) {
        __typename ... on AuthorizationRedirect { location } ... on OAuthError { code message } } }""",
        {"r": {names[k]: v for k, v in params.items()}},
    )["approveAuthorization"]
    assert answer["__typename"] == "AuthorizationRedirect", answer
    return answer["location"]


GUIDE = "query Guide($code: String!) { guide(code: $code) { __typename ... on ServiceItem { code name } } }"
SCOPES = "profile:read applications:read applications:write"


class _Recording(Receiver):
    """The sample receiver, keeping what arrived so the test can check the signature itself too."""

    def __init__(self, secret: str) -> None:
        super().__init__(secret, self._handled)
        self.raw: list[tuple[dict[str, str], bytes]] = []
        self.events: list[dict] = []
        self.arrived = threading.Event()

    def receive(self, headers, body: bytes) -> int:
        self.raw.append((dict(headers), body))
        return super().receive(headers, body)

    def _handled(self, event: dict) -> None:
        self.events.append(event)
        self.arrived.set()


def test_the_sample_client_end_to_end(server):
    base, env, receiver_port = server
    registered = _cli(
        env,
        "register",
        "--name",
        "示例小程序",
        "--scope",
        "profile:read",
        "--scope",
        "applications:read",
        "--scope",
        "applications:write",
        "--redirect-uri",
        REDIRECT,
    )
    client_id, secret = registered["client_id"], registered["client_secret"]
    assert any(c["client_id"] == client_id for c in _cli(env, "list"))

    verifier, challenge = sample.pkce_pair()
    state = secrets.token_urlsafe(8)
    url = sample.authorize_url(base, client_id, REDIRECT, SCOPES, state, challenge)
    with urllib.request.urlopen(url) as page:  # the consent screen (the app)
        assert page.status == 200
    redirected_to = _citizen_approves(base, url)
    code = sample.code_from_redirect(redirected_to, state)
    with pytest.raises(sample.OneVisitError):
        sample.code_from_redirect(redirected_to, "another state")

    tokens = sample.exchange_code(base, client_id, secret, code, REDIRECT, verifier)
    assert set(tokens["scope"].split()) >= set(SCOPES.split())
    with pytest.raises(sample.OneVisitError) as reused:
        sample.exchange_code(base, client_id, secret, code, REDIRECT, verifier)
    assert reused.value.code == "invalid_grant"
    # the reuse revoked that family: authorize again
    verifier, challenge = sample.pkce_pair()
    url = sample.authorize_url(base, client_id, REDIRECT, SCOPES, state, challenge)
    code = sample.code_from_redirect(_citizen_approves(base, url), state)
    tokens = sample.exchange_code(base, client_id, secret, code, REDIRECT, verifier)
    tokens = sample.refresh(base, client_id, secret, tokens["refresh_token"])
    token = tokens["access_token"]

    guide = sample.graphql(base, token, '{ guide(code: "GA02") { __typename ... on ServiceItem { name } } }')[
        "guide"
    ]
    assert guide["__typename"] == "ServiceItem" and guide["name"]

    # the client's own token: its documents, read by hash with an ETag, then 304
    own = sample.client_token(base, client_id, secret)
    hashes = sample.register_documents(base, own, [GUIDE])
    assert hashes == {"Guide": hashlib.sha256(GUIDE.encode()).hexdigest()}
    status, etag, data = sample.persisted_get(base, own, hashes["Guide"], {"code": "GA02"})
    assert status == 200 and etag.startswith('"') and data["guide"]["code"] == "GA02"
    assert sample.persisted_get(base, own, hashes["Guide"], {"code": "GA02"}, etag) == (304, etag, None)

    # a webhook to a receiver here, verified with the subscription's secret
    receiver_url = f"http://127.0.0.1:{receiver_port}/onevisit"
    subscription, signing_secret = sample.subscribe_webhook(
        base, own, receiver_url, ["APPLICATION_SUBMITTED"]
    )
    assert subscription
    receiver = _Recording(signing_secret)
    http = receiver.serve(port=receiver_port)
    threading.Thread(target=http.serve_forever, daemon=True).start()

    form = sample.apply_form(base, token, "GA02")
    values = {f["code"]: sample_value(f) for f in form["formSchema"]["fields"]}
    values.update(form["prefill"])
    materials = {
        m["material"]: sample.upload(base, token, "材料.png", samples.png(), "image/png")
        for m in form["materials"]
        if m["status"] == "MISSING"
    }
    application = sample.submit_application(base, token, "GA02", values, materials)
    assert application["channel"] == "CLIENT" and application["clientName"] == "示例小程序"
    assert application["status"] == "SUBMITTED" and application["trackingNumber"]

    try:
        assert receiver.arrived.wait(60), "no verified delivery arrived"  # a wait, not a timed assertion
    finally:
        http.shutdown()
        http.server_close()
    (event,) = receiver.events
    assert event["type"] == "application.submitted"
    assert event["data"]["application"]["trackingNumber"] == application["trackingNumber"]
    headers, body = receiver.raw[-1]
    verify_signature(signing_secret, headers, body)  # what Receiver did before handing it on
    with pytest.raises(InvalidSignature):
        verify_signature(signing_secret, headers, body.replace(b"submitted", b"rejected"))

    # suspended with the CLI: the token endpoint says invalid_client
    assert _cli(env, "suspend", client_id)["suspended"] is True
    with pytest.raises(sample.OneVisitError) as suspended:
        sample.refresh(base, client_id, secret, tokens["refresh_token"])
    assert suspended.value.code == "invalid_client"
