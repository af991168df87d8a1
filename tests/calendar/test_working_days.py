"""Working-day arithmetic: real 2025/2026 arrangements, pauses, the unknown-year fallback, properties.

The holiday data quoted here was read from the installed ``chinese_calendar`` (1.11.0) constants:
- National Day + Mid-Autumn 2025: Oct 1–8 off; make-up workdays Sun Sep 28 and Sat Oct 11.
- Spring Festival 2026: Sun Feb 15 – Mon Feb 23 off; make-up workdays Sat Feb 14 and Sat Feb 28.
- New Year 2026: Jan 1–3 off; make-up workday Sun Jan 4.
"""

from __future__ import annotations

import warnings
from datetime import date, datetime, timedelta

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.calendar import working_days as wd
from api.calendar.working_days import (
    MAX_WORKING_DAYS,
    UnknownHolidayYearWarning,
    add_working_days,
    calendar_known_from,
    calendar_known_through,
    due_date,
    is_overdue,
    is_working_day,
    remaining_working_days,
    working_days_between,
)

D = date
DAY = timedelta(days=1)
FIRST = calendar_known_from()
LAST = calendar_known_through()
UNKNOWN = LAST + 5  # a year the package surely does not know


@pytest.fixture
def fresh_warnings(monkeypatch):
    """Forget which unknown years were already warned about, so this test sees the warning again."""
    monkeypatch.setattr(wd, "_warned_years", set())


def first_weekday_of(year: int, weekday: int) -> date:
    d = D(year, 1, 1)
    while d.weekday() != weekday:
        d += DAY
    return d


# ---------------------------------------------------------------------------------------------------------
# Independent oracle: a naive day-by-day walk on chinese_calendar itself


def oracle_is_working(d: date) -> bool:
    try:
        return chinese_calendar.is_workday(d)
    except NotImplementedError:
        return d.weekday() < 5


def oracle_counted(d: date, pauses) -> bool:
    return oracle_is_working(d) and not any(p < d and (r is None or d <= r) for p, r in pauses)


def oracle_due(start: date, n: int, pauses=()) -> date | None:
    d = start
    if n == 0:
        while not oracle_is_working(d):
            d += DAY
        return d
    open_from = next((p for p, r in pauses if r is None), None)
    k = 0
    while True:
        d += DAY
        if open_from is not None and d > open_from:
            return None
        if oracle_counted(d, pauses):
            k += 1
            if k == n:
                return d


# ---------------------------------------------------------------------------------------------------------
# The package data this suite relies on (guards against a silently changed package)


def test_the_installed_package_has_the_arrangements_quoted_here():
    assert FIRST <= 2025 and LAST >= 2026
    for d in [D(2025, 10, day) for day in range(1, 9)] + [D(2026, 2, day) for day in range(15, 24)]:
        assert d in chinese_calendar.holidays
    for d in [D(2025, 9, 28), D(2025, 10, 11), D(2026, 2, 14), D(2026, 2, 28), D(2026, 1, 4)]:
        assert d in chinese_calendar.workdays


def test_known_years_match_the_package():
    assert calendar_known_from() == min(chinese_calendar.holidays).year
    assert calendar_known_through() == max(chinese_calendar.holidays).year
    chinese_calendar.is_workday(D(LAST, 12, 31))  # known: no exception
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(D(LAST + 1, 1, 1))


# ---------------------------------------------------------------------------------------------------------
# is_working_day


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (D(2025, 9, 26), True),  # Friday
        (D(2025, 9, 27), False),  # ordinary Saturday
        (D(2025, 9, 28), True),  # Sunday, make-up workday for National Day
        (D(2025, 9, 30), True),
        *[(D(2025, 10, day), False) for day in range(1, 9)],  # Golden Week, weekdays included
        (D(2025, 10, 9), True),
        (D(2025, 10, 11), True),  # Saturday, make-up workday
        (D(2025, 10, 12), False),  # ordinary Sunday
        (D(2026, 1, 1), False),  # New Year's Day (Thursday)
        (D(2026, 1, 2), False),  # Friday, in lieu
        (D(2026, 1, 4), True),  # Sunday, make-up workday
        (D(2026, 2, 14), True),  # Saturday, make-up workday before Spring Festival
        (D(2026, 2, 16), False),  # Monday, Spring Festival
        (D(2026, 2, 23), False),  # Monday, last day of Spring Festival
        (D(2026, 2, 24), True),
        (D(2026, 2, 28), True),  # Saturday, make-up workday after Spring Festival
        (D(2026, 3, 1), False),  # ordinary Sunday
    ],
)
def test_is_working_day(d, expected):
    assert is_working_day(d) is expected
    assert chinese_calendar.is_workday(d) is expected  # the oracle agrees


