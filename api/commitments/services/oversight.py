"""告知承诺 in e-supervision (电子监察): a check still pending after its verify-by date is reported to
the supervisors once (the daily supervision run calls this; running it again reports nothing new)."""

from __future__ import annotations

from datetime import date, datetime

from api import clock
from api.commitments.enums import Outcome
from api.commitments.models import Commitment
from api.feedback.services import supervisor_ids
from api.unit_of_work import changing
from notifications.payloads import CommitmentCheckOverdue


async def escalate_overdue_checks(today: date, *, now: datetime | None = None) -> int:
    """Report each pending check past its date once: ``escalated_on`` set conditionally (so
    concurrent runs report it once) and a ``commitment_check_overdue`` row to every supervisor."""
    now = now or clock.now()
    rows = await Commitment.filter(
        outcome=Outcome.PENDING, verify_by__lt=today, escalated_on__isnull=True
    ).select_related("application", "department")
    if not rows:
        return 0
    supervisors = await supervisor_ids()
    escalated = 0
    for row in rows:
        async with changing() as tx:
            if not await Commitment.filter(id=row.id, escalated_on__isnull=True).update(escalated_on=today):
                continue  # another process reported it meanwhile
            assert row.verify_by is not None  # filtered above
            notice = CommitmentCheckOverdue(
                tracking_number=row.application.tracking_number or "",
                name=row.application.catalog_name,
                item=row.item_name,
                department=row.department.name,
                due_on=row.verify_by.isoformat(),
            )
            await tx.notify(notice, to=supervisors, application_id=row.application_id, at=now)
        escalated += 1
    return escalated
