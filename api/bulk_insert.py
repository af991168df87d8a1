"""Rows of one table in ONE statement that also returns their ids: ``INSERT … VALUES (…), (…) RETURNING``
(PostgreSQL, and SQLite from 3.35). tortoise's ``bulk_create`` sends one statement too but leaves the
objects without their primary keys, so whoever needs the ids afterwards would read the rows back.

It runs on the connection of the unit of work in progress (tortoise binds it to the task), like every
other query of a service. The returned rows are matched to the objects by ``key``, a column whose values
are distinct among the objects (the order of RETURNING rows is not promised by either database).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from tortoise.models import Model

M = TypeVar("M", bound=Model)


def placeholder(dialect: str, n: int) -> str:
    """The ``n``-th (from 1) query parameter in the dialect's notation."""
    return "?" if dialect == "sqlite" else f"${n}"


async def insert_returning_ids(objects: Sequence[M], key: str) -> Sequence[M]:
    """Insert ``objects`` (unsaved, all of one model with a generated primary key) and set their ids."""
    if not objects:
        return objects
    meta = type(objects[0])._meta  # pyright: ignore[reportPrivateUsage]
    db = meta.db
    pk = meta.pk_attr
    columns = [(name, column) for name, column in meta.fields_db_projection.items() if name != pk]
    dialect = db.capabilities.dialect
    values: list[Any] = []
    groups: list[str] = []
    for obj in objects:
        marks: list[str] = []
        for name, _ in columns:
            values.append(meta.fields_map[name].to_db_value(getattr(obj, name), obj))
            marks.append(placeholder(dialect, len(values)))
        groups.append("(" + ",".join(marks) + ")")
    names = ",".join(f'"{column}"' for _, column in columns)
    key_column = meta.fields_db_projection[key]
    pk_column = meta.fields_db_projection[pk]
    sql = (
        f'INSERT INTO "{meta.db_table}" ({names}) VALUES {",".join(groups)} '
        f'RETURNING "{pk_column}","{key_column}"'
    )
    rows = await db.execute_query_dict(sql, values)  # execute_query drops what an INSERT returns
    ids = {row[key_column]: row[pk_column] for row in rows}
    by_key = {meta.fields_map[key].to_db_value(getattr(obj, key), obj): obj for obj in objects}
    if len(by_key) != len(objects) or set(ids) != set(by_key):
        raise ValueError(f"{meta.db_table}: {key} does not tell the inserted rows apart")
    for value, obj in by_key.items():
        setattr(obj, pk, ids[value])
        obj._saved_in_db = True  # pyright: ignore[reportPrivateUsage]
    return objects
