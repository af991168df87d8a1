"""A SQLite file made by an earlier version (a column the models now have is missing) stops the start
with a message naming the columns and what to do, not at the first query that needs one."""

from __future__ import annotations

import pytest
from tortoise import Tortoise

from api import db
from api.applications.models import Application
from api.settings import tortoise_config


async def test_a_sqlite_file_without_a_new_column_is_refused_at_start(tmp_path):
    url = f"sqlite://{tmp_path / 'old.sqlite3'}"
    await Tortoise.init(config=tortoise_config(url))
    try:
        assert await db.migrate(url) == ["sqlite: generate_schemas(safe=True)"]
        assert await db.migrate(url)  # up to date: starts again
        connection = Application._meta.db
        await connection.execute_script('ALTER TABLE "applications_application" DROP COLUMN "version"')
        with pytest.raises(db.SchemaOutOfDate) as out_of_date:
            await db.migrate(url)
        message = str(out_of_date.value)
        assert "applications_application.version" in message and "old.sqlite3" in message
        assert "applications_task" not in message  # only what is missing
    finally:
        await Tortoise.close_connections()
