"""Who is calling: the bearer token of a request, verified once, as a ``Principal``."""

from __future__ import annotations

from starlette.responses import JSONResponse

from api.identity.principal import Principal, PrincipalKind
from api.identity.tokens import KeyRing, TokenRejected, principal_from_claims


def client_address(scope) -> str:
    client = scope.get("client")
    return client[0] if client else ""


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
        raise TokenRejected("TOKEN_MALFORMED", "仅支持 Bearer 令牌", "Use Authorization: Bearer <token>")
    return principal_from_claims(await keys.verify(token.strip()), address)


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
