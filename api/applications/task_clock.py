"""The task clock (办理时限): the one home of a department task's due date, the working days it has
left, whether it is overdue, and its pauses (时限中止).

A task's clock starts on acceptance (``started_on``) and runs ``promised_days`` working days on the
Chinese calendar (``api.calendar.working_days``: the day of acceptance does not count). It stops
while a pause runs — the applicant owes something (a 容缺 material past its due date) — and goes
on the working day after it is resumed; a pause never shortens a deadline.

``Task.pauses`` is written only here, and ``Task.due_on`` is written only here, always from the same
computation the screens show (``TaskClock.due_on``): ``None`` before acceptance and while a pause
runs with time still left (the due date is then unknown: it depends on when the clock goes on), the
past due date when the limit had already run out. ``Task.paused_on`` (the running pause's first day,
``None`` when the clock runs) is written with them, so that e-supervision can select, order and page
its lists in SQL: ``overdue_sql`` and ``waiting_sql`` are ``overdue`` and ``waiting`` over those
stored columns (``tests/supervision/test_sql_rules.py`` checks they agree).

Stored pauses: ``[[paused_on, resumed_on | null, reason], …]`` (ISO dates; rows from before the
reason was kept have two elements).

Pure parts (``TaskClock``) take ``today`` as an argument; the database parts (``start``, ``pause``,
``resume``) are called inside a unit of work (``api.unit_of_work.changing``); the staff desk orders
its queues with ``queue_order``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, TypeVar

from tortoise.expressions import Q, RawSQL
from tortoise.queryset import QuerySet

from api.applications.enums import OPEN_TASK_STATUSES
from api.applications.models import Task
from api.calendar.working_days import due_date, remaining_working_days
from api.clock import local_date

DONE = frozenset({"approved", "rejected"})
OPEN = OPEN_TASK_STATUSES  # the others: in_review, pending


@dataclass(frozen=True, slots=True)
class Pause:
    paused_on: date
    resumed_on: date | None = None
    reason: str = ""

    @property
    def running(self) -> bool:
        return self.resumed_on is None

    def to_json(self) -> list[str | None]:
        return [
            self.paused_on.isoformat(),
            self.resumed_on.isoformat() if self.resumed_on else None,
            self.reason,
        ]


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def parse_pauses(raw: Any) -> tuple[Pause, ...]:
    """Pauses as stored in ``Task.pauses`` (ISO strings or dates; two or three elements each)."""
    pauses: list[Pause] = []
    for entry in raw or ():
        paused_on = _day(entry[0])
        if paused_on is None:
            continue
        resumed_on = _day(entry[1]) if len(entry) > 1 else None
        reason = str(entry[2]) if len(entry) > 2 and entry[2] else ""
        pauses.append(Pause(paused_on, resumed_on, reason))
    return tuple(pauses)


def _columns(task: Task) -> dict[str, Any]:
    keys = ("started_on", "promised_days", "pauses", "status", "decided_at")
    return {key: getattr(task, key, None) for key in keys}


@dataclass(frozen=True, slots=True)
class TaskClock:
    """A task's clock: from a ``Task``, a ``.values()`` row, or built by hand (tests)."""

    started_on: date | None
    promised_days: int
    pauses: tuple[Pause, ...] = ()
    status: str = "pending"
    decided_on: date | None = None  # the local (Asia/Shanghai) date of the decision

    @classmethod
    def of(cls, task: Task | Mapping[str, Any]) -> TaskClock:
        row: Mapping[str, Any] = task if isinstance(task, Mapping) else _columns(task)
        get = row.get
        decided_at = get("decided_at")
        return cls(
            started_on=_day(get("started_on")),
            promised_days=int(get("promised_days") or 0),
            pauses=parse_pauses(get("pauses")),
            status=str(get("status") or "pending"),
            decided_on=local_date(decided_at) if isinstance(decided_at, datetime) else _day(decided_at),
        )

    # --- what a clerk or a citizen may ask ------------------------------------------------------------

    @property
    def _pairs(self) -> list[tuple[date, date | None]]:
        return [(p.paused_on, p.resumed_on) for p in self.pauses]

    @property
    def started(self) -> bool:
        return self.started_on is not None

    @property
    def done(self) -> bool:
        return self.status in DONE

    @property
    def due_on(self) -> date | None:
        """The due date: None before acceptance, and while a pause runs with time still left."""
        if self.started_on is None:
            return None
        return due_date(self.started_on, self.promised_days, self._pairs)

    @property
    def running_pause(self) -> Pause | None:
        last = self.pauses[-1] if self.pauses else None
        return last if last is not None and last.running else None

    def paused(self, today: date | None = None) -> bool:
        """Whether the clock is stopped (on ``today``, when given: a pause starting later does not count)."""
        pause = self.running_pause
        return pause is not None and (today is None or pause.paused_on <= today)

    def remaining(self, today: date) -> int | None:
        """Working days left on ``today`` (negative when overdue; frozen while paused); None before
        acceptance."""
        if self.started_on is None:
            return None
        return remaining_working_days(today, self.started_on, self.promised_days, self._pairs)

    def overdue(self, today: date) -> bool:
        """Open and past its due date on ``today`` (never while a pause runs with time left). In SQL:
        ``overdue_sql``."""
        due = self.due_on
        return not self.done and due is not None and today > due

    @property
    def stopped_on(self) -> date | None:
        """The first day of the pause that runs (stored as ``Task.paused_on``); None when the clock runs
        or has not started."""
        pause = self.running_pause
        return pause.paused_on if pause is not None and self.started else None

    def waiting(self, today: date) -> bool:
        """Open, its clock stopped (waiting for the applicant) and not overdue on ``today``: a pause runs
        with time left (the due date unknown, even before the pause's first day), or it began on or
        before ``today`` when the limit had run out, and ``today`` is not past the due date. In SQL:
        ``waiting_sql``."""
        stopped_on = self.stopped_on
        if self.done or stopped_on is None or self.overdue(today):
            return False
        return self.due_on is None or stopped_on <= today

    def working_days_late(self, today: date) -> int:
        left = self.remaining(today)
        return 0 if left is None else max(0, -left)

    def finished_late(self, today: date) -> bool:
        """Decided after its due date (``today`` stands for a decision date not recorded)."""
        due = self.due_on
        return self.done and due is not None and (self.decided_on or today) > due

    # --- changes (pure: a new clock) ------------------------------------------------------------------

    def start(self, on: date) -> TaskClock:
        return replace(self, started_on=on, pauses=())

    def pause(self, on: date, reason: str) -> TaskClock:
        """Stopped from the day after ``on``. Already stopped: the reason is added to the running pause.
        Never before the start nor inside an earlier pause (moved to the day that pause resumed)."""
        if self.started_on is None:
            return self
        running = self.running_pause
        if running is not None:
            if reason in running.reason.split("；"):
                return self
            joined = "；".join(r for r in (running.reason, reason) if r)
            return replace(self, pauses=(*self.pauses[:-1], replace(running, reason=joined)))
        on = max(on, self.started_on, *(p.resumed_on for p in self.pauses if p.resumed_on))
        return replace(self, pauses=(*self.pauses, Pause(on, None, reason)))

    def resume(self, on: date) -> TaskClock:
        """Goes on from the day after ``on`` (no-op when not stopped; never before the pause began)."""
        running = self.running_pause
        if running is None:
            return self
        closed = replace(running, resumed_on=max(on, running.paused_on))
        return replace(self, pauses=(*self.pauses[:-1], closed))

    def stored(self) -> dict[str, Any]:
        """The ``Task`` columns this clock writes: its pauses and its due date (the same one shown)."""
        return {
            "started_on": self.started_on,
            "pauses": [p.to_json() for p in self.pauses],
            "due_on": self.due_on,
            "paused_on": self.stopped_on,
        }


