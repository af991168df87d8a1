"""Four processes of window clerks on one SQLite file call the next ticket at the same moment: every
ticket is called exactly once (BEGIN IMMEDIATE + the conditional UPDATE)."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from datetime import timedelta

from tortoise import Tortoise

from api import db
from api.queue import services
from api.queue.enums import TicketStatus
from api.queue.models import Ticket
from api.settings import ROOT, tortoise_config
from tests.queue.test_services import AT

TICKETS = 40


async def test_calls_across_processes_on_one_sqlite_file(tmp_path):
    url = f"sqlite://{tmp_path / 'calls.sqlite3'}"
    await Tortoise.init(config=tortoise_config(url))
    try:
        await db.migrate(url)
        for n in range(TICKETS):
            await services.take_ticket("CA", "A", now=AT - timedelta(minutes=30) + timedelta(seconds=n))
        start = time.time() + 2.0
        procs = [
            await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "tests.queue.callers",
                url,
                str(start),
                f"{n + 1}号窗口",
                "15",
                cwd=ROOT,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
            for n in range(4)
        ]
        outputs = [await p.communicate() for p in procs]
        assert all(p.returncode == 0 for p in procs), [err.decode()[-2000:] for _, err in outputs]
        reports = [json.loads(out) for out, _ in outputs]
        assert all(not r["errors"] for r in reports), reports
        called = [t for r in reports for t in r["called"]]
        assert len(called) == TICKETS and len(set(called)) == TICKETS  # each ticket once
        assert sum(r["refused"].get("NOBODY_WAITING", 0) for r in reports) == 60 - TICKETS
        assert await Ticket.filter(status=TicketStatus.CALLED).count() == TICKETS
    finally:
        await Tortoise.close_connections()
