"""The in-app daily run wakes at 01:00 in China, whatever the server's time zone."""

from datetime import UTC, datetime, time

from api.supervision.job import seconds_until


def test_the_next_run_is_at_one_in_the_morning_china_time():
    at = time(1, 0)
    assert seconds_until(at, datetime(2025, 9, 30, 16, 0, tzinfo=UTC)) == 3600  # 00:00 → 01:00
    assert seconds_until(at, datetime(2025, 9, 30, 17, 0, tzinfo=UTC)) == 86400  # just ran: tomorrow
    assert seconds_until(at, datetime(2025, 9, 30, 17, 30, tzinfo=UTC)) == 86400 - 1800
