"""Resident ID numbers checked in person: a window clerk resolves a sign-up whose ID number another
account holds, or confirms a citizen's own number against their ID card.

Every decision is written to both people's access log ("who looked at my data"), with the clerk.
"""

from __future__ import annotations

from api import clock
from api.failures import Failure
from api.identity import access_log
from api.identity.enums import ClaimStatus
from api.identity.errors import IdentityError
from api.identity.id_numbers import user_with_id_number
from api.identity.models import IdNumberClaim, User
from api.identity.principal import Principal
from api.unit_of_work import changing

MAX_NOTE = 200


def _note(note: str) -> str:
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise Failure(IdentityError.NOTE_TOO_LONG, limit=MAX_NOTE)
    return note


async def open_claims(limit: int = 100) -> list[IdNumberClaim]:
    return (
        await IdNumberClaim.filter(status=ClaimStatus.OPEN)
        .select_related("claimant")
        .order_by("created_at", "id")
        .limit(limit)
    )


async def _open_claim(claim_id: int) -> IdNumberClaim:
    claim = await IdNumberClaim.get_or_none(id=claim_id).select_related("claimant")
    if claim is None:
        raise Failure(IdentityError.NOT_FOUND, what="该身份证登记申请", what_en="ID number claim")
    if claim.status != ClaimStatus.OPEN:
        raise Failure(IdentityError.CLAIM_RESOLVED)
    return claim


async def rebind(clerk: Principal, claim_id: int, note: str) -> IdNumberClaim:
    """The clerk checked the claimant's ID card: the number moves to the claimant's account, verified,
    and leaves the account that held it (whose holder can come to a window in turn)."""
    note = _note(note)
    now = clock.now()
    async with changing():
        claim = await _open_claim(claim_id)
        done = await IdNumberClaim.filter(id=claim.id, status=ClaimStatus.OPEN).update(
            status=ClaimStatus.REBOUND, resolved_at=now, resolved_by_id=clerk.user_id, note=note
        )
        if not done:
            raise Failure(IdentityError.CLAIM_RESOLVED)
        holder = await user_with_id_number(claim.id_number)
        if holder is not None:  # first, so the number is free when the claimant takes it
            holder.update_from_dict({"id_number": None, "id_verified_at": None})  # save() drops its hash
            await holder.save(update_fields=["id_number", "id_verified_at"])
        claimant = claim.claimant
        claimant.id_number, claimant.id_verified_at = claim.id_number, now
        await claimant.save(update_fields=["id_number", "id_verified_at"])
        purpose = f"窗口核验身份证后变更绑定 {note}".strip()
        await access_log.record_many(
            clerk, [claim.claimant_id] + ([holder.id] if holder else []), "id_number_rebound", purpose
        )
    await claim.refresh_from_db()
    return claim


async def dismiss(clerk: Principal, claim_id: int, note: str) -> IdNumberClaim:
    note = _note(note)
    async with changing():
        claim = await _open_claim(claim_id)
        await IdNumberClaim.filter(id=claim.id, status=ClaimStatus.OPEN).update(
            status=ClaimStatus.DISMISSED, resolved_at=clock.now(), resolved_by_id=clerk.user_id, note=note
        )
        await access_log.record(clerk, claim.claimant_id, "id_number_claim_dismissed", note)
    await claim.refresh_from_db()
    return claim


async def verify_in_person(clerk: Principal, citizen_id: int, id_number: str) -> User:
    """The clerk read the citizen's ID card and it carries the number on their account."""
    user = await User.get_or_none(id=citizen_id, staff=False)
    if user is None:
        raise Failure(IdentityError.NOT_FOUND, what="该群众", what_en="citizen")
    if user.id_number != id_number:
        raise Failure(IdentityError.ID_NUMBER_MISMATCH)
    async with changing():
        await User.filter(id=user.id).update(id_verified_at=clock.now())
        await access_log.record(clerk, user.id, "id_number_verified", "窗口核验身份证")
    await user.refresh_from_db()
    return user
