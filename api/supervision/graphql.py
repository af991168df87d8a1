"""The GraphQL face of e-supervision (电子监察): the dashboard and the overdue list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from api import clock
from api.graphql.connections import Connection, connection, id_connection
from api.graphql.errors import Error, failures_as
from api.graphql.ids import global_id
from api.graphql.permissions import allow
from api.review.enums import ExtraCorrectionStatus
from api.review.extra_graphql import ExtraCorrectionType
from api.supervision import extra_corrections, services
from api.supervision.policies import supervisor_or_admin


@strawberry.type
class SupervisionError(Error):
    pass


_failures_as_data = failures_as(SupervisionError)


@strawberry.type(description="Figures of a department, an item, or everything")
class SupervisionStats:
    tasks: int = strawberry.field(description="Tasks whose clock started in the range")
    done: int
    done_on_time: int
    on_time_rate: float | None = strawberry.field(description="Done on time / done (null: none done)")
    overdue_now: int
    due_soon_now: int
    paused_now: int
    cases_opened: int = strawberry.field(description="Rectification cases opened in the range")
    cases_closed: int
    rectification_rate: float | None = strawberry.field(description="Cases closed / opened")

    @classmethod
    def of(cls, s: services.Stats) -> SupervisionStats:
        return cls(
            tasks=s.tasks,
            done=s.done,
            done_on_time=s.done_on_time,
            on_time_rate=s.on_time_rate,
            overdue_now=s.overdue_now,
            due_soon_now=s.due_soon_now,
            paused_now=s.paused_now,
            cases_opened=s.cases_opened,
            cases_closed=s.cases_closed,
            rectification_rate=s.rectification_rate,
        )


@strawberry.type
class SupervisionRow:
    code: str
    name: str
    stats: SupervisionStats

    @classmethod
    def of(cls, row: services.Row) -> SupervisionRow:
        return cls(code=row.code, name=row.name, stats=SupervisionStats.of(row.stats))


@strawberry.type
class SupervisionDashboard:
    start: date = strawberry.field(name="from")
    end: date = strawberry.field(name="to")
    today: date
    total: SupervisionStats
    departments: list[SupervisionRow]
    items: list[SupervisionRow]


@strawberry.type
class OverdueTask:
    task_id: strawberry.ID
    application_id: strawberry.ID
    tracking_number: str
    catalog_name: str
    department_code: str
    department_name: str
    item_names: list[str]
    due_on: date
    working_days_late: int
    escalated_on: date | None

    @classmethod
    def of(cls, item: services.OverdueTask) -> OverdueTask:
        t = item.task
        return cls(
            task_id=global_id("DepartmentSystemTask", t.id),
            application_id=global_id("Application", t.application_id),
            tracking_number=t.tracking_number,
            catalog_name=t.catalog_name,
            department_code=t.department_code,
            department_name=t.department_name,
            item_names=list(t.item_names),
            due_on=item.due_on,
            working_days_late=item.working_days_late,
            escalated_on=item.escalated_on,
        )


@strawberry.type(description="A task whose clock is stopped (e.g. a 容缺 material overdue), and why")
class PausedTask:
    task_id: strawberry.ID
    application_id: strawberry.ID
    tracking_number: str
    catalog_name: str
    department_code: str
    department_name: str
    paused_on: date = strawberry.field(description="The clock stopped after this day")
    reason: str
    working_days_left: int = strawberry.field(description="Frozen while the clock is stopped")

    @classmethod
    def of(cls, item: services.PausedTask) -> PausedTask:
        t = item.task
        return cls(
            task_id=global_id("DepartmentSystemTask", t.id),
            application_id=global_id("Application", t.application_id),
            tracking_number=t.tracking_number,
            catalog_name=t.catalog_name,
            department_code=t.department_code,
            department_name=t.department_name,
            paused_on=item.paused_on,
            reason=item.reason,
            working_days_left=item.working_days_left,
        )


@strawberry.type(description="Open tasks whose clock is stopped, the longest stopped first")
class PausedTaskConnection(Connection[PausedTask]):
    total_count: int


@strawberry.type(description="Open tasks past their due date, the longest overdue first")
class OverdueTaskConnection(Connection[OverdueTask]):
    total_count: int


@strawberry.type(description="Correction lists after the one-time notice, newest first")
class ExtraCorrectionConnection(Connection[ExtraCorrectionType]):
    total_count: int


def _task_page(page: services.TaskPage[Any], view: Callable[[Any], Any]) -> tuple[Connection[Any], int]:
    built = connection(
        [view(n) for n in page.nodes], [services.task_key(n) for n in page.nodes], page.has_next
    )
    return built, page.total_count


DashboardResult = Annotated[
    SupervisionDashboard | SupervisionError, strawberry.union("SupervisionDashboardResult")
]
OverdueTasksResult = Annotated[
    OverdueTaskConnection | SupervisionError, strawberry.union("OverdueTasksResult")
]
FlaggedExtraCorrectionsResult = Annotated[
    ExtraCorrectionConnection | SupervisionError, strawberry.union("FlaggedExtraCorrectionsResult")
]


@strawberry.type
class SupervisionQuery:
    @strawberry.field(
        description="电子监察: on-time and rectification figures per department and item",
        permission_classes=allow(supervisor_or_admin),
    )
    @_failures_as_data
    async def supervision_dashboard(
        self, info: Info, start: Annotated[date, strawberry.argument(name="from")], to: date
    ) -> DashboardResult:
        board = await services.dashboard(start, to, clock.today())
        return SupervisionDashboard(
            start=board.start,
            end=board.end,
            today=board.today,
            total=SupervisionStats.of(board.total),
            departments=[SupervisionRow.of(r) for r in board.departments],
            items=[SupervisionRow.of(r) for r in board.items],
        )

    @strawberry.field(
        description="电子监察: open tasks whose clock is stopped, the longest stopped first, with why "
        "(at most 100 a page)",
        permission_classes=allow(supervisor_or_admin),
    )
    async def paused_tasks(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> PausedTaskConnection:
        built, total = _task_page(await services.paused_tasks(clock.today(), first, after), PausedTask.of)
        return PausedTaskConnection(edges=built.edges, page_info=built.page_info, total_count=total)

    @strawberry.field(
        description="Open tasks past their due date, the longest overdue first (at most 100 a page)",
        permission_classes=allow(supervisor_or_admin),
    )
    @_failures_as_data
    async def overdue_tasks(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> OverdueTasksResult:
        built, total = _task_page(await services.overdue_tasks(clock.today(), first, after), OverdueTask.of)
        return OverdueTaskConnection(edges=built.edges, page_info=built.page_info, total_count=total)

    @strawberry.field(
        description="Flagged: correction lists after the one-time notice (一次性告知), newest first "
        "(at most 100 a page)",
        permission_classes=allow(supervisor_or_admin),
    )
    @_failures_as_data
    async def flagged_extra_corrections(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        status: ExtraCorrectionStatus | None = None,
    ) -> FlaggedExtraCorrectionsResult:
        page = await extra_corrections.flagged(first, after, status)
        built = id_connection(page.window, lambda r: ExtraCorrectionType.of(r, r.application))
        return ExtraCorrectionConnection(
            edges=built.edges, page_info=built.page_info, total_count=page.total_count
        )
