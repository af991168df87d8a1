"""电子监察 flags with fixed clocks: the 2025 National Day holiday (Oct 1–8, make-up workdays Sep 28
and Oct 11), the 2026 Spring Festival (Feb 15–23, make-up Feb 14 and Feb 28), pauses, decisions."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from api.applications.task_clock import Pause
from api.supervision.flags import Flag, TaskFacts, due_soon_threshold, task_due, task_flag, working_days_late


def open_task(started_on, days, pauses=(), status="in_review") -> dict:
    """As ``Task.filter(...).values()`` returns it: pauses as stored, ISO strings."""
    return {
        "status": status,
        "started_on": started_on,
        "promised_days": days,
        "pauses": [[p.isoformat(), r.isoformat() if r else None] for p, r in pauses],
        "decided_at": None,
    }


def decided(started_on, days, decided_at: datetime, status="approved") -> dict:
    return {**open_task(started_on, days, status=status), "decided_at": decided_at}


NATIONAL_DAY = open_task(date(2025, 9, 30), 5)  # day 1 is Oct 9; Oct 11 (Sat) is a workday; due Oct 14


@pytest.mark.parametrize(
    ("today", "flag"),
    [
        (date(2025, 9, 30), Flag.ON_TIME),
        (date(2025, 10, 5), Flag.ON_TIME),  # the holiday uses up nothing
        (date(2025, 10, 8), Flag.ON_TIME),
        (date(2025, 10, 11), Flag.ON_TIME),  # make-up Saturday: 3 used, 2 left
        (date(2025, 10, 12), Flag.ON_TIME),
        (date(2025, 10, 13), Flag.DUE_SOON),  # the last working day before the due date
        (date(2025, 10, 14), Flag.DUE_SOON),  # the due date itself is still on time
        (date(2025, 10, 15), Flag.OVERDUE),
    ],
)
def test_national_day_2025(today, flag):
    assert task_due(TaskFacts.of(NATIONAL_DAY)) == date(2025, 10, 14)
    assert task_flag(NATIONAL_DAY, today) is flag


def test_a_make_up_sunday_counts_as_a_working_day():
    task = open_task(date(2025, 9, 26), 1)  # Friday; Sunday Sep 28 is a workday
    assert task_due(TaskFacts.of(task)) == date(2025, 9, 28)
    assert task_flag(task, date(2025, 9, 27)) is Flag.DUE_SOON
    assert task_flag(task, date(2025, 9, 29)) is Flag.OVERDUE
    assert working_days_late(task, date(2025, 10, 9)) == 3  # Sep 29, Sep 30 (Oct 1–8 off), Oct 9
    assert working_days_late(task, date(2025, 10, 5)) == 2  # the holiday adds nothing


def test_due_soon_is_the_last_fifth_of_the_limit():
    assert [due_soon_threshold(n) for n in (0, 1, 4, 5, 9, 10, 20, 21)] == [1, 1, 1, 1, 1, 2, 4, 4]
    task = open_task(date(2025, 9, 30), 20)  # due Nov 4
    assert task_due(TaskFacts.of(task)) == date(2025, 11, 4)
    assert task_flag(task, date(2025, 10, 28)) is Flag.ON_TIME  # 5 left
    assert task_flag(task, date(2025, 10, 29)) is Flag.DUE_SOON  # 4 left
    assert task_flag(task, date(2025, 11, 5)) is Flag.OVERDUE


@pytest.mark.parametrize(
    ("today", "flag"),
    [
        (date(2026, 2, 13), Flag.ON_TIME),
        (date(2026, 2, 14), Flag.ON_TIME),  # make-up Saturday: day 1
        (date(2026, 2, 20), Flag.ON_TIME),  # Spring Festival: 2 left, frozen
        (date(2026, 2, 24), Flag.DUE_SOON),  # day 2 of 3
        (date(2026, 2, 25), Flag.DUE_SOON),  # due
        (date(2026, 2, 26), Flag.OVERDUE),
    ],
)
def test_spring_festival_2026(today, flag):
    task = open_task(date(2026, 2, 13), 3)
    assert task_due(TaskFacts.of(task)) == date(2026, 2, 25)
    assert task_flag(task, today) is flag


def test_finished_tasks_are_judged_on_the_local_date_of_the_decision():
    start = date(2026, 2, 13)  # due Feb 25
    late_evening = datetime(2026, 2, 25, 15, 30, tzinfo=UTC)  # 23:30 in China: still Feb 25
    after_midnight = datetime(2026, 2, 25, 17, 30, tzinfo=UTC)  # 01:30 on Feb 26 in China
    today = date(2026, 3, 31)
    assert task_flag(decided(start, 3, late_evening), today) is Flag.DONE_ON_TIME
    assert task_flag(decided(start, 3, after_midnight), today) is Flag.DONE_LATE
    assert task_flag(decided(start, 3, after_midnight, "rejected"), today) is Flag.DONE_LATE
    early = datetime(2026, 2, 20, 2, 0, tzinfo=UTC)  # decided during the holiday
    assert task_flag(decided(start, 3, early), today) is Flag.DONE_ON_TIME


def test_pauses_stop_the_clock():
    start = date(2025, 9, 29)  # 5 days: due Oct 13 without pauses
    assert task_due(TaskFacts.of(open_task(start, 5))) == date(2025, 10, 13)
    running = open_task(start, 5, [(date(2025, 9, 30), None)])
    assert task_due(TaskFacts.of(running)) is None
    for today in (date(2025, 10, 1), date(2025, 10, 20), date(2025, 12, 31)):
        assert task_flag(running, today) is Flag.PAUSED  # waiting for the applicant is not overdue
    resumed = open_task(start, 5, [(date(2025, 9, 30), date(2025, 10, 10))])
    assert task_due(TaskFacts.of(resumed)) == date(2025, 10, 15)  # Sep 30, Oct 11, 13, 14, 15
    assert task_flag(resumed, date(2025, 10, 13)) is Flag.ON_TIME
    assert task_flag(resumed, date(2025, 10, 14)) is Flag.DUE_SOON
    assert task_flag(resumed, date(2025, 10, 16)) is Flag.OVERDUE
    assert working_days_late(resumed, date(2025, 10, 16)) == 1


def test_a_pause_after_the_limit_ran_out_does_not_hide_the_delay():
    task = open_task(date(2025, 9, 29), 1, [(date(2025, 10, 9), None)])  # due Sep 30, paused Oct 9
    assert task_due(TaskFacts.of(task)) == date(2025, 9, 30)
    assert task_flag(task, date(2025, 10, 20)) is Flag.OVERDUE


def test_no_clock_before_acceptance():
    assert task_flag(open_task(None, 5, status="pending"), date(2025, 10, 20)) is Flag.NOT_STARTED
    assert working_days_late(open_task(None, 5), date(2025, 10, 20)) == 0


def test_a_task_row_maps_like_a_values_dict():
    class Row:
        def __init__(self):
            self.status = "pending"
            self.started_on = date(2025, 9, 30)
            self.promised_days = 5
            self.pauses = [[date(2025, 10, 9), date(2025, 10, 10)]]  # dates are accepted too
            self.decided_at = None

    assert TaskFacts.of(Row()).pauses == (Pause(date(2025, 10, 9), date(2025, 10, 10)),)
    assert task_flag(Row(), date(2025, 10, 15)) is Flag.DUE_SOON  # due Oct 15 after the pause