def test_is_working_day_agrees_with_the_package_on_every_known_day():
    d = D(FIRST, 1, 1)
    while d.year <= LAST:
        assert is_working_day(d) == chinese_calendar.is_workday(d), d
        d += DAY


@pytest.mark.parametrize("bad", [datetime(2025, 10, 9, 10, 0), "2025-10-09", None, 20251009])
def test_rejects_what_is_not_a_date(bad):
    with pytest.raises(TypeError):
        is_working_day(bad)
    with pytest.raises(TypeError):
        add_working_days(bad, 1)
    with pytest.raises(TypeError):
        working_days_between(D(2025, 1, 1), bad)


# ---------------------------------------------------------------------------------------------------------
# add_working_days


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # National Day 2025, accepted on Friday Sep 26.
        (D(2025, 9, 26), 1, D(2025, 9, 28)),  # Saturday off; Sunday Sep 28 is a make-up workday
        (D(2025, 9, 26), 2, D(2025, 9, 29)),
        (D(2025, 9, 26), 3, D(2025, 9, 30)),
        (D(2025, 9, 26), 4, D(2025, 10, 9)),  # the whole Golden Week skipped
        (D(2025, 9, 26), 6, D(2025, 10, 11)),  # Saturday make-up workday
        (D(2025, 9, 26), 7, D(2025, 10, 13)),
        (D(2025, 9, 26), 20, D(2025, 10, 30)),  # 行政许可 20 working days, counted by hand
        # Accepted on the last working day before the holiday.
        (D(2025, 9, 30), 1, D(2025, 10, 9)),
        # Accepted during the holiday (online): day 1 is still the first working day after it.
        (D(2025, 10, 3), 1, D(2025, 10, 9)),
        (D(2025, 10, 3), 3, D(2025, 10, 11)),
        # Spring Festival 2026, accepted on Friday Feb 13.
        (D(2026, 2, 13), 1, D(2026, 2, 14)),  # Saturday make-up workday
        (D(2026, 2, 13), 2, D(2026, 2, 24)),  # Feb 15–23 off
        (D(2026, 2, 13), 6, D(2026, 2, 28)),  # Saturday make-up workday
        (D(2026, 2, 13), 7, D(2026, 3, 2)),
        (D(2026, 2, 13), 20, D(2026, 3, 19)),
        # Across the year boundary: Dec 31 2025 is a Wednesday, Jan 1–3 2026 off, Sunday Jan 4 worked.
        (D(2025, 12, 31), 1, D(2026, 1, 4)),
        (D(2025, 12, 31), 2, D(2026, 1, 5)),
        # An ordinary week.
        (D(2025, 11, 3), 5, D(2025, 11, 10)),
    ],
)
def test_add_working_days(start, n, expected):
    assert add_working_days(start, n) == expected
    assert oracle_due(start, n) == expected


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (D(2025, 10, 9), D(2025, 10, 9)),  # a working day: itself
        (D(2025, 9, 28), D(2025, 9, 28)),  # a make-up Sunday is a working day
        (D(2025, 10, 1), D(2025, 10, 9)),  # a holiday: the next working day
        (D(2025, 9, 27), D(2025, 9, 28)),  # an ordinary Saturday before a make-up Sunday
        (D(2026, 2, 21), D(2026, 2, 24)),
    ],
)
def test_add_zero_working_days(start, expected):
    assert add_working_days(start, 0) == expected


def test_add_working_days_bounds():
    with pytest.raises(ValueError, match="≤ 10000"):
        add_working_days(D(2025, 1, 1), MAX_WORKING_DAYS + 1)
    with pytest.raises(ValueError, match="≥ 0"):
        add_working_days(D(2025, 1, 1), -1)
    with pytest.raises(TypeError):
        add_working_days(D(2025, 1, 1), 1.0)
    with pytest.raises(TypeError):
        add_working_days(D(2025, 1, 1), True)


