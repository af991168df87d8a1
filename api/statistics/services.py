"""The statistics report of a scope (``api.statistics.scope``): eight aggregate queries
(``api.statistics.queries``), whatever the number of applications, assembled into figures here.
Definitions of every figure: docs/statistics.md."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from api.applications.enums import ApplicationStatus, Channel
from api.applications.timeline import STATUS_LABELS
from api.appointments.enums import BookingStatus
from api.feedback.enums import BAD_RATING, LEVEL_LABELS, CaseSource
from api.identity.enums import ConsentStatus
from api.statistics import queries
from api.statistics.scope import Scope

CHANNEL_LABELS: dict[str, tuple[str, str]] = {
    "online": ("网上申报", "Online"),
    "counter": ("窗口受理", "At the counter"),
    "helper": ("帮办代办", "By a helper"),
    "client": ("第三方应用", "Through a client app"),
}


def _int(value: Any) -> int:
    return int(value or 0)


def rate(part: int, whole: int) -> float | None:
    """``part / whole`` to four places; None when there is nothing to divide."""
    return round(part / whole, 4) if whole else None


@dataclass(frozen=True)
class Count:
    key: str
    label: str
    label_en: str
    count: int


@dataclass(frozen=True)
class EntryFigures:
    """One item or bundle (一件事) of the catalogue."""

    code: str
    name: str
    name_en: str
    kind: str
    applications: int
    finished: int = 0  # every task decided (working days below)
    working_days: int = 0  # added up over ``finished``
    promised_days: int = 0  # the guide's promise, per application
    within_days: int = 0  # finished within the promise
    collected: int = 0  # result collected (visits below)
    visits: int = 0  # added up over ``collected``
    promised_visits: int = 0  # per application
    visits_before: int = 0  # per application, without the bundle (the items' visits added up)
    within_visits: int = 0

    @property
    def average_days(self) -> float | None:
        return round(self.working_days / self.finished, 2) if self.finished else None

    @property
    def average_visits(self) -> float | None:
        return round(self.visits / self.collected, 2) if self.collected else None

    @property
    def visits_saved(self) -> int:
        """Realized savings: trips the collected applications would have needed item by item, minus
        the trips they took."""
        return self.visits_before * self.collected - self.visits


@dataclass(frozen=True)
class OnTime:
    code: str
    name: str
    name_en: str
    decided: int
    on_time: int

    @property
    def rate(self) -> float | None:
        return rate(self.on_time, self.decided)


@dataclass(frozen=True)
class Cases:
    opened: int = 0
    closed: int = 0
    overdue: int = 0  # open past the deadline
    closed_late: int = 0

    @property
    def rate(self) -> float | None:
        return rate(self.closed, self.opened)


@dataclass(frozen=True)
class Helpers:
    applications: int  # filed by a helper for the applicant
    consents_requested: int
    consents_given: int  # active now, or given and revoked since
    consents_declined: int
    bookings: int  # appointments booked by a helper


@dataclass(frozen=True)
class Appointments:
    booked: int  # all bookings of the period's slots, cancelled ones included
    cancelled: int
    checked_in: int
    no_show: int
    waiting: int  # neither checked in nor lapsed yet

    @property
    def no_show_rate(self) -> float | None:
        return rate(self.no_show, self.checked_in + self.no_show)


@dataclass(frozen=True)
class Report:
    scope: Scope
    applications: int
    by_entry: list[EntryFigures]  # the most applications first
    by_channel: list[Count]
    by_status: list[Count]
    on_time: list[OnTime]  # per department
    ratings: list[Count]  # levels 1 … 5
    bad_ratings: Cases  # 差评 → rectification
    complaints: Cases  # 办不成事
    helpers: Helpers
    appointments: Appointments

    @property
    def on_time_total(self) -> OnTime:
        decided = sum(r.decided for r in self.on_time)
        return OnTime("", "合计", "Total", decided, sum(r.on_time for r in self.on_time))

    def total(self, name: str) -> int:
        return sum(getattr(e, name) for e in self.by_entry)

    @property
    def average_days(self) -> float | None:
        finished = self.total("finished")
        return round(self.total("working_days") / finished, 2) if finished else None

    @property
    def visits_saved(self) -> int:
        return sum(e.visits_saved for e in self.by_entry)

    @property
    def bad_rating_count(self) -> int:
        """Ratings at or below ``BAD_RATING`` (差评: each opens a rectification case)."""
        return sum(c.count for c in self.ratings if int(c.key) <= BAD_RATING)


def _counts(found: Counter[str], labels: dict[str, tuple[str, str]], order: list[str]) -> list[Count]:
    """Every known key (zero included), then keys the data has that the labels do not know."""
    keys = order + sorted(k for k in found if k not in order)
    return [Count(k, *labels.get(k, (k, k)), found.get(k, 0)) for k in keys]


def _entries(
    scope: Scope, apps: list[dict[str, Any]], days: list[dict[str, Any]], trips: list[dict[str, Any]]
):
    per_code: dict[str, dict[str, Any]] = {}
    for row in apps:
        entry = per_code.setdefault(
            row["code"], {"kind": row["kind"], "name": row["name"], "applications": 0}
        )
        entry["applications"] += _int(row["n"])
    for row in days:
        per_code.setdefault(row["code"], {"kind": "", "name": row["code"], "applications": 0}).update(
            finished=_int(row["finished"]), working_days=_int(row["days"]), within_days=_int(row["within"])
        )
    for row in trips:
        per_code.setdefault(row["code"], {"kind": "", "name": row["code"], "applications": 0}).update(
            collected=_int(row["finished"]), visits=_int(row["visits"]), within_visits=_int(row["within"])
        )
    figures: list[EntryFigures] = []
    for code, found in per_code.items():
        promise = scope.promises.get(code)
        figures.append(
            EntryFigures(
                code=code,
                name=promise.name if promise else found["name"],
                name_en=promise.name_en if promise else found["name"],
                kind=promise.kind if promise else found["kind"],
                applications=found["applications"],
                finished=found.get("finished", 0),
                working_days=found.get("working_days", 0),
                promised_days=promise.days if promise else 0,
                within_days=found.get("within_days", 0),
                collected=found.get("collected", 0),
                visits=found.get("visits", 0),
                promised_visits=promise.visits if promise else 0,
                visits_before=promise.visits_before if promise else 0,
                within_visits=found.get("within_visits", 0),
            )
        )
    figures.sort(key=lambda e: (-e.applications, e.code))
    return figures


def _cases(rows: list[dict[str, Any]], source: CaseSource) -> Cases:
    for row in rows:
        if row["source"] == source.value:
            return Cases(
                _int(row["opened"]), _int(row["closed"]), _int(row["overdue"]), _int(row["closed_late"])
            )
    return Cases()


async def report(scope: Scope) -> Report:
    """Every figure of ``scope``: eight SQL queries, whatever the number of rows."""
    apps = await queries.applications(scope)
    decided = await queries.decisions(scope)
    days = await queries.working_days(scope)
    trips = await queries.visits(scope)
    rated = await queries.ratings(scope)
    case_rows = await queries.cases(scope)
    consent_rows = await queries.consents(scope)
    booking_rows = await queries.bookings(scope)

    channels: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    for row in apps:
        channels[row["channel"]] += _int(row["n"])
        statuses[row["status"]] += _int(row["n"])
    levels: Counter[str] = Counter({str(row["level"]): _int(row["n"]) for row in rated})
    consents: Counter[str] = Counter({row["status"]: _int(row["n"]) for row in consent_rows})
    booked: Counter[str] = Counter()
    for row in booking_rows:
        booked[row["status"]] += _int(row["n"])
    on_time = [
        OnTime(
            row["code"],
            *scope.department_names.get(row["code"], (row["code"], row["code"])),
            _int(row["decided"]),
            _int(row["decided"]) - _int(row["late"]),
        )
        for row in sorted(decided, key=lambda r: r["code"])
    ]
    return Report(
        scope=scope,
        applications=sum(channels.values()),
        by_entry=_entries(scope, apps, days, trips),
        by_channel=_counts(channels, CHANNEL_LABELS, [c.value for c in Channel]),
        by_status=_counts(
            statuses, {s.value: v for s, v in STATUS_LABELS.items()}, [s.value for s in ApplicationStatus]
        ),
        on_time=on_time,
        ratings=_counts(levels, {str(k): v for k, v in LEVEL_LABELS.items()}, [str(k) for k in LEVEL_LABELS]),
        bad_ratings=_cases(case_rows, CaseSource.RATING),
        complaints=_cases(case_rows, CaseSource.COMPLAINT),
        helpers=Helpers(
            applications=sum(_int(r["n"]) for r in apps if _int(r["helped"])),
            consents_requested=sum(consents.values()),
            consents_given=consents[ConsentStatus.ACTIVE.value] + consents[ConsentStatus.REVOKED.value],
            consents_declined=consents[ConsentStatus.DECLINED.value],
            bookings=sum(_int(r["n"]) for r in booking_rows if _int(r["helped"])),
        ),
        appointments=Appointments(
            booked=sum(booked.values()),
            cancelled=booked[BookingStatus.CANCELLED.value],
            checked_in=booked[BookingStatus.ATTENDED.value],
            no_show=booked[BookingStatus.NO_SHOW.value],
            waiting=booked[BookingStatus.BOOKED.value],
        ),
    )
