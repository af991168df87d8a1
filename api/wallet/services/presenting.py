"""Showing a licence: a compact JWS (EdDSA by default) with minimal claims, small enough for a QR code
of version ≤ 20 at error correction M (≤ 666 bytes):

    header  {"alg": "EdDSA", "kid": <issuer key>, "typ": "ovl"}
    payload iss  issuing department code          lt  licence type (catalogue material code)
            no   licence number (when disclosed)  nh  else a hash of it (to compare, not to read)
            hn   holder's name, masked unless "holder" is disclosed
            f    the disclosed fields only        si  index in the status list
            io   issued on (YYYY-MM-DD)           eo  expires on (when it does)
            iat  exp = min(end of the licence's last day, now + ttl)
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from tortoise.models import Model

from api import clock
from api.catalog.models import Department
from api.failures import Failure, Phrase
from api.identity.models import User
from api.wallet import keys, labels
from api.wallet.enums import LicenceStatus
from api.wallet.errors import WalletError
from api.wallet.models import Licence
from api.wallet.services.issuing import HOLDER, NUMBER
from api.wallet.services.tokens import LICENCE_TYP, b64, sign

MAX_TOKEN_CHARS = 666  # byte-mode capacity of a version 20 QR code at error correction M
MIN_TTL, MAX_TTL = 10, 366 * 24 * 3600
# Fields left out unless asked for by name (a QR shown at a counter is seen by others).
SENSITIVE_FIELDS = frozenset({"id_number", "holder_id_number", "birth_date", "phone", "spouse_id_number"})


def mask_name(name: str) -> str:
    """张三 → 张*, 欧阳娜娜 → 欧***: enough to match a face to a card, not to read the name off it."""
    name = name.strip()
    return name[:1] + "*" * max(len(name) - 1, 1) if name else ""


def number_hash(type_code: str, number: str) -> str:
    return b64(hashlib.sha256(f"{type_code}:{number}".encode()).digest()[:12])


def end_of_day(day: date) -> datetime:
    """A licence is valid through its last day, Beijing time."""
    return datetime.combine(day + timedelta(days=1), time(0), clock.CHINA)


def default_disclosure(licence: Licence) -> list[str]:
    return [HOLDER, NUMBER, *(k for k, _ in labels.ordered(licence.key_fields) if k not in SENSITIVE_FIELDS)]


@dataclass(frozen=True)
class Presentation:
    token: str
    expires_at: datetime | None
    disclosed: list[str]


def _showable(licence: Licence, now: datetime) -> None:
    if licence.status is not LicenceStatus.ACTIVE:
        state = "暂扣" if licence.status is LicenceStatus.SUSPENDED else "吊销"
        raise Failure(WalletError.LICENCE_NOT_ACTIVE, status=Phrase(state, licence.status.value))
    if licence.expires_on is not None and end_of_day(licence.expires_on) <= now:
        raise Failure(WalletError.LICENCE_EXPIRED)


def _chosen(licence: Licence, disclose: Iterable[str] | None) -> list[str]:
    if disclose is None:
        return default_disclosure(licence)
    chosen = list(dict.fromkeys(d.strip() for d in disclose))
    unknown = [d for d in chosen if d not in (HOLDER, NUMBER) and d not in licence.key_fields]
    if unknown:
        raise Failure(WalletError.FIELD_UNKNOWN, fields=Phrase("、".join(unknown), ", ".join(unknown)))
    return chosen


async def present(
    licence: Licence,
    disclose: Iterable[str] | None = None,
    ttl_seconds: int | None = 300,
    *,
    at: datetime | None = None,
) -> Presentation:
    """A signed presentation of ``licence`` carrying only what ``disclose`` names (None: the defaults:
    holder, number and the non-sensitive fields, as many as fit in the QR code).

    ``ttl_seconds`` None: valid as long as the licence (for a printed copy); else at most that long.
    """
    now = at or clock.now()
    _showable(licence, now)
    chosen = _chosen(licence, disclose)
    if ttl_seconds is not None and not MIN_TTL <= ttl_seconds <= MAX_TTL:
        raise Failure(WalletError.TTL_INVALID, minimum=MIN_TTL)
    await licence.fetch_related(*(r for r in ("department", "holder") if not _loaded(licence, r)))
    key = await keys.signing_key(licence.department)

    ends = [end_of_day(licence.expires_on)] if licence.expires_on else []
    if ttl_seconds is not None:
        ends.append(now + timedelta(seconds=ttl_seconds))
    expires_at = min(ends) if ends else None
    while True:
        token = sign(_claims(licence, chosen, now, expires_at), key, LICENCE_TYP)
        if len(token) <= MAX_TOKEN_CHARS:
            return Presentation(token=token, expires_at=expires_at, disclosed=chosen)
        if disclose is not None or chosen[-1] in (HOLDER, NUMBER):
            raise Failure(WalletError.TOO_LARGE)
        chosen = chosen[:-1]  # the defaults: as many fields as fit, the usual ones first


def _loaded(row: Model, relation: str) -> bool:
    return isinstance(getattr(row, relation), Model)


def _claims(
    licence: Licence, chosen: list[str], now: datetime, expires_at: datetime | None
) -> dict[str, Any]:
    """The claims of one presentation (see the module's docstring); department and holder fetched."""
    department: Department = licence.department
    holder: User = licence.holder
    claims: dict[str, Any] = {"iss": department.code, "lt": licence.type_code}
    if NUMBER in chosen:
        claims["no"] = licence.number
    else:
        claims["nh"] = number_hash(licence.type_code, licence.number)
    claims["hn"] = holder.name if HOLDER in chosen else mask_name(holder.name)
    fields = {k: licence.key_fields[k] for k in chosen if k in licence.key_fields}
    if fields:
        claims["f"] = fields
    claims["si"] = licence.status_index
    claims["io"] = licence.issued_on.isoformat()
    if licence.expires_on:
        claims["eo"] = licence.expires_on.isoformat()
    claims["iat"] = int(now.timestamp())
    if expires_at is not None:
        claims["exp"] = int(expires_at.timestamp())
    return claims