def test_add_the_maximum_is_fast_and_reaches_unknown_years(fresh_warnings):
    with pytest.warns(UnknownHolidayYearWarning):
        due = add_working_days(D(2025, 1, 1), MAX_WORKING_DAYS)
    assert due.year > LAST
    assert working_days_between(D(2025, 1, 1), due) == MAX_WORKING_DAYS


def test_add_past_year_9999_overflows():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnknownHolidayYearWarning)
        assert add_working_days(D(9999, 12, 30), 1) == D(9999, 12, 31)  # a Friday
        with pytest.raises(OverflowError):
            add_working_days(D(9999, 12, 30), 2)


# ---------------------------------------------------------------------------------------------------------
# working_days_between


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2025, 9, 30), D(2025, 9, 30), 0),
        (D(2025, 9, 30), D(2025, 10, 8), 0),  # the whole Golden Week: nothing
        (D(2025, 9, 30), D(2025, 10, 9), 1),
        (D(2025, 9, 26), D(2025, 10, 12), 6),  # Sep 28, 29, 30, Oct 9, 10, 11
        (D(2025, 9, 26), D(2025, 10, 30), 20),
        (D(2025, 10, 12), D(2025, 9, 26), -6),  # reversed: negative, antisymmetric
        (D(2025, 12, 31), D(2026, 1, 4), 1),
        (D(2026, 2, 13), D(2026, 2, 28), 6),
        (D(2025, 1, 1), D(2025, 12, 31), 248),  # Jan 1 excluded (a holiday anyway): 248 in 2025
    ],
)
def test_working_days_between(start, end, expected):
    assert working_days_between(start, end) == expected


def test_a_whole_year_counts_like_the_package():
    for year in range(FIRST, LAST + 1):
        jan1, dec31 = D(year, 1, 1), D(year, 12, 31)
        expected = len(chinese_calendar.get_workdays(jan1, dec31))
        assert working_days_between(jan1, dec31) + is_working_day(jan1) == expected


# ---------------------------------------------------------------------------------------------------------
# due_date and remaining_working_days with pauses


START = D(2025, 9, 26)  # Friday before National Day 2025; 5 working days → Oct 10


def test_due_date_without_pauses_is_add_working_days():
    assert due_date(START, 5) == due_date(START, 5, []) == add_working_days(START, 5) == D(2025, 10, 10)


def test_a_pause_excludes_the_working_days_after_paused_on_up_to_resumed_on():
    # Sep 28 (1), Sep 29 (2, the pause day counts); Sep 30, Oct 9, Oct 10 excluded (resumed on Oct 10);
    # then Oct 11 (3, make-up Saturday), Oct 13 (4), Oct 14 (5).
    pauses = [(D(2025, 9, 29), D(2025, 10, 10))]
    assert due_date(START, 5, pauses) == D(2025, 10, 14)
    assert oracle_due(START, 5, pauses) == D(2025, 10, 14)


def test_a_pause_over_holidays_only_costs_nothing():
    assert due_date(START, 5, [(D(2025, 9, 30), D(2025, 10, 8))]) == D(2025, 10, 10)


def test_a_zero_length_pause_costs_nothing():
    assert due_date(START, 5, [(D(2025, 9, 29), D(2025, 9, 29))]) == D(2025, 10, 10)
    # Next to a real pause paused the same day, in either order.
    same_day = [(D(2025, 9, 29), D(2025, 10, 10)), (D(2025, 9, 29), D(2025, 9, 29))]
    assert due_date(START, 5, same_day) == due_date(START, 5, same_day[::-1]) == D(2025, 10, 14)


def test_a_pause_from_the_day_of_acceptance():
    # Paused on acceptance, resumed Oct 9: only working days after Oct 9 count.
    assert due_date(START, 5, [(START, D(2025, 10, 9))]) == D(2025, 10, 15)
    assert due_date(START, 5, [(START, D(2025, 10, 9))]) == add_working_days(D(2025, 10, 9), 5)


def test_several_pauses_in_any_order():
    pauses = [(D(2025, 10, 13), D(2025, 10, 15)), (D(2025, 9, 29), D(2025, 10, 10))]
    # As above up to Oct 13 (4); Oct 14, 15 excluded; Oct 16 (5).
    assert due_date(START, 5, pauses) == D(2025, 10, 16)
    assert due_date(START, 5, pauses[::-1]) == D(2025, 10, 16)
    # Back-to-back: one resumes on the day the next one is paused.
    assert due_date(START, 5, [(D(2025, 9, 29), D(2025, 9, 30)), (D(2025, 9, 30), D(2025, 10, 10))]) == D(
        2025, 10, 14
    )


