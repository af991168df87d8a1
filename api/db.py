"""Database start-up: SQLite gets its schema built from the models; PostgreSQL runs aerich migrations."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

from tortoise import Tortoise

from api.settings import ROOT, tortoise_config


def is_sqlite(database_url: str) -> bool:
    return database_url.startswith("sqlite://")


def ensure_sqlite_directory(database_url: str) -> None:
    if is_sqlite(database_url) and ":memory:" not in database_url:
        path = Path(database_url.removeprefix("sqlite://").split("?", 1)[0])
        path.parent.mkdir(parents=True, exist_ok=True)


async def migrate(database_url: str) -> list[str]:
    """Bring the schema up to date; returns what was applied."""
    if is_sqlite(database_url):
        # aerich migrations are PostgreSQL dialect and SQLite cannot alter columns:
        # the embedded database is built from the models (tables that exist are kept).
        await Tortoise.generate_schemas(safe=True)
        await _check_sqlite_columns(database_url)
        return ["sqlite: generate_schemas(safe=True)"]
    from aerich import Command

    command = Command(
        tortoise_config=tortoise_config(database_url), app="models", location=str(ROOT / "migrations")
    )
    async with _migration_lock(database_url):  # several processes starting at once: one migrates
        await command.init()
        return await command.upgrade(run_in_transaction=True)


class SchemaOutOfDate(RuntimeError):
    """A SQLite file built by an earlier version: tables it has lack columns the models now have."""


async def _check_sqlite_columns(database_url: str) -> None:
    """Every column of every model is in its table, or SchemaOutOfDate naming what is missing and what
    to do (``generate_schemas`` creates missing tables, never missing columns: the first query that
    needs one would fail far from here)."""
    missing: list[str] = []
    for app in Tortoise.apps.values():
        for model in app.values():
            meta = model._meta  # pyright: ignore[reportPrivateUsage]
            rows = await meta.db.execute_query_dict(f'PRAGMA table_info("{meta.db_table}")')
            present = {row["name"] for row in rows}
            columns = meta.fields_db_projection.values()
            missing += [f"{meta.db_table}.{column}" for column in columns if column not in present]
    if missing:
        path = database_url.removeprefix("sqlite://").split("?", 1)[0]
        raise SchemaOutOfDate(
            f"The SQLite file {path} was made by an earlier version of OneVisit and lacks "
            f"{', '.join(missing)}. SQLite files are built from the models, never altered: move the file "
            "away (the demo builds a new one at the next start) or use PostgreSQL, which migrates."
        )


MIGRATION_LOCK = 0x6F6E6576  # "onev": the advisory lock key every OneVisit process agrees on


@contextlib.asynccontextmanager
async def _migration_lock(database_url: str) -> AsyncIterator[None]:
    """A PostgreSQL session advisory lock on a connection of its own (not the pool's: a pooled
    connection could be another one at unlock time), held while the schema is brought up to date."""
    import asyncpg  # pyright: ignore[reportMissingTypeStubs]

    dsn = database_url.split("?", 1)[0].replace("postgres://", "postgresql://", 1)  # tortoise options off
    connection = await asyncpg.connect(dsn)
    try:
        await connection.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK)
        yield
    finally:
        await connection.close()  # closing the session releases its advisory locks
