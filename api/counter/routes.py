"""``GET /counter/applications/{id}/{kind}.pdf?width=a4|80mm``: the counter's printed documents
(受理回执 · 一次性告知书 · 不予受理通知书), for window clerks and supervisors (Bearer token)."""

from __future__ import annotations

import anyio
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from api.applications.models import Application
from api.counter import documents, policies
from api.counter.errors import CounterError
from api.counter.printing import Width, render
from api.failures import Failure
from api.graphql.ids import parse_global_id
from api.identity import access_log
from api.identity.tokens import KeyRing, TokenRejected
from api.settings import Settings
from api.web.auth import authenticate, unauthorized

NO_STORE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


def _refused(failure: Failure, status: int) -> JSONResponse:
    body = {"error": {"code": failure.code, "message": failure.message, "messageEn": failure.message_en}}
    return JSONResponse(body, status_code=status, headers=NO_STORE)


class CounterPrintRoutes:
    def __init__(self, settings: Settings, keys: KeyRing):
        self.settings = settings
        self.keys = keys

    async def document(self, request: Request) -> Response:
        try:
            principal = await authenticate(request.scope, self.keys)
        except TokenRejected as rejected:
            return unauthorized(rejected)
        if not policies.may_print(principal):
            return _refused(Failure(CounterError.NOT_FOUND), 404)
        try:
            width = Width(request.query_params.get("width", Width.A4))
        except ValueError:
            width = Width.A4
        pk = parse_global_id(request.path_params["id"], "Application")
        application = await Application.get_or_none(id=pk) if pk is not None else None
        if application is None or application.tracking_number is None:
            return _refused(Failure(CounterError.NOT_FOUND), 404)
        try:
            doc = await documents.document(
                request.path_params["kind"], application, self.settings.public_base_url
            )
        except Failure as failure:
            return _refused(failure, 409)
        await access_log.record(principal, application.applicant_id, "application", f"打印{doc.title}")
        pdf = await anyio.to_thread.run_sync(render, doc, width)
        name = f"{application.tracking_number}-{request.path_params['kind']}.pdf"
        return Response(
            pdf,
            media_type="application/pdf",
            headers={**NO_STORE, "Content-Disposition": f'inline; filename="{name}"'},
        )