def test_a_pause_after_the_due_date_changes_nothing():
    assert due_date(START, 5, [(D(2025, 10, 10), D(2025, 11, 1))]) == D(2025, 10, 10)
    assert due_date(START, 5, [(D(2025, 10, 20), None)]) == D(2025, 10, 10)


def test_a_pause_still_running_makes_the_due_date_unknown():
    assert due_date(START, 5, [(D(2025, 9, 29), None)]) is None
    assert due_date(START, 5, [(START, None)]) is None
    assert due_date(START, 5, [(D(2025, 9, 29), D(2025, 9, 30)), (D(2025, 10, 9), None)]) is None
    # ... unless the limit had run out by the day it was paused: that due date is final.
    assert due_date(START, 2, [(D(2025, 9, 29), None)]) == D(2025, 9, 29)


def test_a_zero_limit_is_not_moved_by_pauses():
    assert due_date(D(2025, 10, 1), 0, [(D(2025, 10, 1), None)]) == D(2025, 10, 9)
    assert due_date(D(2025, 10, 9), 0) == D(2025, 10, 9)


@pytest.mark.parametrize(
    ("pauses", "message"),
    [
        ([(D(2025, 9, 25), D(2025, 10, 1))], "before the start"),
        ([(D(2025, 10, 1), D(2025, 9, 30))], "before it was paused"),
        ([(D(2025, 9, 29), D(2025, 10, 10)), (D(2025, 10, 9), D(2025, 10, 20))], "overlap"),
        ([(D(2025, 9, 29), None), (D(2025, 10, 9), D(2025, 10, 20))], "overlap"),
        ([(D(2025, 9, 29), None), (D(2025, 10, 9), None)], "overlap"),
    ],
)
def test_invalid_pauses(pauses, message):
    with pytest.raises(ValueError, match=message):
        due_date(START, 5, pauses)
    with pytest.raises(ValueError, match=message):
        remaining_working_days(D(2025, 10, 20), START, 5, pauses)


@pytest.mark.parametrize("pause", [(D(2025, 9, 29),), D(2025, 9, 29), (D(2025, 9, 29), "2025-10-01")])
def test_malformed_pauses(pause):
    with pytest.raises(TypeError):
        due_date(START, 5, [pause])


def test_due_date_bounds():
    with pytest.raises(ValueError):
        due_date(START, MAX_WORKING_DAYS + 1, [])
    with pytest.raises(ValueError):
        due_date(START, -1, [])


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2025, 9, 20), 5),  # before acceptance
        (START, 5),  # the day of acceptance does not count
        (D(2025, 9, 27), 5),  # Saturday
        (D(2025, 9, 28), 4),  # make-up Sunday
        (D(2025, 9, 30), 2),
        (D(2025, 10, 5), 2),  # Golden Week: frozen
        (D(2025, 10, 9), 1),
        (D(2025, 10, 10), 0),  # the due date
        (D(2025, 10, 11), -1),  # make-up Saturday: overdue by one working day
        (D(2025, 10, 12), -1),
        (D(2025, 10, 13), -2),
    ],
)
def test_remaining_working_days(today, expected):
    assert remaining_working_days(today, START, 5, []) == expected


def test_remaining_is_zero_on_a_rest_day_after_the_due_date_but_it_is_overdue():
    start = D(2025, 11, 3)  # Monday; 5 working days → Monday Nov 10; 4 → Friday Nov 7
    assert remaining_working_days(D(2025, 11, 8), start, 4) == 0
    assert is_overdue(D(2025, 11, 8), start, 4)
    assert not is_overdue(D(2025, 11, 7), start, 4)
    assert remaining_working_days(D(2025, 11, 10), start, 4) == -1


def test_remaining_with_pauses():
    pauses = [(D(2025, 9, 29), D(2025, 10, 10))]
    assert remaining_working_days(D(2025, 9, 29), START, 5, pauses) == 3
    assert remaining_working_days(D(2025, 10, 10), START, 5, pauses) == 3  # frozen through the resume day
    assert remaining_working_days(D(2025, 10, 11), START, 5, pauses) == 2
    assert remaining_working_days(D(2025, 10, 14), START, 5, pauses) == 0
    assert remaining_working_days(D(2025, 10, 15), START, 5, pauses) == -1


