"""The statistics agree with the world of conftest.py counted by hand, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from api.applications.models import Task
from api.applications.task_clock import TaskClock
from api.catalog.snapshot import build_catalog
from api.failures import Failure
from api.statistics import queries
from api.statistics.scope import resolve
from api.statistics.services import report
from tests.statistics.conftest import END, START, TODAY


async def _report(hall: str | None = None, department: str | None = None, start=START, end=END):
    return await report(resolve(await build_catalog(), start, end, TODAY, hall, department))


def _by_key(counts) -> dict[str, int]:
    return {c.key: c.count for c in counts if c.count}


async def test_every_figure_agrees_with_the_hand_count(world):
    r = await _report()
    # A1 A2 A3 A4 A7 A9 (A5 before, A8 after the period in China time, A6 a draft)
    assert r.applications == 6
    assert {e.code: e.applications for e in r.by_entry} == {"CG01": 3, "GA02": 2, "B11": 1}
    assert [e.code for e in r.by_entry] == ["CG01", "GA02", "B11"]  # the most applications first
    assert _by_key(r.by_channel) == {"online": 4, "counter": 1, "helper": 1}
    assert [c.key for c in r.by_channel][:3] == ["online", "helper", "counter"]  # every channel, zero too
    assert _by_key(r.by_status) == {
        "collected": 2,
        "closed": 1,
        "in_progress": 1,
        "ready_for_pickup": 1,
        "submitted": 1,
    }
    # decided in March: CG A1 on time, A2 late, A5 on its due date; GA A9; RS A4; YB A4 late (00:30 on the 26th)
    assert {(o.code, o.decided, o.on_time) for o in r.on_time} == {
        ("CG", 3, 2),
        ("GA", 1, 1),
        ("RS", 1, 1),
        ("YB", 1, 0),
    }
    total = r.on_time_total
    assert (total.decided, total.on_time, total.rate) == (6, 4, round(4 / 6, 4))
    cg01, ga02, b11 = (next(e for e in r.by_entry if e.code == code) for code in ("CG01", "GA02", "B11"))
    # working days from acceptance to the last decision: A1 3 (Tue–Thu), A2 8; A9 5; A4 4 (Mon–Thu)
    assert (cg01.finished, cg01.working_days, cg01.promised_days, cg01.within_days) == (2, 11, 6, 1)
    assert (ga02.finished, ga02.working_days, ga02.within_days) == (1, 5, 1)
    assert (b11.finished, b11.working_days, b11.within_days) == (1, 4, 1)
    assert r.average_days == round(20 / 4, 2)
    # trips: A1 one (collected at the window), A2 two days (counter 03-03, collected 03-16), A9 none (mail)
    assert (cg01.collected, cg01.visits, cg01.promised_visits, cg01.within_visits) == (2, 3, 1, 1)
    assert (ga02.collected, ga02.visits, ga02.within_visits) == (1, 0, 1)
    assert cg01.visits_saved == 1 * 2 - 3 and ga02.visits_saved == 1
    assert r.visits_saved == 0
    assert _by_key(r.ratings) == {"5": 1, "4": 1, "2": 1}  # the department's own rating and April's left out
    assert r.bad_rating_count == 1
    assert (r.bad_ratings.opened, r.bad_ratings.closed, r.bad_ratings.rate) == (1, 1, 1.0)
    c = r.complaints
    assert (c.opened, c.closed, c.overdue, c.closed_late) == (3, 1, 1, 1)
    h = r.helpers
    assert (h.applications, h.consents_requested, h.consents_given, h.consents_declined, h.bookings) == (
        1,
        4,
        2,
        1,
        1,
    )
    b = r.appointments
    assert (b.booked, b.cancelled, b.checked_in, b.no_show, b.waiting) == (4, 1, 1, 1, 1)
    assert b.no_show_rate == 0.5


async def test_a_hall_and_a_department_narrow_the_figures(world):
    sm = await _report(hall="SM")  # GA02 is served at the citizens' centre; CG01 and B11 at CA
    assert sm.applications == 2 and {e.code for e in sm.by_entry} == {"GA02"}
    assert {(o.code, o.decided) for o in sm.on_time} == {("GA", 1)}
    assert sm.appointments.booked == 0  # March's slot is at CA
    assert sm.complaints.opened == 0 and sm.bad_ratings.opened == 0  # every case names CG01
    cg = await _report(department="CG")
    assert cg.applications == 2  # A1 A2: A7 has no task yet, so no department
    assert {(o.code, o.decided, o.on_time) for o in cg.on_time} == {("CG", 3, 2)}
    assert _by_key(cg.ratings) == {"1": 1}  # the department's own rating of its part
    assert (cg.bad_ratings.opened, cg.complaints.opened, cg.complaints.closed_late) == (1, 1, 1)
    assert cg.appointments.booked == 4  # bookings for CG01
    both = await _report(hall="SM", department="CG")
    assert both.applications == 0 and both.on_time == []


async def test_the_period_is_days_in_china(world):
    april_first = await _report(start=date(2026, 4, 1), end=date(2026, 4, 1))
    assert april_first.applications == 1  # A8 at 00:10 China time (still March 31st in UTC)
    march_last = await _report(start=END, end=END)
    assert march_last.applications == 1  # A7 at 23:30 China time


@pytest.mark.parametrize(
    ("start", "end", "hall", "department", "code"),
    [
        (END, START, None, None, "INVALID_RANGE"),
        (date(2025, 1, 1), date(2026, 2, 5), None, None, "INVALID_RANGE"),
        (date(2003, 12, 1), date(2004, 1, 5), None, None, "BEFORE_CALENDAR"),
        (START, END, "XX", None, "UNKNOWN_HALL"),
        (START, END, None, "XX", "UNKNOWN_DEPARTMENT"),
    ],
)
async def test_a_bad_scope_is_refused(world, start, end, hall, department, code):
    with pytest.raises(Failure) as refused:
        await _report(hall, department, start, end)
    assert refused.value.code == code


async def test_the_sql_on_time_rule_is_the_task_clocks(world):
    """``late_decision_sql`` counts exactly the tasks ``TaskClock.finished_late`` calls late."""
    st = queries.Statement(queries.dialect())
    late = queries.late_decision_sql("t.due_on", st.dialect.china_date("t.decided_at"))
    rows = await queries.run(
        st, f"SELECT t.id AS id FROM applications_task t WHERE t.decided_at IS NOT NULL AND {late}"
    )
    by_sql = {row["id"] for row in rows}
    by_clock = {
        t.id for t in await Task.filter(decided_at__isnull=False) if _stored_clock(t).finished_late(TODAY)
    }
    assert by_sql == by_clock and len(by_clock) == 2  # A2's and A4's YB


def _stored_clock(task: Task) -> TaskClock:
    """The task's clock with the due date the fixture stored (its promised days are nominal)."""
    clock = TaskClock.of(task)

    class Stored(TaskClock):
        @property
        def due_on(self) -> date | None:  # the stored column, which the task clock writes
            return task.due_on

    return Stored(clock.started_on, clock.promised_days, clock.pauses, clock.status, clock.decided_on)
