"""Compact JWS as the wallet signs and reads them: UTF-8 JSON payloads (not \\u-escaped: Chinese text
costs 3 bytes a character, not 6), EdDSA or ES256 only, base64url without padding."""

from __future__ import annotations

import base64
import json
from typing import Any

import jwt

from api.wallet import keys
from api.wallet.models import IssuerKey

LICENCE_TYP = "ovl"  # explicit type (RFC 8725 §3.11), short: it travels in every QR
ACCEPTED_ALGORITHMS = ("EdDSA", "ES256")  # pinned: "none", HS* … are never accepted


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(claims: dict[str, Any], key: IssuerKey, typ: str) -> str:
    payload = json.dumps(claims, ensure_ascii=False, separators=(",", ":")).encode()
    return jwt.api_jws.encode(
        payload,
        keys.private_key(key.private_pem),
        algorithm=str(key.algorithm),
        headers={"kid": key.kid, "typ": typ},
    )


def decode(token: str, key: IssuerKey) -> dict[str, Any]:
    """The claims of ``token``, its signature checked with ``key`` (``jwt`` errors, or ValueError)."""
    payload = jwt.api_jws.decode(token, keys.public_key_of(key), algorithms=[str(key.algorithm)])
    claims = json.loads(payload.decode("utf-8"))
    if not isinstance(claims, dict):
        raise ValueError("claims are not an object")
    return claims
