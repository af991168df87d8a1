"""Statistics for 100,000 applications on PostgreSQL: the time per statistics request and per export.

Seeds by SQL (generate_series) in realistic proportions: a year of applications over the demo
catalogue's items and bundles (online 70 %, counter 15 %, helper 10 %, the rest another channel when
the enum has one), 1.3 department tasks each, an event per submission and per collection, ratings for a
third of the finished ones, their rectification cases, 办不成事 reports, consents, slots and bookings.

    TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/<db> .venv/bin/python -m bench.statistics [N]

It DROPS the schema of that database first. Prints the median of five runs of each request.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta

import asyncpg
from tortoise import Tortoise

from api import clock, db
from api.catalog.loader import load_catalog, read_catalog
from api.catalog.snapshot import build_catalog
from api.settings import ROOT, tortoise_config
from api.statistics import export, queries
from api.statistics.scope import resolve
from api.statistics.services import report

URL = os.environ.get("TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test_stats")
RUNS = 5


def seed_sql(n: int, codes: list[str]) -> str:
    code_array = "ARRAY[" + ",".join(f"'{c}'" for c in codes) + "]"
    return f"""
INSERT INTO identity_user (user_handle, name, roles, staff, disabled, created_at)
SELECT 'bench-' || g, '申请人' || g, '["citizen"]', false, false, now() FROM generate_series(1, 5000) g;
INSERT INTO identity_user (user_handle, name, roles, staff, disabled, created_at)
SELECT 'bench-helper-' || g, '帮办' || g, '["helper"]', true, false, now() FROM generate_series(1, 50) g;

CREATE TEMP TABLE seed AS
SELECT g AS n, (random() * 365)::int AS age, random() AS r1, random() AS r2, random() AS r3
FROM generate_series(1, {n}) g;

INSERT INTO applications_application (id, tracking_number, kind, catalog_code, catalog_name, catalog_revision,
  form_schema, data, applicant_id, filed_by_id, channel, status, version, created_at, updated_at,
  submitted_at,
  accepted_at)
SELECT s.n, 'T' || s.n, CASE WHEN c.code LIKE 'B%' THEN 'bundle' ELSE 'item' END, c.code, c.code, '1',
  '{{}}', '',
  (SELECT min(id) FROM identity_user) + (s.n % 5000),
  CASE WHEN s.r1 BETWEEN 0.85 AND 0.95 THEN (SELECT min(id) FROM identity_user WHERE staff) + (s.n % 50) END,
  CASE WHEN s.r1 < 0.70 THEN 'online' WHEN s.r1 < 0.85 THEN 'counter' WHEN s.r1 < 0.95 THEN 'helper'
       ELSE 'online' END,
  CASE WHEN s.r2 < 0.05 THEN 'submitted' WHEN s.r2 < 0.08 THEN 'needs_correction'
       WHEN s.r2 < 0.20 THEN 'in_progress' WHEN s.r2 < 0.25 THEN 'ready_for_pickup'
       WHEN s.r2 < 0.30 THEN 'rejected' WHEN s.r2 < 0.70 THEN 'collected' ELSE 'closed' END,
  1, now(), now(), now() - (s.age || ' days')::interval - s.r3 * interval '8 hours',
  CASE WHEN s.r2 >= 0.08 THEN now() - (s.age || ' days')::interval END
FROM seed s JOIN LATERAL (SELECT ({code_array})[1 + (s.n % {len(codes)})] AS code) c ON true;

INSERT INTO applications_task (application_id, department_id, item_codes, item_names, status, statutory_days,
  promised_days, started_on, due_on, pauses, decided_at, decision_note)
SELECT a.id, d.id, '[]', '[]',
  CASE WHEN a.status IN ('in_progress', 'needs_correction', 'submitted') THEN 'in_review'
       WHEN a.status = 'rejected' THEN 'rejected' ELSE 'approved' END,
  20, 10, a.accepted_at::date, (a.accepted_at + interval '14 days')::date, '[]',
  CASE WHEN a.status NOT IN ('in_progress', 'needs_correction', 'submitted')
       THEN a.accepted_at + ((a.id % 19) || ' days')::interval END, ''
FROM applications_application a
JOIN LATERAL (SELECT id FROM catalog_department ORDER BY id OFFSET (a.id % 10) LIMIT 1) d ON true
WHERE a.accepted_at IS NOT NULL;
INSERT INTO applications_task (application_id, department_id, item_codes, item_names, status, statutory_days,
  promised_days, started_on, due_on, pauses, decided_at, decision_note)
SELECT t.application_id, d.id, '[]', '[]', t.status, 20, 10, t.started_on, t.due_on, '[]',
  t.decided_at + interval '1 day', ''
FROM applications_task t
JOIN LATERAL (
  SELECT id FROM catalog_department ORDER BY id OFFSET ((t.application_id + 3) % 10) LIMIT 1
) d ON true
WHERE t.application_id % 10 < 3;

INSERT INTO applications_event (application_id, from_status, to_status, actor_kind, reason, at)
SELECT id, 'draft', 'submitted', CASE channel WHEN 'counter' THEN 'window_clerk' WHEN 'helper' THEN 'helper'
  ELSE 'applicant' END, '', submitted_at FROM applications_application;
INSERT INTO applications_event (application_id, from_status, to_status, actor_kind, reason, at)
SELECT id, 'ready_for_pickup', 'collected', 'window_clerk', '', accepted_at + interval '20 days'
FROM applications_application WHERE status IN ('collected', 'closed');

