"""电子监察 flags: pure functions of a task and a given ``today`` (no clock, no database, no I/O).

A task's clock starts on acceptance (``started_on``); its limit is the promised time limit in working
days on the Chinese calendar (``api.calendar.working_days``), stopped during its pauses (补正).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from api.calendar.working_days import Pause, due_date, remaining_working_days
from api.clock import CHINA

DONE = frozenset({"approved", "rejected"})
DUE_SOON_SHARE = 5  # the last 1/5 (20 %) of the promised time limit …
DUE_SOON_MIN = 1  # … and at least the last working day


class Flag(StrEnum):
    NOT_STARTED = "not_started"  # not accepted yet: no clock
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"  # in the last 20 % of the promised limit (at least 1 working day)
    OVERDUE = "overdue"
    PAUSED = "paused"  # the clock is stopped (waiting for the applicant) and the limit not yet run out
    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"


@dataclass(frozen=True, slots=True)
class TaskFacts:
    """What the flags need to know about a task (a ``Task`` row or a ``.values()`` dict maps onto it)."""

    status: str
    started_on: date | None
    promised_days: int
    pauses: tuple[Pause, ...] = ()
    decided_on: date | None = None  # the local (Asia/Shanghai) date of the decision

    @classmethod
    def of(cls, task: Any) -> TaskFacts:
        """From a ``Task`` or any object / mapping with ``status``, ``started_on``, ``promised_days``,
        ``pauses`` (pairs of ISO dates or dates) and ``decided_at``."""
        get = task.get if isinstance(task, dict) else lambda k: getattr(task, k, None)
        decided_at = get("decided_at")
        return cls(
            status=str(get("status")),
            started_on=get("started_on"),
            promised_days=int(get("promised_days") or 0),
            pauses=parse_pauses(get("pauses") or ()),
            decided_on=local_date(decided_at) if decided_at is not None else None,
        )


def local_date(value: datetime | date) -> date:
    if isinstance(value, datetime):
        return value.astimezone(CHINA).date() if value.tzinfo else value.date()
    return value


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def parse_pauses(raw: Any) -> tuple[Pause, ...]:
    """``[[paused_on, resumed_on | null], …]`` as stored in ``Task.pauses`` (ISO strings or dates)."""
    pauses = []
    for pair in raw or ():
        paused_on, resumed_on = pair
        pauses.append((_day(paused_on), _day(resumed_on)))
    return tuple(pauses)


def due_soon_threshold(promised_days: int) -> int:
    """How many working days before the end a task is "due soon": the last 20 %, at least 1."""
    return max(DUE_SOON_MIN, promised_days // DUE_SOON_SHARE)


def task_due(facts: TaskFacts) -> date | None:
    """The due date (None before acceptance, or while a pause runs with time still left)."""
    if facts.started_on is None:
        return None
    return due_date(facts.started_on, facts.promised_days, facts.pauses)


def task_flag(task: Any, today: date) -> Flag:
    """The 电子监察 light of one task on ``today``.

    Finished tasks: done on time when decided on or before the due date. Open tasks: overdue after the
    due date (a pause stops the clock, but not for a limit that had already run out); paused while a
    pause runs; due soon when at most the last 20 % of the promised limit is left (≥ 1 working day,
    the due date itself included); otherwise on time.
    """
    facts = task if isinstance(task, TaskFacts) else TaskFacts.of(task)
    if facts.started_on is None:
        return Flag.NOT_STARTED
    due = task_due(facts)
    if facts.status in DONE:
        decided = facts.decided_on or today
        return Flag.DONE_LATE if due is not None and decided > due else Flag.DONE_ON_TIME
    if due is None:
        return Flag.PAUSED
    if today > due:
        return Flag.OVERDUE
    if facts.pauses and facts.pauses[-1][1] is None and facts.pauses[-1][0] <= today:
        return Flag.PAUSED  # stopped after running out is overdue (above); otherwise frozen
    left = remaining_working_days(today, facts.started_on, facts.promised_days, facts.pauses)
    return Flag.DUE_SOON if left <= due_soon_threshold(facts.promised_days) else Flag.ON_TIME


def working_days_late(task: Any, today: date) -> int:
    """How many working days past its due date an open task is on ``today`` (0 when not overdue)."""
    facts = task if isinstance(task, TaskFacts) else TaskFacts.of(task)
    if facts.started_on is None:
        return 0
    return max(0, -remaining_working_days(today, facts.started_on, facts.promised_days, facts.pauses))
