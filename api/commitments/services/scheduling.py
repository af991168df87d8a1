"""On acceptance on a commitment (告知承诺受理), each signed commitment gets the date its check is
due: ``verify_within`` working days after the day of acceptance (``rules.verify_by``)."""

from __future__ import annotations

from datetime import date

from api.commitments.models import Commitment
from api.commitments.rules import verify_by


async def signed(application_id: int) -> list[Commitment]:
    """The commitments signed on an application (none: it cannot be accepted on a commitment)."""
    return await Commitment.filter(application_id=application_id).order_by("id")


async def schedule(commitments: list[Commitment], accepted_on: date) -> date | None:
    """Set each commitment's verify-by date (inside the acceptance's unit of work); the earliest."""
    dates: list[date] = []
    for commitment in commitments:
        due = verify_by(accepted_on, commitment.verify_within)
        await Commitment.filter(id=commitment.id).update(verify_by=due)
        commitment.verify_by = due
        dates.append(due)
    return min(dates) if dates else None
