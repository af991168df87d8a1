"""Time limits counted in working days (工作日) on the Chinese statutory calendar.

Which days are working days comes from the ``chinesecalendar`` package (import name
``chinese_calendar``): Monday–Friday, minus statutory holidays (法定节假日), plus the make-up
workdays (调休上班) that fall on weekends. Everything here is pure: no clock, no database, no I/O.

Conventions (they follow common Chinese administrative practice, e.g. 《行政许可法》第八十二条
"期限以工作日计算，不含法定节假日"):

* **The day of acceptance does not count** (期限从受理次日起算). A limit of *n* working days for an
  application accepted on ``start`` ends on the *n*-th working day strictly after ``start``; that
  day is the due date and the work is on time if finished on it. Because only working days are
  counted, a due date is always a working day, never a holiday or an ordinary weekend.
* **Paused clocks** (时限中止, e.g. while the applicant corrects materials, 补正): a pause is a pair
  ``(paused_on, resumed_on)``. The day the clock is paused still counts; the working days strictly
  after ``paused_on`` up to and including ``resumed_on`` do not — resumption works like a new
  acceptance, the count goes on from the day after it. ``resumed_on`` is ``None`` while the
  clock is still stopped.
* **Years the package does not know** (it raises ``NotImplementedError`` outside the years it has
  data for, see :func:`calendar_known_from` / :func:`calendar_known_through`): Monday–Friday are
  working days, Saturday and Sunday are not, and there are no holidays nor make-up workdays. Each
  such year triggers one :class:`UnknownHolidayYearWarning` per process, the first time it is used;
  upgrading ``chinesecalendar`` once the State Council publishes the next year's arrangement
  removes it.
* Arguments must be :class:`datetime.date` objects, not :class:`datetime.datetime` (convert to the
  local date in Asia/Shanghai first: a UTC timestamp can fall on the previous day). Counts must be
  ``int`` in ``0 ≤ n ≤ MAX_WORKING_DAYS``.

Speed: each year is turned once into a table of cumulative working-day counts (cached), so
:func:`is_working_day` is a lookup, and adding or counting days costs a bisection per year crossed.
"""

from __future__ import annotations

import inspect
import warnings
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import MAXYEAR, date, datetime
from functools import lru_cache
from itertools import pairwise

import chinese_calendar

__all__ = [
    "MAX_WORKING_DAYS",
    "Pause",
    "UnknownHolidayYearWarning",
    "add_working_days",
    "calendar_known_from",
    "calendar_known_through",
    "due_date",
    "is_overdue",
    "is_working_day",
    "remaining_working_days",
    "working_days_between",
]

MAX_WORKING_DAYS = 10_000
"""The largest count accepted (about forty years): anything larger is a bug, not a time limit."""

Pause = tuple[date, date | None]
"""``(paused_on, resumed_on)``; ``resumed_on`` is ``None`` while the clock is still stopped."""


class UnknownHolidayYearWarning(UserWarning):
    """A date falls in a year ``chinese_calendar`` has no holiday data for; Monday–Friday were used."""


# The package's own notion of the years it knows (its ``_validate_date`` uses the same bounds).
_FIRST_KNOWN_YEAR: int = min(chinese_calendar.holidays).year
_LAST_KNOWN_YEAR: int = max(chinese_calendar.holidays).year

# Unknown years already warned about in this process (tests swap in a fresh set).
_warned_years: set[int] = set()


def calendar_known_from() -> int:
    """The first year ``chinese_calendar`` has holiday data for."""
    return _FIRST_KNOWN_YEAR


def calendar_known_through() -> int:
    """The last year ``chinese_calendar`` has holiday data for; later years use the Mon–Fri fallback."""
    return _LAST_KNOWN_YEAR


# ---------------------------------------------------------------------------------------------------------
# One table per year


@dataclass(frozen=True, slots=True)
class _Year:
    known: bool
    jan1: int  # proleptic ordinal of January 1st
    cum: tuple[int, ...]  # cum[k] = working days among the first k days of the year; cum[0] == 0

    @property
    def total(self) -> int:
        return self.cum[-1]

    def through(self, d: date) -> int:
        """Working days from January 1st up to and including ``d`` (which must be in this year)."""
        return self.cum[d.toordinal() - self.jan1 + 1]


@lru_cache(maxsize=512)
def _year_table(year: int) -> _Year:
    jan1 = date(year, 1, 1).toordinal()
    days = [date.fromordinal(o) for o in range(jan1, date(year, 12, 31).toordinal() + 1)]
    known = _FIRST_KNOWN_YEAR <= year <= _LAST_KNOWN_YEAR
    flags: list[bool] = []
    if known:
        try:
            flags = [bool(chinese_calendar.is_workday(d)) for d in days]
        except NotImplementedError:  # the package disagrees with its own bounds: trust the refusal
            known = False
    if not known:
        flags = [d.weekday() < 5 for d in days]
    cum = [0]
    for flag in flags:
        cum.append(cum[-1] + flag)
    return _Year(known=known, jan1=jan1, cum=tuple(cum))


