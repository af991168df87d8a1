"""Database start-up: SQLite gets its schema built from the models; PostgreSQL runs aerich migrations."""

from __future__ import annotations

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
        return ["sqlite: generate_schemas(safe=True)"]
    from aerich import Command

    command = Command(
        tortoise_config=tortoise_config(database_url), app="models", location=str(ROOT / "migrations")
    )
    await command.init()
    return await command.upgrade(run_in_transaction=True)
