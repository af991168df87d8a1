"""Who is calling: the bearer token of a request, verified once, as a ``Principal``."""

from __future__ import annotations

from starlette.responses import JSONResponse
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from api.graphql.error_codes import KernelError
from api.identity.errors import IdentityError
from api.identity.policies import is_staff
from api.identity.principal import Principal, PrincipalKind
from api.identity.ratelimit import RateLimited
from api.identity.staff import active_staff
from api.identity.tokens import KeyRing, TokenRejected, principal_from_claims
from api.oauth.services import tokens as client_tokens
from api.web.errors import WebError


def client_address(scope) -> str:
    """The caller's network address, for rate limits and logs: every HTTP route, the GraphQL context
    and WebSockets take it from here.

    ``scope["client"]`` is the peer, or, when the peer is one of the explicitly trusted proxies
    (``TRUSTED_PROXIES``), the first untrusted address of ``X-Forwarded-For`` read from the right: the
    ``trusted_proxies`` middleware (uvicorn's ``ProxyHeadersMiddleware``) put it there. Without trusted
    proxies ``X-Forwarded-For`` is ignored.
    """
    client = scope.get("client")
    return client[0] if client else ""


def trusted_proxies(app, proxies: tuple[str, ...]):
    """Wrap ``app`` so that requests from ``proxies`` (IPs or CIDRs) are seen from the client behind
    them (address and scheme from ``X-Forwarded-For`` / ``X-Forwarded-Proto``). No proxies: ``app``."""
    if not proxies:
        return app
    return ProxyHeadersMiddleware(app, trusted_hosts=list(proxies))


def header(scope, name: bytes) -> bytes:
    for key, value in scope["headers"]:
        if key == name:
            return value
    return b""


async def authenticate(scope, keys: KeyRing) -> Principal:
    """The caller named by ``Authorization: Bearer …``; anonymous without the header.

    A header with a token that fails verification is an error (401), never a silent anonymous call.
    """
    address = client_address(scope)
    value = header(scope, b"authorization")
    if not value:
        return Principal(PrincipalKind.ANONYMOUS, address=address)
    scheme, _, token = value.decode("latin-1").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise TokenRejected(WebError.TOKEN_MALFORMED)
    principal = principal_from_claims(await keys.verify(token.strip()), address)
    if is_staff(principal.roles) and not await active_staff(principal.user_id):
        raise TokenRejected(IdentityError.ACCOUNT_DISABLED)  # suspended: unexpired tokens stop at once
    if principal.is_client and not await client_tokens.honoured(principal):
        # the client is suspended, or the grant or token family behind the token was revoked
        raise TokenRejected(IdentityError.TOKEN_INVALID, reason="its client or grant is no longer active")
    return principal


def unauthorized(rejected: TokenRejected) -> JSONResponse:
    description = rejected.message_en.replace('"', "'")
    return JSONResponse(
        {
            "errors": [
                {
                    "message": f"{rejected.message} {rejected.message_en}",
                    "extensions": {"code": rejected.code, "messageEn": rejected.message_en},
                }
            ]
        },
        status_code=401,
        headers={"WWW-Authenticate": f'Bearer error="invalid_token", error_description="{description}"'},
    )


def too_many_requests(limited: RateLimited, headers: dict[str, str] | None = None) -> JSONResponse:
    """The HTTP answer to a rate-limited request: 429 with ``Retry-After`` (seconds), and the same
    ``errors[]`` entry GraphQL gives (``extensions.code = RATE_LIMITED``, ``extensions.retryAfter``)."""
    message = str(limited.message)
    return JSONResponse(
        {
            "error": {
                "code": KernelError.RATE_LIMITED.name,
                "message": message,
                "messageEn": limited.message_en,
                "retryAfter": limited.retry_after,
            },
            "errors": [{"message": message, "extensions": limited.extensions}],
        },
        status_code=429,
        headers={**(headers or {}), "Retry-After": str(limited.retry_after), "Cache-Control": "no-store"},
    )
