"""Bearer tokens with malformed headers (a ``kid`` that is not a string, ``crit``, a header that is
not a JSON object, …) are refused with 401 and a typed error on /graphql and /uploads, and with a
clean close and a reason on the WebSocket: never a 500 or a dropped socket."""

from __future__ import annotations

import base64
import json
import secrets

import pytest
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from api.identity import tokens
from api.identity.enums import Role
from tests.applications.conftest import make_user
from tests.uploads import samples


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _with_header(token: str, header: object) -> str:
    """The token's payload and signature under another header (raw JSON, any shape)."""
    _, payload, signature = token.split(".")
    raw = header if isinstance(header, bytes) else json.dumps(header).encode()
    return f"{_b64(raw)}.{payload}.{signature}"


@pytest.fixture(scope="module")
def good_token(demo_client) -> str:
    async def make():
        user = await make_user(f"用户{secrets.token_hex(2)}", [Role.CITIZEN])
        return (await tokens.start_session(demo_client.app.state.identity.keys, user)).access_token

    return demo_client.portal.call(make)


def _headers(token: str) -> dict:
    head = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    return head


BAD_HEADERS = {
    "kid-number": lambda h: {**h, "kid": 123},
    "kid-list": lambda h: {**h, "kid": ["a"]},
    "kid-object": lambda h: {**h, "kid": {"x": 1}},
    "crit": lambda h: {**h, "crit": ["exp"]},
    "crit-empty": lambda h: {**h, "crit": []},
    "crit-not-a-list": lambda h: {**h, "crit": "exp"},
    "alg-list": lambda h: {**h, "alg": ["ES256"]},
    "alg-none": lambda h: {**h, "alg": "none"},
    "typ-number": lambda h: {**h, "typ": 1},
    "header-array": lambda h: [h],
    "header-string": lambda h: "ES256",
    "header-not-json": lambda h: b"{not json",
    "header-not-utf8": lambda h: b"\xff\xfe",
    "b64-in-header": lambda h: {**h, "b64": False},
    "jku": lambda h: {**h, "jku": "https://evil.example/jwks.json"},
}


@pytest.mark.parametrize("case", sorted(BAD_HEADERS))
def test_malformed_headers_are_401_on_http(demo_client: TestClient, good_token, case):
    token = _with_header(good_token, BAD_HEADERS[case](_headers(good_token)))
    graphql = demo_client.post(
        "/graphql", json={"query": "{ me { name } }"}, headers={"Authorization": f"Bearer {token}"}
    )
    assert graphql.status_code == 401, graphql.text
    assert graphql.json()["errors"][0]["extensions"]["code"].startswith("TOKEN_")
    upload = demo_client.post(
        "/uploads",
        files={"file": ("a.png", samples.png(), "image/png")},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert upload.status_code == 401, upload.text
    assert upload.json()["errors"][0]["extensions"]["code"].startswith("TOKEN_")


@pytest.mark.parametrize("case", sorted(BAD_HEADERS))
def test_malformed_headers_close_the_websocket_cleanly(demo_client: TestClient, good_token, case):
    token = _with_header(good_token, BAD_HEADERS[case](_headers(good_token)))
    with demo_client.websocket_connect("/graphql", subprotocols=["graphql-transport-ws"]) as ws:
        ws.send_json({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_json()
    assert closed.value.code == 4403 and closed.value.reason == "Forbidden"


def test_the_unaltered_token_still_works(demo_client, good_token):
    response = demo_client.post(
        "/graphql", json={"query": "{ me { name } }"}, headers={"Authorization": f"Bearer {good_token}"}
    )
    assert response.status_code == 200 and response.json()["data"]["me"]["name"].startswith("用户")