def test_remaining_is_frozen_while_a_pause_still_runs():
    pauses = [(D(2025, 9, 29), None)]
    for today in (D(2025, 9, 30), D(2025, 10, 20), D(2026, 6, 1)):
        assert remaining_working_days(today, START, 5, pauses) == 3
        assert not is_overdue(today, START, 5, pauses)


def test_is_overdue_when_a_pause_began_after_the_due_date():
    pauses = [(D(2025, 10, 20), None)]
    assert is_overdue(D(2025, 10, 21), START, 5, pauses)
    assert (
        remaining_working_days(D(2025, 10, 21), START, 5, pauses) == -7
    )  # Oct 11, 13–17, 20 counted; 21 paused


# ---------------------------------------------------------------------------------------------------------
# Unknown years: Monday–Friday fallback, one warning per year per process


def test_unknown_year_falls_back_to_monday_to_friday(fresh_warnings):
    monday = first_weekday_of(UNKNOWN, 0)
    with pytest.warns(UnknownHolidayYearWarning, match=rf"no holiday data for {UNKNOWN}\b"):
        assert is_working_day(monday)
    assert not is_working_day(monday + 5 * DAY)  # Saturday
    assert not is_working_day(monday + 6 * DAY)  # Sunday
    assert is_working_day(D(UNKNOWN, 10, 1)) is (D(UNKNOWN, 10, 1).weekday() < 5)  # no National Day
    assert add_working_days(monday, 5) == monday + 7 * DAY
    assert add_working_days(monday + 4 * DAY, 1) == monday + 7 * DAY  # Friday → Monday


def test_the_warning_comes_once_per_year(fresh_warnings):
    with pytest.warns(UnknownHolidayYearWarning) as first:
        is_working_day(D(UNKNOWN, 3, 3))
    assert len(first) == 1
    assert first[0].filename == __file__  # points at the caller, not at the module
    with warnings.catch_warnings(record=True) as again:
        warnings.simplefilter("always")
        is_working_day(D(UNKNOWN, 6, 6))
        add_working_days(D(UNKNOWN, 1, 1), 200)  # stays inside UNKNOWN
    assert again == []
    with pytest.warns(UnknownHolidayYearWarning, match=str(UNKNOWN + 1)):
        is_working_day(D(UNKNOWN + 1, 1, 1))


def test_years_before_the_data_also_fall_back(fresh_warnings):
    year = FIRST - 1
    with pytest.warns(UnknownHolidayYearWarning, match=str(year)):
        assert is_working_day(D(year, 10, 1)) is (D(year, 10, 1).weekday() < 5)


def test_crossing_into_an_unknown_year_warns_for_that_year(fresh_warnings):
    with pytest.warns(UnknownHolidayYearWarning, match=str(LAST + 1)) as record:
        due = add_working_days(D(LAST, 12, 20), 20)
    assert due.year == LAST + 1
    assert [str(LAST + 1) in str(w.message) for w in record] == [True]
    assert due == oracle_due(D(LAST, 12, 20), 20)


def test_the_last_known_year_does_not_warn():
    # filterwarnings = error would turn any warning into a failure here.
    assert working_days_between(D(FIRST, 1, 1), D(LAST, 12, 31)) > 0


# ---------------------------------------------------------------------------------------------------------
# Properties

PROPS = settings(max_examples=200, deadline=None, database=None)

# Starts in known years, far enough from the end of the data that n ≤ 200 stays inside it.
known_starts = st.dates(min_value=D(FIRST, 1, 1), max_value=D(LAST - 1, 12, 31))
any_starts = st.one_of(known_starts, st.dates(min_value=D(FIRST - 5, 1, 1), max_value=D(LAST + 10, 12, 31)))
counts = st.integers(min_value=0, max_value=200)
positive = st.integers(min_value=1, max_value=200)


@st.composite
def pause_lists(draw, start: date):
    """Sorted, non-overlapping pauses from ``start``; the last one may still be running."""
    pauses = []
    cursor = start
    for _ in range(draw(st.integers(0, 3))):
        paused_on = cursor + timedelta(days=draw(st.integers(0, 40)))
        resumed_on = paused_on + timedelta(days=draw(st.integers(0, 40)))
        pauses.append((paused_on, resumed_on))
        cursor = resumed_on
    if pauses and draw(st.booleans()):
        pauses[-1] = (pauses[-1][0], None)
    return pauses


