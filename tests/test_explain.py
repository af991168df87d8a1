"""The hot lists use indexes on PostgreSQL: the staff queue (preReviewQueue), the citizen's list
(myApplications) and supervision (overdueTasks). The SQL is captured from the query functions as they
run it (tortoise logs each statement with its values), then EXPLAINed on 20,000 seeded applications:
no sequential scan of the big tables (supervision: of the tasks; it joins the open tasks' applications,
which the planner may do by hashing the table rather than one index probe per open task)."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from datetime import date

import pytest

import api.applications.services  # noqa: F401  first: supervision → commitments → applications is a cycle
from api.applications import queries as application_queries
from api.applications.models import Application
from api.applications.timeline import load_many
from api.catalog.loader import load_catalog
from api.graphql.connections import id_window
from api.review import queries as review_queries
from api.supervision.services import overdue_tasks
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


async def test_supervision_reads_only_open_tasks_by_index(seeded):
    async def overdue() -> None:
        page = await overdue_tasks(date.today(), 20)
        assert page.total_count > 0

    for sql, plan in await plans(overdue):
        # the open tasks by index; the planner may hash-join their applications (a few % of the table)
        assert "applications_task" not in sequential_scans(plan), f"{sql}\n{plan}"
