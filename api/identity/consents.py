"""A citizen's consent for a helper (帮办代办) to act for them: scoped, time-limited, revocable.

The helper's tablet asks for it and shows a code (as a QR); the citizen scans it or types it on
their own phone, sees who is asking for what and for how long, and answers.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from tortoise.expressions import Q

from api import clock
from api.applications.bus import announce_access_changed
from api.catalog.entities import Catalog, delegable
from api.failures import Failure
from api.identity import ratelimit
from api.identity.enums import ConsentConfirmation, ConsentScope, ConsentStatus
from api.identity.errors import IdentityError
from api.identity.models import Consent, User

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L
ANSWER_WITHIN = timedelta(minutes=10)
MAX_HOURS = 72


def normalize_code(code: str) -> str:
    return code.strip().upper().replace("-", "").replace(" ", "")


def checked_scope_ref(catalog: Catalog, scope: ConsentScope, scope_ref: str) -> str:
    """What a consent is for, trimmed: bundles and items must exist in the catalogue; applications are
    checked by their own domain when the helper acts."""
    ref = scope_ref.strip()
    if scope == ConsentScope.BUNDLE and ref not in catalog.bundles_by_code:
        raise Failure(IdentityError.UNKNOWN_BUNDLE, code=ref)
    if scope == ConsentScope.ITEM and ref not in catalog.items_by_code:
        raise Failure(IdentityError.UNKNOWN_ITEM, code=ref)
    if not ref:
        raise Failure(IdentityError.SCOPE_REQUIRED)
    entry = catalog.entry(ref) if scope in (ConsentScope.BUNDLE, ConsentScope.ITEM) else None
    if entry is not None and not delegable(entry):
        raise Failure(IdentityError.NOT_DELEGABLE, name=entry.name)
    return ref


async def request_consent(helper: User, scope: ConsentScope, scope_ref: str, hours: int) -> Consent:
    """A helper's request (its code shown to the citizen), with its helper loaded. ``scope_ref`` as
    ``checked_scope_ref`` gives it."""
    await ratelimit.hit(ratelimit.CONSENT_REQUESTS_PER_ACCOUNT, ratelimit.user_account(helper.id))
    if not 1 <= hours <= MAX_HOURS:
        raise Failure(IdentityError.CONSENT_DURATION, max_hours=MAX_HOURS)
    now = clock.now()
    for _ in range(5):
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if not await Consent.filter(code=code).exists():
            break
    consent = await Consent.create(
        code=code,
        helper=helper,
        scope=scope,
        scope_ref=scope_ref,
        request_expires_at=now + ANSWER_WITHIN,
        valid_until=now + timedelta(hours=hours),
    )
    await consent.fetch_related("helper")
    return consent


CODE_LENGTH = 8


async def pending_by_code(code: str) -> Consent:
    code = normalize_code(code)
    well_formed = len(code) == CODE_LENGTH and all(c in CODE_ALPHABET for c in code)
    consent = await Consent.get_or_none(code=code).select_related("helper") if well_formed else None
    now = clock.now()
    if consent is None or consent.status != ConsentStatus.PENDING or consent.request_expires_at <= now:
        raise Failure(IdentityError.CONSENT_CODE_INVALID)
    if consent.citizen_id is not None:  # asked in person: only that person confirms, on the tablet
        raise Failure(IdentityError.CONSENT_CODE_INVALID)
    return consent


async def answer_consent(citizen: User, code: str, approve: bool) -> Consent:
    await ratelimit.hit(ratelimit.CONSENT_ANSWERS_PER_ACCOUNT, ratelimit.user_account(citizen.id))
    consent = await pending_by_code(code)
    if consent.helper_id == citizen.id:
        raise Failure(IdentityError.CONSENT_SELF)
    now = clock.now()
    duration = consent.valid_until - consent.created_at
    status = ConsentStatus.ACTIVE if approve else ConsentStatus.DECLINED
    answered = await Consent.filter(id=consent.id, status=ConsentStatus.PENDING).update(
        status=status,
        citizen_id=citizen.id,
        answered_at=now,
        valid_until=now + duration,
        confirmed_by=ConsentConfirmation.PHONE,
    )
    if not answered:
        raise Failure(IdentityError.CONSENT_CODE_INVALID)
    return await Consent.get(id=consent.id).select_related("helper", "citizen")


async def revoke_consent(citizen: User, consent_id: int) -> Consent:
    consent = await Consent.get_or_none(id=consent_id, citizen=citizen)
    if consent is None:
        raise Failure(IdentityError.NOT_FOUND, what="该授权", what_en="consent")
    if consent.status == ConsentStatus.ACTIVE:
        await Consent.filter(id=consent.id).update(status=ConsentStatus.REVOKED, revoked_at=clock.now())
        await announce_access_changed()
    return await Consent.get(id=consent.id).select_related("helper", "citizen")


def active_filter(now: datetime | None = None) -> Q:
    return Q(status=ConsentStatus.ACTIVE, valid_until__gt=now or clock.now())


async def has_active_consent(
    helper_id: int, citizen_id: int, scope: ConsentScope | None = None, scope_ref: str | None = None
) -> bool:
    query = Consent.filter(active_filter(), helper_id=helper_id, citizen_id=citizen_id)
    if scope is not None:
        query = query.filter(scope=scope, scope_ref=scope_ref)
    return await query.exists()


async def consents_of(user: User) -> list[Consent]:
    """Consents a citizen gave and consents a helper asked for, newest first."""
    return (
        await Consent.filter(Q(citizen_id=user.id) | Q(helper_id=user.id))
        .select_related("helper", "citizen")
        .order_by("-created_at", "-id")
        .limit(100)
    )
