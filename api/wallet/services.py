"""The licence wallet's business rules: issue, suspend / revoke / reinstate, present, verify.

A presentation is a compact JWS (EdDSA by default) with minimal claims, small enough for a QR code
of version ≤ 20 at error correction M (≤ 666 bytes):

    header  {"alg": "EdDSA", "kid": <issuer key>, "typ": "ovl"}
    payload iss  issuing department code          lt  licence type (catalogue material code)
            no   licence number (when disclosed)  nh  else a hash of it (to compare, not to read)
            hn   holder's name, masked unless "holder" is disclosed
            f    the disclosed fields only        si  index in the status list
            io   issued on (YYYY-MM-DD)           eo  expires on (when it does)
            iat  exp = min(end of the licence's last day, now + ttl)

The payload is UTF-8 JSON (not \\u-escaped): Chinese text costs 3 bytes a character, not 6.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import jwt
from tortoise.exceptions import IntegrityError
from tortoise.models import Model
from tortoise.transactions import in_transaction

from api import clock
from api.catalog.models import Department, MaterialType
from api.failures import Failure
from api.wallet import keys, labels
from api.wallet.enums import STATUS_CODES, LicenceAction, LicenceStatus, StatusCode, Verdict
from api.wallet.models import IssuerKey, Licence, LicenceEvent

CN = clock.CHINA
LICENCE_TYP = "ovl"  # explicit type (RFC 8725 §3.11), short: it travels in every QR
STATUS_LIST_TYP = "statuslist+jwt"
STATUS_LIST_PATH = "/wallet/status-list"
STATUS_LIST_MAX_AGE = 300  # seconds a verifier (and HTTP caches) may reuse a status list
STATUS_LIST_VALIDITY = timedelta(days=1)  # how long an offline verifier may rely on a saved list
MAX_TOKEN_CHARS = 666  # byte-mode capacity of a version 20 QR code at error correction M
MIN_TTL, MAX_TTL = 10, 366 * 24 * 3600
ACCEPTED_ALGORITHMS = ("EdDSA", "ES256")  # pinned: "none", HS* … are never accepted
LEEWAY = 30  # seconds of clock skew tolerated on exp

# Holder name and number are disclosed by these names; everything else is a field of the licence.
HOLDER, NUMBER = "holder", "number"
# Fields left out unless asked for by name (a QR shown at a counter is seen by others).
SENSITIVE_FIELDS = frozenset({"id_number", "holder_id_number", "birth_date", "phone", "spouse_id_number"})
_FIELD_KEY = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


def _now() -> datetime:
    return clock.now()


def today() -> date:
    return clock.today()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def mask_name(name: str) -> str:
    """张三 → 张*, 欧阳娜娜 → 欧***: enough to match a face to a card, not to read the name off it."""
    name = name.strip()
    return name[:1] + "*" * max(len(name) - 1, 1) if name else ""


def number_hash(type_code: str, number: str) -> str:
    return _b64(hashlib.sha256(f"{type_code}:{number}".encode()).digest()[:12])


def end_of_day(day: date) -> datetime:
    """A licence is valid through its last day, Beijing time."""
    return datetime.combine(day + timedelta(days=1), time(0), CN)


# --- issuing and status ---------------------------------------------------------------------------


def _clean_fields(values: dict) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in (values or {}).items():
        if not isinstance(key, str) or not _FIELD_KEY.match(key) or key in (HOLDER, NUMBER):
            raise Failure("FIELD_INVALID", f"证照字段名无效：{key}", f"Invalid licence field name: {key}")
        if value is None or value == "":
            continue
        text = str(value).strip()
        if len(text) > 500:
            raise Failure("FIELD_INVALID", f"证照字段过长：{key}", f"Licence field too long: {key}")
        out[key] = text
    return out


def _new_number(department: Department, on: date) -> str:
    return f"{department.code}{on:%Y%m%d}{secrets.randbelow(10**8):08d}"


async def issue_licence(
    department: Department,
    holder,
    type_code: str,
    fields: dict,
    number: str | None = None,
    expires_on: date | None = None,
    application=None,
    organization=None,
    *,
    name: str | None = None,
    issued_on: date | None = None,
    actor=None,
    connection=None,
) -> Licence:
    """Put a licence into ``holder``'s wallet, issued by ``department``.

    Department approval calls this (``connection``: its open transaction, so the licence exists
    exactly when the approval does). Issuing again for the same application and type returns the
    licence issued the first time, so a retried approval does not issue twice.
    """
    material = await MaterialType.get_or_none(code=type_code, using_db=connection)
    if material is None:
        raise Failure(
            "LICENCE_TYPE_UNKNOWN", f"未知的证照类型：{type_code}", f"Unknown licence type: {type_code}"
        )
    values = dict(fields or {})
    # a form may carry the certificate's own number, or the holder, as fields (prefill keys)
    number = number or str(values.pop(NUMBER, "") or "").strip() or None
    values.pop(NUMBER, None)
    if HOLDER in values:
        values["holder_name"] = values.pop(HOLDER)
    values = _clean_fields(values)
    issued_on = issued_on or today()
    if expires_on is not None and expires_on < issued_on:
        raise Failure(
            "EXPIRY_INVALID", "有效期截止日早于发证日期", "The expiry date is before the issue date"
        )
    if application is not None:
        existing = await Licence.get_or_none(
            application=application, type_code=type_code, using_db=connection
        )
        if existing is not None:
            return existing
    for _ in range(5):
        try:
            async with in_transaction() if connection is None else _Reuse(connection) as conn:
                licence = await Licence.create(
                    public_id=secrets.token_urlsafe(12),
                    type_code=type_code,
                    name=(name or material.name).strip(),
                    number=(number or _new_number(department, issued_on)).strip(),
                    holder=holder,
                    organization=organization,
                    key_fields=values,
                    department=department,
                    issued_on=issued_on,
                    expires_on=expires_on,
                    application=application,
                    using_db=conn,
                )
                # the row id is a free, never reused slot in the status list
                licence.status_index = licence.id
                await Licence.filter(id=licence.id).using_db(conn).update(status_index=licence.id)
                await LicenceEvent.create(
                    licence=licence, action=LicenceAction.ISSUED, actor_id=_actor_id(actor), using_db=conn
                )
            return licence
        except IntegrityError as exc:
            if number is not None or connection is not None:
                raise Failure(
                    "NUMBER_TAKEN", "该证照编号已存在", "A licence of this type with this number exists"
                ) from exc
    raise Failure("NUMBER_TAKEN", "未能生成证照编号", "Could not allocate a licence number")


def _actor_id(actor) -> int | None:
    """Who acts: a User, a user id, or None (the system)."""
    return actor if actor is None or isinstance(actor, int) else actor.id


class _Reuse:
    """``async with`` over a connection the caller already holds in a transaction."""

    def __init__(self, connection):
        self.connection = connection

    async def __aenter__(self):
        return self.connection

    async def __aexit__(self, *exc) -> bool:
        return False


_MOVES: dict[LicenceAction, tuple[frozenset[LicenceStatus], LicenceStatus]] = {
    LicenceAction.SUSPENDED: (frozenset({LicenceStatus.ACTIVE}), LicenceStatus.SUSPENDED),
    LicenceAction.REVOKED: (
        frozenset({LicenceStatus.ACTIVE, LicenceStatus.SUSPENDED}),
        LicenceStatus.REVOKED,
    ),
    LicenceAction.REINSTATED: (frozenset({LicenceStatus.SUSPENDED}), LicenceStatus.ACTIVE),
}
_MOVE_REFUSED = {
    LicenceAction.SUSPENDED: ("只有有效的证照可以暂扣", "Only an active licence can be suspended"),
    LicenceAction.REVOKED: ("证照已被吊销", "The licence is already revoked"),
    LicenceAction.REINSTATED: ("只有暂扣中的证照可以恢复", "Only a suspended licence can be reinstated"),
}


async def _move(licence: Licence, action: LicenceAction, actor, reason: str) -> Licence:
    reason = (reason or "").strip()
    if not reason:
        raise Failure("REASON_REQUIRED", "请填写原因", "Give a reason")
    sources, target = _MOVES[action]
    now = _now()
    async with in_transaction() as conn:
        # conditional update: of two concurrent changes exactly one applies
        changed = (
            await Licence.filter(id=licence.id, status__in=list(sources))
            .using_db(conn)
            .update(status=target, status_changed_at=now)
        )
        if not changed:
            zh, en = _MOVE_REFUSED[action]
            raise Failure("LICENCE_STATUS", zh, en)
        await LicenceEvent.create(
            licence_id=licence.id,
            action=action,
            actor_id=_actor_id(actor),
            reason=reason[:500],
            using_db=conn,
        )
    licence.status, licence.status_changed_at = target, now
    return licence


async def suspend(licence: Licence, actor, reason: str) -> Licence:
    return await _move(licence, LicenceAction.SUSPENDED, actor, reason)


async def revoke(licence: Licence, actor, reason: str) -> Licence:
    return await _move(licence, LicenceAction.REVOKED, actor, reason)


async def reinstate(licence: Licence, actor, reason: str) -> Licence:
    return await _move(licence, LicenceAction.REINSTATED, actor, reason)


# --- presenting -----------------------------------------------------------------------------------


def _loaded(row, relation: str) -> bool:
    return isinstance(getattr(row, relation), Model)


def default_disclosure(licence: Licence) -> list[str]:
    return [HOLDER, NUMBER, *(k for k, _ in labels.ordered(licence.key_fields) if k not in SENSITIVE_FIELDS)]


def sign(claims: dict, key: IssuerKey, typ: str) -> str:
    payload = json.dumps(claims, ensure_ascii=False, separators=(",", ":")).encode()
    return jwt.api_jws.encode(
        payload,
        keys.private_key(key.private_pem),
        algorithm=str(key.algorithm),
        headers={"kid": key.kid, "typ": typ},
    )


@dataclass(frozen=True)
class Presentation:
    token: str
    expires_at: datetime | None
    disclosed: list[str]


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
    if licence.status is not LicenceStatus.ACTIVE:
        zh = "证照已暂扣，不能出示" if licence.status is LicenceStatus.SUSPENDED else "证照已吊销，不能出示"
        raise Failure("LICENCE_NOT_ACTIVE", zh, f"The licence is {licence.status.value} and cannot be shown")
    now = at or _now()
    if licence.expires_on is not None and end_of_day(licence.expires_on) <= now:
        raise Failure("LICENCE_EXPIRED", "证照已过有效期", "The licence has expired")
    chosen = (
        default_disclosure(licence) if disclose is None else list(dict.fromkeys(d.strip() for d in disclose))
    )
    unknown = [d for d in chosen if d not in (HOLDER, NUMBER) and d not in licence.key_fields]
    if unknown:
        raise Failure(
            "FIELD_UNKNOWN",
            f"证照没有这些信息：{'、'.join(unknown)}",
            f"The licence has no {', '.join(unknown)}",
        )
    if ttl_seconds is not None and not MIN_TTL <= ttl_seconds <= MAX_TTL:
        raise Failure(
            "TTL_INVALID",
            f"有效时长应在 {MIN_TTL} 秒到 366 天之间",
            f"The validity must be between {MIN_TTL} seconds and 366 days",
        )
    await licence.fetch_related(*(r for r in ("department", "holder") if not _loaded(licence, r)))
    department, holder = licence.department, licence.holder
    key = await keys.signing_key(department)

    ends = [end_of_day(licence.expires_on)] if licence.expires_on else []
    if ttl_seconds is not None:
        ends.append(now + timedelta(seconds=ttl_seconds))
    expires_at = min(ends) if ends else None
    while True:
        token = sign(_claims(licence, department, holder, chosen, now, expires_at), key, LICENCE_TYP)
        if len(token) <= MAX_TOKEN_CHARS:
            return Presentation(token=token, expires_at=expires_at, disclosed=chosen)
        if disclose is not None or chosen[-1] in (HOLDER, NUMBER):
            raise Failure(
                "TOO_LARGE",
                "所选信息太多，二维码放不下，请少选几项",
                "Too much to fit in one QR code: choose fewer fields",
            )
        chosen = chosen[:-1]  # the defaults: as many fields as fit, the usual ones first


def _claims(licence: Licence, department, holder, chosen: list[str], now: datetime, expires_at) -> dict:
    claims: dict = {"iss": department.code, "lt": licence.type_code}
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


# --- verifying ------------------------------------------------------------------------------------

_MESSAGES = {
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
    claims: dict = field(default_factory=dict)
    issuer_name: str | None = None
    issuer_name_en: str | None = None

    @property
    def valid(self) -> bool:
        return self.verdict is Verdict.VALID

    @property
    def message(self) -> str:
        return _MESSAGES[self.verdict][0]

    @property
    def message_en(self) -> str:
        return _MESSAGES[self.verdict][1]


def _decode(token: str, key: IssuerKey) -> dict:
    payload = jwt.api_jws.decode(token, keys.public_key_of(key), algorithms=[str(key.algorithm)])
    claims = json.loads(payload.decode("utf-8"))
    if not isinstance(claims, dict):
        raise ValueError("claims are not an object")
    return claims


async def verify(token: str, *, at: datetime | None = None) -> Verification:
    """Check a presented licence: signature, issuer, status (revoked / suspended), expiry."""
    token = (token or "").strip()
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError:
        return Verification(Verdict.MALFORMED)
    if header.get("typ") != LICENCE_TYP or header.get("alg") not in ACCEPTED_ALGORITHMS:
        return Verification(Verdict.MALFORMED)
    kid = header.get("kid")
    key = await IssuerKey.get_or_none(kid=kid).select_related("department") if isinstance(kid, str) else None
    if key is None or key.department_id is None:
        return Verification(Verdict.UNKNOWN_ISSUER)
    if header["alg"] != str(key.algorithm):
        return Verification(Verdict.BAD_SIGNATURE)
    try:
        claims = _decode(token, key)
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
        return result
    if licence.status is LicenceStatus.REVOKED:
        result.verdict = Verdict.REVOKED
    elif licence.status is LicenceStatus.SUSPENDED:
        result.verdict = Verdict.SUSPENDED
    elif isinstance(claims.get("exp"), int) and (at or _now()).timestamp() > claims["exp"] + LEEWAY:
        result.verdict = Verdict.EXPIRED
    return result


# --- status list and keys -------------------------------------------------------------------------


async def status_list(*, at: datetime | None = None) -> str:
    """The status of every licence, signed by the platform: 2 bits per licence at its status_index
    (0 valid, 1 revoked, 2 suspended), zlib-compressed, base64url (IETF Token Status List draft).
    Only non-active licences are read; everything else is 0."""
    top = await Licence.all().order_by("-status_index").first().values_list("status_index", flat=True)
    size = (top or 0) + 1
    bits = bytearray((size * 2 + 7) // 8)
    for index, status in await Licence.exclude(status=LicenceStatus.ACTIVE).values_list(
        "status_index", "status"
    ):
        if index is not None:
            bits[index // 4] |= int(STATUS_CODES[LicenceStatus(status)]) << (2 * (index % 4))
    now = at or _now()
    claims = {
        "iss": keys.PLATFORM_ISSUER,
        "sub": STATUS_LIST_PATH,
        "iat": int(now.timestamp()),
        "exp": int((now + STATUS_LIST_VALIDITY).timestamp()),
        "ttl": STATUS_LIST_MAX_AGE,
        "status_list": {"bits": 2, "lst": _b64(zlib.compress(bytes(bits), 9))},
    }
    return sign(claims, await keys.signing_key(None), STATUS_LIST_TYP)


def read_status_list(token: str, key: IssuerKey) -> bytes:
    """The bitstring of a status list token (its signature checked with ``key``)."""
    claims = _decode(token, key)
    return zlib.decompress(_unb64(claims["status_list"]["lst"]))


def status_at(bits: bytes, index: int) -> StatusCode:
    if index // 4 >= len(bits):
        return StatusCode.VALID
    return StatusCode((bits[index // 4] >> (2 * (index % 4))) & 0b11)


async def issuer_jwks() -> dict:
    return await keys.jwks()
