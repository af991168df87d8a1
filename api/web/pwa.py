"""Serve the built PWA: hashed assets cached for a year, the shell and service worker revalidated,
client routes answered with the shell, and guide pages with their data inlined.

``/g/<CODE>`` is what a hall QR code opens. Its HTML carries the Guide query's answer in
``<script id="ov-preload">`` so the first paint needs no second round trip on a hall's mobile network.
"""

from __future__ import annotations

import json
import mimetypes
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, Response

from api.graphql.persisted import PersistedQueries
from api.web.public_queries import PublicQueryCache

# Client-side routes: the server answers them with the app shell.
APP_ROUTES = (
    "/",
    "/tree",
    "/search",
    "/about",
    "/signin",
    "/signup",
    "/enroll",
    "/me",
    "/consents",
    "/access-log",
    "/helper/consent",
)
APP_ROUTE_PREFIXES = ("/apply/", "/consent/")
mimetypes.add_type("application/manifest+json", ".webmanifest")


def _script_json(value: object) -> str:
    """JSON safe inside a <script> element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class PWA:
    def __init__(self, dist: Path, persisted: PersistedQueries, cache: PublicQueryCache, context_factory):
        self.dist = dist
        self.persisted = persisted
        self.cache = cache
        self.context_factory = context_factory
        self._shell: tuple[float, str] | None = None

    def shell(self) -> str | None:
        index = self.dist / "index.html"
        try:
            mtime = index.stat().st_mtime
        except FileNotFoundError:
            return None
        if self._shell is None or self._shell[0] != mtime:
            self._shell = (mtime, index.read_text(encoding="utf-8"))
        return self._shell[1]

    def _missing_build(self) -> Response:
        return PlainTextResponse(
            "The PWA is not built: run `npm ci && npm run build` in pwa/ (see README).", status_code=503
        )

    async def guide_page(self, request: Request) -> Response:
        shell = self.shell()
        if shell is None:
            return self._missing_build()
        code = request.path_params["code"].strip().upper()
        query = self.persisted.by_name("Guide")
        entry = await self.cache.run(query, {"code": code}, self.context_factory())
        data = self.cache.data(entry)
        found = bool(data and data["guide"]["__typename"] != "NotFound")
        preload = _script_json({"op": "Guide", "variables": {"code": code}, "data": data})
        html = shell.replace(
            "</head>", f'<script id="ov-preload" type="application/json">{preload}</script></head>', 1
        )
        return HTMLResponse(
            html,
            status_code=200 if found else 404,
            headers={"Cache-Control": "no-cache", "ETag": entry.etag.replace('"', '"g', 1)},
        )

    async def asset(self, request: Request) -> Response:
        path = request.url.path
        if path in APP_ROUTES or path.startswith(APP_ROUTE_PREFIXES):
            shell = self.shell()
            if shell is None:
                return self._missing_build()
            return HTMLResponse(shell, headers={"Cache-Control": "no-cache"})
        file = (self.dist / path.lstrip("/")).resolve()
        if not file.is_relative_to(self.dist.resolve()) or not file.is_file():
            return PlainTextResponse("Not found", status_code=404)
        if path.startswith("/assets/"):
            cache = "public, max-age=31536000, immutable"  # file names carry a content hash
        else:
            cache = "no-cache"  # sw.js, manifest, icons: revalidate so updates arrive
        return FileResponse(file, headers={"Cache-Control": cache})
