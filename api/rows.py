"""Rows read with SQL written out here, not built by the ORM per call: one row by primary key, and the
rows whose columns are among given values.

tortoise builds every query anew (pypika objects, filters resolved, SQL rendered): for the row a hot
path reads on every request (the application a read or a policy names, the signed-in user) that cost more
CPU than the database round trip. ``by_pk`` renders ``SELECT <every column> FROM <table> WHERE <pk> = ?``
once per model and dialect and builds the object with tortoise's own ``_init_from_db`` (the same
conversions as a query set, encrypted fields included). It runs on the connection tortoise binds to the
task, like any query of a service (a unit of work's transaction inside ``changing()``).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, TypeVar

from tortoise.models import Model

from api.bulk_insert import placeholder

M = TypeVar("M", bound=Model)

_selects: dict[type[Model], str] = {}
_by_pk: dict[tuple[type[Model], str], str] = {}


def _select(model: type[Model]) -> str:
    """``SELECT <every column> FROM <table>`` of ``model``, written once."""
    sql = _selects.get(model)
    if sql is None:
        meta = model._meta  # pyright: ignore[reportPrivateUsage]
        columns = ",".join(f'"{column}"' for column in meta.fields_db_projection.values())
        sql = _selects[model] = f'SELECT {columns} FROM "{meta.db_table}"'
    return sql


async def by_pk(model: type[M], pk: Any) -> M | None:
    """The row of ``model`` with primary key ``pk`` (None: there is none)."""
    meta = model._meta  # pyright: ignore[reportPrivateUsage]
    db = meta.db
    key = (model, db.capabilities.dialect)
    sql = _by_pk.get(key)
    if sql is None:
        pk_column = meta.fields_db_projection[meta.pk_attr]
        sql = _by_pk[key] = f'{_select(model)} WHERE "{pk_column}" = {placeholder(key[1], 1)}'
    rows = await db.execute_query_dict(sql, [pk])
    return model._init_from_db(**rows[0]) if rows else None  # pyright: ignore[reportPrivateUsage]


async def matching(model: type[M], **among: Collection[Any]) -> list[M]:
    """The rows of ``model`` whose column ``name`` is one of ``among[name]``, for every name given
    (model field names; none when a collection is empty)."""
    if not among or not all(among.values()):
        return []
    meta = model._meta  # pyright: ignore[reportPrivateUsage]
    db = meta.db
    dialect = db.capabilities.dialect
    values: list[Any] = []
    conditions: list[str] = []
    for name, wanted in among.items():
        marks = []
        for value in wanted:
            values.append(value)
            marks.append(placeholder(dialect, len(values)))
        conditions.append(f'"{meta.fields_db_projection[name]}" IN ({",".join(marks)})')
    sql = f"{_select(model)} WHERE {' AND '.join(conditions)}"
    rows = await db.execute_query_dict(sql, values)
    return [model._init_from_db(**row) for row in rows]  # pyright: ignore[reportPrivateUsage]
