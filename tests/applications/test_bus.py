"""Live timelines across app processes: PostgreSQL NOTIFY, sent only when the transaction commits."""

from __future__ import annotations

import asyncio

import pytest
from tortoise.transactions import in_transaction

from api.applications import bus
from tests.conftest import POSTGRES_URL, require_postgres

pytestmark = pytest.mark.postgres


async def _received(queue: asyncio.Queue, wait: float = 3.0):
    try:
        return await asyncio.wait_for(queue.get(), wait)
    except TimeoutError:
        return None


async def test_every_process_hears_a_committed_change_and_none_hears_a_rolled_back_one(monkeypatch):
    require_postgres()
    from tortoise import Tortoise

    from api.settings import tortoise_config

    await Tortoise.init(config=tortoise_config(POSTGRES_URL))
    first, second = bus.Bus(), bus.Bus()  # two app processes' buses
    await first.listen_postgres(POSTGRES_URL)
    await second.listen_postgres(POSTGRES_URL)
    monkeypatch.setattr(bus, "BUS", first)  # the writer is the first process
    try:
        async with first.subscribe(4242) as a, second.subscribe(4242) as b:
            with pytest.raises(RuntimeError):
                async with in_transaction() as conn:
                    await bus.notify_in_transaction(conn, 4242)
                    raise RuntimeError("rolled back")
            assert await _received(a, 0.5) is None and await _received(b, 0.5) is None

            async with in_transaction() as conn:
                await bus.notify_in_transaction(conn, 4242)
                assert await _received(b, 0.3) is None  # not before the commit
            assert await _received(a) == 4242
            assert await _received(b) == 4242
            bus.after_commit(4242)  # on PostgreSQL the listener does it: no second announcement
            assert await _received(a, 0.3) is None
    finally:
        await first.close()
        await second.close()
        await Tortoise.close_connections()