def _year(year: int) -> _Year:
    if not 1 <= year <= MAXYEAR:
        raise OverflowError(f"year {year} is outside the range of datetime.date")
    table = _year_table(year)
    if not table.known and year not in _warned_years:
        _warned_years.add(year)
        _warn_unknown_year(year)
    return table


def _warn_unknown_year(year: int) -> None:
    # Point the warning at the first caller outside this module, however deep the call came from.
    frame = inspect.currentframe()
    level = 1
    while frame is not None and frame.f_globals.get("__name__") == __name__:
        frame = frame.f_back
        level += 1
    warnings.warn(
        f"chinese_calendar {chinese_calendar.__version__} has no holiday data for {year} "
        f"(it knows {_FIRST_KNOWN_YEAR}–{_LAST_KNOWN_YEAR}); counting Monday–Friday as working days "
        f"with no holidays for {year} — upgrade chinesecalendar once that year's arrangement is published",
        UnknownHolidayYearWarning,
        stacklevel=level,
    )


# ---------------------------------------------------------------------------------------------------------
# Argument checks


def _check_date(value: object, name: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(f"{name} must be a datetime.date (not a datetime), got {type(value).__name__}")
    return value


def _check_count(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{name} must be ≥ 0, got {value}")
    if value > MAX_WORKING_DAYS:
        raise ValueError(f"{name} must be ≤ {MAX_WORKING_DAYS} working days, got {value}")
    return value


def _check_pauses(start: date, pauses: Sequence[Pause]) -> list[Pause]:
    """Pauses sorted by ``paused_on``; they must start on or after ``start`` and must not overlap."""
    checked: list[Pause] = []
    for i, pause in enumerate(pauses):
        try:
            paused_on, resumed_on = pause
        except (TypeError, ValueError):
            raise TypeError(f"pauses[{i}] must be a (paused_on, resumed_on) pair, got {pause!r}") from None
        _check_date(paused_on, f"pauses[{i}][0]")
        if resumed_on is not None:
            _check_date(resumed_on, f"pauses[{i}][1]")
            if resumed_on < paused_on:
                raise ValueError(f"pauses[{i}] resumes on {resumed_on}, before it was paused on {paused_on}")
        if paused_on < start:
            raise ValueError(f"pauses[{i}] is paused on {paused_on}, before the start {start}")
        checked.append((paused_on, resumed_on))
    checked.sort(key=lambda p: (p[0], p[1] or date.max))  # a zero-length pause before one on the same day
    for (p1, r1), (p2, _) in pairwise(checked):
        if r1 is None or p2 < r1:
            raise ValueError(f"pauses overlap: the pause from {p1} is still running on {p2}")
    return checked


# ---------------------------------------------------------------------------------------------------------
# Core arithmetic (arguments already checked)


def _count(start: date, end: date) -> int:
    """Working days in (start, end]; 0 when end ≤ start."""
    if end <= start:
        return 0
    first = _year(start.year)
    if start.year == end.year:
        return first.through(end) - first.through(start)
    total = first.total - first.through(start)
    for year in range(start.year + 1, end.year):
        total += _year(year).total
    return total + _year(end.year).through(end)


def _nth_after(start: date, n: int) -> date:
    """The n-th working day strictly after ``start`` (n ≥ 1)."""
    table = _year(start.year)
    need = table.through(start) + n  # rank of the target counted from January 1st of ``year``
    year = start.year
    while need > table.total:
        need -= table.total
        year += 1
        table = _year(year)
    return date.fromordinal(table.jan1 + bisect_left(table.cum, need) - 1)


def _is_working(d: date) -> bool:
    table = _year(d.year)
    k = d.toordinal() - table.jan1 + 1
    return table.cum[k] != table.cum[k - 1]


def _add(start: date, n: int) -> date:
    if n == 0:
        return start if _is_working(start) else _nth_after(start, 1)
    return _nth_after(start, n)


def _elapsed(start: date, today: date, pauses: list[Pause]) -> int:
    """Counted working days in (start, today]: working days outside every pause's (paused_on, resumed_on]."""
    elapsed = _count(start, today)
    for paused_on, resumed_on in pauses:
        if paused_on >= today:
            break
        until = today if resumed_on is None or resumed_on > today else resumed_on
        elapsed -= _count(paused_on, until)
    return elapsed


# ---------------------------------------------------------------------------------------------------------
# Public API


def is_working_day(d: date) -> bool:
    """Whether ``d`` is a working day: a weekday that is not a statutory holiday, or a make-up workday.

    In years ``chinese_calendar`` does not know: Monday–Friday, with an
    :class:`UnknownHolidayYearWarning` (once per year per process).
    """
    return _is_working(_check_date(d, "d"))


def add_working_days(start: date, n: int) -> date:
    """The due date of a time limit of ``n`` working days for an application accepted on ``start``.

    The day of acceptance does not count (期限从受理次日起算): the first working day *after*
    ``start`` is day 1, and the result is the ``n``-th working day strictly after ``start``. So a
    limit that would end on a holiday or weekend ends on the next working day, and acceptance on a
    holiday changes nothing (day 1 is still the first working day after it).

    ``n == 0`` (即办件, done on the spot) returns ``start`` itself if it is a working day, else the
    next working day.

    Raises ``ValueError`` unless ``0 ≤ n ≤ MAX_WORKING_DAYS``, ``TypeError`` for a non-``int`` ``n``
    or a non-``date`` ``start``, ``OverflowError`` past year 9999.
    """
    return _add(_check_date(start, "start"), _check_count(n, "n"))


def working_days_between(start: date, end: date) -> int:
    """The number of working days ``d`` with ``start < d ≤ end`` (``start`` excluded, ``end`` included).

    It is the number of working days of a time limit used up by ``end`` for an application accepted on
    ``start``, and the inverse of :func:`add_working_days`: for every ``n ≥ 1``,
    ``working_days_between(s, add_working_days(s, n)) == n``.

    ``0`` when ``start == end``. When ``end < start`` the result is negative and antisymmetric:
    ``working_days_between(s, e) == -working_days_between(e, s)`` (the working days in ``(end, start]``).
    """
    start = _check_date(start, "start")
    end = _check_date(end, "end")
    if end < start:
        return -_count(end, start)
    return _count(start, end)


def due_date(start: date, limit: int, pauses: Sequence[Pause] = ()) -> date | None:
    """The due date of a ``limit`` of working days accepted on ``start``, the clock stopped during ``pauses``.

    Like :func:`add_working_days`, but working days inside a pause — strictly after ``paused_on``, up
    to and including ``resumed_on`` — do not count. The day the clock is paused still counts, and the
    count resumes on the first working day after ``resumed_on``. Without pauses (or with
    ``paused_on == resumed_on``) this equals ``add_working_days(start, limit)``; pauses can only move the
    due date later.

    A pause still running (``resumed_on is None``) makes the due date unknown: returns **None** — unless
    the limit had already run out on or before ``paused_on``, in which case that (past) due date is
    returned. ``limit == 0`` returns ``add_working_days(start, 0)``, which no pause can move.

    Pauses may come in any order; each must have ``start ≤ paused_on ≤ resumed_on``, they must not
    overlap (one may resume on the day the next one is paused) and only the last one may still be
    running, else ``ValueError``.
    """
    start = _check_date(start, "start")
    limit = _check_count(limit, "limit")
    checked = _check_pauses(start, pauses)
    if limit == 0:
        return _add(start, 0)
    cursor, left = start, limit
    for paused_on, resumed_on in checked:
        candidate = _nth_after(cursor, left)
        if candidate <= paused_on:
            return candidate
        # Fewer than ``left`` working days in (cursor, paused_on], so ``left`` stays ≥ 1.
        left -= _count(cursor, paused_on)
        if resumed_on is None:
            return None
        cursor = resumed_on
    return _nth_after(cursor, left)


def remaining_working_days(today: date, start: date, limit: int, pauses: Sequence[Pause] = ()) -> int:
    """Working days of ``limit`` left on ``today`` for an application accepted on ``start``.

    ``limit`` minus the counted working days in ``(start, today]`` (``today`` included: on the due date
    itself the result is 0, on the working day before it 1). Working days inside ``pauses`` are not
    counted (see :func:`due_date`), so the value is frozen while a pause runs — this works for a pause
    still running too. On or before ``start`` nothing has elapsed: the result is ``limit``.

    Negative when overdue: ``-k`` on the ``k``-th counted working day after the due date. On a rest day
    right after the due date the result is still 0 (no working day has been overrun yet); to flag an
    overdue application use :func:`is_overdue`, not ``remaining < 0``.
    """
    today = _check_date(today, "today")
    start = _check_date(start, "start")
    limit = _check_count(limit, "limit")
    checked = _check_pauses(start, pauses)
    return limit - _elapsed(start, today, checked)


def is_overdue(today: date, start: date, limit: int, pauses: Sequence[Pause] = ()) -> bool:
    """Whether ``today`` is after the due date (:func:`due_date`); never while a pause runs, unless the
    limit had already run out before it."""
    today = _check_date(today, "today")
    due = due_date(start, limit, pauses)
    return due is not None and today > due
