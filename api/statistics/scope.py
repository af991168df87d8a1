"""What a statistics request covers — a period of days in China, maybe one hall, maybe one department —
and what the guides promise for each catalogue entry, both read from the catalogue snapshot (in
memory: no query per entry)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from api.calendar.working_days import calendar_known_from
from api.catalog.entities import Bundle, Catalog, Department, Hall, ServiceItem
from api.failures import Failure
from api.statistics.errors import StatisticsError

MAX_RANGE_DAYS = 400


@dataclass(frozen=True)
class Promise:
    """What the guide of an item or a bundle promises (``api.catalog.bundles`` computes a bundle's)."""

    code: str
    name: str
    name_en: str
    kind: str  # "item" | "bundle"
    days: int  # promised working days (a bundle: its longest chain of items, 并联审批)
    visits: int  # at most this many trips to the hall (a bundle: one, or none when all is online)
    visits_before: int  # without the bundle: the items' visits added up (an item: its own)


def promise_of(entry: ServiceItem | Bundle) -> Promise:
    if isinstance(entry, ServiceItem):
        days, visits, before, kind = entry.time_limit.promised_days, entry.visits, entry.visits, "item"
    else:
        days, kind = entry.time_limit.promised_days, "bundle"
        visits, before = entry.savings.visits_after, entry.savings.visits_before
    return Promise(entry.code, entry.name, entry.name_en, kind, days, visits, before)


@dataclass(frozen=True)
class Scope:
    start: date  # the first day of the period (China)
    end: date  # the last day, included
    today: date  # "overdue" is judged on this day
    hall: Hall | None
    department: Department | None
    promises: dict[str, Promise]  # every catalogue entry, by code
    department_names: dict[str, tuple[str, str]]  # code → (zh, en)
    # catalogue codes the filters leave (items and bundles of the hall, of the department); None: all
    codes: frozenset[str] | None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def _entries(catalog: Catalog) -> list[ServiceItem | Bundle]:
    return [*catalog.items, *catalog.bundles]


def resolve(
    catalog: Catalog,
    start: date,
    end: date,
    today: date,
    hall_code: str | None = None,
    department_code: str | None = None,
) -> Scope:
    """The scope of a request; an unknown hall or department, or a period backwards or longer than
    ``MAX_RANGE_DAYS``, is a failure."""
    if end < start or (end - start).days >= MAX_RANGE_DAYS:
        raise Failure(StatisticsError.INVALID_RANGE, days=MAX_RANGE_DAYS)
    if start.year < calendar_known_from():  # working days are counted from the period's start to today
        raise Failure(StatisticsError.BEFORE_CALENDAR, year=calendar_known_from())
    hall = department = None
    entries = _entries(catalog)
    codes: set[str] | None = None
    if hall_code:
        hall = next((h for h in catalog.halls if h.code == hall_code.strip().upper()), None)
        if hall is None:
            raise Failure(StatisticsError.UNKNOWN_HALL, code=hall_code[:16])
        codes = {e.code for e in entries if e.location.hall.code == hall.code}
    if department_code:
        department = next((d for d in catalog.departments if d.code == department_code.strip().upper()), None)
        if department is None:
            raise Failure(StatisticsError.UNKNOWN_DEPARTMENT, code=department_code[:16])
        involved = {e.code for e in entries if department in _departments(e)}
        codes = involved if codes is None else codes & involved
    return Scope(
        start=start,
        end=end,
        today=today,
        hall=hall,
        department=department,
        promises={e.code: promise_of(e) for e in entries},
        department_names={d.code: (d.name, d.name_en) for d in catalog.departments},
        codes=frozenset(codes) if codes is not None else None,
    )


def _departments(entry: ServiceItem | Bundle) -> tuple[Department, ...]:
    return (entry.department,) if isinstance(entry, ServiceItem) else entry.departments
