"""Which days a hall opens for appointments: every working day (statutory holidays skipped, make-up
workdays included) and, for a hall that opens at weekends (its ``weekend_hours`` name 周六 / 周日, e.g.
"周末不打烊"), those ordinary weekend days too — never a statutory holiday."""

from __future__ import annotations

from datetime import date

import chinese_calendar

from api.calendar.working_days import is_working_day
from api.catalog.entities import Hall

_WEEKEND_NAMES = {5: ("周六", "星期六", "Saturday"), 6: ("周日", "周天", "星期日", "星期天", "Sunday")}


def weekend_days(hall: Hall) -> frozenset[int]:
    """The weekdays (5 = Saturday, 6 = Sunday) the hall opens at weekends, from its hours text."""
    text = hall.weekend_hours or ""
    if "周末" in text and not any(n in text for names in _WEEKEND_NAMES.values() for n in names):
        return frozenset({5, 6})
    return frozenset(day for day, names in _WEEKEND_NAMES.items() if any(n in text for n in names))


def _statutory_holiday(day: date) -> bool:
    try:
        on_holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:  # a year the calendar does not know: only ordinary weekends
        return False
    return bool(on_holiday and name)


def opens_on(hall: Hall, day: date) -> bool:
    if is_working_day(day):
        return True
    return day.weekday() in weekend_days(hall) and not _statutory_holiday(day)
