"""电子监察 over the database: a constant number of SQL queries whatever the number of tasks. The lists
(overdue, paused) and the escalation job select, order and page their tasks in SQL on the columns the task
clock stores (``task_clock.overdue_sql`` / ``waiting_sql``, the SQL twins of the rules ``flags`` uses);
only a page's rows are loaded (one joined query) and their figures worked out in Python. The dashboard
loads the tasks of its period and flags them in Python.

``today`` is always an argument: the job and the resolvers pass the local date, tests a fixed one."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from api import clock
from api.applications.models import Task
from api.applications.task_clock import overdue_sql, waiting_sql
from api.commitments.services.oversight import escalate_overdue_checks
from api.failures import Failure
from api.feedback.models import RectificationCase
from api.feedback.services import supervisor_ids
from api.graphql.connections import decode_cursor, encode_cursor, page_size
from api.graphql.error_codes import KernelError
from api.graphql.ids import parse_id
from api.review.services.owed_daily import run_owed_daily
from api.supervision.errors import SupervisionError
from api.supervision.flags import Flag, TaskFacts, task_flag, working_days_late
from api.supervision.models import Escalation
from api.unit_of_work import changing
from notifications.payloads import TaskOverdue

log = logging.getLogger("onevisit.supervision")

MAX_PAGE = 100
N = TypeVar("N", bound="OverdueTask | PausedTask")
MAX_RANGE_DAYS = 400
_TASK_FIELDS = (
    "id",
    "application_id",
    "department_id",
    "department__code",
    "department__name",
    "status",
    "started_on",
    "promised_days",
    "pauses",
    "due_on",
    "paused_on",
    "decided_at",
    "item_codes",
    "item_names",
    "application__tracking_number",
    "application__catalog_name",
)


@dataclass(frozen=True)
class TaskRow:
    """One task as the supervision views need it (from one joined ``values()`` query)."""

    id: int
    application_id: int
    department_id: int
    department_code: str
    department_name: str
    item_codes: tuple[str, ...]
    item_names: tuple[str, ...]
    tracking_number: str
    catalog_name: str
    facts: TaskFacts
    due_on: date | None  # as stored (``Task.due_on``): what the overdue list is ordered by
    paused_on: date | None  # as stored (``Task.paused_on``): what the paused list is ordered by

    @classmethod
    def of(cls, row: dict[str, Any]) -> TaskRow:
        return cls(
            id=row["id"],
            application_id=row["application_id"],
            department_id=row["department_id"],
            department_code=row["department__code"],
            department_name=row["department__name"],
            item_codes=tuple(row["item_codes"] or ()),
            item_names=tuple(row["item_names"] or ()),
            tracking_number=row["application__tracking_number"] or "",
            catalog_name=row["application__catalog_name"],
            facts=TaskFacts.of(row),
            due_on=row["due_on"],
            paused_on=row["paused_on"],
        )


async def _tasks(query: QuerySet[Task]) -> list[TaskRow]:
    return [TaskRow.of(row) for row in await query.values(*_TASK_FIELDS)]


# --- overdue tasks ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OverdueTask:
    task: TaskRow
    due_on: date
    working_days_late: int
    escalated_on: date | None


@dataclass(frozen=True)
class TaskPage(Generic[N]):
    """A page of a list of open tasks, ordered by (a date, the task's id) in SQL."""

    nodes: list[N]
    has_next: bool
    total_count: int

    @property
    def next_cursor(self) -> str | None:
        return encode_cursor(*task_key(self.nodes[-1])) if self.has_next and self.nodes else None


def task_key(node: OverdueTask | PausedTask) -> tuple[str, int]:
    """What a listed task's cursor encodes: the date it is ordered by (due or paused on), its id."""
    day = node.due_on if isinstance(node, OverdueTask) else node.paused_on
    return day.isoformat(), node.task.id


def _parse_cursor(after: str | None) -> tuple[date, int] | None:
    parts = decode_cursor(after, parts=2)
    if parts is None:
        return None
    task_id = parse_id(parts[1])
    try:
        day = date.fromisoformat(parts[0])
    except ValueError as exc:
        raise Failure(KernelError.INVALID_CURSOR) from exc
    if task_id is None:
        raise Failure(KernelError.INVALID_CURSOR)
    return day, task_id


async def _page(selected: Q, by: str, first: int, after: str | None) -> tuple[list[TaskRow], bool, int]:
    """One page of the open tasks ``selected`` ordered by (the date column ``by``, id) after the cursor, as
    the open tasks' index on (``by``, id) keeps them (``models.open_tasks_index``: the page is read from
    the index, whatever the number of tasks), and their number: two queries."""
    first = page_size(first, MAX_PAGE)
    cursor = _parse_cursor(after)
    query = Task.filter(selected)
    if cursor is not None:
        day, task_id = cursor  # ``by >= day``: where the index scan starts; the rest of the keyset after it
        later: dict[str, Any] = {f"{by}__gt": day}
        same_day: dict[str, Any] = {by: day, "id__gt": task_id}
        query = query.filter(**{f"{by}__gte": day}).filter(Q(**later) | Q(**same_day))
    rows = await _tasks(query.order_by(by, "id").limit(first + 1))
    total = await Task.filter(selected).count()
    return rows[:first], len(rows) > first, total


async def overdue_tasks(today: date, first: int = 20, after: str | None = None) -> TaskPage[OverdueTask]:
    """Open tasks past their due date on ``today``, the longest overdue first: three queries (the page,
    the count, the page's escalations)."""
    rows, has_next, total = await _page(overdue_sql(today), "due_on", first, after)
    page_ids = [row.id for row in rows]
    escalated = dict(await Escalation.filter(task_id__in=page_ids).values_list("task_id", "escalated_on"))
    nodes = [_overdue(row, today, escalated.get(row.id)) for row in rows]
    return TaskPage(nodes, has_next, total)


def _overdue(row: TaskRow, today: date, escalated_on: date | None) -> OverdueTask:
    assert row.due_on is not None  # overdue_sql selects tasks with a due date
    return OverdueTask(row, row.due_on, working_days_late(row.facts, today), escalated_on)


@dataclass(frozen=True)
class PausedTask:
    task: TaskRow
    paused_on: date  # the clock stopped after this day
    reason: str  # e.g. 容缺材料“…”逾期未补齐
    working_days_left: int  # frozen while stopped


async def paused_tasks(today: date, first: int = 20, after: str | None = None) -> TaskPage[PausedTask]:
    """Open tasks whose clock is stopped on ``today`` (flag PAUSED), the longest stopped first, with
    why: two queries (the page, the count)."""
    rows, has_next, total = await _page(waiting_sql(today), "paused_on", first, after)
    return TaskPage([_paused(row, today) for row in rows], has_next, total)


def _paused(row: TaskRow, today: date) -> PausedTask:
    assert row.paused_on is not None  # waiting_sql selects tasks with a running pause
    pause = row.facts.running_pause
    reason = pause.reason if pause is not None else ""
    return PausedTask(row, row.paused_on, reason, row.facts.remaining(today) or 0)


def overdue_notice(row: TaskRow, due: date, today: date) -> TaskOverdue:
    """What the supervisors are told about an overdue task."""
    late = working_days_late(row.facts, today)
    return TaskOverdue(
        tracking_number=row.tracking_number,
        name=row.catalog_name,
        status="overdue",
        reason=f"{row.department_name}办理已超期 {late} 个工作日（应于 {due.isoformat()} 前办结）",
        department=row.department_name,
        due_on=due.isoformat(),
    )


async def unreported_overdue(today: date) -> list[TaskRow]:
    """The tasks overdue on ``today`` not escalated yet, the longest overdue first: one query."""
    return await _tasks(Task.filter(overdue_sql(today), escalation=None).order_by("due_on", "id"))


async def escalate_overdue(today: date, *, now: datetime | None = None) -> list[Escalation]:
    """Report each overdue task once: an ``Escalation`` row and a ``task_overdue`` outbox row to every
    supervisor, in one transaction per task. Running it again escalates nothing new (the escalation is
    unique per task, so concurrent runs in several processes are safe too)."""
    now = now or clock.now()
    todo = [(row, row.due_on) for row in await unreported_overdue(today) if row.due_on is not None]
    if not todo:
        return []
    supervisors = await supervisor_ids()
    created: list[Escalation] = []
    for row, due in todo:
        try:
            async with changing() as tx:
                escalation = await Escalation.create(
                    task_id=row.id,
                    department_id=row.department_id,
                    due_on=due,
                    escalated_on=today,
                    supervisors_notified=len(supervisors),
                )
                await tx.notify(
                    overdue_notice(row, due, today), to=supervisors, application_id=row.application_id, at=now
                )
        except IntegrityError:  # another process escalated it meanwhile
            continue
        created.append(escalation)
    return created


async def run_supervision(today: date) -> dict[str, int]:
    """The daily job: 容缺 reminders and stopped clocks (``review.services.owed_daily``), then escalate
    what became overdue. Safe to run as often as you like."""
    owed = await run_owed_daily(today)
    escalated = await escalate_overdue(today)
    checks = await escalate_overdue_checks(today)  # 告知承诺 checks past their verify-by date
    log.info(
        "supervision %s: %d task(s) escalated, %d commitment check(s) escalated, "
        "%d 容缺 reminder(s), %d late material(s) paused",
        today.isoformat(),
        len(escalated),
        checks,
        owed["reminded"],
        owed["paused"],
    )
    return {"escalated": len(escalated), "commitment_checks": checks, **owed}


# --- the dashboard ----------------------------------------------------------------------------------------


@dataclass
class Stats:
    tasks: int = 0
    done: int = 0
    done_on_time: int = 0
    overdue_now: int = 0
    due_soon_now: int = 0
    paused_now: int = 0
    cases_opened: int = 0
    cases_closed: int = 0

    @property
    def on_time_rate(self) -> float | None:
        return round(self.done_on_time / self.done, 4) if self.done else None

    @property
    def rectification_rate(self) -> float | None:
        return round(self.cases_closed / self.cases_opened, 4) if self.cases_opened else None

    def count_task(self, flag: Flag) -> None:
        self.tasks += 1
        if flag in (Flag.DONE_ON_TIME, Flag.DONE_LATE):
            self.done += 1
            self.done_on_time += flag is Flag.DONE_ON_TIME
        self.overdue_now += flag is Flag.OVERDUE
        self.due_soon_now += flag is Flag.DUE_SOON
        self.paused_now += flag is Flag.PAUSED

    def count_case(self, closed: bool) -> None:
        self.cases_opened += 1
        self.cases_closed += closed


@dataclass
class Row:
    code: str
    name: str
    stats: Stats = field(default_factory=Stats)


@dataclass(frozen=True)
class Dashboard:
    start: date
    end: date
    today: date
    total: Stats
    departments: list[Row]
    items: list[Row]


async def dashboard(start: date, end: date, today: date) -> Dashboard:
    """Per department and per item, over the tasks whose clock started in [start, end] and the cases
    opened then: tasks, done, done on time, on-time rate, overdue / due soon / paused on ``today``,
    and the rectification rate (cases closed / opened). Two queries, whatever the number of rows.

    A task counts for each service item it handles; a case counts for the item or bundle it names."""
    if end < start or (end - start).days > MAX_RANGE_DAYS:
        raise Failure(SupervisionError.INVALID_RANGE, days=MAX_RANGE_DAYS)
    total = Stats()
    departments: dict[str, Row] = {}
    items: dict[str, Row] = {}
    tasks = await _tasks(Task.filter(started_on__gte=start, started_on__lte=end).order_by("id"))
    for row in tasks:
        flag = task_flag(row.facts, today)
        total.count_task(flag)
        code = row.department_code
        departments.setdefault(code, Row(code, row.department_name)).stats.count_task(flag)
        for code, name in zip(row.item_codes, row.item_names, strict=False):
            items.setdefault(code, Row(code, name)).stats.count_task(flag)
    cases = await RectificationCase.filter(opened_on__gte=start, opened_on__lte=end).values(
        "department__code", "department__name", "catalog_code", "catalog_name", "closed_at"
    )
    for case in cases:
        closed = case["closed_at"] is not None
        total.count_case(closed)
        if case["department__code"]:
            code, name = case["department__code"], case["department__name"]
            departments.setdefault(code, Row(code, name)).stats.count_case(closed)
        if case["catalog_code"]:
            code = case["catalog_code"]
            items.setdefault(code, Row(code, case["catalog_name"])).stats.count_case(closed)
    return Dashboard(
        start=start,
        end=end,
        today=today,
        total=total,
        departments=sorted(departments.values(), key=lambda r: r.code),
        items=sorted(items.values(), key=lambda r: r.code),
    )
