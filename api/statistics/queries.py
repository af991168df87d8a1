"""The statistics' SQL: one aggregate query per figure group, whatever the number of rows, on SQLite
and PostgreSQL alike. Each returns grouped counts (a few dozen rows at most: per catalogue entry,
channel, state, level…), never one row per application. Definitions: docs/statistics.md."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from api.applications.models import Application
from api.applications.task_clock import late_decision_sql
from api.calendar.working_days import working_days_between
from api.statistics.scope import Scope
from api.statistics.sql import Dialect, Statement, text_literal, values_table

Rows = list[dict[str, Any]]


def dialect() -> Dialect:
    db = Application._meta.db  # pyright: ignore[reportPrivateUsage]
    return Dialect(db.capabilities.dialect)


async def run(st: Statement, sql: str) -> Rows:
    db = Application._meta.db  # pyright: ignore[reportPrivateUsage]
    return list(await db.execute_query_dict(sql, st.params))


def _codes(st: Statement, scope: Scope, column: str) -> list[str]:
    return [] if scope.codes is None else [f"{column} IN {st.params_in(sorted(scope.codes))}"]


def _applications(st: Statement, scope: Scope, a: str = "a") -> str:
    """Applications of the scope: submitted in the period, of the hall's entries, with a task of the
    department."""
    parts = [
        st.moment_between(f"{a}.submitted_at", scope.start, scope.end),
        *_codes(st, scope, f"{a}.catalog_code"),
    ]
    if scope.department is not None:
        parts.append(
            "EXISTS (SELECT 1 FROM applications_task dt"
            " JOIN catalog_department dd ON dd.id = dt.department_id"
            f" WHERE dt.application_id = {a}.id AND dd.code = {st.param(scope.department.code)})"
        )
    return " AND ".join(parts)


async def applications(scope: Scope) -> Rows:
    """Counts per (kind, entry, channel, state, filed by a helper or not)."""
    st = Statement(dialect())
    where = _applications(st, scope)
    return await run(
        st,
        "SELECT a.kind AS kind, a.catalog_code AS code, MAX(a.catalog_name) AS name, a.channel AS channel,"
        " a.status AS status, CASE WHEN a.filed_by_id IS NULL THEN 0 ELSE 1 END AS helped, COUNT(*) AS n"
        f" FROM applications_application a WHERE {where} GROUP BY 1, 2, 4, 5, 6",
    )


async def decisions(scope: Scope) -> Rows:
    """Department tasks decided in the period: per department, how many and how many late."""
    st = Statement(dialect())
    decided_on = st.dialect.china_date("t.decided_at")
    parts = [
        "t.status IN ('approved', 'rejected')",
        st.moment_between("t.decided_at", scope.start, scope.end),
        *_codes(st, scope, "a.catalog_code"),
    ]
    if scope.department is not None:
        parts.append(f"d.code = {st.param(scope.department.code)}")
    late = late_decision_sql("t.due_on", decided_on)
    return await run(
        st,
        f"SELECT d.code AS code, COUNT(*) AS decided, SUM(CASE WHEN {late} THEN 1 ELSE 0 END) AS late"
        " FROM applications_task t JOIN applications_application a ON a.id = t.application_id"
        f" JOIN catalog_department d ON d.id = t.department_id WHERE {' AND '.join(parts)} GROUP BY d.code",
    )


def _calendar(d: Dialect, first: date, last: date) -> str:
    """cal(day, n): n = working days in (first, day] on the Chinese calendar (``api.calendar``), so
    ``n(done) − n(accepted)`` is ``working_days_between(accepted, done)``."""
    rows: list[list[str]] = []
    day = first
    while day <= last:
        rows.append([d.date_literal(day), str(working_days_between(first, day))])
        day += timedelta(days=1)
    return values_table("cal", ("day", "n"), rows)


def _promises(scope: Scope) -> str:
    rows = [[text_literal(p.code), str(p.days), str(p.visits)] for p in scope.promises.values()]
    return values_table("promise", ("code", "days", "visits"), rows or [["''", "0", "0"]])


async def working_days(scope: Scope) -> Rows:
    """Applications of the scope whose every task is decided: per entry, how many, their working
    days from acceptance to the last decision added up, and how many within the guide's promise."""
    st = Statement(dialect())
    d = st.dialect
    where = _applications(st, scope)
    last = max(scope.start, scope.today)  # no decision is dated after today
    return await run(
        st,
        f"WITH {_calendar(d, scope.start, last)}, {_promises(scope)}"
        " SELECT f.code AS code, COUNT(*) AS finished, SUM(c2.n - c1.n) AS days,"
        " SUM(CASE WHEN c2.n - c1.n <= p.days THEN 1 ELSE 0 END) AS within FROM ("
        f"  SELECT a.catalog_code AS code, {d.china_date('a.accepted_at')} AS accepted_on,"
        f"  MAX({d.china_date('t.decided_at')}) AS done_on"
        "   FROM applications_application a JOIN applications_task t ON t.application_id = a.id"
        f"  WHERE {where} AND a.accepted_at IS NOT NULL"
        "   GROUP BY a.id, a.catalog_code, a.accepted_at HAVING COUNT(t.decided_at) = COUNT(*)"
        " ) f JOIN cal c1 ON c1.day = f.accepted_on JOIN cal c2 ON c2.day = f.done_on"
        " LEFT JOIN promise p ON p.code = f.code GROUP BY f.code",
    )


