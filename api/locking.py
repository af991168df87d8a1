"""Write transactions for counters that must never be over-committed, on both databases.

The one special transaction of the service: services take it through
``api.unit_of_work.changing(immediate=True)`` (events, typed outbox rows and announcements as in every
other unit of work), never by hand. It stays apart from tortoise's ``in_transaction()`` because
tortoise has no way to ask for ``BEGIN IMMEDIATE``.

* **SQLite**: tortoise starts transactions with a deferred ``BEGIN``. Across processes, a deferred
  transaction that reads and then writes can fail half-way with "database is locked" (in WAL mode
  SQLite does not call the busy handler when a reader's snapshot went stale before it upgrades to
  writing). :func:`immediate_transaction` starts with ``BEGIN IMMEDIATE`` instead: the write lock is
  taken first, waiting up to ``busy_timeout`` (set by ``api.settings.sqlite_url_with_pragmas``), so
  the whole transaction runs serialized against every other writer. Within one process tortoise
  already serializes transactions on its single connection.
* **PostgreSQL**: a plain transaction (read committed). A conditional ``UPDATE … WHERE booked <
  capacity`` re-checks its condition on the newest row version after waiting for the row lock, so it
  cannot over-book; :func:`retrying` repeats the whole transaction on a serialization failure
  (40001) or a deadlock (40P01).
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from tortoise.backends.base.client import BaseDBAsyncClient, TransactionalDBClient, TransactionContext
from tortoise.backends.sqlite.client import (
    SqliteClient,
    SqliteTransactionContext,
    SqliteTransactionWrapper,
)
from tortoise.connection import get_connections
from tortoise.exceptions import TransactionManagementError

T = TypeVar("T")

RETRY_SQLSTATES = frozenset({"40001", "40P01"})  # serialization_failure, deadlock_detected
ATTEMPTS = 6


class _ImmediateWrapper(SqliteTransactionWrapper):
    async def begin(self) -> None:
        try:
            await self._connection.commit()
            await self._connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise TransactionManagementError(exc) from exc


class _ImmediateContext(SqliteTransactionContext):
    """Like tortoise's, but releases the connection lock when ``BEGIN IMMEDIATE`` itself fails (after
    ``busy_timeout``): tortoise's context would keep it and hang every later query of the process."""

    async def __aenter__(self) -> TransactionalDBClient:
        await self._trxlock.acquire()
        try:
            await self.ensure_connection()
            await self.connection.begin()
        except BaseException:
            self._trxlock.release()
            raise
        self.token = get_connections().set(self.connection_name, self.connection)
        return self.connection


def immediate_transaction(client: BaseDBAsyncClient) -> TransactionContext:
    """A write transaction on ``client`` (e.g. ``Model._meta.db``): ``BEGIN IMMEDIATE`` on SQLite,
    an ordinary transaction elsewhere. Not for nesting inside another transaction."""
    if isinstance(client, TransactionalDBClient):
        raise TransactionManagementError("immediate_transaction() cannot be nested in a transaction")
    if isinstance(client, SqliteClient):
        return _ImmediateContext(_ImmediateWrapper(client), client._lock)
    return client._in_transaction()


def _sqlstate(exc: BaseException) -> str | None:
    seen: set[int] = set()
    pending: list[Any] = [exc]
    while pending:
        current = pending.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        state = getattr(current, "sqlstate", None)
        if isinstance(state, str):
            return state
        pending.extend([current.__cause__, current.__context__, *current.args])
    return None


def is_retryable(exc: BaseException) -> bool:
    return _sqlstate(exc) in RETRY_SQLSTATES


async def retrying(operation: Callable[[], Awaitable[T]], attempts: int = ATTEMPTS) -> T:
    """Run ``operation`` (one whole transaction) again when PostgreSQL aborted it as a serialization
    failure or deadlock victim, with a short randomized backoff."""
    for attempt in range(1, attempts + 1):
        try:
            return await operation()
        except Exception as exc:
            if attempt == attempts or not is_retryable(exc):
                raise
            await asyncio.sleep(random.uniform(0, 0.005 * 2**attempt))
    raise AssertionError("unreachable")