@PROPS
@given(known_starts, counts)
def test_prop_due_date_is_a_working_day_of_the_package(start, n):
    due = add_working_days(start, n)
    assert chinese_calendar.is_workday(due)
    # Never a holiday, never a weekend unless it is a make-up workday.
    assert due not in chinese_calendar.holidays
    assert due.weekday() < 5 or due in chinese_calendar.workdays
    assert due == oracle_due(start, n)


@PROPS
@given(any_starts, counts)
def test_prop_due_date_matches_the_naive_walk_everywhere(start, n):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnknownHolidayYearWarning)
        due = add_working_days(start, n)
        assert is_working_day(due)
        assert due == oracle_due(start, n)
        if not FIRST <= due.year <= LAST:
            assert due.weekday() < 5


@PROPS
@given(any_starts, positive)
def test_prop_strictly_increasing_in_n(start, n):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnknownHolidayYearWarning)
        assert add_working_days(start, 0) <= add_working_days(start, 1)
        assert start < add_working_days(start, n) < add_working_days(start, n + 1)


@PROPS
@given(any_starts, positive)
def test_prop_between_inverts_add(start, n):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnknownHolidayYearWarning)
        due = add_working_days(start, n)
        assert working_days_between(start, due) == n
        assert working_days_between(start, due - DAY) == n - 1  # due is the first day reaching n
        assert working_days_between(due, start) == -n


@PROPS
@given(any_starts, any_starts)
def test_prop_between_is_additive_and_antisymmetric(a, b):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnknownHolidayYearWarning)
        lo, hi = min(a, b), max(a, b)
        mid = lo + (hi - lo) // 2
        assert working_days_between(lo, hi) == working_days_between(lo, mid) + working_days_between(mid, hi)
        assert working_days_between(a, b) == -working_days_between(b, a)
        assert 0 <= working_days_between(lo, hi) <= (hi - lo).days


@PROPS
@given(st.data(), any_starts, counts)
def test_prop_due_date_with_pauses_matches_the_naive_walk(data, start, n):
    pauses = data.draw(pause_lists(start))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnknownHolidayYearWarning)
        assert due_date(start, n, pauses) == oracle_due(start, n, pauses)


@PROPS
@given(st.data(), any_starts, counts)
def test_prop_pauses_only_push_the_due_date_later(data, start, n):
    pauses = data.draw(pause_lists(start))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnknownHolidayYearWarning)
        without = add_working_days(start, n)
        assert due_date(start, n, []) == without
        # Adding the pauses one by one never moves the due date earlier; an unknown one stays unknown.
        previous = without
        for k in range(1, len(pauses) + 1):
            current = due_date(start, n, pauses[:k])
            if previous is None:
                assert current is None
            elif current is not None:
                assert current >= previous
            previous = current


@PROPS
@given(st.data(), any_starts, counts, st.integers(min_value=0, max_value=400))
def test_prop_remaining_drops_by_one_per_counted_working_day(data, start, limit, offset):
    pauses = data.draw(pause_lists(start))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnknownHolidayYearWarning)
        today = start + timedelta(days=offset)
        tomorrow = today + DAY
        step = 1 if oracle_counted(tomorrow, pauses) else 0
        assert remaining_working_days(tomorrow, start, limit, pauses) == (
            remaining_working_days(today, start, limit, pauses) - step
        )
        if not pauses:
            assert remaining_working_days(today, start, limit) == limit - working_days_between(start, today)
            assert step == (1 if is_working_day(tomorrow) else 0)


@PROPS
@given(st.data(), any_starts, positive)
def test_prop_remaining_is_zero_on_the_due_date_and_positive_before(data, start, limit):
    pauses = data.draw(pause_lists(start))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnknownHolidayYearWarning)
        due = due_date(start, limit, pauses)
        if due is None:
            return
        assert remaining_working_days(due, start, limit, pauses) == 0
        assert remaining_working_days(due - DAY, start, limit, pauses) == 1
        assert not is_overdue(due, start, limit, pauses)
        assert is_overdue(due + DAY, start, limit, pauses)
