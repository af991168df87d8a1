"""CORS for the web origins registered by active clients, on ``/graphql`` and ``/oauth/token`` only.

A registered origin gets ``Access-Control-Allow-Origin`` (its own value, never ``*``) on answers and
preflights; any other origin gets none, and its preflight is refused (403). No credentials: the API
takes bearer tokens, never cookies, from other origins. The origins come from
``api.oauth.origins.ORIGINS`` (in memory; a change takes effect at once in the process that made it,
within its TTL in the others)."""

from __future__ import annotations

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.oauth.origins import ORIGINS, AllowedOrigins

PATHS = ("/graphql", "/oauth/token")
ALLOW_METHODS = "GET, POST"
ALLOW_HEADERS = "authorization, content-type"
EXPOSE_HEADERS = "ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset"
MAX_AGE = "600"


class CORS:
    def __init__(self, app: ASGIApp, origins: AllowedOrigins = ORIGINS):
        self.app = app
        self.origins = origins

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] not in PATHS:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        origin = headers.get("origin")
        if origin is None:
            await self.app(scope, receive, send)
            return
        allowed = await self.origins.allows(origin)
        if scope["method"] == "OPTIONS" and "access-control-request-method" in headers:
            await self._preflight(allowed, origin, send)
            return
        if not allowed:
            await self.app(scope, receive, send)
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                out = MutableHeaders(scope=message)
                out["Access-Control-Allow-Origin"] = origin
                out["Access-Control-Expose-Headers"] = EXPOSE_HEADERS
                out.add_vary_header("Origin")
            await send(message)

        await self.app(scope, receive, send_with_cors)

    async def _preflight(self, allowed: bool, origin: str, send: Send) -> None:
        headers: list[tuple[bytes, bytes]] = [(b"vary", b"Origin"), (b"content-length", b"0")]
        if allowed:
            headers += [
                (b"access-control-allow-origin", origin.encode("latin-1")),
                (b"access-control-allow-methods", ALLOW_METHODS.encode()),
                (b"access-control-allow-headers", ALLOW_HEADERS.encode()),
                (b"access-control-max-age", MAX_AGE.encode()),
            ]
        await send({"type": "http.response.start", "status": 204 if allowed else 403, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
