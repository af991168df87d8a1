"""``GET /statistics/export.{csv|xlsx}?from=…&to=…&hall=…&department=…``: the desk's statistics as a
file, for whoever may see them (Bearer token, as the GraphQL field; ``policies``)."""

from __future__ import annotations

from datetime import date

import anyio
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from api.catalog.snapshot import CatalogCache
from api.failures import Failure
from api.graphql.error_codes import KernelError
from api.identity.tokens import KeyRing, TokenRejected
from api.statistics import export, policies
from api.statistics.access import statistics_for
from api.statistics.errors import StatisticsError
from api.statistics.scope import MAX_RANGE_DAYS
from api.web.auth import authenticate, unauthorized

NO_STORE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}
TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _refused(failure: Failure, status: int) -> JSONResponse:
    body = {"error": {"code": failure.code, "message": failure.message, "messageEn": failure.message_en}}
    return JSONResponse(body, status_code=status, headers=NO_STORE)


def _day(value: str | None) -> date:
    try:
        return date.fromisoformat(value or "")
    except ValueError:
        raise Failure(StatisticsError.INVALID_RANGE, days=MAX_RANGE_DAYS) from None


class StatisticsRoutes:
    def __init__(self, keys: KeyRing, catalog_cache: CatalogCache):
        self.keys = keys
        self.catalog_cache = catalog_cache

    async def export(self, request: Request) -> Response:
        try:
            principal = await authenticate(request.scope, self.keys)
        except TokenRejected as rejected:
            return unauthorized(rejected)
        if not policies.leader(principal):
            refused = KernelError.FORBIDDEN if principal.is_user else KernelError.UNAUTHENTICATED
            return _refused(Failure(refused), 403 if principal.is_user else 401)
        fmt = request.path_params["fmt"]
        if fmt not in TYPES:
            return _refused(Failure(StatisticsError.UNKNOWN_FORMAT), 404)
        q = request.query_params
        try:
            start, end = _day(q.get("from")), _day(q.get("to"))
            report = await statistics_for(
                principal, await self.catalog_cache.get(), start, end, q.get("hall"), q.get("department")
            )
        except Failure as failure:
            return _refused(failure, 400)
        writer = export.to_xlsx if fmt == "xlsx" else export.to_csv
        body = await anyio.to_thread.run_sync(writer, report)
        name = f"statistics-{start.isoformat()}-{end.isoformat()}.{fmt}"
        headers = {**NO_STORE, "Content-Disposition": f'attachment; filename="{name}"'}
        return Response(body, media_type=TYPES[fmt], headers=headers)
