"""When a reminder is due: the thresholds' one home."""

from datetime import date, timedelta

from api.reminders.policies import (
    ID_CARD_DAYS_BEFORE,
    LICENCE_DAYS_BEFORE,
    life_event_done,
    threshold_due,
)

TODAY = date(2026, 3, 2)


def test_the_nearest_threshold_reached_is_the_one_due():
    on = lambda days: TODAY + timedelta(days=days)  # noqa: E731
    assert threshold_due(on(61), TODAY, LICENCE_DAYS_BEFORE) is None
    assert threshold_due(on(60), TODAY, LICENCE_DAYS_BEFORE) == 60
    assert threshold_due(on(31), TODAY, LICENCE_DAYS_BEFORE) == 60
    assert threshold_due(on(30), TODAY, LICENCE_DAYS_BEFORE) == 30
    assert threshold_due(on(0), TODAY, LICENCE_DAYS_BEFORE) == 30  # expires today: still told
    assert threshold_due(on(-1), TODAY, LICENCE_DAYS_BEFORE) is None  # expired: nothing
    assert threshold_due(on(90), TODAY, ID_CARD_DAYS_BEFORE) == 90


def test_a_life_event_is_done_when_every_department_approved_and_the_result_is_out():
    approved = ["approved", "approved"]
    assert life_event_done("bundle", "ready_for_pickup", approved)
    assert life_event_done("bundle", "collected", approved)
    assert not life_event_done("item", "collected", approved)  # one item is not a life event
    assert not life_event_done("bundle", "in_progress", approved)
    assert not life_event_done("bundle", "ready_for_pickup", ["approved", "rejected"])  # partly done
    assert not life_event_done("bundle", "closed", [])
