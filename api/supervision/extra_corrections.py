"""电子监察 of correction lists: every list after the one-time notice (一次性告知) is flagged here —
asked (waiting for a supervisor), sent with a supervisor's approval, or refused — newest first."""

from __future__ import annotations

from dataclasses import dataclass

from api.graphql.connections import Window, id_window, page_size
from api.review.enums import ExtraCorrectionStatus
from api.review.models import ExtraCorrection

MAX_PAGE = 100


@dataclass(frozen=True)
class FlaggedPage:
    window: Window[ExtraCorrection]  # with application, requested_by, decided_by
    total_count: int

    @property
    def rows(self) -> list[ExtraCorrection]:
        return self.window.rows


async def flagged(
    first: int = 20, after: str | None = None, status: ExtraCorrectionStatus | None = None
) -> FlaggedPage:
    """Extra correction lists, newest first (``status``: only those), ``first`` from after ``after``."""
    first = page_size(first, MAX_PAGE)
    query = ExtraCorrection.all() if status is None else ExtraCorrection.filter(status=status)
    total = await query.count()
    related = query.select_related("application", "requested_by", "decided_by")
    return FlaggedPage(await id_window(related, first, after), total)
