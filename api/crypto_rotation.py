"""``python -m api rotate-data-key``: re-encrypt every encrypted column under the current data key.

Run it after putting a new key first in ``ONEVISIT_DATA_KEYS`` (old keys still listed) and
restarting the app: it walks every table with an ``EncryptedTextField`` in primary-key order, in
batches (one short transaction each), decrypts what another key (or no key: rows written before
encryption) made, writes it back under the current key, and recomputes blind indexes that were
made with another key. Idempotent: a second run changes nothing. A row another process changed
in the meantime is left alone (``skipped``) and picked up by the next run. When ``remaining`` is 0
the old keys can be removed from the ring.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tortoise import Tortoise
from tortoise.models import Model
from tortoise.transactions import in_transaction

from api import crypto_at_rest
from api.crypto_at_rest import EncryptedTextField


@dataclass
class ColumnReport:
    reencrypted: int = 0  # under another key before
    encrypted: int = 0  # plaintext before (written before encryption at rest)
    reindexed: int = 0  # blind index recomputed
    skipped: int = 0  # changed by someone else meanwhile: the next run takes it


@dataclass
class RotationReport:
    key: str
    columns: dict[str, ColumnReport] = field(default_factory=dict)
    remaining: int = 0  # values still under another key after the run

    @property
    def changed(self) -> int:
        return sum(c.reencrypted + c.encrypted + c.reindexed for c in self.columns.values())


def encrypted_models() -> list[tuple[type[Model], list[tuple[str, EncryptedTextField]]]]:
    found = []
    for app in Tortoise.apps.values():
        for model in app.values():
            columns = [
                (f.source_field or name, f)
                for name, f in model._meta.fields_map.items()
                if isinstance(f, EncryptedTextField)
            ]
            if columns:
                found.append((model, columns))
    return sorted(found, key=lambda m: m[0]._meta.db_table)


def _placeholders(dialect: str) -> Callable[[int], str]:
    return (lambda n: f"${n}") if dialect == "postgres" else (lambda n: "?")


async def rotate_data_key(batch_size: int = 500) -> RotationReport:
    ring = crypto_at_rest.ring()
    report = RotationReport(key=ring.current.kid)
    for model, columns in encrypted_models():
        await _rotate_table(model, columns, ring, batch_size, report)
    report.remaining = await remaining_under_other_keys()
    return report


async def _rotate_table(model, columns, ring, batch_size: int, report: RotationReport) -> None:
    meta = model._meta
    table, pk = meta.db_table, meta.db_pk_column
    conn = meta.db
    mark = _placeholders(conn.capabilities.dialect)
    index_columns = {
        column: (
            meta.fields_map[f.blind_index_field].source_field or f.blind_index_field,
            f.blind_index_of,
        )
        for column, f in columns
        if f.blind_index_field
    }
    selected = [pk, *(c for c, _ in columns), *(i for i, _ in index_columns.values())]
    select = ", ".join(f'"{c}"' for c in selected)
    for column, _ in columns:
        report.columns.setdefault(f"{table}.{column}", ColumnReport())
    last = None
    while True:
        where = f'WHERE "{pk}" > {mark(1)} ' if last is not None else ""
        sql = f'SELECT {select} FROM "{table}" {where}ORDER BY "{pk}" LIMIT {int(batch_size)}'
        rows = await conn.execute_query_dict(sql, [last] if last is not None else None)
        if not rows:
            return
        async with in_transaction(meta.default_connection) as tx:
            for row in rows:
                for column, f in columns:
                    await _rotate_value(tx, mark, table, pk, row, column, f, ring, index_columns, report)
        last = rows[-1][pk]


async def _rotate_value(tx, mark, table, pk, row, column, f, ring, index_columns, report) -> None:
    raw = row[column]
    if raw is None:
        return
    stats = report.columns[f"{table}.{column}"]
    encrypted = crypto_at_rest.is_encrypted(raw)
    plain = ring.decrypt(raw, f.context) if encrypted else raw  # tampered: fails loudly, nothing written
    changes: dict[str, str] = {}
    if not encrypted or ring.key_of(raw) != ring.current.kid:
        changes[column] = ring.encrypt(plain, f.context)
    if column in index_columns:
        index_column, index_of = index_columns[column]
        if row[index_column] != index_of(plain):
            changes[index_column] = index_of(plain)
    if not changes:
        return
    sets = ", ".join(f'"{c}" = {mark(i)}' for i, c in enumerate(changes, 1))
    n = len(changes)
    sql = f'UPDATE "{table}" SET {sets} WHERE "{pk}" = {mark(n + 1)} AND "{column}" = {mark(n + 2)}'
    updated, _ = await tx.execute_query(sql, [*changes.values(), row[pk], raw])
    if not updated:
        stats.skipped += 1
        return
    if column in changes:
        if encrypted:
            stats.reencrypted += 1
        else:
            stats.encrypted += 1
    if len(changes) > (column in changes):
        stats.reindexed += 1


async def remaining_under_other_keys() -> int:
    """How many stored values are not (yet) under the current key (plaintext ones included)."""
    ring = crypto_at_rest.ring()
    prefix = f"{crypto_at_rest.PREFIX}.{ring.current.kid}."
    count = 0
    for model, columns in encrypted_models():
        meta = model._meta
        mark = _placeholders(meta.db.capabilities.dialect)
        for column, _ in columns:
            sql = (
                f'SELECT COUNT(*) AS n FROM "{meta.db_table}" WHERE "{column}" IS NOT NULL '
                f'AND substr("{column}", 1, {len(prefix)}) <> {mark(1)}'
            )
            [row] = await meta.db.execute_query_dict(sql, [prefix])
            count += int(row["n"])
    return count
