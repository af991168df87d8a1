"""The task clock (api.applications.task_clock): due dates, remaining working days, overdue and
pauses — with properties over random pause/resume histories (hypothesis) and one database run."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from api.applications import task_clock, timeline
from api.applications.models import Task
from api.applications.task_clock import Pause, TaskClock
from api.calendar.working_days import add_working_days
from api.supervision.flags import Flag, task_flag

PROPS = settings(max_examples=200, deadline=None, database=None)

starts = st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 5, 31))
limits = st.integers(min_value=1, max_value=40)
# a history: (days after the previous event, pause or resume)
steps = st.lists(st.tuples(st.integers(min_value=0, max_value=10), st.booleans()), max_size=8)


def play(clock: TaskClock, history: list[tuple[int, bool]]) -> list[TaskClock]:
    """The clock after each step of ``history`` (pause when True, resume when False)."""
    assert clock.started_on is not None
    on, seen = clock.started_on, []
    for gap, pausing in history:
        on += timedelta(days=gap)
        clock = clock.pause(on, f"原因{len(seen)}") if pausing else clock.resume(on)
        seen.append(clock)
    return seen


def as_task(clock: TaskClock) -> Task:
    """A ``Task`` as the database would give it back after ``clock`` was stored (JSON and all)."""
    stored = clock.stored()
    return Task(
        status=clock.status,
        promised_days=clock.promised_days,
        statutory_days=clock.promised_days,
        item_codes=[],
        item_names=[],
        started_on=stored["started_on"],
        due_on=stored["due_on"],
        pauses=[list(p) for p in stored["pauses"]],
    )


@PROPS
@given(starts, limits, steps)
def test_pausing_and_resuming_never_shortens_a_deadline(start, limit, history):
    clock = TaskClock(None, limit).start(start)
    unpaused = add_working_days(start, limit)
    assert clock.due_on == unpaused
    before = unpaused
    for after in play(clock, history):
        due = after.due_on
        if due is None:  # stopped with time left: no date yet, but nothing was lost
            assert after.running_pause is not None
            continue
        assert due >= unpaused
        assert due >= before, "a pause and its resumption moved the due date earlier"
        before = due


@PROPS
@given(starts, limits, steps, st.integers(min_value=0, max_value=120))
def test_the_stored_and_the_displayed_due_date_agree(start, limit, history, later):
    clock = TaskClock(None, limit).start(start)
    for state in [clock, *play(clock, history)]:
        task = as_task(state)
        today = start + timedelta(days=later)
        shown = timeline.lane(task, today)
        assert task.due_on == TaskClock.of(task).due_on == shown.due_on == state.due_on
        assert shown.remaining_working_days == state.remaining(today)
        assert shown.overdue == state.overdue(today)


@PROPS
@given(starts, limits, st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=30))
def test_a_pause_freezes_the_working_days_left(start, limit, pause_after, wait):
    clock = TaskClock(None, limit).start(start)
    paused_on = start + timedelta(days=pause_after)
    stopped = clock.pause(paused_on, "容缺材料逾期")
    frozen = stopped.remaining(paused_on)
    assert stopped.remaining(paused_on + timedelta(days=wait)) == frozen
    if frozen is not None and frozen >= 0 and stopped.due_on is None:
        assert not stopped.overdue(paused_on + timedelta(days=wait))
        assert task_flag(stopped, paused_on + timedelta(days=wait)) is Flag.PAUSED


def test_reasons_are_kept_and_a_second_pause_joins_the_running_one():
    clock = TaskClock(None, 5).start(date(2026, 3, 2))
    clock = clock.pause(date(2026, 3, 4), "“设备清单”逾期").pause(date(2026, 3, 5), "“管理制度”逾期")
    assert clock.pauses == (Pause(date(2026, 3, 4), None, "“设备清单”逾期；“管理制度”逾期"),)
    resumed = clock.resume(date(2026, 3, 9))
    # Mar 3, 4 counted (2); Mar 5–9 paused; 3 more: Mar 10, 11, 12
    assert resumed.due_on == date(2026, 3, 12)
    assert TaskClock.of(as_task(resumed)).pauses == resumed.pauses


def test_a_pause_never_starts_inside_an_earlier_one_nor_before_the_start():
    clock = TaskClock(None, 5).start(date(2026, 3, 2)).pause(date(2026, 2, 1), "a")
    assert clock.pauses[0].paused_on == date(2026, 3, 2)
    clock = clock.resume(date(2026, 3, 10)).pause(date(2026, 3, 5), "b")
    assert clock.pauses[1].paused_on == date(2026, 3, 10)


def test_old_two_element_pauses_still_read():
    clock = TaskClock.of(
        {"started_on": date(2025, 9, 30), "promised_days": 5, "pauses": [["2025-10-09", None]]}
    )
    assert clock.pauses == (Pause(date(2025, 10, 9)),) and clock.paused()


async def test_written_pauses_are_what_every_screen_reads(world):
    """In the database: the clock written through ``task_clock`` is the lane's and supervision's."""
    from tests.review.test_desk import _submitted  # an application of the restaurant bundle

    application = await _submitted(world)
    task = await Task.filter(application=application).first()
    assert task is not None
    await task_clock.start(task, date(2026, 3, 2))
    await task_clock.pause(task, date(2026, 3, 4), "“设备清单”逾期未补齐")
    stored = await Task.get(id=task.id)
    assert stored.due_on is None and stored.pauses == [["2026-03-04", None, "“设备清单”逾期未补齐"]]
    lane = timeline.lane(stored, date(2026, 3, 20))
    assert lane.paused and lane.pause_reason == "“设备清单”逾期未补齐" and lane.due_on is None
    await task_clock.resume(stored, date(2026, 3, 9))
    again = await Task.get(id=task.id)
    assert again.due_on == TaskClock.of(again).due_on == timeline.lane(again, date(2026, 3, 9)).due_on
    assert again.due_on is not None and again.due_on > add_working_days(date(2026, 3, 2), task.promised_days)