INSERT INTO feedback_rating (application_id, rater_id, scope, level, comment, changes, created_at, updated_at)
SELECT id, applicant_id, '', 1 + (id * 7 % 5), '', 0, accepted_at + interval '21 days', now()
FROM applications_application WHERE status IN ('collected', 'closed') AND id % 3 = 0;
INSERT INTO feedback_case (source, rating_id, application_id, tracking_number, contact_phone, catalog_code,
  catalog_name, summary, status, opened_on, deadline, closed_at, instruction, answer, reopened_count, history,
  version, created_at, updated_at)
SELECT 'rating', r.id, r.application_id, '', '', a.catalog_code, '', '', 'open', r.created_at::date,
  r.created_at::date + 7, CASE WHEN r.id % 4 > 0 THEN r.created_at + interval '5 days' END,
  '', '', 0, '[]', 1,
  now(), now()
FROM feedback_rating r JOIN applications_application a ON a.id = r.application_id WHERE r.level <= 2;
INSERT INTO feedback_case (source, tracking_number, contact_phone, catalog_code, catalog_name, summary,
  status, opened_on, deadline, closed_at, instruction, answer, reopened_count, history, version, created_at,
  updated_at)
SELECT 'complaint', '', '', ({code_array})[1 + (g % {len(codes)})], '', '', 'open',
  current_date - (g % 365), current_date - (g % 365) + 7,
  CASE WHEN g % 3 > 0 THEN now() - ((g % 365) || ' days')::interval + interval '6 days' END,
  '', '', 0, '[]', 1, now(), now()
FROM generate_series(1, {n // 100}) g;

INSERT INTO identity_consent (code, helper_id, citizen_id, scope, scope_ref, status, request_expires_at,
  valid_until, created_at, sms_attempts)
SELECT 'B' || g, (SELECT min(id) FROM identity_user WHERE staff) + (g % 50),
  (SELECT min(id) FROM identity_user) + (g % 5000), 'item', 'GA02',
  (ARRAY['active', 'revoked', 'declined', 'pending'])[1 + g % 4], now(), now(),
  now() - ((g % 365) || ' days')::interval, 0
FROM generate_series(1, {n // 20}) g;

INSERT INTO appointments_slot (hall_code, item_code, starts_at, ends_at, capacity, booked, created_at)
SELECT h, '', date_trunc('day', now()) - (g || ' days')::interval + interval '2 hours',
  date_trunc('day', now()) - (g || ' days')::interval + interval '3 hours', 40, 0, now()
FROM generate_series(0, 364) g, unnest(ARRAY['CA', 'SM']) h;
INSERT INTO appointments_booking (slot_id, user_id, booked_by_id, item_code, status, code, created_at)
SELECT s.id, (SELECT min(id) FROM identity_user) + (g % 5000),
  CASE WHEN g % 10 = 0 THEN (SELECT min(id) FROM identity_user WHERE staff) END,
  ({code_array})[1 + (g % {len(codes)})],
  (ARRAY['attended', 'attended', 'attended', 'no_show', 'cancelled'])[1 + g % 5], 'K' || g, now()
FROM generate_series(1, {n // 5}) g JOIN appointments_slot s ON s.id = 1 + (g % 730);
SELECT setval(pg_get_serial_sequence('applications_application', 'id'), {n});
ANALYZE;
"""


async def timed(work: Callable[[], Awaitable[object]]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        await work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


async def main(n: int) -> None:
    raw = URL.replace("postgres://", "postgresql://")
    conn = await asyncpg.connect(raw)
    await conn.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
    await conn.close()
    await Tortoise.init(config=tortoise_config(URL))
    try:
        await db.migrate(URL)
        await load_catalog(read_catalog(ROOT / "data" / "catalog"))
        catalog = await build_catalog()
        codes = [e.code for e in (*catalog.items, *catalog.bundles)]
        started = time.perf_counter()
        conn = await asyncpg.connect(raw)
        await conn.execute(seed_sql(n, codes))
        counts = await conn.fetchrow(
            "SELECT (SELECT count(*) FROM applications_application) a,"
            " (SELECT count(*) FROM applications_task) t,"
            " (SELECT count(*) FROM applications_event) e, (SELECT count(*) FROM feedback_rating) r,"
            " (SELECT count(*) FROM appointments_booking) b"
        )
        await conn.close()
        print(f"seeded in {time.perf_counter() - started:.1f} s: {dict(counts)}")
        today = clock.today()
        scopes = {
            "last 30 days": resolve(catalog, today - timedelta(days=29), today, today),
            "last 365 days": resolve(catalog, today - timedelta(days=364), today, today),
            "365 days, hall CA": resolve(catalog, today - timedelta(days=364), today, today, "CA"),
            "365 days, department RS": resolve(
                catalog, today - timedelta(days=364), today, today, None, "RS"
            ),
        }
        print(
            f"statistics for {n:,} applications on PostgreSQL, median of {RUNS} runs"
            " (measured while 8 helpers ran):"
        )
        for name, scope in scopes.items():
            r = await report(scope)
            ms = await timed(lambda scope=scope: report(scope))
            print(f"  report, {name:26} {ms:8.1f} ms  ({r.applications:,} applications in scope)")
        year = await report(scopes["last 365 days"])
        for fmt, writer in (("xlsx", export.to_xlsx), ("csv", export.to_csv)):
            ms = await timed(lambda writer=writer: asyncio.to_thread(writer, year))
            print(f"  export {fmt} (365 days, written only)  {ms:8.1f} ms")
        print("per query, last 365 days:")
        scope = scopes["last 365 days"]
        for name in (
            "applications",
            "decisions",
            "working_days",
            "visits",
            "ratings",
            "cases",
            "consents",
            "bookings",
        ):
            fn = getattr(queries, name)
            print(f"  {name:14} {await timed(lambda fn=fn: fn(scope)):8.1f} ms")
    finally:
        await Tortoise.close_connections()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
