"""A slot is never over-booked: a burst of 200 people for 10 places, in one process (SQLite file and
PostgreSQL) and across four processes on one SQLite file."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
import time
from collections import Counter
from datetime import date

import pytest
from tortoise import Tortoise
from tortoise.exceptions import TransactionManagementError

from api import db
from api.appointments import services
from api.appointments.errors import AppointmentError
from api.appointments.models import Booking, Slot
from api.catalog.loader import load_catalog
from api.catalog.snapshot import CatalogCache
from api.failures import Failure
from api.locking import immediate_transaction, is_retryable
from api.settings import ROOT, tortoise_config
from api.unit_of_work import changing
from notifications.models import OutboxMessage
from tests.appointments.conftest import NOW, one_slot, people

CAPACITY = 10


async def assert_exactly_full(slot: Slot) -> None:
    assert (await Slot.get(id=slot.id)).booked == CAPACITY
    assert await Booking.filter(slot_id=slot.id).count() == CAPACITY
    holders = await Booking.filter(slot_id=slot.id).values_list("user_id", flat=True)
    assert len(set(holders)) == CAPACITY
    assert await OutboxMessage.filter(kind=services.BOOKED_KIND).count() == CAPACITY
    assert await OutboxMessage.filter(kind=services.REMINDER_KIND).count() == CAPACITY


async def test_burst_in_one_process(world):
    """200 concurrent bookings, each its own person, for a slot of 10 (SQLite file and PostgreSQL)."""
    slot = await one_slot(world.catalog, date(2025, 10, 9), capacity=CAPACITY)
    crowd = await people(200)
    results = await asyncio.gather(
        *(services.book(world.catalog, p.id, slot.id, now=NOW) for p in crowd), return_exceptions=True
    )
    unexpected = [r for r in results if isinstance(r, BaseException) and not isinstance(r, Failure)]
    assert not unexpected, unexpected[:3]
    outcome = Counter("booked" if isinstance(r, Booking) else r.code for r in results)
    assert outcome == {"booked": CAPACITY, "SLOT_FULL": 200 - CAPACITY}
    await assert_exactly_full(slot)


async def test_burst_across_processes_on_one_sqlite_file(tmp_path, demo_source):
    """4 processes × 50 people against one SQLite file: BEGIN IMMEDIATE + busy_timeout, exactly 10."""
    url = f"sqlite://{tmp_path / 'burst.sqlite3'}"
    await Tortoise.init(config=tortoise_config(url))
    try:
        await db.migrate(url)
        await load_catalog(demo_source)
        slot = await one_slot(await CatalogCache(0).get(), date(2025, 10, 9), capacity=CAPACITY)
        crowd = [p.id for p in await people(200)]
        start = time.time() + 2.0  # every process fires at the same moment, after importing
        procs = [
            await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "tests.appointments.burst",
                url,
                str(slot.id),
                str(start),
                *map(str, crowd[n::4]),
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
        assert sum(r["booked"] for r in reports) == CAPACITY
        assert sum(r["refused"].get("SLOT_FULL", 0) for r in reports) == 200 - CAPACITY
        await assert_exactly_full(slot)
    finally:
        await Tortoise.close_connections()


async def test_immediate_transaction_gives_up_cleanly_when_locked(tmp_path):
    """BEGIN IMMEDIATE waits busy_timeout for another process's write lock, then fails without leaving
    the connection locked (tortoise's own context would hang every later query of the process)."""
    path = tmp_path / "locked.sqlite3"
    url = f"sqlite://{path}?busy_timeout=200"
    await Tortoise.init(config=tortoise_config(url))
    try:
        await db.migrate(url)
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        with pytest.raises(Exception, match="locked"):
            async with immediate_transaction(Slot._meta.db):
                pass
        assert time.monotonic() - started >= 0.15
        other.execute("ROLLBACK")
        other.close()
        assert await asyncio.wait_for(Slot.all().count(), timeout=5) == 0
        async with immediate_transaction(Slot._meta.db) as conn:
            assert await Slot.all().using_db(conn).count() == 0
    finally:
        await Tortoise.close_connections()


async def test_changing_immediate_takes_the_write_lock_first(tmp_path):
    """``changing(immediate=True)`` is ``BEGIN IMMEDIATE`` on SQLite: no other process starts writing
    while it runs (not even before its first write), and it cannot be nested in another transaction."""
    path = tmp_path / "immediate.sqlite3"
    url = f"sqlite://{path}?busy_timeout=100"
    await Tortoise.init(config=tortoise_config(url))
    try:
        await db.migrate(url)
        other = sqlite3.connect(path, isolation_level=None, timeout=0.1)
        async with changing(immediate=True):
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            with pytest.raises(TransactionManagementError):
                async with changing(immediate=True):
                    pass
        other.execute("BEGIN IMMEDIATE")  # released at the end of the block
        other.execute("ROLLBACK")
        other.close()
    finally:
        await Tortoise.close_connections()


def test_retryable_errors_are_postgres_serialization_failures_and_deadlocks():
    import asyncpg

    assert is_retryable(asyncpg.exceptions.SerializationError("could not serialize"))
    assert is_retryable(asyncpg.exceptions.DeadlockDetectedError("deadlock detected"))
    wrapped = RuntimeError("wrapped")
    wrapped.__cause__ = asyncpg.exceptions.DeadlockDetectedError("deadlock detected")
    assert is_retryable(wrapped)
    assert not is_retryable(asyncpg.exceptions.UniqueViolationError("duplicate"))
    assert not is_retryable(Failure(AppointmentError.SLOT_FULL))


async def test_crossing_moves_keep_the_counters_true(world):
    """Twenty people in each of two slots all move to the other one at once (PostgreSQL: row locks taken
    in slot-id order, so no deadlock); a third slot with 5 places gets a burst of moves too."""
    day = date(2025, 10, 9)
    left = await one_slot(world.catalog, day, "09:00-09:30", capacity=40)
    right = await one_slot(world.catalog, day, "09:30-10:00", capacity=40)
    small = await one_slot(world.catalog, day, "10:00-10:30", capacity=5)
    crowd = await people(40)
    bookings = [
        await services.book(world.catalog, p.id, (left if n % 2 else right).id, now=NOW)
        for n, p in enumerate(crowd)
    ]
    targets = {left.id: right.id, right.id: left.id}
    results = await asyncio.gather(
        *(services.move(world.catalog, b.user_id, b.id, targets[b.slot_id], now=NOW) for b in bookings),
        return_exceptions=True,
    )
    assert all(isinstance(r, Booking) for r in results), [r for r in results if not isinstance(r, Booking)][
        :3
    ]
    moved = results
    results = await asyncio.gather(
        *(services.move(world.catalog, b.user_id, b.id, small.id, now=NOW) for b in moved),
        return_exceptions=True,
    )
    unexpected = [r for r in results if isinstance(r, BaseException) and not isinstance(r, Failure)]
    assert not unexpected, unexpected[:3]
    assert Counter("moved" if isinstance(r, Booking) else r.code for r in results) == {
        "moved": 5,
        "SLOT_FULL": 35,
    }
    for slot in (left, right, small):
        live = await Booking.filter(slot_id=slot.id, status="booked").count()
        assert (await Slot.get(id=slot.id)).booked == live
    assert (await Slot.get(id=small.id)).booked == 5
    assert await Booking.filter(status="booked").count() == 40
