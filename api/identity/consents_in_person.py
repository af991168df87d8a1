"""Consent for someone without a smartphone (帮办代办上门/窗口): the helper reads the person's resident
ID number on the tablet; the person confirms with the code texted to their phone, or signs on the
tablet. Time-limited like any consent, and revocable by the person or at any window (a clerk)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets

from tortoise.expressions import F

from api import clock
from api.applications.bus import announce_access_changed
from api.failures import Failure
from api.identity import access_log, consents, id_numbers, ratelimit
from api.identity.enums import ConsentConfirmation, ConsentScope, ConsentStatus
from api.identity.errors import IdentityError
from api.identity.models import Consent, User
from api.identity.principal import Principal
from api.identity.sms import SmsSender

MAX_ATTEMPTS = 5
MAX_SIGNATURE_BYTES = 300_000
PNG = b"\x89PNG\r\n\x1a\n"
PREFIX = "data:image/png;base64,"
TEXT = (
    "【一次办】帮办人员{helper}申请代您办理“{what}”，授权{hours}小时。"
    "如您同意，请把验证码 {code} 告诉帮办人员；不同意请忽略。"
)


def _hash(consent_code: str, sms_code: str) -> str:
    return hashlib.sha256(f"{consent_code}:{sms_code}".encode()).hexdigest()


async def person_by_id_number(id_number: str) -> User:
    citizen = await User.get_or_none(id_number_hash=id_numbers.id_number_hash(id_number), disabled=False)
    if citizen is None or citizen.staff:
        raise Failure(IdentityError.PERSON_NOT_REGISTERED)
    return citizen


async def request_in_person(
    sms: SmsSender,
    helper: User,
    citizen: User,
    request: tuple[ConsentScope, str, str, int],
    by: ConsentConfirmation,
) -> Consent:
    """A pending consent for ``citizen`` (found by their ID number); by SMS: the code is texted now.
    ``request``: scope, its checked reference, what it is called, and hours."""
    scope, scope_ref, what, hours = request
    if citizen.id == helper.id:
        raise Failure(IdentityError.CONSENT_SELF)
    if by == ConsentConfirmation.SMS and not citizen.phone:
        raise Failure(IdentityError.NO_PHONE_ON_FILE)
    consent = await consents.request_consent(helper, scope, scope_ref, hours)
    code = f"{secrets.randbelow(1_000_000):06d}"
    await Consent.filter(id=consent.id).update(
        citizen_id=citizen.id,
        confirmed_by=by,
        sms_code_hash=_hash(consent.code, code) if by == ConsentConfirmation.SMS else None,
    )
    if by == ConsentConfirmation.SMS and citizen.phone:
        await sms.send(citizen.phone, TEXT.format(helper=helper.name, what=what, hours=hours, code=code))
    return await Consent.get(id=consent.id).select_related("helper", "citizen")


def _png(signature: str) -> str:
    """A signature as the tablet's canvas gives it (a PNG data URL, not empty, not huge)."""
    if not signature.startswith(PREFIX) or len(signature) > MAX_SIGNATURE_BYTES * 4 // 3 + len(PREFIX):
        raise Failure(IdentityError.SIGNATURE_INVALID)
    try:
        raw = base64.b64decode(signature[len(PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        raise Failure(IdentityError.SIGNATURE_INVALID) from None
    if not raw.startswith(PNG) or len(raw) < 200:
        raise Failure(IdentityError.SIGNATURE_INVALID)
    return signature


async def confirm_in_person(helper: User, consent_id: int, code: str = "", signature: str = "") -> Consent:
    """The person's yes, on the helper's tablet: the texted code, or their signature."""
    await ratelimit.hit(ratelimit.CONSENT_ANSWERS_PER_ACCOUNT, ratelimit.user_account(helper.id))
    consent = await Consent.get_or_none(id=consent_id, helper_id=helper.id)
    now = clock.now()
    if (
        consent is None
        or consent.citizen_id is None
        or consent.status != ConsentStatus.PENDING
        or consent.request_expires_at <= now
        or consent.confirmed_by not in (ConsentConfirmation.SMS, ConsentConfirmation.SIGNATURE)
    ):
        raise Failure(IdentityError.CONSENT_CODE_INVALID)
    changes: dict[str, object] = {}
    if consent.confirmed_by == ConsentConfirmation.SMS:
        if consent.sms_attempts >= MAX_ATTEMPTS or not consent.sms_code_hash:
            raise Failure(IdentityError.CONSENT_CONFIRMATION)
        if not hmac.compare_digest(consent.sms_code_hash, _hash(consent.code, code.strip())):
            await Consent.filter(id=consent.id).update(sms_attempts=F("sms_attempts") + 1)
            raise Failure(IdentityError.CONSENT_CONFIRMATION)
    else:
        changes["signature"] = _png(signature)
    duration = consent.valid_until - consent.created_at
    done = await Consent.filter(id=consent.id, status=ConsentStatus.PENDING).update(
        status=ConsentStatus.ACTIVE, answered_at=now, valid_until=now + duration, **changes
    )
    if not done:
        raise Failure(IdentityError.CONSENT_CODE_INVALID)
    return await Consent.get(id=consent.id).select_related("helper", "citizen")


async def consents_at_window(principal: Principal, citizen: User) -> list[Consent]:
    """A window clerk's look at a person's consents (to revoke one for them): in their access log."""
    await access_log.record(principal, citizen.id, "consents", "窗口查询帮办授权")
    return (
        await Consent.filter(citizen_id=citizen.id)
        .exclude(status=ConsentStatus.PENDING)
        .select_related("helper", "citizen")
        .order_by("-created_at", "-id")
        .limit(50)
    )


async def revoke_at_window(clerk: User, consent_id: int) -> Consent:
    """Any window revokes a consent for the person who gave it (they came in and asked)."""
    consent = await Consent.get_or_none(id=consent_id)
    if consent is None or consent.citizen_id is None:
        raise Failure(IdentityError.NOT_FOUND, what="该授权", what_en="consent")
    if consent.status == ConsentStatus.ACTIVE:
        await Consent.filter(id=consent.id, status=ConsentStatus.ACTIVE).update(
            status=ConsentStatus.REVOKED, revoked_at=clock.now(), revoked_by_id=clerk.id
        )
        await announce_access_changed()
    return await Consent.get(id=consent.id).select_related("helper", "citizen")
