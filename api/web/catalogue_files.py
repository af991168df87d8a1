"""``GET /catalogue-files/{public_id}``: the blank forms and samples (表格下载、示范文本) of the current
catalogue, for anyone. Only a file a material of the current revision lists is served; any other
upload (an applicant's material) is "not found" here, whoever asks."""

from __future__ import annotations

import anyio
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response

from api.catalog.snapshot import CatalogCache
from api.settings import Settings
from api.uploads import services
from api.uploads.errors import UploadError, UploadRefused
from api.uploads.storage import UploadStore

HEADERS = {
    "Cache-Control": "public, max-age=300",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Resource-Policy": "same-origin",
}


class CatalogueFiles:
    def __init__(self, settings: Settings, catalog_cache: CatalogCache):
        self.store = UploadStore(settings.upload_dir)
        self.catalog_cache = catalog_cache

    async def read(self, request: Request) -> Response:
        public_id = request.path_params["public_id"]
        catalog = await self.catalog_cache.get()
        listed = next(
            (
                d
                for item in catalog.items
                for line in item.materials
                for d in line.material.downloads
                if d.file == public_id
            ),
            None,
        )
        upload = await services.find_upload(public_id) if listed is not None else None
        path = services.stored_path(self.store, upload) if upload is not None else None
        if upload is None or path is None or not await anyio.Path(path).is_file():
            return JSONResponse(UploadRefused(UploadError.UPLOAD_NOT_FOUND).as_json(), status_code=404)
        suffix = "pdf" if upload.content_type == "application/pdf" else upload.content_type.split("/")[-1]
        return FileResponse(
            path,
            media_type=upload.content_type,
            filename=f"{listed.name}.{suffix}" if listed else upload.original_name,
            content_disposition_type="attachment",
            headers=HEADERS,
        )
