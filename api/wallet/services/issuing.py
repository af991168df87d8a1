"""Issuing a licence into its holder's wallet, and its life after: suspend, revoke, reinstate."""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from datetime import date

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError

from api import clock
from api.applications.models import Application
from api.catalog.models import Department, MaterialType
from api.failures import Failure, Phrase
from api.identity.models import Organization, User
from api.unit_of_work import changing
from api.wallet.enums import LicenceAction, LicenceStatus
from api.wallet.errors import WalletError, status_refused
from api.wallet.models import Licence, LicenceEvent

# Holder name and number are disclosed by these names; everything else is a field of the licence.
HOLDER, NUMBER = "holder", "number"
_FIELD_KEY = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
MAX_FIELD_CHARS = 500
NUMBER_ATTEMPTS = 5  # a generated number that collides is drawn again

Actor = User | int | None  # who acts: a user, a user id, or None (the system)


def _actor_id(actor: Actor) -> int | None:
    return actor if actor is None or isinstance(actor, int) else actor.id


def _clean_fields(values: Mapping[str, object]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in values.items():
        if not _FIELD_KEY.match(key) or key in (HOLDER, NUMBER):
            raise Failure(WalletError.FIELD_INVALID, problem=Phrase("名无效", "name invalid"), key=key)
        if value is None or value == "":
            continue
        text = str(value).strip()
        if len(text) > MAX_FIELD_CHARS:
            raise Failure(WalletError.FIELD_INVALID, problem=Phrase("过长", "too long"), key=key)
        out[key] = text
    return out


def _new_number(department: Department, on: date) -> str:
    return f"{department.code}{on:%Y%m%d}{secrets.randbelow(10**8):08d}"


async def issue_licence(
    department: Department,
    holder: User,
    type_code: str,
    fields: Mapping[str, object] | None,
    *,
    number: str | None = None,
    expires_on: date | None = None,
    application: Application | None = None,
    organization: Organization | None = None,
    name: str | None = None,
    issued_on: date | None = None,
    actor: Actor = None,
    connection: BaseDBAsyncClient | None = None,
) -> Licence:
    """Put a licence into ``holder``'s wallet, issued by ``department``.

    Department approval calls this inside its own unit of work, so the licence exists exactly when the
    approval does (the licence's writes are a savepoint of that transaction; ``connection`` is not
    needed any more: TRANSITION, ignored until api/review stops passing it). Issuing again for the same
    application and type returns the licence issued the first time, so a retried approval does not
    issue twice.
    """
    del connection  # tortoise binds the caller's transaction to the task
    material = await MaterialType.get_or_none(code=type_code)
    if material is None:
        raise Failure(WalletError.LICENCE_TYPE_UNKNOWN, type_code=type_code)
    values = dict(fields or {})
    # a form may carry the certificate's own number, or the holder, as fields (prefill keys)
    number = number or str(values.pop(NUMBER, "") or "").strip() or None
    values.pop(NUMBER, None)
    if HOLDER in values:
        values["holder_name"] = values.pop(HOLDER)
    key_fields = _clean_fields(values)
    issued_on = issued_on or clock.today()
    if expires_on is not None and expires_on < issued_on:
        raise Failure(WalletError.EXPIRY_INVALID)
    if application is not None:
        existing = await Licence.get_or_none(application=application, type_code=type_code)
        if existing is not None:
            return existing
    for _ in range(NUMBER_ATTEMPTS):
        try:
            async with changing():
                licence = await Licence.create(
                    public_id=secrets.token_urlsafe(12),
                    type_code=type_code,
                    name=(name or material.name).strip(),
                    number=(number or _new_number(department, issued_on)).strip(),
                    holder=holder,
                    organization=organization,
                    key_fields=key_fields,
                    department=department,
                    issued_on=issued_on,
                    expires_on=expires_on,
                    application=application,
                )
                # the row id is a free, never reused slot in the status list
                licence.status_index = licence.id
                await Licence.filter(id=licence.id).update(status_index=licence.id)
                await LicenceEvent.create(
                    licence=licence, action=LicenceAction.ISSUED, actor_id=_actor_id(actor)
                )
            return licence
        except IntegrityError as exc:
            if number is not None:
                raise Failure(WalletError.NUMBER_TAKEN) from exc
    raise Failure(WalletError.NUMBER_TAKEN)


# action → (statuses it may start from, status it reaches)
STATUS_MOVES: dict[LicenceAction, tuple[frozenset[LicenceStatus], LicenceStatus]] = {
    LicenceAction.SUSPENDED: (frozenset({LicenceStatus.ACTIVE}), LicenceStatus.SUSPENDED),
    LicenceAction.REVOKED: (
        frozenset({LicenceStatus.ACTIVE, LicenceStatus.SUSPENDED}),
        LicenceStatus.REVOKED,
    ),
    LicenceAction.REINSTATED: (frozenset({LicenceStatus.SUSPENDED}), LicenceStatus.ACTIVE),
}


async def _move(licence: Licence, action: LicenceAction, actor: Actor, reason: str) -> Licence:
    reason = (reason or "").strip()
    if not reason:
        raise Failure(WalletError.REASON_REQUIRED)
    sources, target = STATUS_MOVES[action]
    now = clock.now()
    async with changing():
        # conditional update: of two concurrent changes exactly one applies
        changed = await Licence.filter(id=licence.id, status__in=list(sources)).update(
            status=target, status_changed_at=now
        )
        if not changed:
            raise status_refused(action)
        await LicenceEvent.create(
            licence_id=licence.id, action=action, actor_id=_actor_id(actor), reason=reason[:500]
        )
    licence.status, licence.status_changed_at = target, now
    return licence


async def suspend(licence: Licence, actor: Actor, reason: str) -> Licence:
    return await _move(licence, LicenceAction.SUSPENDED, actor, reason)


async def revoke(licence: Licence, actor: Actor, reason: str) -> Licence:
    return await _move(licence, LicenceAction.REVOKED, actor, reason)


async def reinstate(licence: Licence, actor: Actor, reason: str) -> Licence:
    return await _move(licence, LicenceAction.REINSTATED, actor, reason)
