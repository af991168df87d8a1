"""A fake Web Push service on 127.0.0.1: a few dozen lines of asyncio HTTP/1.1 (keep-alive) that,
like a real push service, checks the VAPID signature, and like the browser behind it, decrypts each
message (RFC 8291, ``http_ece``) with the subscription's own key pair and auth secret.

``subscribe()`` makes a subscription the way a browser does (P-256 ECDH key + 16-byte auth secret).
``fail`` decides, per request number, to answer with an error status instead of 201.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

import http_ece
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from py_vapid import Vapid02


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@dataclass
class BrowserSubscription:
    token: str
    endpoint: str
    p256dh: str
    auth: str
    private_key: ec.EllipticCurvePrivateKey
    auth_secret: bytes


@dataclass
class Received:
    token: str
    data: dict
    headers: dict[str, str]


@dataclass
class FakePushService:
    fail: Callable[[int], int | None] | None = None  # request number → error status (None: accept)
    retry_after: str | None = None  # sent with 429/503 answers
    received: list[Received] = field(default_factory=list)
    requests: int = 0
    statuses: list[int] = field(default_factory=list)
    _subscriptions: dict[str, BrowserSubscription] = field(default_factory=dict)
    _gone: set[str] = field(default_factory=set)
    _server: asyncio.Server | None = None
    port: int = 0
    decrypt: bool = True  # off: accept any token without checking or decrypting (benchmarks)
    redirect: str | None = None  # sent as Location with 3xx answers (from ``fail``)
    delay: float = 0.0  # seconds between taking a message and answering (a slow push service)

    async def start(self) -> FakePushService:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)

    async def __aenter__(self) -> FakePushService:
        return await self.start()

    async def __aexit__(self, *exc) -> None:
        await self.close()

    def subscribe(self) -> BrowserSubscription:
        key = ec.generate_private_key(ec.SECP256R1())
        public = key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        token = secrets.token_urlsafe(16)
        auth_secret = os.urandom(16)
        subscription = BrowserSubscription(
            token=token,
            endpoint=f"http://127.0.0.1:{self.port}/push/{token}",
            p256dh=_b64(public),
            auth=_b64(auth_secret),
            private_key=key,
            auth_secret=auth_secret,
        )
        self._subscriptions[token] = subscription
        return subscription

    def expire(self, subscription: BrowserSubscription) -> None:
        """The browser unsubscribed: the service answers 410 Gone from now on."""
        self._gone.add(subscription.token)

    def messages_for(self, subscription: BrowserSubscription) -> list[dict]:
        return [r.data for r in self.received if r.token == subscription.token]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                _method, path, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    if ":" in line:
                        name, value = line.split(":", 1)
                        headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                status = self._handle(path, headers, body)
                if self.delay:
                    await asyncio.sleep(self.delay)
                extra = (
                    f"Retry-After: {self.retry_after}\r\n"
                    if status in (429, 503) and self.retry_after
                    else ""
                )
                if 300 <= status < 400 and self.redirect:
                    extra += f"Location: {self.redirect}\r\n"
                writer.write(
                    f"HTTP/1.1 {status} X\r\nContent-Length: 0\r\n{extra}Connection: keep-alive\r\n\r\n".encode()
                )
                await writer.drain()
        finally:
            writer.close()

    def _handle(self, path: str, headers: dict[str, str], body: bytes) -> int:
        self.requests += 1
        status = self._status(path, headers, body)
        self.statuses.append(status)
        return status

    def _status(self, path: str, headers: dict[str, str], body: bytes) -> int:
        token = path.rsplit("/", 1)[-1]
        if not self.decrypt:
            self.received.append(Received(token, {}, headers))
            return 201
        subscription = self._subscriptions.get(token)
        if subscription is None or token in self._gone:
            return 410
        if self.fail is not None:
            status = self.fail(self.requests)
            if status:
                return status
        authorization = headers.get("authorization", "")
        if not authorization.startswith("vapid ") or not Vapid02.verify(authorization):
            return 403
        if headers.get("content-encoding") != "aes128gcm":
            return 400
        plain = http_ece.decrypt(
            body,
            private_key=subscription.private_key,
            auth_secret=subscription.auth_secret,
            version="aes128gcm",
        )
        self.received.append(Received(token, json.loads(plain), headers))
        return 201
