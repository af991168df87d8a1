"""The one "now" of the service: aware, in China Standard Time.

Tortoise stores datetimes on SQLite as text in the configured time zone (Asia/Shanghai, see
``api.settings.tortoise_config``); a UTC value in a filter would be compared as text and be eight
hours off. Always take "now" from here.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

CHINA = ZoneInfo("Asia/Shanghai")


def now() -> datetime:
    return datetime.now(CHINA)


def today() -> date:
    return now().date()
