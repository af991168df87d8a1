"""The SQL twins of the task clock's rules (``task_clock.overdue_sql`` / ``waiting_sql``, which the overdue
and paused lists and the escalation job select with) agree with the Python rules (``TaskClock.overdue`` /
``waiting``, and supervision's flags OVERDUE / PAUSED) over tasks in every state of their clock, on every
day around their due dates; and the migration's backfill of ``paused_on`` stores what ``TaskClock.stored``
would."""

from __future__ import annotations

import importlib.util
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from api.applications.enums import TaskStatus
from api.applications.models import Task
from api.applications.task_clock import DONE, OPEN, TaskClock, overdue_sql, waiting_sql
from api.supervision.flags import Flag, task_flag
from tests.supervision.conftest import Spec, make_tasks

NATIONAL_DAY = date(2025, 9, 29)  # the Oct 1–8 holiday, make-up workdays Sep 28 and Oct 11
DECIDED = datetime(2025, 10, 10, 2, 0, tzinfo=UTC)


def spec(clock: TaskClock, status: str = "in_review", decided_at: datetime | None = None) -> Spec:
    pauses = tuple((p.paused_on, p.resumed_on) for p in clock.pauses)
    return Spec(clock.started_on, clock.promised_days, status, pauses, decided_at)


def started(on: date, days: int) -> TaskClock:
    return TaskClock(None, days).start(on)


STATES = {
    "running, time left": spec(started(date(2025, 9, 30), 40)),  # due after the days checked
    "running, overdue": spec(started(date(2025, 9, 30), 5)),  # due Oct 14
    "pending, overdue": spec(started(date(2025, 9, 26), 1), status="pending"),  # due Sep 28
    "paused with time left": spec(started(NATIONAL_DAY, 5).pause(date(2025, 9, 30), "补正")),
    "paused after due": spec(started(date(2025, 9, 26), 1).pause(date(2025, 10, 9), "补正")),
    "paused on its due date": spec(started(date(2025, 9, 30), 5).pause(date(2025, 10, 14), "补正")),
    "paused later, time left": spec(started(date(2025, 10, 9), 20).pause(date(2025, 10, 20), "补正")),
    "resumed": spec(started(NATIONAL_DAY, 5).pause(date(2025, 9, 30), "补正").resume(date(2025, 10, 10))),
    "resumed, paused again": spec(
        started(NATIONAL_DAY, 5)
        .pause(date(2025, 9, 30), "a")
        .resume(date(2025, 10, 9))
        .pause(date(2025, 10, 13), "b")
    ),
    "zero-day limit, paused": spec(started(date(2025, 10, 4), 0).pause(date(2025, 10, 9), "补正")),
    "approved late": spec(started(date(2025, 9, 26), 1), status="approved", decided_at=DECIDED),
    "approved on time": spec(started(date(2025, 9, 30), 5), status="approved", decided_at=DECIDED),
    "rejected while paused": spec(
        started(NATIONAL_DAY, 5).pause(date(2025, 9, 30), "补正"), status="rejected", decided_at=DECIDED
    ),
    "not started": Spec(None, 5, status="pending"),
}


def wandering(seed: int, n: int) -> list[Spec]:
    """Random clocks: started on a day of Sep–Oct 2025, paused and resumed a few times, some decided."""
    rng = random.Random(seed)
    specs = []
    for _ in range(n):
        clock = started(date(2025, 9, 15) + timedelta(days=rng.randrange(40)), rng.randrange(0, 15))
        on = clock.started_on or date(2025, 9, 15)
        for step in range(rng.randrange(4)):
            on += timedelta(days=rng.randrange(8))
            clock = clock.pause(on, f"原因{step}") if step % 2 == 0 else clock.resume(on)
        status = rng.choice(("pending", "in_review", "in_review", "approved", "rejected"))
        specs.append(spec(clock, status, DECIDED if status in ("approved", "rejected") else None))
    return specs


def days_around() -> list[date]:
    return [date(2025, 9, 20) + timedelta(days=i) for i in range(60)]


async def test_the_sql_rules_agree_with_the_task_clock_and_the_flags(people):
    specs = [*STATES.values(), *wandering(15, 60)]
    tasks = await make_tasks(people["citizen"], specs)
    name_of = dict(zip((t.id for t in tasks), [*STATES, *(f"random {i}" for i in range(60))], strict=True))
    clocks = {t.id: TaskClock.of(t) for t in tasks}
    for task in tasks:  # the stored columns the SQL reads are the clock's
        assert (task.due_on, task.paused_on) == (clocks[task.id].due_on, clocks[task.id].stopped_on)
    seen_overdue, seen_waiting = set(), set()
    for today in days_around():
        overdue = set(await Task.filter(overdue_sql(today)).values_list("id", flat=True))
        waiting = set(await Task.filter(waiting_sql(today)).values_list("id", flat=True))
        python_overdue = {i for i, c in clocks.items() if c.overdue(today)}
        python_waiting = {i for i, c in clocks.items() if c.waiting(today)}
        flags = {i: task_flag(c, today) for i, c in clocks.items()}
        assert python_overdue == {i for i, f in flags.items() if f is Flag.OVERDUE}
        assert python_waiting == {i for i, f in flags.items() if f is Flag.PAUSED}
        differ = sorted(name_of[i] for i in (overdue ^ python_overdue) | (waiting ^ python_waiting))
        assert not differ, f"{today}: SQL and Python disagree on {differ}"
        seen_overdue |= {name_of[i] for i in overdue}
        seen_waiting |= {name_of[i] for i in waiting}
    # every named state was seen on the side it belongs to, on some day (the checks above had work to do)
    assert {"running, overdue", "pending, overdue", "paused after due", "resumed"} <= seen_overdue
    assert {"paused with time left", "paused on its due date", "paused later, time left"} <= seen_waiting
    assert {"zero-day limit, paused", "resumed, paused again"} <= seen_waiting | seen_overdue
    never = {
        "approved late",
        "approved on time",
        "rejected while paused",
        "not started",
        "running, time left",
    }
    assert not never & (seen_overdue | seen_waiting)


def _migration() -> dict[str, str]:
    """``PAUSED_ON_BACKFILL`` of the migration that added ``applications_task.paused_on``."""
    root = Path(__file__).resolve().parents[2] / "migrations" / "models"
    found = [p for p in sorted(root.glob("*.py")) if "PAUSED_ON_BACKFILL" in p.read_text(encoding="utf-8")]
    assert len(found) == 1, found
    loaded = importlib.util.spec_from_file_location("paused_on_migration", found[0])
    assert loaded is not None and loaded.loader is not None
    module = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(module)
    return module.PAUSED_ON_BACKFILL


async def test_the_migration_backfills_paused_on_as_the_clock_stores_it(people):
    tasks = await make_tasks(people["citizen"], [*STATES.values(), *wandering(7, 40)])
    expected = {t.id: TaskClock.of(t).stopped_on for t in tasks}
    assert any(expected.values()) and not all(expected.values())
    await Task.all().update(paused_on=None)  # as the rows were before the column
    db = Task._meta.db  # pyright: ignore[reportPrivateUsage]
    await db.execute_script(_migration()[db.capabilities.dialect])
    assert dict(await Task.all().values_list("id", "paused_on")) == expected


def test_open_and_done_part_the_task_statuses():
    assert not set(OPEN) & DONE and set(OPEN) | DONE == {s.value for s in TaskStatus}
