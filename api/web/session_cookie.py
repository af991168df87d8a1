"""Where a browser's refresh token lives: an HttpOnly cookie that script cannot read, sent only to
``/auth`` (``POST /auth/refresh`` and ``POST /auth/sign-out``).

- ``HttpOnly``: injected script (XSS) cannot read or copy it; ``SameSite=Strict``: no other site can
  make the browser send it; ``Path=/auth``: it does not travel with every request; ``Secure`` over
  https and on localhost (browsers keep Secure cookies from http://localhost; a plain-http address on a
  LAN, development only, gets none, or the browser would drop it).
- CSRF: besides SameSite=Strict, both routes need the ``X-OneVisit-CSRF: 1`` header (a cross-site form
  cannot send one, and a cross-site fetch with it needs a CORS preflight that is never granted) and,
  when the browser sends ``Origin``, an Origin of this service.
- Sessions begin in GraphQL mutations (sign-in, sign-up): those answers carry the access token in
  their data and set the cookie on the HTTP response (``Context.keep_refresh_token``).
- ``/auth/refresh`` answers ``{accessToken, expiresIn, userId, name, roles}`` and sets the next cookie;
  401 ``REFRESH_MISSING`` / ``REFRESH_INVALID`` / ``REFRESH_REUSED`` clears it.
"""

from __future__ import annotations

from starlette.requests import HTTPConnection, Request
from starlette.responses import JSONResponse, Response

from api.failures import Failure
from api.graphql.ids import global_id
from api.identity import tokens
from api.identity.enums import Role
from api.identity.runtime import IdentityRuntime
from api.web.errors import WebError

COOKIE = "ov_refresh"
COOKIE_PATH = "/auth"
CSRF_HEADER = "x-onevisit-csrf"
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
NO_STORE = {"Cache-Control": "no-store"}


def secure_cookies(connection: HTTPConnection) -> bool:
    """Mark cookies Secure: over https (or wss), and on loopback where browsers accept them over http."""
    if connection.url.scheme in ("https", "wss"):
        return True
    host = (connection.url.hostname or "").lower()
    return host in LOOPBACK_HOSTS or host.endswith(".localhost")


def set_refresh_cookie(response: Response, token: str, *, secure: bool) -> None:
    response.set_cookie(
        COOKIE,
        token,
        max_age=int(tokens.REFRESH_TTL.total_seconds()),
        path=COOKIE_PATH,
        secure=secure,
        httponly=True,
        samesite="strict",
    )


def clear_refresh_cookie(response: Response, *, secure: bool) -> None:
    response.delete_cookie(COOKIE, path=COOKIE_PATH, secure=secure, httponly=True, samesite="strict")


def _error(failure: Failure, status: int) -> JSONResponse:
    body = {"error": {"code": failure.code, "message": failure.message, "messageEn": failure.message_en}}
    return JSONResponse(body, status_code=status, headers=NO_STORE)


class SessionRoutes:
    def __init__(self, identity: IdentityRuntime, public_base_url: str):
        self.identity = identity
        self.public_origin = public_base_url.rstrip("/")

    def _cross_site(self, request: Request) -> JSONResponse | None:
        """The CSRF check: our header, and an Origin of this service when one is sent."""
        origin = request.headers.get("origin")
        own = f"{request.url.scheme}://{request.headers.get('host', '')}"
        if request.headers.get(CSRF_HEADER) == "1" and origin in (None, own, self.public_origin):
            return None
        return _error(Failure(WebError.CSRF, header=CSRF_HEADER), 403)

    async def refresh(self, request: Request) -> Response:
        refused = self._cross_site(request)
        if refused is not None:
            return refused
        secure = secure_cookies(request)
        token = request.cookies.get(COOKIE)
        if not token:
            return _error(Failure(WebError.REFRESH_MISSING), 401)
        try:
            session = await tokens.refresh_session(self.identity.keys, token)
        except Failure as failure:
            response = _error(failure, 401)
            clear_refresh_cookie(response, secure=secure)
            return response
        response = JSONResponse(
            {
                "accessToken": session.access_token,
                "expiresIn": session.expires_in,
                "userId": global_id("User", session.user.id),
                "name": session.user.name,
                "roles": [Role(r).name for r in session.user.roles],  # as GraphQL names them
            },
            headers=NO_STORE,
        )
        set_refresh_cookie(response, session.refresh_token, secure=secure)
        return response

    async def sign_out(self, request: Request) -> Response:
        refused = self._cross_site(request)
        if refused is not None:
            return refused
        token = request.cookies.get(COOKIE)
        if token:
            await tokens.sign_out(token)
        response = Response(status_code=204, headers=NO_STORE)
        clear_refresh_cookie(response, secure=secure_cookies(request))
        return response
