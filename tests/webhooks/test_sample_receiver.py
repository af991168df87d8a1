"""The sample receiver (samples/python_client/webhooks.py) over real HTTP: it accepts a delivery the
server signed, refuses a tampered or stale one, and hands a retried event on once."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request

import pytest

from api.webhooks import signing
from samples.python_client.webhooks import InvalidSignature, Receiver, verify_signature

SECRET = signing.new_secret()
BODY = b'{"id":"evt_1","type":"application.accepted","createdAt":"2026-12-04T10:00:00+08:00","data":{}}'


def _headers(body: bytes = BODY, at: int | None = None, secret: str = SECRET) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        signing.EVENT_ID_HEADER: "evt_1",
        signing.EVENT_TYPE_HEADER: "application.accepted",
        signing.SIGNATURE_HEADER: signing.signature_header(
            secret, int(time.time()) if at is None else at, body
        ),
    }


def test_verify_signature_accepts_only_the_signed_body_in_time():
    verify_signature(SECRET, _headers(), BODY)
    verify_signature(SECRET, {k.lower(): v for k, v in _headers().items()}, BODY)  # header case
    for headers, body in (
        (_headers(), BODY.replace(b"accepted", b"rejected")),  # tampered body
        (_headers(secret=signing.new_secret()), BODY),  # another subscription's secret
        (_headers(at=int(time.time()) - 301), BODY),  # too old
        (_headers(at=int(time.time()) + 301), BODY),  # from the future
        ({}, BODY),  # unsigned
        ({signing.SIGNATURE_HEADER: "t=abc,v1=00"}, BODY),
    ):
        with pytest.raises(InvalidSignature):
            verify_signature(SECRET, headers, body, tolerance=300)


def _post(port: int, headers: dict[str, str], body: bytes = BODY) -> int:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/", data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status
    except urllib.error.HTTPError as refused:
        return refused.code


def test_the_tiny_receiver_verifies_and_deduplicates():
    handled: list[dict] = []
    server = Receiver(SECRET, handled.append).serve(port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        assert _post(port, _headers()) == 200
        assert _post(port, _headers()) == 200  # a retry of the same event id: answered, not handled again
        assert _post(port, _headers(), BODY.replace(b"accepted", b"rejected")) == 400
        assert [event["id"] for event in handled] == ["evt_1"]
    finally:
        server.shutdown()
        server.server_close()
