"""Publishing a hall's slots on the days it opens (working days; weekends where the hall opens at
weekends: ``opening``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from api import clock
from api.appointments.errors import Invalid, invalid
from api.appointments.models import ANY_ITEM, Slot
from api.appointments.services.catalogue import hall_of, item_at
from api.appointments.services.opening import opens_on
from api.calendar.working_days import is_working_day
from api.catalog.entities import Catalog, Hall
from api.locking import retrying
from api.unit_of_work import changing

CHINA = clock.CHINA
MAX_PUBLISH_DAYS = 92  # one quarter per publication
MAX_CAPACITY = 500
SLOT_MINUTES = (5, 240)
MAX_PERIODS = 12  # opening periods of one day

_PERIOD = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–—~至到]\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class Period:
    start: time
    end: time


def parse_period(text: str) -> Period:
    """``"09:00-12:00"`` (also with an en dash, ``~`` or ``至``) → a period of the day."""
    match = _PERIOD.match(text)
    try:
        if match is None:
            raise ValueError(text)
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        period = Period(time(h1, m1), time(h2, m2))
    except ValueError as exc:
        raise invalid(Invalid.PERIOD_FORMAT, text=text) from exc
    if period.start >= period.end:
        raise invalid(Invalid.PERIOD_REVERSED, text=text)
    return period


def parse_periods(texts: list[str]) -> list[Period]:
    if len(texts) > MAX_PERIODS:
        raise invalid(Invalid.TOO_MANY_PERIODS)
    return [parse_period(t) for t in texts]


def slot_times(day: date, periods: Iterable[Period], minutes: int) -> list[tuple[datetime, datetime]]:
    """Consecutive slots of ``minutes`` inside each period of ``day`` (Beijing time); a remainder
    shorter than a slot at the end of a period is left out."""
    step = timedelta(minutes=minutes)
    times: list[tuple[datetime, datetime]] = []
    for period in periods:
        start = datetime.combine(day, period.start, CHINA)
        end = datetime.combine(day, period.end, CHINA)
        while start + step <= end:
            times.append((start, start + step))
            start += step
    return times


def working_days(first: date, last: date, hall: Hall | None = None) -> list[date]:
    """The days of ``first..last`` open for appointments: working days, and with ``hall`` also the
    weekend days it opens (``opening.opens_on``)."""
    days = (first + timedelta(n) for n in range((last - first).days + 1))
    return [d for d in days if (opens_on(hall, d) if hall is not None else is_working_day(d))]


@dataclass(frozen=True)
class Published:
    created: int  # new slots
    existing: int  # already published before (kept as they were)
    days: tuple[date, ...]  # the days of the range the hall opens


def _checked_periods(
    first_day: date, last_day: date, periods: list[Period], capacity: int, minutes: int
) -> list[Period]:
    """The periods in order, once the publication's limits hold."""
    if last_day < first_day:
        raise invalid(Invalid.RANGE_REVERSED)
    if (last_day - first_day).days >= MAX_PUBLISH_DAYS:
        raise invalid(Invalid.TOO_MANY_DAYS, limit=MAX_PUBLISH_DAYS)
    if not 1 <= capacity <= MAX_CAPACITY:
        raise invalid(Invalid.CAPACITY, limit=MAX_CAPACITY)
    if not SLOT_MINUTES[0] <= minutes <= SLOT_MINUTES[1]:
        raise invalid(Invalid.SLOT_LENGTH, shortest=SLOT_MINUTES[0], longest=SLOT_MINUTES[1])
    if not periods:
        raise invalid(Invalid.NO_PERIODS)
    ordered = sorted(periods, key=lambda p: p.start)
    if any(a.end > b.start for a, b in pairwise(ordered)):
        raise invalid(Invalid.OVERLAP)
    return ordered


async def publish_slots(
    catalog: Catalog,
    hall_code: str,
    item_code: str | None,
    first_day: date,
    last_day: date,
    periods: list[Period],
    capacity: int,
    minutes: int = 30,
    *,
    now: datetime | None = None,
) -> Published:
    """Slots for a hall (and one item, or any item of the hall when ``item_code`` is None) on every
    day of ``first_day..last_day`` the hall opens (working days; its weekend days, see ``opening``).
    Idempotent: slots already published are kept; slots in the past are not created."""
    hall = hall_of(catalog, hall_code)
    item = item_at(catalog, hall, item_code).code if item_code and item_code.strip() else ANY_ITEM
    ordered = _checked_periods(first_day, last_day, periods, capacity, minutes)
    days = tuple(working_days(first_day, last_day, hall))
    moment = now or clock.now()
    wanted = [t for day in days for t in slot_times(day, ordered, minutes) if t[0] > moment]
    if not wanted:
        return Published(created=0, existing=0, days=days)

    async def attempt() -> Published:
        async with changing(immediate=True):
            taken = set(
                await Slot.filter(
                    hall_code=hall.code,
                    item_code=item,
                    starts_at__gte=wanted[0][0],
                    starts_at__lte=wanted[-1][0],
                ).values_list("starts_at", flat=True)
            )
            new = [
                Slot(hall_code=hall.code, item_code=item, starts_at=s, ends_at=e, capacity=capacity)
                for s, e in wanted
                if s not in taken
            ]
            # a concurrent publication of the same slots is absorbed by the unique key
            await Slot.bulk_create(new, ignore_conflicts=True)
        return Published(created=len(new), existing=len(wanted) - len(new), days=days)

    return await retrying(attempt)
