"""The hall queue's rules, in one place: window groups (data/catalog/halls.yaml ``window_groups``),
when a booking may check in and when it lapses (NO_SHOW), how a ticket's number reads, and the
estimated wait (people ahead × the recent service time)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import yaml

from api.settings import ROOT

CHECK_IN_BEFORE = timedelta(minutes=60)  # a booking checks in from an hour before its slot
NO_SHOW_AFTER = timedelta(minutes=15)  # …until 15 minutes after its start: then it is NO_SHOW
BOOKED_PREFIX = "Y"  # 预约号: a checked-in booking's ticket, called before walk-ins of its group
DEFAULT_SERVICE = timedelta(minutes=5)  # the service time assumed before any call today
RECENT_CALLS = 6  # the service time is the mean gap between the group's last calls
HALLS_FILE = ROOT / "data" / "catalog" / "halls.yaml"


@dataclass(frozen=True)
class WindowGroup:
    code: str
    name: str
    name_en: str
    windows: str
    departments: tuple[str, ...]


@functools.cache
def _groups(path: Path) -> dict[str, tuple[WindowGroup, ...]]:
    rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return {
        str(hall["code"]).upper(): tuple(
            WindowGroup(
                code=str(g["code"]).upper(),
                name=str(g["name"]),
                name_en=str(g.get("name_en", g["name"])),
                windows=str(g.get("windows", "")),
                departments=tuple(str(d).upper() for d in g.get("departments", ())),
            )
            for g in hall.get("window_groups") or [{"code": "A", "name": "综合受理", "name_en": "General"}]
        )
        for hall in rows
    }


def window_groups(hall_code: str) -> tuple[WindowGroup, ...]:
    """The hall's window groups (none: no such hall)."""
    return _groups(HALLS_FILE).get(hall_code.strip().upper(), ())


def group_for_department(hall_code: str, department: str) -> WindowGroup:
    """A booking's group: the one serving its item's department, else the first (综合受理)."""
    groups = window_groups(hall_code)
    return next((g for g in groups if department.upper() in g.departments), groups[0])


def label(group: str, number: int, booked: bool) -> str:
    return f"{BOOKED_PREFIX if booked else ''}{group}{number:03d}"


def may_check_in_from(starts_at: datetime) -> datetime:
    return starts_at - CHECK_IN_BEFORE


def lapses_at(starts_at: datetime) -> datetime:
    return starts_at + NO_SHOW_AFTER


def service_time(recent_calls: list[datetime]) -> timedelta:
    """The mean gap between consecutive recent calls of a group (newest first or any order)."""
    calls = sorted(recent_calls)
    if len(calls) < 2:
        return DEFAULT_SERVICE
    return (calls[-1] - calls[0]) / (len(calls) - 1)


def estimated_wait(ahead: int, per_person: timedelta) -> int:
    """Minutes, rounded up: the people ahead × the recent service time."""
    seconds = ahead * per_person.total_seconds()
    return int(-(-seconds // 60))
