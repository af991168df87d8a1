"""Public, cacheable documents for verifiers: the issuer keys and the signed status list."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from api.wallet import services

_HEADERS = {
    "Cache-Control": f"public, max-age={services.STATUS_LIST_MAX_AGE}",
    # public data that third-party verifiers may read from their own pages
    "Access-Control-Allow-Origin": "*",
}


async def jwks(request: Request) -> JSONResponse:
    """GET /wallet/jwks.json: every issuer key (JWK Set) with issuer, type, field and value names."""
    catalog = await request.app.state.catalog_cache.get()
    return JSONResponse(await services.issuer_jwks(catalog.licence_labels), headers=_HEADERS)


async def status_list(request: Request) -> Response:
    """GET /wallet/status-list: a compact JWS (typ statuslist+jwt) of every licence's status."""
    return Response(await services.status_list(), media_type="application/statuslist+jwt", headers=_HEADERS)
