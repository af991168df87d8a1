"""When a reminder is due (one home for the thresholds), and who may set their ID card's validity."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from api.applications.enums import ApplicationKind, ApplicationStatus, TaskStatus

# licences in the wallet: 60 and 30 days before they expire
LICENCE_DAYS_BEFORE = (60, 30)
# the resident ID card: renewal may be applied for in the last three months (居民身份证法 §11 practice:
# 有效期满前三个月内申请换领), so 90 and 30 days before
ID_CARD_DAYS_BEFORE = (90, 30)
# an ID card is valid 5, 10 or 20 years (or for life: no date)
ID_CARD_LONGEST = timedelta(days=20 * 366)
ID_CARD_EXPIRED_AT_MOST = timedelta(days=366)
# "you may also need…" goes out once, while the life event is fresh
NEXT_SERVICES_WITHIN = timedelta(days=14)

DONE_STATES = frozenset(
    {
        ApplicationStatus.COMPLETED,
        ApplicationStatus.READY_FOR_PICKUP,
        ApplicationStatus.COLLECTED,
        ApplicationStatus.CLOSED,
    }
)


def threshold_due(expires_on: date, today: date, days_before: Iterable[int]) -> int | None:
    """The reminder due today for something that expires on ``expires_on``: the nearest threshold
    already reached (a run that missed the 60-day one sends only the 30-day one); None when none is
    reached yet or it has expired."""
    left = (expires_on - today).days
    if left < 0:
        return None
    reached = [d for d in days_before if left <= d]
    return min(reached) if reached else None


def life_event_done(kind: str, status: str, task_states: Iterable[str]) -> bool:
    """A life event (一件事) is done when every department approved its part and the result is out
    (completed, ready for pickup, collected or closed): then the next services are suggested."""
    states = list(task_states)
    return (
        kind == ApplicationKind.BUNDLE
        and status in DONE_STATES
        and bool(states)
        and all(s == TaskStatus.APPROVED for s in states)
    )


def id_card_date_range(today: date) -> tuple[date, date]:
    return today - ID_CARD_EXPIRED_AT_MOST, today + ID_CARD_LONGEST
