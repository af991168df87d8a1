"""电子监察 flags: pure functions of a task and a given ``today`` (no clock, no database, no I/O).

A task's clock starts on acceptance (``started_on``); its limit is the promised time limit in working
days on the Chinese calendar, stopped during its pauses: all of it is the task clock's
(``api.applications.task_clock``).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from api.applications.task_clock import TaskClock

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


# What the flags need of a task: its clock (``api.applications.task_clock``, the one home of due dates
# and pauses); a ``Task`` row or a ``.values()`` dict maps onto it with ``TaskFacts.of``.
TaskFacts = TaskClock


def due_soon_threshold(promised_days: int) -> int:
    """How many working days before the end a task is "due soon": the last 20 %, at least 1."""
    return max(DUE_SOON_MIN, promised_days // DUE_SOON_SHARE)


def task_due(facts: TaskClock) -> date | None:
    """The due date (None before acceptance, or while a pause runs with time still left)."""
    return facts.due_on


def task_flag(task: Any, today: date) -> Flag:
    """The 电子监察 light of one task on ``today``.

    Finished tasks: done on time when decided on or before the due date. Open tasks: overdue after the
    due date (a pause stops the clock, but not for a limit that had already run out); paused while a
    pause runs; due soon when at most the last 20 % of the promised limit is left (≥ 1 working day,
    the due date itself included); otherwise on time.
    """
    clock = task if isinstance(task, TaskClock) else TaskClock.of(task)
    if not clock.started:
        return Flag.NOT_STARTED
    if clock.done:
        return Flag.DONE_LATE if clock.finished_late(today) else Flag.DONE_ON_TIME
    if clock.overdue(today):  # in SQL: task_clock.overdue_sql
        return Flag.OVERDUE  # stopped after running out is overdue too
    if clock.waiting(today):  # in SQL: task_clock.waiting_sql
        return Flag.PAUSED
    left = clock.remaining(today) or 0
    return Flag.DUE_SOON if left <= due_soon_threshold(clock.promised_days) else Flag.ON_TIME


def working_days_late(task: Any, today: date) -> int:
    """How many working days past its due date an open task is on ``today`` (0 when not overdue)."""
    clock = task if isinstance(task, TaskClock) else TaskClock.of(task)
    return clock.working_days_late(today)
