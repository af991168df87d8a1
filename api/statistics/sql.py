"""The few places where SQLite and PostgreSQL differ for the statistics, and a statement builder that
numbers its parameters for either driver.

Moments are stored differently: PostgreSQL has ``timestamptz``; tortoise writes them to SQLite as text
in the configured zone, Asia/Shanghai (``'2026-01-01 09:00:00+08:00'``, see ``api.clock``), so there
the first ten characters *are* the date in China and text comparison with a local date string orders
them. Dates (``DateField``) are ``date`` on PostgreSQL and ``'YYYY-MM-DD'`` text on SQLite.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from api.clock import CHINA


@dataclass(frozen=True)
class Dialect:
    name: str  # "sqlite" | "postgres"

    @property
    def postgres(self) -> bool:
        return self.name != "sqlite"

    def china_date(self, column: str) -> str:
        """The date in China (Asia/Shanghai) of a stored moment, comparable with ``date_value``."""
        if self.postgres:
            return f"CAST(({column} AT TIME ZONE 'Asia/Shanghai') AS DATE)"
        return f"substr({column}, 1, 10)"

    def date_value(self, day: date) -> Any:
        """A date parameter, comparable with a ``DateField`` column and with ``china_date``."""
        return day if self.postgres else day.isoformat()

    def day_start(self, day: date) -> Any:
        """A moment parameter: 00:00 in China on ``day`` (for ``column >= …`` / ``column < …``)."""
        if self.postgres:
            return datetime.combine(day, time(0), tzinfo=CHINA)
        return day.isoformat()  # '2026-01-01' sorts before every moment of that day stored as text

    def date_literal(self, day: date) -> str:
        """A date in SQL text (our own dates only: never user input)."""
        return f"CAST('{day.isoformat()}' AS DATE)" if self.postgres else f"'{day.isoformat()}'"


@dataclass
class Statement:
    """SQL text with its parameters, numbered for the dialect (``?`` on SQLite, ``$n`` on PostgreSQL)."""

    dialect: Dialect
    params: list[Any] = field(default_factory=list)

    def param(self, value: Any) -> str:
        self.params.append(value)
        return f"${len(self.params)}" if self.dialect.postgres else "?"

    def params_in(self, values: Iterable[Any]) -> str:
        """``(p1, p2, …)`` for ``IN``; an empty list gives ``(NULL)``, which matches nothing."""
        marks = [self.param(v) for v in values]
        return f"({', '.join(marks)})" if marks else "(NULL)"

    def moment_between(self, column: str, start: date, end: date) -> str:
        """``column`` (a moment) falls on a day from ``start`` to ``end`` in China (an index can serve)."""
        low = self.param(self.dialect.day_start(start))
        high = self.param(self.dialect.day_start(end + timedelta(days=1)))
        return f"{column} >= {low} AND {column} < {high}"

    def date_between(self, column: str, start: date, end: date) -> str:
        """``column`` (a date) is from ``start`` to ``end``."""
        low = self.param(self.dialect.date_value(start))
        high = self.param(self.dialect.date_value(end))
        return f"{column} >= {low} AND {column} <= {high}"


def values_table(name: str, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """``name(columns) AS (VALUES …)`` for a WITH clause, from rows of SQL literals (never user input)."""
    body = ", ".join(f"({', '.join(row)})" for row in rows)
    return f"{name}({', '.join(columns)}) AS (VALUES {body})"


def text_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