def late_decision_sql(due_on: str, decided_on: str) -> str:
    """``finished_late`` in SQL, for counting decided tasks without loading them (``api.statistics``):
    decided after the due date; a task with no due date (decided while a pause ran with time left) was
    not late. ``due_on`` is the stored ``Task.due_on`` column (the same date ``due_on`` computes) and
    ``decided_on`` an SQL expression of the decision's date in China."""
    return f"({due_on} IS NOT NULL AND {decided_on} > {due_on})"


def overdue_sql(today: date) -> Q:
    """``TaskClock.overdue`` over the stored columns (``stored``): open, with a due date before
    ``today``. A pause with time left stores no due date, so it is never overdue, as in Python."""
    return Q(status__in=OPEN, due_on__isnull=False, due_on__lt=today)


def waiting_sql(today: date) -> Q:
    """``TaskClock.waiting`` over the stored columns (``stored``): open, a pause running
    (``paused_on``), and either no due date (time left) or ``paused_on <= today <= due_on``."""
    running = Q(status__in=OPEN, paused_on__isnull=False)
    return running & (Q(due_on__isnull=True) | Q(paused_on__lte=today, due_on__gte=today))


# --- the database --------------------------------------------------------------------------------------


async def _write(task: Task, clock: TaskClock) -> TaskClock:
    values = clock.stored()
    await Task.filter(id=task.id).update(**values)
    for key, value in values.items():
        setattr(task, key, value)
    return clock


async def start(task: Task, on: date) -> TaskClock:
    """The clock starts (acceptance): inside the acceptance's unit of work."""
    return await _write(task, TaskClock.of(task).start(on))


async def pause(task: Task, on: date, reason: str) -> TaskClock:
    """Stop an open task's clock from the day after ``on`` because of ``reason`` (in a unit of work)."""
    clock = TaskClock.of(task)
    if clock.done or not clock.started:
        return clock
    return await _write(task, clock.pause(on, reason))


async def resume(task: Task, on: date) -> TaskClock:
    """The clock goes on from the day after ``on`` (in a unit of work); a no-op when it runs."""
    clock = TaskClock.of(task)
    if clock.running_pause is None:
        return clock
    return await _write(task, clock.resume(on))


M = TypeVar("M", bound=Task)


def queue_order(query: QuerySet[M]) -> QuerySet[M]:
    """The staff desk's order of tasks: soonest due first, the stopped ones (no due date) after them."""
    table = Task._meta.db_table  # pyright: ignore[reportPrivateUsage]
    stopped = RawSQL(f'CASE WHEN "{table}"."due_on" IS NULL THEN 1 ELSE 0 END')
    return query.annotate(clock_stopped=stopped).order_by("clock_stopped", "due_on", "id")
