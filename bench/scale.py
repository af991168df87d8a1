"""Cost as the history grows: the staff queue (preReviewQueue), the citizen's list (myApplications) and
supervision (overdueTasks, pausedTasks) at 1k, 10k and 100k applications on PostgreSQL, seeded by SQL
(``bench.seed``: 1 % submitted, 1 % in pre-review, 2 % with an open task, the rest closed). For each,
what its resolver reads (the query function and ``application_views`` for a page of 20): the median time
of 20 runs and the number of SQL statements, which must not grow with the table.

    python -m bench.scale [--sizes 1000,10000,100000] [--database-url postgres://…/onevisit_bench]

It empties the database it is given (``DROP SCHEMA public CASCADE``): by default ``onevisit_bench``
(``bench.submissions.PG_URL``), or ``BENCH_SCALE_URL``; give a database nobody else is using.

Supervision (overdueTasks, pausedTasks) selects, orders and pages in SQL on the columns the task clock
stores (``due_on``, ``paused_on``), by index: it reads a page of tasks, not every open one.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import time
from collections.abc import Awaitable, Callable

import asyncpg
from tortoise import Tortoise

import api.applications.services  # noqa: F401  first: supervision → commitments → applications is a cycle
from api import clock, db
from api.applications.queries import applications_of
from api.applications.views import application_views
from api.catalog.loader import load_catalog, read_catalog
from api.graphql.connections import id_window
from api.review.queries import pre_review_queue
from api.settings import ROOT, Settings, tortoise_config
from api.supervision.services import overdue_tasks, paused_tasks
from bench.seed import seed
from bench.submissions import PG_URL

RUNS = 20


class Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.statements += 1


async def measure(run: Callable[[], Awaitable[object]]) -> tuple[float, int]:
    """Median milliseconds of RUNS calls after a warm-up, and the statements of one call."""
    await run()
    logger = logging.getLogger("tortoise.db_client")
    counter = Counter()
    logger.setLevel(logging.DEBUG)
    logger.addHandler(counter)
    try:
        await run()
    finally:
        logger.removeHandler(counter)
        logger.setLevel(logging.WARNING)
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        await run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), counter.statements


async def one_size(n: int, url: str) -> None:
    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://"))
    await conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    await conn.close()
    await Tortoise.init(config=tortoise_config(url))
    try:
        await db.migrate(url)
        await load_catalog(read_catalog(ROOT / "data" / "catalog"))
        seeded = await seed(n)

        async def queue() -> None:
            await application_views((await pre_review_queue(20)).rows)

        async def mine() -> None:
            window = await id_window(applications_of(seeded.me.id, False), 20, None)
            await application_views(window.rows)

        async def overdue() -> None:
            await overdue_tasks(clock.today(), 20)

        async def paused() -> None:
            await paused_tasks(clock.today(), 20)

        runs = {"preReviewQueue": queue, "myApplications": mine}
        runs |= {"overdueTasks": overdue, "pausedTasks": paused}
        for name, run in runs.items():
            ms, statements = await measure(run)
            print(f"{n:>7} applications   {name:15s} {ms:8.2f} ms   {statements} SQL statements", flush=True)
    finally:
        await Tortoise.close_connections()


def main() -> None:
    Settings.from_env().setup_data_keys()
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--database-url", default=os.environ.get("BENCH_SCALE_URL", PG_URL))
    args = parser.parse_args()
    for n in (int(s) for s in args.sizes.split(",")):
        asyncio.run(one_size(n, args.database_url))


if __name__ == "__main__":
    main()
