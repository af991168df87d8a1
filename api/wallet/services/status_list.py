"""The signed status list of every licence (IETF Token Status List draft) and the issuer keys: what an
offline verifier saves."""

from __future__ import annotations

import zlib
from datetime import datetime, timedelta
from typing import Any

from api import clock
from api.catalog.labels import LicenceLabels
from api.wallet import keys
from api.wallet.enums import STATUS_CODES, LicenceStatus, StatusCode
from api.wallet.models import IssuerKey, Licence
from api.wallet.services.tokens import b64, decode, sign, unb64

STATUS_LIST_TYP = "statuslist+jwt"
STATUS_LIST_PATH = "/wallet/status-list"
STATUS_LIST_MAX_AGE = 300  # seconds a verifier (and HTTP caches) may reuse a status list
STATUS_LIST_VALIDITY = timedelta(days=1)  # how long an offline verifier may rely on a saved list


async def status_list(*, at: datetime | None = None) -> str:
    """The status of every licence, signed by the platform: 2 bits per licence at its status_index
    (0 valid, 1 revoked, 2 suspended), zlib-compressed, base64url (IETF Token Status List draft).
    Only non-active licences are read; everything else is 0."""
    top = await Licence.all().order_by("-status_index").first().values_list("status_index", flat=True)
    size = (top if isinstance(top, int) else 0) + 1
    bits = bytearray((size * 2 + 7) // 8)
    for index, status in await Licence.exclude(status=LicenceStatus.ACTIVE).values_list(
        "status_index", "status"
    ):
        if index is not None:
            bits[index // 4] |= int(STATUS_CODES[LicenceStatus(status)]) << (2 * (index % 4))
    now = at or clock.now()
    claims = {
        "iss": keys.PLATFORM_ISSUER,
        "sub": STATUS_LIST_PATH,
        "iat": int(now.timestamp()),
        "exp": int((now + STATUS_LIST_VALIDITY).timestamp()),
        "ttl": STATUS_LIST_MAX_AGE,
        "status_list": {"bits": 2, "lst": b64(zlib.compress(bytes(bits), 9))},
    }
    return sign(claims, await keys.signing_key(None), STATUS_LIST_TYP)


def read_status_list(token: str, key: IssuerKey) -> bytes:
    """The bitstring of a status list token (its signature checked with ``key``)."""
    claims = decode(token, key)
    return zlib.decompress(unb64(claims["status_list"]["lst"]))


def status_at(bits: bytes, index: int) -> StatusCode:
    if index // 4 >= len(bits):
        return StatusCode.VALID
    return StatusCode((bits[index // 4] >> (2 * (index % 4))) & 0b11)


async def issuer_jwks(labels: LicenceLabels | None = None) -> dict[str, Any]:
    """The issuer keys with the names a verifier shows offline: issuers, licence types and, from the
    catalogue, field and value labels (``fields``, ``typeFields``, ``values``)."""
    return await keys.jwks() | (labels or LicenceLabels()).to_json()
