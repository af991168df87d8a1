"""The hot lists use indexes on PostgreSQL: the staff queue (preReviewQueue), the citizen's list
(myApplications) and supervision (overdueTasks, pausedTasks, the escalation job's selection). The SQL is
captured from the query functions as they run it (tortoise logs each statement with its values), then
EXPLAINed on 20,000 seeded applications: no sequential scan of the big tables, and supervision's reads of
the tasks go through an index of theirs."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable

import pytest

import api.applications.services  # noqa: F401  first: supervision → commitments → applications is a cycle
from api import clock
from api.applications import queries as application_queries
from api.applications.models import Application
from api.applications.timeline import load_many
from api.catalog.loader import load_catalog
from api.graphql.connections import id_window
from api.review import queries as review_queries
from api.supervision import services as supervision
from bench.seed import seed

pytestmark = pytest.mark.postgres

BIG = ("applications_application", "applications_task", "applications_event", "applications_material")


class Statements(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.seen: list[tuple[str, list[object]]] = []

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args
        if isinstance(args, tuple) and len(args) == 2 and str(args[0]).lstrip().upper().startswith("SELECT"):
            self.seen.append((str(args[0]), list(args[1] or [])))  # pyright: ignore[reportUnknownArgumentType]


async def statements_of(run: Callable[[], Awaitable[object]]) -> list[tuple[str, list[object]]]:
    logger = logging.getLogger("tortoise.db_client")
    handler = Statements()
    previous = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    try:
        await run()
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)
    assert handler.seen, "no statement captured"
    return handler.seen


async def plans(run: Callable[[], Awaitable[object]]) -> list[tuple[str, str]]:
    db = Application._meta.db  # pyright: ignore[reportPrivateUsage]
    found = []
    for sql, values in await statements_of(run):
        rows = await db.execute_query_dict("EXPLAIN " + sql, values)
        found.append((sql, "\n".join(r["QUERY PLAN"] for r in rows)))
    return found


def sequential_scans(plan: str) -> list[str]:
    return [t for t in BIG if re.search(rf"Seq Scan on {t}\b", plan)]


@pytest.fixture
async def seeded(database, demo_source):
    if not database.startswith("postgres"):
        pytest.skip("EXPLAIN of PostgreSQL plans")
    await load_catalog(demo_source)
    return await seed(20_000)


async def test_the_staff_queue_uses_an_index(seeded):
    async def queue() -> None:
        page = await review_queries.pre_review_queue(20)
        assert len(page.rows) == 20 and page.total_count == 400
        await load_many(page.rows)

    for sql, plan in await plans(queue):
        assert not sequential_scans(plan), f"{sql}\n{plan}"


async def test_the_citizens_list_uses_an_index(seeded):
    async def mine() -> None:
        window = await id_window(application_queries.applications_of(seeded.me.id, False), 20, None)
        assert len(window.rows) == 20
        await load_many(window.rows)

    for sql, plan in await plans(mine):
        assert not sequential_scans(plan), f"{sql}\n{plan}"


async def task_indexes() -> set[str]:
    db = Application._meta.db  # pyright: ignore[reportPrivateUsage]
    rows = await db.execute_query_dict(
        "SELECT indexname FROM pg_indexes WHERE tablename = 'applications_task'"
    )
    return {row["indexname"] for row in rows}


async def test_supervision_selects_pages_and_counts_open_tasks_by_index(seeded):
    today = clock.today()

    async def overdue() -> None:
        page = await supervision.overdue_tasks(today, 20)
        assert len(page.nodes) == 20 and page.total_count > 20
        later = await supervision.overdue_tasks(today, 20, page.next_cursor)
        assert later.nodes[0].task.id not in {n.task.id for n in page.nodes}

    async def paused() -> None:
        page = await supervision.paused_tasks(today, 20)
        assert len(page.nodes) == 20 and page.total_count > 20

    async def to_escalate() -> None:
        assert len(await supervision.unreported_overdue(today)) > 20

    indexes = await task_indexes()
    assert "idx_task_open_due_on" in indexes
    pages = 0
    for run in (overdue, paused, to_escalate):
        for sql, plan in await plans(run):
            assert not sequential_scans(plan), f"{sql}\n{plan}"
            if 'FROM "applications_task"' in sql:  # the page, the count: the tasks by an index of theirs
                used = {
                    name for name in indexes if re.search(rf"Index (Only )?Scan (using|on) {name}\b", plan)
                }
                assert used, f"{sql}\n{plan}"
            if run is overdue and "LIMIT" in sql:  # a page: read in order from the open tasks' index, no sort
                pages += 1
                assert "Index Scan using idx_task_open_due_on" in plan and "Sort" not in plan, (
                    f"{sql}\n{plan}"
                )
    assert pages == 2  # the first page and the one after its cursor
