"""``POST /uploads`` and ``GET /uploads/{public_id}``: materials of applications, for signed-in people."""

from __future__ import annotations

import json
import logging

import anyio
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, Response

from api.identity import clients, ratelimit
from api.identity.errors import IdentityError
from api.identity.principal import Principal, PrincipalKind
from api.identity.tokens import KeyRing, TokenRejected
from api.settings import Settings
from api.uploads import services
from api.uploads.errors import UploadError, UploadRefused
from api.uploads.fairness import FairQueue
from api.uploads.policies import may_read_upload
from api.uploads.receive import receive_file
from api.uploads.storage import UploadStore
from api.web.auth import authenticate, too_many_requests, unauthorized

log = logging.getLogger("onevisit.uploads")

NO_STORE = {"Cache-Control": "no-store"}
READ_HEADERS = {
    "Cache-Control": "private, max-age=3600",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def _error(refused: UploadRefused) -> JSONResponse:
    return JSONResponse(refused.as_json(), status_code=refused.status, headers=NO_STORE)


def _unauthorized(rejected: TokenRejected) -> JSONResponse:
    """The service's usual 401 (``unauthorized``), with this endpoint's ``error`` object added."""
    response = unauthorized(rejected)
    body = json.loads(bytes(response.body))
    body["error"] = {"code": rejected.code, "message": rejected.message, "messageEn": rejected.message_en}
    return JSONResponse(
        body, status_code=401, headers={**NO_STORE, "WWW-Authenticate": response.headers["www-authenticate"]}
    )


SIGN_IN_FIRST = TokenRejected(IdentityError.UNAUTHENTICATED)


class UploadRoutes:
    def __init__(self, settings: Settings, keys: KeyRing):
        self.settings = settings
        self.keys = keys
        self.store = UploadStore(settings.upload_dir)
        # re-encoding: about one worker per CPU (each may take ~100 MB for a moment), shared fairly
        self.queue = FairQueue(settings.reencode_workers, settings.reencode_per_user)

    async def _principal(self, request: Request) -> Principal | JSONResponse:
        try:
            principal = await authenticate(request.scope, self.keys)
        except TokenRejected as rejected:
            return _unauthorized(rejected)
        if principal.kind is PrincipalKind.ANONYMOUS:
            return _unauthorized(SIGN_IN_FIRST)
        return principal

    async def create(self, request: Request) -> Response:
        principal = await self._principal(request)
        if isinstance(principal, Response):
            return principal
        # a client files its uploads for the citizen who granted it applications:write
        owner_id = principal.user_id if principal.is_user else await clients.writes_for(principal)
        if owner_id is None:
            return _error(UploadRefused(UploadError.UPLOAD_FORBIDDEN))
        try:
            await ratelimit.hit_caller(
                principal, ratelimit.UPLOADS_PER_ACCOUNT, ratelimit.UPLOADS_PER_ADDRESS
            )
        except ratelimit.RateLimited as limited:
            return too_many_requests(limited, NO_STORE)
        try:
            received = await receive_file(request, self.store, self.settings.upload_max_bytes)
            upload = await services.accept_upload(
                owner_id, received.path, received.filename, self.store, queue=self.queue
            )
        except UploadRefused as refused:
            log.info("upload refused for user %s: %s", owner_id, refused.code)
            return _error(refused)
        except ClientDisconnect:
            return Response(status_code=400)  # nobody is listening; the temporary file is gone
        return JSONResponse(
            services.upload_json(upload),
            status_code=201,
            headers={**NO_STORE, "Location": f"/uploads/{upload.public_id}"},
        )

    async def read(self, request: Request) -> Response:
        principal = await self._principal(request)
        if isinstance(principal, Response):
            return principal
        upload = await services.find_upload(request.path_params["public_id"])
        if upload is None or not await may_read_upload(principal, upload):
            return _not_found()
        path = services.stored_path(self.store, upload)
        if not await anyio.Path(path).is_file():
            log.error("upload %s: stored file %s is missing", upload.public_id, path)
            return _not_found()
        return FileResponse(
            path,
            media_type=upload.content_type,
            filename=upload.original_name,
            content_disposition_type="inline",
            headers=READ_HEADERS,
        )


def _not_found() -> JSONResponse:
    return _error(UploadRefused(UploadError.UPLOAD_NOT_FOUND))
