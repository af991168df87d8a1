"""电子监察 over the database: escalation once per overdue task, the dashboard's figures, the overdue list,
and a constant number of SQL queries whatever the number of tasks."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime

import pytest

from api.catalog.snapshot import CatalogCache
from api.failures import Failure
from api.feedback import services as feedback
from api.graphql.context import Context
from api.identity.enums import Role
from api.identity.principal import Principal, PrincipalKind
from api.identity.runtime import IdentityRuntime
from api.schema import build_schema
from api.supervision import services
from api.supervision.models import Escalation
from notifications.models import OutboxMessage
from tests.conftest import count_queries, make_settings
from tests.supervision.conftest import Spec, make_tasks

TODAY = date(2025, 10, 15)  # after the National Day holiday
DONE_LATE = datetime(2025, 9, 29, 2, 0, tzinfo=UTC)  # Sep 29 in China, the day after Sep 28
DONE_ON_TIME = datetime(2025, 10, 10, 2, 0, tzinfo=UTC)

SPECS = [
    Spec(date(2025, 9, 30), 5),  # 0: due Oct 14 → overdue on Oct 15
    Spec(date(2025, 9, 26), 1, status="pending"),  # 1: due Sep 28 (make-up Sunday) → overdue
    Spec(date(2025, 9, 30), 20),  # 2: due Nov 4 → on time
    Spec(date(2025, 9, 29), 5, pauses=((date(2025, 9, 30), None),)),  # 3: paused
    Spec(date(2025, 9, 26), 1, status="approved", decided_at=DONE_LATE),  # 4: done late
    Spec(None, 5, status="pending"),  # 5: not accepted yet
    Spec(date(2025, 9, 30), 5, status="approved", decided_at=DONE_ON_TIME),  # 6: done on time
    Spec(date(2025, 10, 9), 3),  # 7: due Oct 13 (Oct 10, 11, 13) → overdue, started after the range
]


async def test_overdue_tasks_are_escalated_once(people):
    tasks = await make_tasks(people["citizen"], SPECS)
    supervisors = {people["supervisor_1"].id, people["supervisor_2"].id}
    first = await services.escalate_overdue(TODAY)
    assert sorted(e.task_id for e in first) == sorted([tasks[0].id, tasks[1].id, tasks[7].id])
    escalation = await Escalation.get(task_id=tasks[1].id)
    assert escalation.due_on == date(2025, 9, 28) and escalation.escalated_on == TODAY
    assert escalation.supervisors_notified == 2
    notes = await OutboxMessage.filter(kind="task_overdue").order_by("id")
    assert len(notes) == 6 and {n.recipient_id for n in notes} == supervisors
    assert "超期" in notes[0].payload["reason"] and notes[0].application_id == tasks[0].application_id

    # twice, later, or concurrently: nothing new
    assert await services.escalate_overdue(TODAY) == []
    assert await services.escalate_overdue(date(2025, 10, 20)) == []
    await asyncio.gather(*(services.escalate_overdue(date(2025, 10, 21)) for _ in range(3)))
    assert await Escalation.all().count() == 3
    assert await OutboxMessage.filter(kind="task_overdue").count() == 6

    # a task that runs out later is escalated then; the paused one never while it waits
    assert await services.run_supervision(date(2025, 11, 5)) == {
        "escalated": 1,
        "commitment_checks": 0,
        "reminded": 0,
        "paused": 0,
    }
    assert await Escalation.filter(task_id=tasks[2].id).exists()
    assert not await Escalation.filter(task_id=tasks[3].id).exists()


async def test_the_overdue_list_is_sorted_and_paginated(people):
    tasks = await make_tasks(people["citizen"], SPECS)
    await services.escalate_overdue(date(2025, 10, 14))  # only Sep 28's and Oct 13's were late then
    page = await services.overdue_tasks(TODAY, first=2)
    assert page.total_count == 3
    assert [n.task.id for n in page.nodes] == [tasks[1].id, tasks[7].id]  # due Sep 28, Oct 13
    assert [n.working_days_late for n in page.nodes] == [8, 2]  # Sep 29, 30, Oct 9–11, 13–15; Oct 14–15
    assert page.nodes[0].escalated_on == date(2025, 10, 14)
    rest = await services.overdue_tasks(TODAY, first=2, after=page.next_cursor)
    assert [n.task.id for n in rest.nodes] == [tasks[0].id] and rest.next_cursor is None
    assert rest.nodes[0].escalated_on is None and rest.nodes[0].due_on == date(2025, 10, 14)
    with pytest.raises(Failure):
        await services.overdue_tasks(TODAY, after="nonsense")


async def test_dashboard_figures(people):
    tasks = await make_tasks(people["citizen"], SPECS)
    catalog = await CatalogCache(0).get()
    in_range = datetime(2025, 9, 15, 2, 0, tzinfo=UTC)
    closed = await feedback.report_problem(
        catalog, "窗口推诿扯皮", "CG01", "13912345678", None, "x", now=in_range
    )
    await feedback.answer_case(closed.case.id, people["supervisor_1"].id, "已约谈，已整改")
    await feedback.report_problem(catalog, "还在处理的问题", "CG01", "13912345678", None, "x", now=in_range)
    await feedback.report_problem(catalog, "区间之外的问题", "CG01", "13912345678", None, "x")

    board = await services.dashboard(date(2025, 9, 1), date(2025, 9, 30), TODAY)
    total = board.total
    assert (total.tasks, total.done, total.done_on_time) == (6, 2, 1)  # 0–4 and 6
    assert total.on_time_rate == 0.5
    assert (total.overdue_now, total.due_soon_now, total.paused_now) == (2, 0, 1)
    assert (total.cases_opened, total.cases_closed, total.rectification_rate) == (2, 1, 0.5)
    by_department = {row.code: row.stats for row in board.departments}
    first = await tasks[0].department
    assert by_department[first.code].tasks == 1 and by_department[first.code].overdue_now == 1
    assert by_department["CG"].cases_opened == 2 and by_department["CG"].rectification_rate == 0.5
    by_item = {row.code: row.stats for row in board.items}
    assert by_item["CG01"].cases_closed == 1
    assert by_item[f"{first.code}99"].tasks == 1
    assert sum(s.tasks for s in by_department.values()) == 6

    later = await services.dashboard(date(2025, 10, 1), date(2025, 10, 31), TODAY)
    assert later.total.tasks == 1 and later.total.on_time_rate is None  # task 7, not done
    with pytest.raises(Failure):
        await services.dashboard(date(2025, 10, 1), date(2025, 9, 1), TODAY)


DASHBOARD = """{ supervisionDashboard(from: "2025-01-01", to: "2025-12-31") {
  __typename ... on SupervisionDashboard { total { tasks done onTimeRate overdueNow rectificationRate }
  departments { code name stats { tasks overdueNow dueSoonNow } } items { code stats { tasks } } } } }"""
OVERDUE = """{ overdueTasks(first: 50) { __typename ... on OverdueTaskConnection {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { taskId trackingNumber departmentName dueOn workingDaysLate escalatedOn } } } } }"""


def _mix(n: int) -> list[Spec]:
    return [SPECS[i % len(SPECS)] for i in range(n)]


async def test_dashboard_and_overdue_list_cost_constant_queries(people, database, tmp_path):
    settings = make_settings(tmp_path, database)
    schema = build_schema(settings)
    supervisor = Principal(
        PrincipalKind.USER, user_id=people["supervisor_1"].id, roles=frozenset({Role.SUPERVISOR})
    )
    context = Context(
        settings, CatalogCache(0), IdentityRuntime.for_base_url(settings.public_base_url), supervisor
    )

    async def measure() -> tuple[int, int, dict, dict]:
        with count_queries() as board:
            dashboard = await schema.execute(DASHBOARD, context_value=context)
        with count_queries() as overdue:
            listing = await schema.execute(OVERDUE, context_value=context)
        assert not dashboard.errors and not listing.errors, (dashboard.errors, listing.errors)
        return len(board.queries), len(overdue.queries), dashboard.data, listing.data

    await make_tasks(people["citizen"], _mix(10))
    small_board, small_list, data, _ = await measure()
    assert data["supervisionDashboard"]["total"]["tasks"] == 9  # one in 8 is not accepted yet
    await services.escalate_overdue(date(2026, 1, 5))  # some of the list escalated
    await make_tasks(people["citizen"], _mix(190))
    big_board, big_list, data, listing = await measure()
    assert data["supervisionDashboard"]["total"]["tasks"] == sum(1 for s in _mix(200) if s.started_on)
    assert listing["overdueTasks"]["totalCount"] > 50 and listing["overdueTasks"]["pageInfo"]["endCursor"]
    # the list: its page, its count, the page's escalations
    assert (small_board, small_list) == (big_board, big_list) == (2, 3)


async def test_the_escalation_tells_the_supervisors_with_a_task_overdue_payload(people):
    from notifications.payloads import TaskOverdue
    from notifications.templates import render

    tasks = await make_tasks(people["citizen"], SPECS[:2])
    await services.escalate_overdue(TODAY)
    note = await OutboxMessage.filter(kind="task_overdue", application_id=tasks[1].application_id).first()
    assert set(note.payload) <= TaskOverdue.field_keys()
    assert note.payload["dueOn"] == "2025-09-28" and note.payload["department"]
    assert "2025-09-28" in render(note.kind, note.payload, locale="en").body


async def test_the_paused_list_is_sorted_and_paginated(people):
    stopped = [
        Spec(date(2025, 9, 29), 5, pauses=((date(2025, 10, 9), None),)),  # stopped after Oct 9
        Spec(date(2025, 9, 29), 5, pauses=((date(2025, 9, 30), None),)),  # after Sep 30
        Spec(date(2025, 9, 29), 5, pauses=((date(2025, 9, 30), date(2025, 10, 9)),)),  # resumed: runs
        Spec(date(2025, 9, 29), 5, pauses=((date(2025, 9, 30), None),)),  # after Sep 30
        Spec(date(2025, 9, 29), 5, "approved", ((date(2025, 9, 30), None),), DONE_ON_TIME),  # decided
    ]
    tasks = await make_tasks(people["citizen"], stopped)
    page = await services.paused_tasks(TODAY, first=2)
    assert page.total_count == 3
    assert [n.task.id for n in page.nodes] == [tasks[1].id, tasks[3].id]  # Sep 30, by id
    assert [n.paused_on for n in page.nodes] == [date(2025, 9, 30)] * 2
    assert page.nodes[0].working_days_left == 4  # Sep 30 counted, the clock stopped after it
    rest = await services.paused_tasks(TODAY, first=2, after=page.next_cursor)
    assert [n.task.id for n in rest.nodes] == [tasks[0].id] and rest.next_cursor is None
