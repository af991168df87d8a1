"""OAuth 2.0 for third-party mini-programs: the client_credentials grant (RFC 6749 §4.4) and the
public keys that verify access tokens (JWKS)."""

from __future__ import annotations

from enum import StrEnum

from starlette.requests import Request
from starlette.responses import JSONResponse

from api.failures import Failure
from api.identity import clients, ratelimit
from api.identity.runtime import IdentityRuntime
from api.web.auth import client_address, too_many_requests

NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class OAuthError(StrEnum):
    """The ``error`` codes of RFC 6749 §5.2 (lower case, as the RFC spells them; clients match them)."""

    INVALID_REQUEST = "invalid_request"
    INVALID_CLIENT = "invalid_client"
    UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type"


def _error(code: str, description: str, status: int = 400) -> JSONResponse:
    """``code``: an ``OAuthError``, or the lower-cased code of a failure of ``clients.client_token``
    (``invalid_scope``, ``invalid_client``: the RFC's names)."""
    return JSONResponse(
        {"error": str(code), "error_description": description}, status_code=status, headers=NO_STORE
    )


class OAuthRoutes:
    def __init__(self, identity: IdentityRuntime):
        self.identity = identity

    async def token(self, request: Request) -> JSONResponse:
        if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            return _error(OAuthError.INVALID_REQUEST, "Send application/x-www-form-urlencoded")
        form = await request.form()
        if form.get("grant_type") != "client_credentials":
            return _error(OAuthError.UNSUPPORTED_GRANT_TYPE, "Only client_credentials is supported")
        client_id, secret = form.get("client_id"), form.get("client_secret")
        if not isinstance(client_id, str) or not isinstance(secret, str):
            return _error(OAuthError.INVALID_CLIENT, "client_id and client_secret are required", 401)
        scope = form.get("scope")
        try:  # guessing a client's secret: limited per client and per address
            await ratelimit.hit(ratelimit.CLIENT_TOKENS_PER_CLIENT, client_id[:64])
            await ratelimit.hit(ratelimit.CLIENT_TOKENS_PER_ADDRESS, client_address(request.scope))
        except ratelimit.RateLimited as limited:
            return too_many_requests(limited, NO_STORE)
        try:
            token, expires_in, granted = await clients.client_token(
                self.identity.keys, client_id, secret, scope if isinstance(scope, str) else None
            )
        except Failure as failure:
            status = 401 if failure.code.lower() == OAuthError.INVALID_CLIENT else 400
            return _error(failure.code.lower(), failure.message_en, status)
        return JSONResponse(
            {"access_token": token, "token_type": "Bearer", "expires_in": expires_in, "scope": granted},
            headers=NO_STORE,
        )

    async def jwks(self, request: Request) -> JSONResponse:
        return JSONResponse(self.identity.keys.jwks(), headers={"Cache-Control": "public, max-age=300"})