# An application's trips to the hall, as its events record them (docs/statistics.md, "Visits"): a
# walk-in's submission at the counter (by a window clerk), and the collection of its result at the
# window or from the hall's locker (not by mail).
_VISIT_EVENT = (
    "((e.to_status = 'submitted' AND e.actor_kind = 'window_clerk')"
    " OR (e.to_status = 'collected' AND COALESCE(a.delivery, 'window') <> 'mail'))"
)


async def visits(scope: Scope) -> Rows:
    """Applications of the scope whose result was collected: per entry, how many, their visits (days
    with a trip to the hall) added up, and how many within the guide's promise."""
    st = Statement(dialect())
    d = st.dialect
    where = _applications(st, scope)
    return await run(
        st,
        f"WITH {_promises(scope)}"
        " SELECT v.code AS code, COUNT(*) AS finished, SUM(v.visits) AS visits,"
        " SUM(CASE WHEN v.visits <= p.visits THEN 1 ELSE 0 END) AS within FROM ("
        f"  SELECT a.catalog_code AS code, COUNT(DISTINCT {d.china_date('e.at')}) AS visits"
        "  FROM applications_application a"
        f"  LEFT JOIN applications_event e ON e.application_id = a.id AND {_VISIT_EVENT}"
        f"  WHERE {where} AND EXISTS (SELECT 1 FROM applications_event c"
        "    WHERE c.application_id = a.id AND c.to_status = 'collected')"
        "   GROUP BY a.id, a.catalog_code"
        " ) v LEFT JOIN promise p ON p.code = v.code GROUP BY v.code",
    )


async def ratings(scope: Scope) -> Rows:
    """Ratings given in the period, per level: of whole applications, or (a department chosen) of
    that department's part."""
    st = Statement(dialect())
    parts = [st.moment_between("r.created_at", scope.start, scope.end), *_codes(st, scope, "a.catalog_code")]
    department = scope.department.code if scope.department is not None else ""
    parts.append(f"r.scope = {st.param(department)}")
    return await run(
        st,
        "SELECT r.level AS level, COUNT(*) AS n FROM feedback_rating r"
        " JOIN applications_application a ON a.id = r.application_id"
        f" WHERE {' AND '.join(parts)} GROUP BY r.level",
    )


async def cases(scope: Scope) -> Rows:
    """Rectification cases opened in the period, per source (差评 or 办不成事): opened, closed,
    open past their deadline on ``today``, closed after their deadline."""
    st = Statement(dialect())
    d = st.dialect
    today = st.param(d.date_value(scope.today))  # first: SQLite's "?" are bound in the order of the text
    parts = [st.date_between("c.opened_on", scope.start, scope.end), *_codes(st, scope, "c.catalog_code")]
    if scope.department is not None:
        parts.append(f"d.code = {st.param(scope.department.code)}")
    closed_on = d.china_date("c.closed_at")
    return await run(
        st,
        "SELECT c.source AS source, COUNT(*) AS opened,"
        " SUM(CASE WHEN c.closed_at IS NOT NULL THEN 1 ELSE 0 END) AS closed,"
        f" SUM(CASE WHEN c.closed_at IS NULL AND c.deadline < {today} THEN 1 ELSE 0 END) AS overdue,"
        f" SUM(CASE WHEN c.closed_at IS NOT NULL AND {closed_on} > c.deadline THEN 1 ELSE 0 END)"
        " AS closed_late"
        " FROM feedback_case c LEFT JOIN catalog_department d ON d.id = c.department_id"
        f" WHERE {' AND '.join(parts)} GROUP BY c.source",
    )


async def consents(scope: Scope) -> Rows:
    """Helpers' consent requests (帮办授权) made in the period, per state (no hall or department)."""
    st = Statement(dialect())
    where = st.moment_between("created_at", scope.start, scope.end)
    return await run(st, f"SELECT status, COUNT(*) AS n FROM identity_consent WHERE {where} GROUP BY status")


async def bookings(scope: Scope) -> Rows:
    """Bookings of slots starting in the period, per state and whether a helper booked it."""
    st = Statement(dialect())
    parts = [st.moment_between("s.starts_at", scope.start, scope.end)]
    if scope.department is not None:  # items and bundles the department takes part in
        parts += _codes(st, scope, "b.item_code")
    if scope.hall is not None:
        parts.append(f"s.hall_code = {st.param(scope.hall.code)}")
    return await run(
        st,
        "SELECT b.status AS status, CASE WHEN b.booked_by_id IS NULL THEN 0 ELSE 1 END AS helped,"
        " COUNT(*) AS n"
        " FROM appointments_booking b JOIN appointments_slot s ON s.id = b.slot_id"
        f" WHERE {' AND '.join(parts)} GROUP BY 1, 2",
    )
