"""Security headers on every response (an ASGI middleware, outermost after the proxy headers).

- Every response: ``X-Content-Type-Options: nosniff``, ``Referrer-Policy``, and
  ``Strict-Transport-Security`` when served over https (the scheme of the request, or
  ``X-Forwarded-Proto: https`` from a trusted proxy, see ``api.web.auth.trusted_proxies``).
- HTML (the PWA shell on every client route, the guide pages ``/g/<code>``): a Content-Security-Policy
  without inline script or style except the shells' own inline blocks, allowed by their sha256 hashes
  (computed from the built ``index.html`` and ``guide.html``, again whenever a build changes them; the
  guide page's ``<script id="ov-preload" type="application/json">`` is data, never run, so it needs
  none), ``frame-ancestors 'none'``, and a ``Permissions-Policy``. ``'wasm-unsafe-eval'`` lets the
  QR scanner compile its own WebAssembly (the ZXing ponyfill, served from /assets); it does not allow
  ``eval``.
- Camera: the PWA is one document across its client-side routes (and the service worker answers
  every navigation with the one precached shell), so a per-route policy would not reach the route
  that scans (/verify): the shell allows ``camera=(self)``, same origin only; the guide pages, which
  take no pictures, and every other response get ``camera=()``. Photos of materials (apply) come
  through ``<input type=file capture>``, which is not governed by the camera policy.
- ``/graphql``: JSON answers get ``default-src 'none'; frame-ancestors 'none'``. GraphiQL (on in
  development only, ``GRAPHIQL``) loads React and GraphiQL from unpkg.com with inline bootstrap code:
  its page gets a policy that allows exactly that CDN and inline code, still with
  ``frame-ancestors 'none'``.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable, Iterable

from starlette.datastructures import MutableHeaders

REFERRER_POLICY = "strict-origin-when-cross-origin"
HSTS = "max-age=31536000"
_OFF = "accelerometer=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"
PERMISSIONS_WITH_CAMERA = f"camera=(self), {_OFF}"
PERMISSIONS_NO_CAMERA = f"camera=(), {_OFF}"
API_CSP = "default-src 'none'; frame-ancestors 'none'"
GRAPHIQL_CDN = "https://unpkg.com"
GRAPHIQL_CSP = (
    f"default-src 'self'; script-src 'self' 'unsafe-inline' {GRAPHIQL_CDN}; "
    f"style-src 'self' 'unsafe-inline' {GRAPHIQL_CDN}; img-src 'self' data: {GRAPHIQL_CDN}; "
    f"font-src 'self' data: {GRAPHIQL_CDN}; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
NO_CAMERA_PREFIXES = ("/g/",)  # guide pages: read-only, opened from posters

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S | re.I)
_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style>", re.S | re.I)


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def inline_hashes(html: str) -> tuple[list[str], list[str]]:
    """CSP sources for the inline ``<script>`` and ``<style>`` blocks of a page (scripts with ``src``
    and data blocks such as ``type="application/json"`` need none)."""
    scripts = []
    for attributes, body in _SCRIPT.findall(html):
        if "src=" in attributes or ("type=" in attributes and "module" not in attributes):
            continue
        scripts.append(_sha256(body))
    styles = [_sha256(body) for body in _STYLE.findall(html)]
    return list(dict.fromkeys(scripts)), list(dict.fromkeys(styles))


def page_csp(shells: Iterable[str]) -> str:
    scripts: list[str] = []
    styles: list[str] = []
    for html in shells:
        s, c = inline_hashes(html)
        scripts += s
        styles += c
    script_src = " ".join(["'self'", "'wasm-unsafe-eval'", *dict.fromkeys(scripts)])
    style_src = " ".join(["'self'", *dict.fromkeys(styles)])
    return (
        f"default-src 'self'; script-src {script_src}; style-src {style_src}; img-src 'self' data: blob:; "
        "font-src 'self'; connect-src 'self'; media-src 'self' blob:; worker-src 'self'; "
        "manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


class SecurityHeaders:
    """``shells``: the current texts of the built HTML shells (their inline code is hashed into the
    page policy; recomputed only when a text changes)."""

    def __init__(self, app, shells: Callable[[], Iterable[str | None]]):
        self.app = app
        self.shells = shells
        self._policy: tuple[tuple[str, ...], str] | None = None

    def page_policy(self) -> str:
        texts = tuple(t for t in self.shells() if t)
        if self._policy is None or self._policy[0] != texts:
            self._policy = (texts, page_csp(texts))
        return self._policy[1]

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        https = scope.get("scheme") == "https"

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", []))
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", REFERRER_POLICY)
                if https:
                    headers.setdefault("Strict-Transport-Security", HSTS)
                html = headers.get("content-type", "").startswith("text/html")
                if path == "/graphql":
                    headers["Content-Security-Policy"] = GRAPHIQL_CSP if html else API_CSP
                    headers.setdefault("Permissions-Policy", PERMISSIONS_NO_CAMERA)
                elif html:
                    headers["Content-Security-Policy"] = self.page_policy()
                    camera = not path.startswith(NO_CAMERA_PREFIXES)
                    permissions = PERMISSIONS_WITH_CAMERA if camera else PERMISSIONS_NO_CAMERA
                    headers["Permissions-Policy"] = permissions
            await send(message)

        await self.app(scope, receive, send_with_headers)
