"""Every read of personal data by someone other than its owner is written down, and the owner can
read the list ("who looked at my data")."""

from __future__ import annotations

from api.identity.models import AccessLog
from api.identity.principal import Principal


async def record(principal: Principal, subject_id: int, what: str, purpose: str = "") -> None:
    if principal.is_user and principal.user_id == subject_id:
        return  # reading one's own data is not an access by someone else
    await AccessLog.create(
        subject_id=subject_id,
        actor_id=principal.user_id,
        client_id=principal.client_id,
        actor_role=principal.acting_role,
        what=what,
        purpose=purpose[:128],
    )


async def record_many(principal: Principal, subject_ids: list[int], what: str, purpose: str = "") -> None:
    """One row per person whose data a list showed (one INSERT, whatever the length of the list)."""
    rows = [
        AccessLog(
            subject_id=subject,
            actor_id=principal.user_id,
            client_id=principal.client_id,
            actor_role=principal.acting_role,
            what=what,
            purpose=purpose[:128],
        )
        for subject in dict.fromkeys(subject_ids)
        if not (principal.is_user and principal.user_id == subject)
    ]
    if rows:
        await AccessLog.bulk_create(rows)


async def entries_about(subject_id: int, limit: int = 100) -> list[AccessLog]:
    return (
        await AccessLog.filter(subject_id=subject_id)
        .select_related("actor", "client")
        .order_by("-at", "-id")
        .limit(limit)
    )
