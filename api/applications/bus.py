"""Who must hear that an application changed: the GraphQL subscriptions of every app process.

It also carries the hall queue's announcements (``hall:<code>``: a ticket was taken or called, for the
hall display) and one other announcement, "access changed" (a grant, a consent or a client was
revoked or disabled): every live subscription wakes up and checks again whether it may go on.

On SQLite (one process) changes are announced in-process after the commit. On PostgreSQL the
announcement is a ``pg_notify`` inside the writing transaction — delivered to every process
LISTENing, only if the transaction commits — and each process's listener hands it to its own
subscribers. No other broker.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import defaultdict
from collections.abc import AsyncIterator
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

CHANNEL = "onevisit_applications"
ACCESS_CHANGED = "access"  # the payload that wakes every subscriber to re-check its authorization
HALL_PREFIX = "hall:"  # "hall:CA": the hall's queue changed
log = logging.getLogger("onevisit.bus")


class Bus:
    def __init__(self) -> None:
        self._queues: dict[int | str, set[asyncio.Queue[int]]] = defaultdict(set)
        self.postgres = False  # set when a PostgreSQL listener runs: then announcements go through it
        self._listener: Any = None  # the asyncpg connection LISTENing (asyncpg is untyped)

    def publish(self, application_id: int | str) -> None:
        for queue in list(self._queues.get(application_id, ())):
            with contextlib.suppress(asyncio.QueueFull):
                queue.put_nowait(application_id if isinstance(application_id, int) else 0)

    def publish_all(self) -> None:
        """Wake every subscriber of this process (authorization may have changed)."""
        for queues in list(self._queues.values()):
            for queue in list(queues):
                with contextlib.suppress(asyncio.QueueFull):
                    queue.put_nowait(0)

    @contextlib.asynccontextmanager
    async def subscribe(self, application_id: int | str) -> AsyncIterator[asyncio.Queue[int]]:
        queue: asyncio.Queue[int] = asyncio.Queue(maxsize=16)
        self._queues[application_id].add(queue)
        try:
            yield queue
        finally:
            self._queues[application_id].discard(queue)
            if not self._queues[application_id]:
                del self._queues[application_id]

    async def listen_postgres(self, dsn: str) -> None:
        """Start LISTENing on PostgreSQL (called at app start when DATABASE_URL is PostgreSQL)."""
        import asyncpg

        connection = await asyncpg.connect(dsn.replace("postgres://", "postgresql://", 1))

        def on_notify(_connection: object, _pid: int, _channel: str, payload: str) -> None:
            if payload == ACCESS_CHANGED:
                self.publish_all()
                return
            if payload.startswith(HALL_PREFIX):
                self.publish(payload)
                return
            try:
                self.publish(int(payload))
            except ValueError:
                log.warning("ignored a malformed notification %r", payload)

        await connection.add_listener(CHANNEL, on_notify)
        self._listener = connection
        self.postgres = True

    async def close(self) -> None:
        if self._listener is not None:
            await self._listener.close()
            self._listener = None
        self.postgres = False


BUS = Bus()


def hall_key(hall_code: str) -> str:
    return f"{HALL_PREFIX}{hall_code}"


async def notify_in_transaction(connection: BaseDBAsyncClient, application_id: int | str) -> None:
    """Inside the writing transaction: on PostgreSQL, queue the announcement for commit time."""
    if BUS.postgres:
        await connection.execute_query("SELECT pg_notify($1, $2)", [CHANNEL, str(application_id)])


def after_commit(application_id: int | str) -> None:
    """After the commit: on SQLite, tell this process's subscribers (PostgreSQL's NOTIFY does it there)."""
    if not BUS.postgres:
        BUS.publish(application_id)


async def announce_access_changed() -> None:
    """A grant, consent or client was revoked or disabled: every process's subscriptions re-check now
    (they also re-check on every event and on a timer, so a lost announcement only delays the stop)."""
    if BUS.postgres:
        from tortoise import connections

        await connections.get("postgres").execute_query("SELECT pg_notify($1, $2)", [CHANNEL, ACCESS_CHANGED])
    else:
        BUS.publish_all()
