"""Receiving OneVisit webhooks: verify the signature, then deduplicate by event id.

Standard library only, so an integrator can copy this file as it is::

    python samples/python_client/webhooks.py --secret whsec_... --port 8080

``verify_signature`` is the part to keep: it checks ``OneVisit-Signature: t=<unix time>,v1=<hex>``,
an HMAC-SHA256 with the subscription's secret over ``"<t>." + raw body`` (the bytes as received,
before any JSON parsing), and refuses a timestamp further than ``tolerance`` seconds from now
(a replayed old request). The receiver answers 2xx quickly and does its work afterwards: anything
else (or no answer within 10 s) is retried with backoff.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SIGNATURE = "OneVisit-Signature"
EVENT_ID = "OneVisit-Event-Id"
EVENT_TYPE = "OneVisit-Event-Type"


class InvalidSignature(ValueError):
    pass


def _header(headers: Mapping[str, str], name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return ""


def verify_signature(
    secret: str, headers: Mapping[str, str], body: bytes, tolerance: float = 300, now: float | None = None
) -> None:
    """Raise ``InvalidSignature`` unless ``body`` was signed with ``secret`` within ``tolerance`` s."""
    parts: dict[str, list[str]] = {}
    for item in _header(headers, SIGNATURE).split(","):
        key, _, value = item.strip().partition("=")
        parts.setdefault(key, []).append(value)
    try:
        timestamp = int(parts["t"][0])
    except (KeyError, ValueError):
        raise InvalidSignature("no timestamp") from None
    if abs((time.time() if now is None else now) - timestamp) > tolerance:
        raise InvalidSignature("timestamp outside the tolerance")
    expected = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    if not any(hmac.compare_digest(expected, candidate) for candidate in parts.get("v1", [])):
        raise InvalidSignature("signature mismatch")


class Receiver:
    """A tiny receiver: verifies, drops duplicates (by event id), hands each new event to ``handle``."""

    def __init__(self, secret: str, handle: Callable[[dict[str, Any]], None], tolerance: float = 300) -> None:
        self.secret = secret
        self.handle = handle
        self.tolerance = tolerance
        self.seen: set[str] = set()  # keep this in your database in real life
        self._lock = threading.Lock()

    def receive(self, headers: Mapping[str, str], body: bytes) -> int:
        """The HTTP status to answer with."""
        try:
            verify_signature(self.secret, headers, body, self.tolerance)
        except InvalidSignature:
            return 400
        event_id = _header(headers, EVENT_ID)
        with self._lock:
            if event_id in self.seen:
                return 200  # a retry or a replay of an event already handled
            self.seen.add(event_id)
        self.handle(json.loads(body))
        return 200

    def serve(self, host: str = "127.0.0.1", port: int = 8080) -> ThreadingHTTPServer:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # http.server's name
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status = receiver.receive(dict(self.headers.items()), body)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return None

        return ThreadingHTTPServer((host, port), Handler)


def main() -> None:
    parser = argparse.ArgumentParser(description="print verified OneVisit webhook events")
    parser.add_argument("--secret", required=True)
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args()
    server = Receiver(args.secret, lambda event: print(event["type"], event["id"], flush=True)).serve(
        port=args.port
    )
    print(f"listening on http://127.0.0.1:{args.port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
