"""电子监察 of correction lists: every list after the one-time notice (一次性告知) is flagged here —
asked (waiting for a supervisor), sent with a supervisor's approval, or refused — newest first."""

from __future__ import annotations

from dataclasses import dataclass

from api.review.enums import ExtraCorrectionStatus
from api.review.models import ExtraCorrection

MAX_PAGE = 100


@dataclass(frozen=True)
class FlaggedPage:
    rows: list[ExtraCorrection]  # with application, requested_by, decided_by
    next_cursor: int | None  # the last row's id
    total_count: int


async def flagged(
    first: int = 20, after: int | None = None, status: ExtraCorrectionStatus | None = None
) -> FlaggedPage:
    """Extra correction lists, newest first (``status``: only those), ``first`` from after ``after``."""
    first = max(1, min(first, MAX_PAGE))
    query = ExtraCorrection.all() if status is None else ExtraCorrection.filter(status=status)
    total = await query.count()
    page = query.filter(id__lt=after) if after is not None else query
    rows = (
        await page.order_by("-id")
        .limit(first + 1)
        .select_related("application", "requested_by", "decided_by")
    )
    more = len(rows) > first
    rows = rows[:first]
    return FlaggedPage(rows, rows[-1].id if more and rows else None, total)
