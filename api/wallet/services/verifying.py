"""Checking a presented licence: signature, issuer, status (revoked / suspended), expiry."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import jwt

from api import clock
from api.wallet.enums import LicenceStatus, Verdict
from api.wallet.models import IssuerKey, Licence
from api.wallet.services.tokens import ACCEPTED_ALGORITHMS, LICENCE_TYP, decode

LEEWAY = 30  # seconds of clock skew tolerated on exp

MESSAGES: dict[Verdict, tuple[str, str]] = {
    Verdict.VALID: ("有效", "Valid"),
    Verdict.EXPIRED: ("已过期：请持证人重新出示", "Expired: ask the holder to show it again"),
    Verdict.BAD_SIGNATURE: (
        "签名无效：内容被篡改或不是本平台签发",
        "Bad signature: altered, or not issued here",
    ),
    Verdict.UNKNOWN_ISSUER: ("签发机关未知", "Unknown issuer"),
    Verdict.REVOKED: ("证照已吊销", "The licence has been revoked"),
    Verdict.SUSPENDED: ("证照已暂扣", "The licence is suspended"),
    Verdict.MALFORMED: ("不是电子证照二维码", "Not a licence QR code"),
}


@dataclass
class Verification:
    verdict: Verdict
    claims: dict[str, Any] = field(default_factory=dict[str, Any])
    issuer_name: str | None = None
    issuer_name_en: str | None = None

    @property
    def valid(self) -> bool:
        return self.verdict is Verdict.VALID

    @property
    def message(self) -> str:
        return MESSAGES[self.verdict][0]

    @property
    def message_en(self) -> str:
        return MESSAGES[self.verdict][1]


async def _issuer_key(header: dict[str, Any]) -> IssuerKey | None:
    kid = header.get("kid")
    if not isinstance(kid, str):
        return None
    key = await IssuerKey.get_or_none(kid=kid).select_related("department")
    return key if key is not None and key.department_id is not None else None


async def verify(token: str, *, at: datetime | None = None) -> Verification:
    """Check a presented licence: signature, issuer, status (revoked / suspended), expiry."""
    token = (token or "").strip()
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError:
        return Verification(Verdict.MALFORMED)
    if header.get("typ") != LICENCE_TYP or header.get("alg") not in ACCEPTED_ALGORITHMS:
        return Verification(Verdict.MALFORMED)
    key = await _issuer_key(header)
    if key is None or key.department is None:
        return Verification(Verdict.UNKNOWN_ISSUER)
    if header["alg"] != str(key.algorithm):
        return Verification(Verdict.BAD_SIGNATURE)
    try:
        claims = decode(token, key)
    except jwt.InvalidSignatureError:
        return Verification(Verdict.BAD_SIGNATURE)
    except (jwt.PyJWTError, ValueError):
        return Verification(Verdict.MALFORMED)
    result = Verification(Verdict.VALID, claims, key.department.name, key.department.name_en)
    if claims.get("iss") != key.issuer:
        result.verdict = Verdict.UNKNOWN_ISSUER  # signed by a key that is not the named issuer's
        return result
    index = claims.get("si")
    licence = await Licence.get_or_none(status_index=index) if isinstance(index, int) else None
    if licence is None or licence.department_id != key.department_id:
        result.verdict = Verdict.UNKNOWN_ISSUER
    elif licence.status is LicenceStatus.REVOKED:
        result.verdict = Verdict.REVOKED
    elif licence.status is LicenceStatus.SUSPENDED:
        result.verdict = Verdict.SUSPENDED
    elif isinstance(claims.get("exp"), int) and (at or clock.now()).timestamp() > claims["exp"] + LEEWAY:
        result.verdict = Verdict.EXPIRED
    return result
