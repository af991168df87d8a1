"""Serve the built PWA: hashed assets cached for a year, the shell and service worker revalidated,
client routes answered with the shell, and guide pages with their data inlined.

``/g/<CODE>`` is what a hall QR code opens. Its HTML carries the Guide query's answer in
``<script id="ov-preload">`` so the first paint needs no second round trip on a hall's mobile network.
It is built on ``guide.html`` (the app with the guide views only, see pwa/vite.guide.config.ts) and
meant to arrive whole in TCP's first round trip: about 14 KB gzipped (ten 1460-byte segments, less
the headers). A bundle's answer holds every item's full guide; the page itself shows only a line per
item, so its preload keeps just those fields and the page fetches the rest when the list of items
comes into view (pwa/src/views/guide.ts).
"""

from __future__ import annotations

import json
import mimetypes
from pathlib import Path
from typing import Any

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
    "/help",
    "/helper",
    "/helper/consent",
    "/applications",
    "/inbox",
    "/wallet",
    "/verify",
    "/appointments",
    "/report",
    "/desk",
    "/track",
    "/cases",
)
APP_ROUTE_PREFIXES = ("/apply/", "/consent/", "/applications/", "/desk/", "/wallet/", "/hall/")
mimetypes.add_type("application/manifest+json", ".webmanifest")

# The first page of the catalogue on the home page (keep in step with PAGE in pwa/src/views/home.ts)
HOME_PAGE_SIZE = 20

# What pwa/src/views/bundle.ts shows of each item of a bundle (keep in step with it).
BUNDLE_ITEM_FIELDS = ("code", "name", "nameEn", "department", "timeLimit", "visits", "output")


def _first_render(data: dict[str, Any] | None) -> dict[str, Any] | None:
    """The part of a Guide answer the page needs for its first render."""
    if data is None:
        return None
    guide = data.get("guide")
    if not guide or guide.get("__typename") != "Bundle":
        return data
    items = [{key: item[key] for key in BUNDLE_ITEM_FIELDS if key in item} for item in guide["items"]]
    return {**data, "guide": {**guide, "items": items}}


def _with_preload(shell: str, op: str, variables: dict[str, Any], data: Any) -> str:
    """The shell with a persisted query's answer in a JSON data island (read by pwa/src/preload.ts)."""
    preload = _script_json({"op": op, "variables": variables, "data": data})
    return shell.replace(
        "</head>", f'<script id="ov-preload" type="application/json">{preload}</script></head>', 1
    )


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
        self._shells: dict[str, tuple[float, str]] = {}

    def shell(self, name: str = "index.html") -> str | None:
        """A built HTML shell, re-read when the build changes it."""
        path = self.dist / name
        try:
            mtime = path.stat().st_mtime
        except FileNotFoundError:
            return None
        cached = self._shells.get(name)
        if cached is None or cached[0] != mtime:
            cached = self._shells[name] = (mtime, path.read_text(encoding="utf-8"))
        return cached[1]

    def shells(self) -> tuple[str | None, str | None]:
        """The app shell and the guide shell as built (their inline code is hashed into the CSP)."""
        return self.shell(), self.shell("guide.html")

    def _missing_build(self) -> Response:
        return PlainTextResponse(
            "The PWA is not built: run `npm ci && npm run build` in pwa/ (see README).", status_code=503
        )

    async def guide_page(self, request: Request) -> Response:
        shell = self.shell("guide.html") or self.shell()  # a build from before guide.html: the app
        if shell is None:
            return self._missing_build()
        code = request.path_params["code"].strip().upper()
        query = self.persisted.by_name("Guide")
        entry = await self.cache.run(query, {"code": code}, self.context_factory())
        data = self.cache.data(entry)
        found = bool(data and data["guide"]["__typename"] != "NotFound")
        html = _with_preload(shell, "Guide", {"code": code}, _first_render(data))
        return HTMLResponse(
            html,
            status_code=200 if found else 404,
            headers={"Cache-Control": "no-cache", "ETag": entry.etag.replace('"', '"g', 1)},
        )

    async def home_page(self, request: Request) -> Response:
        """The app shell with the home page's catalogue answer in it (pwa/src/preload.ts): the first
        render needs no request, so the page paints as soon as its HTML and code have arrived."""
        shell = self.shell()
        if shell is None:
            return self._missing_build()
        department = request.query_params.get("dept") or None
        variables = {"first": HOME_PAGE_SIZE, "department": department}
        entry = await self.cache.run(self.persisted.by_name("Catalog"), variables, self.context_factory())
        if not entry.ok:  # e.g. a department code nobody knows: the page asks, and shows what it gets
            return HTMLResponse(shell, headers={"Cache-Control": "no-cache"})
        html = _with_preload(shell, "Catalog", variables, self.cache.data(entry))
        return HTMLResponse(html, headers={"Cache-Control": "no-cache"})

    async def asset(self, request: Request) -> Response:
        path = request.url.path
        if path == "/":
            return await self.home_page(request)
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
