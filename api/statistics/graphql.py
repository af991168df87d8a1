"""The GraphQL face of the statistics (统计分析) for leaders: one report per period, hall and department.
Definitions of every figure: docs/statistics.md."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry
from strawberry.types import Info

from api.failures import Failure
from api.graphql.connections import Connection, connection, decode_cursor, page_size
from api.graphql.error_codes import KernelError
from api.graphql.errors import Error, failures_as
from api.graphql.permissions import allow
from api.statistics import services
from api.statistics.access import statistics_for
from api.statistics.policies import leader

MAX_ENTRIES = 100


@strawberry.type
class StatisticsError(Error):
    pass


@strawberry.type(description="A count of one key (a channel, a state, a rating level), with its label")
class StatCount:
    key: str
    label: str
    label_en: str
    count: int

    @classmethod
    def all(cls, counts: list[services.Count]) -> list[StatCount]:
        return [cls(key=c.key, label=c.label, label_en=c.label_en, count=c.count) for c in counts]


@strawberry.type(description="The figures of one item or bundle (一件事) in the period")
class EntryFigures:
    code: str
    name: str
    name_en: str
    kind: str = strawberry.field(description="item | bundle")
    applications: int
    finished: int = strawberry.field(description="Applications whose every department task is decided")
    average_working_days: float | None = strawberry.field(description="Acceptance → last decision")
    promised_working_days: int
    within_promised_days: int
    collected: int = strawberry.field(description="Applications whose result was collected")
    average_visits: float | None = strawberry.field(description="Days with a trip to the hall")
    promised_visits: int
    within_promised_visits: int
    visits_saved: int = strawberry.field(description="Trips item by item minus the trips taken")

    @classmethod
    def of(cls, e: services.EntryFigures) -> EntryFigures:
        return cls(
            code=e.code,
            name=e.name,
            name_en=e.name_en,
            kind=e.kind,
            applications=e.applications,
            finished=e.finished,
            average_working_days=e.average_days,
            promised_working_days=e.promised_days,
            within_promised_days=e.within_days,
            collected=e.collected,
            average_visits=e.average_visits,
            promised_visits=e.promised_visits,
            within_promised_visits=e.within_visits,
            visits_saved=e.visits_saved,
        )


@strawberry.type(description="Department tasks decided in the period, and how many by their due date")
class OnTimeFigures:
    department_code: str
    name: str
    name_en: str
    decided: int
    on_time: int
    rate: float | None

    @classmethod
    def of(cls, o: services.OnTime) -> OnTimeFigures:
        return cls(
            department_code=o.code,
            name=o.name,
            name_en=o.name_en,
            decided=o.decided,
            on_time=o.on_time,
            rate=o.rate,
        )


@strawberry.type(description="Rectification cases opened in the period")
class CaseFigures:
    opened: int
    closed: int
    overdue: int = strawberry.field(description="Still open after their deadline")
    closed_late: int
    rate: float | None = strawberry.field(description="Closed / opened")

    @classmethod
    def of(cls, c: services.Cases) -> CaseFigures:
        return cls(
            opened=c.opened, closed=c.closed, overdue=c.overdue, closed_late=c.closed_late, rate=c.rate
        )


@strawberry.type
class HelperFigures:
    applications: int = strawberry.field(description="Filed by a helper (帮办代办) for the applicant")
    consents_requested: int
    consents_given: int
    consents_declined: int
    bookings: int = strawberry.field(description="Appointments a helper booked")


@strawberry.type
class AppointmentFigures:
    booked: int = strawberry.field(description="Bookings of the period's slots, cancelled ones included")
    cancelled: int
    checked_in: int
    no_show: int
    waiting: int
    no_show_rate: float | None = strawberry.field(description="No-show / (checked in + no-show)")


@strawberry.type(description="统计分析: the figures of a period (days in China), hall and department")
class StatisticsReport:
    start: date = strawberry.field(name="from")
    end: date = strawberry.field(name="to")
    today: date
    hall_code: str | None
    department_code: str | None
    applications: int
    by_channel: list[StatCount]
    by_status: list[StatCount]
    on_time: list[OnTimeFigures]
    on_time_total: OnTimeFigures
    average_working_days: float | None
    visits_saved: int
    ratings: list[StatCount] = strawberry.field(description="Levels 1 (非常不满意) … 5 (非常满意)")
    bad_ratings: CaseFigures
    complaints: CaseFigures = strawberry.field(description="办不成事 reports")
    helpers: HelperFigures
    appointments: AppointmentFigures
    entries: strawberry.Private[list[services.EntryFigures]]

    @strawberry.field(description="Per item and bundle, the most applications first")
    def by_entry(self, first: int = 20, after: str | None = None) -> Connection[EntryFigures]:
        first = page_size(first, MAX_ENTRIES)
        found = decode_cursor(after)
        offset = 0
        if found is not None:
            if not found[0].isdigit():
                raise Failure(KernelError.INVALID_CURSOR)
            offset = int(found[0]) + 1
        page = self.entries[offset : offset + first]
        keys = [(offset + n,) for n in range(len(page))]
        return connection([EntryFigures.of(e) for e in page], keys, offset + first < len(self.entries))

    @classmethod
    def of(cls, r: services.Report) -> StatisticsReport:
        s, h, a = r.scope, r.helpers, r.appointments
        return cls(
            start=s.start,
            end=s.end,
            today=s.today,
            hall_code=s.hall.code if s.hall else None,
            department_code=s.department.code if s.department else None,
            applications=r.applications,
            by_channel=StatCount.all(r.by_channel),
            by_status=StatCount.all(r.by_status),
            on_time=[OnTimeFigures.of(o) for o in r.on_time],
            on_time_total=OnTimeFigures.of(r.on_time_total),
            average_working_days=r.average_days,
            visits_saved=r.visits_saved,
            ratings=StatCount.all(r.ratings),
            bad_ratings=CaseFigures.of(r.bad_ratings),
            complaints=CaseFigures.of(r.complaints),
            helpers=HelperFigures(
                applications=h.applications,
                consents_requested=h.consents_requested,
                consents_given=h.consents_given,
                consents_declined=h.consents_declined,
                bookings=h.bookings,
            ),
            appointments=AppointmentFigures(
                booked=a.booked,
                cancelled=a.cancelled,
                checked_in=a.checked_in,
                no_show=a.no_show,
                waiting=a.waiting,
                no_show_rate=a.no_show_rate,
            ),
            entries=r.by_entry,
        )


StatisticsResult = Annotated[StatisticsReport | StatisticsError, strawberry.union("StatisticsResult")]


@strawberry.type
class StatisticsQuery:
    @strawberry.field(
        description="统计分析 for leaders: volumes, channels, states, on-time rate, working days and visits "
        "against the guides' promises, ratings, rectification, helpers and appointments",
        permission_classes=allow(leader),
    )
    @failures_as(StatisticsError)
    async def statistics(
        self,
        info: Info,
        start: Annotated[date, strawberry.argument(name="from")],
        to: date,
        hall_code: str | None = None,
        department_code: str | None = None,
    ) -> StatisticsResult:
        catalog = await info.context.catalog()
        report = await statistics_for(info.context.principal, catalog, start, to, hall_code, department_code)
        return StatisticsReport.of(report)
