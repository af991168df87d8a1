"""The one "now" of the service: aware, in China Standard Time; and "today in China".

Tortoise stores datetimes on SQLite as text in the configured time zone (Asia/Shanghai, see
``api.settings.tortoise_config``); a UTC value in a filter would be compared as text and be eight
hours off. Always take "now" and "today" from here (``local_date`` turns a stored moment into its
date in China).

Tests and the demo may move time forward (``travel``): the whole process then lives at that moment
plus the offset, so "what happens when a due date passes" can be tried without waiting. Production
settings never call it (the demo's ``/demo/clock`` route is refused there).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

CHINA = ZoneInfo("Asia/Shanghai")

_offset = timedelta(0)


def now() -> datetime:
    return datetime.now(CHINA) + _offset


def today() -> date:
    return now().date()


def local_date(moment: datetime) -> date:
    """The date in China of a stored moment (a naive value is taken as already local)."""
    return moment.astimezone(CHINA).date() if moment.tzinfo else moment.date()


def travel(by: timedelta) -> timedelta:
    """Move this process's clock forward (or back) by ``by``; returns the total offset."""
    global _offset
    _offset += by
    return _offset


def offset() -> timedelta:
    return _offset


def back_to_real_time() -> None:
    global _offset
    _offset = timedelta(0)
