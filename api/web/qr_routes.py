"""QR images of guides and printable poster sheets of halls."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from api.catalog.snapshot import CatalogCache
from api.qr import posters, render
from api.settings import Settings

IMAGE_CACHE = "public, max-age=86400"


class QRRoutes:
    def __init__(self, settings: Settings, catalog_cache: CatalogCache):
        self.settings = settings
        self.catalog_cache = catalog_cache
        self._sheets: dict[tuple[str, str, int], bytes] = {}

    def guide_url(self, code: str) -> str:
        return f"{self.settings.public_base_url}/g/{code}"

    async def image(self, request: Request) -> Response:
        code, fmt = request.path_params["code"].upper(), request.path_params["fmt"]
        if fmt not in ("svg", "png"):
            return PlainTextResponse("QR images are .svg or .png", status_code=404)
        entry = (await self.catalog_cache.get()).entry(code)
        if entry is None:
            return PlainTextResponse(f"No item or bundle has the code {code}", status_code=404)
        url = self.guide_url(entry.code)
        if fmt == "svg":
            body = await run_in_threadpool(render.svg, url, entry.name)
            media = "image/svg+xml"
        else:
            body = await run_in_threadpool(render.png, url)
            media = "image/png"
        return Response(body, media_type=media, headers={"Cache-Control": IMAGE_CACHE})

    async def check_in_image(self, request: Request) -> Response:
        """The hall's check-in QR code (签到取号): it opens ``/hall/<code>``, to print at the entrance."""
        hall_code, fmt = request.path_params["hall"].upper(), request.path_params["fmt"]
        if fmt not in ("svg", "png"):
            return PlainTextResponse("QR images are .svg or .png", status_code=404)
        hall = next((h for h in (await self.catalog_cache.get()).halls if h.code == hall_code), None)
        if hall is None:
            return PlainTextResponse(f"No hall has the code {hall_code}", status_code=404)
        url = f"{self.settings.public_base_url}/hall/{hall.code}"
        if fmt == "svg":
            body = await run_in_threadpool(render.svg, url, f"{hall.name} 签到取号")
        else:
            body = await run_in_threadpool(render.png, url)
        media = "image/svg+xml" if fmt == "svg" else "image/png"
        return Response(body, media_type=media, headers={"Cache-Control": IMAGE_CACHE})

    async def poster_sheet(self, request: Request) -> Response:
        """``/halls/<code>/posters.pdf?layout=grid|single``: the hall's QR posters, A4 pages."""
        hall_code, fmt = request.path_params["hall"].upper(), request.path_params["fmt"]
        if fmt != "pdf":
            return PlainTextResponse("Poster sheets are .pdf", status_code=404)
        try:
            layout = posters.Layout(request.query_params.get("layout", posters.Layout.GRID.value))
        except ValueError:
            return PlainTextResponse("layout is grid or single", status_code=400)
        catalog = await self.catalog_cache.get()
        found = posters.hall_posters(catalog, hall_code, self.settings.public_base_url)
        if found is None:
            return PlainTextResponse(f"No hall has the code {hall_code}", status_code=404)
        key = (hall_code, layout.value, catalog.revision)
        body = self._sheets.get(key)
        if body is None:
            body = await run_in_threadpool(posters.sheet_pdf, *found, layout)
            self._sheets = {k: v for k, v in self._sheets.items() if k[2] == catalog.revision}
            self._sheets[key] = body
        filename = f"posters-{hall_code}-{layout.value}.pdf"
        return Response(
            body,
            media_type="application/pdf",
            headers={"Cache-Control": "no-cache", "Content-Disposition": f'inline; filename="{filename}"'},
        )
