"""OAuth 2.0 for third-party mini-programs: ``/oauth/authorize`` (authorization code with PKCE, the
consent screen being the PWA's), ``/oauth/token`` (grants ``client_credentials``,
``authorization_code`` and ``refresh_token``; client authentication ``client_secret_basic`` or
``client_secret_post``) and the public keys that verify access tokens (JWKS)."""

from __future__ import annotations

import base64
import binascii
import html
from collections.abc import Callable
from enum import StrEnum
from urllib.parse import unquote

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from api.failures import Failure
from api.identity import clients, ratelimit
from api.identity.runtime import IdentityRuntime
from api.oauth.services import authorization, tokens
from api.web.auth import client_address, too_many_requests

NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class OAuthError(StrEnum):
    """The ``error`` codes of RFC 6749 §5.2 (lower case, as the RFC spells them; clients match them)."""

    INVALID_REQUEST = "invalid_request"
    INVALID_CLIENT = "invalid_client"
    UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type"


def _error(code: str, description: str, status: int = 400, basic: bool = False) -> JSONResponse:
    """``code``: an ``OAuthError``, or the lower-cased code of a service failure (``invalid_scope``,
    ``invalid_client``, ``invalid_grant``: the RFC's names)."""
    headers = dict(NO_STORE)
    if status == 401 and basic:
        headers["WWW-Authenticate"] = 'Basic realm="onevisit"'
    return JSONResponse(
        {"error": str(code), "error_description": description}, status_code=status, headers=headers
    )


def _credentials(request: Request, form: dict[str, str]) -> tuple[str, str, bool] | None:
    """(client_id, secret, by HTTP Basic) from ``Authorization: Basic`` (RFC 6749 §2.3.1: both parts
    form-urlencoded) or from the form; None when missing, malformed, or sent both ways."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    in_form = "client_secret" in form
    if scheme.lower() == "basic":
        if in_form:
            return None
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None
        client_id, sep, secret = decoded.partition(":")
        return (unquote(client_id), unquote(secret), True) if sep and client_id else None
    client_id, secret = form.get("client_id"), form.get("client_secret")
    return (client_id, secret, False) if client_id and secret else None


def _authorize_error_page(failure: Failure) -> HTMLResponse:
    """An unknown client or a redirect URI not registered: said on the page, never redirected."""
    body = f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>授权无法继续</title></head>
<body><main><h1>授权无法继续</h1><p>{html.escape(failure.message)}</p>
<p lang="en">{html.escape(failure.message_en)}</p>
<p><a href="/">返回首页 · Home</a></p></main></body></html>"""
    return HTMLResponse(body, status_code=400, headers=NO_STORE)


class OAuthRoutes:
    def __init__(self, identity: IdentityRuntime, shell: Callable[[], str | None]):
        self.identity = identity
        self.shell = shell

    async def authorize(self, request: Request) -> Response:
        """Checks the request, then answers with the app, whose consent screen (signed in) asks the
        citizen. A request a client made wrong goes back to its redirect URI with ``error``."""
        params = request.query_params
        try:
            await authorization.check(
                authorization.AuthorizationRequest(
                    client_id=params.get("client_id", ""),
                    redirect_uri=params.get("redirect_uri", ""),
                    response_type=params.get("response_type"),
                    scope=params.get("scope"),
                    state=params.get("state"),
                    code_challenge=params.get("code_challenge"),
                    code_challenge_method=params.get("code_challenge_method"),
                )
            )
        except authorization.Redirectable as wrong:
            return RedirectResponse(wrong.location, status_code=302, headers=NO_STORE)
        except Failure as failure:
            return _authorize_error_page(failure)
        shell = self.shell()
        if shell is None:
            return Response("The PWA is not built", status_code=503)
        return HTMLResponse(shell, headers=NO_STORE)

    async def token(self, request: Request) -> JSONResponse:
        if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            return _error(OAuthError.INVALID_REQUEST, "Send application/x-www-form-urlencoded")
        form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
        grant_type = form.get("grant_type")
        if grant_type not in ("client_credentials", "authorization_code", "refresh_token"):
            return _error(
                OAuthError.UNSUPPORTED_GRANT_TYPE,
                "grant_type: client_credentials, authorization_code or refresh_token",
            )
        found = _credentials(request, form)
        if found is None:
            return _error(
                OAuthError.INVALID_CLIENT,
                "Authenticate with HTTP Basic (client_secret_basic) or client_id and client_secret (post)",
                401,
                basic=True,
            )
        client_id, secret, basic = found
        try:  # guessing a client's secret: limited per client and per address
            await ratelimit.hit(ratelimit.CLIENT_TOKENS_PER_CLIENT, client_id[:64])
            await ratelimit.hit(ratelimit.CLIENT_TOKENS_PER_ADDRESS, client_address(request.scope))
        except ratelimit.RateLimited as limited:
            return too_many_requests(limited, NO_STORE)
        try:
            client = await clients.authenticated_client(client_id, secret)
            if grant_type == "client_credentials":
                token, expires_in, granted = await clients.client_token(
                    self.identity.keys, client, form.get("scope")
                )
                body: dict[str, str | int] = {
                    "access_token": token,
                    "token_type": "Bearer",
                    "expires_in": expires_in,
                    "scope": granted,
                }
            elif grant_type == "authorization_code":
                missing = [k for k in ("code", "redirect_uri", "code_verifier") if not form.get(k)]
                if missing:
                    return _error(OAuthError.INVALID_REQUEST, f"Missing {', '.join(missing)}")
                issued = await authorization.exchange(
                    self.identity.keys, client, form["code"], form["redirect_uri"], form["code_verifier"]
                )
                body = issued.as_json()
            else:
                if not form.get("refresh_token"):
                    return _error(OAuthError.INVALID_REQUEST, "Missing refresh_token")
                body = (await tokens.refresh(self.identity.keys, client, form["refresh_token"])).as_json()
        except Failure as failure:
            status = 401 if failure.code.lower() == OAuthError.INVALID_CLIENT else 400
            return _error(failure.code.lower(), failure.message_en, status, basic)
        return JSONResponse(body, headers=NO_STORE)

    async def jwks(self, request: Request) -> JSONResponse:
        return JSONResponse(self.identity.keys.jwks(), headers={"Cache-Control": "public, max-age=300"})
