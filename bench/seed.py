"""Many applications on PostgreSQL in a few statements (``generate_series``), for the scale benchmark
and the EXPLAIN test: ``n`` applications of ``n // 10`` citizens, one task, one material and one event
each. One application and one citizen are written through the ORM first (their encrypted columns are
valid ciphertexts, bound to the column, not the row) and copied.

The mix, like a hall's history: 1 % submitted and 1 % in pre-review (the staff queue), 2 % with a
department's task open (started 5 to 60 days ago: most overdue; one in five stopped the day after it
started, waiting for the applicant), the rest closed; ``me`` has 20 applications among them (the
citizen's list). The tasks' clock columns (``due_on``, ``pauses``, ``paused_on``) are what
``TaskClock.stored`` writes for them: supervision's lists select on them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta

from api import clock
from api.applications.models import Application
from api.applications.task_clock import TaskClock
from api.catalog.models import Department
from api.identity.enums import Role
from api.identity.models import User

CITIZEN_SQL = """
INSERT INTO identity_user (user_handle, name, phone, id_number, id_number_hash, roles, staff, disabled,
  created_at)
SELECT 'seed-' || g || '-' || t.user_handle, t.name, NULL, NULL, NULL, t.roles, false, false, now()
FROM generate_series(1, $1::int) g, identity_user t WHERE t.id = $2
"""

APPLICATION_SQL = """
INSERT INTO applications_application (kind, catalog_code, catalog_name, catalog_revision, form_schema,
  data, status, version, created_at, updated_at, submitted_at, applicant_id, channel, tracking_number,
  verification_code)
SELECT 'item', t.catalog_code, t.catalog_name, t.catalog_revision, t.form_schema, t.data,
  CASE WHEN g % 100 = 0 THEN 'submitted' WHEN g % 100 = 1 THEN 'pre_review'
       WHEN g % 100 < 4 THEN 'in_progress' ELSE 'closed' END,
  1, now(), now(), now() - make_interval(mins => g), $3::int + g % $4::int, 'online',
  'S' || lpad(g::text, 17, '0'), '000000'
FROM generate_series(1, $1::int) g, applications_application t WHERE t.id = $2
"""

MINE_SQL = """
UPDATE applications_application SET applicant_id = $1
WHERE id IN (SELECT id FROM applications_application WHERE id <> $2 ORDER BY id DESC LIMIT 20)
"""

# started ``AGES[a.id % 56]`` days ago; clock columns from ``clocks``: $3 started_on, $4 due_on, and for
# the stopped ones (one in five) $5 pauses, $6 paused_on
TASK_SQL = """
INSERT INTO applications_task (application_id, department_id, item_codes, item_names, status,
  statutory_days, promised_days, started_on, due_on, pauses, paused_on, decision_note)
SELECT a.id, $1, '["SJ01"]', '["企业设立登记"]', t.status, 20, 5,
  CASE WHEN t.status <> 'pending' THEN ($3::date[])[k] END,
  CASE WHEN t.status <> 'pending' AND NOT t.stopped THEN ($4::date[])[k] END,
  CASE WHEN t.stopped THEN (($5::text[])[k])::jsonb ELSE '[]' END,
  CASE WHEN t.stopped THEN ($6::date[])[k] END,
  ''
FROM applications_application a,
  LATERAL (SELECT 1 + a.id % 56 AS k) i,
  LATERAL (SELECT CASE WHEN a.status = 'in_progress' THEN 'in_review' WHEN a.status = 'closed' THEN 'approved'
                       ELSE 'pending' END AS status,
                  a.status = 'in_progress' AND a.id / 100 % 5 = 0 AS stopped) t
WHERE a.id <> $2
"""
AGES = range(5, 61)
PAUSE_REASON = "容缺材料“营业执照”逾期未补齐"


def clocks() -> list[list[object]]:
    """For each age: the started, due, pauses (JSON) and paused_on columns of a 5-working-day task
    started that many days ago, running or stopped the day after it started (as the task clock stores
    them)."""
    today = clock.today()
    started_on, due_on, pauses, paused_on = [], [], [], []
    for age in AGES:
        running = TaskClock(None, 5).start(today - timedelta(days=age))
        stopped = running.pause(today - timedelta(days=age - 1), PAUSE_REASON).stored()
        started_on.append(running.started_on)
        due_on.append(running.due_on)
        pauses.append(json.dumps(stopped["pauses"], ensure_ascii=False))
        paused_on.append(stopped["paused_on"])
    return [started_on, due_on, pauses, paused_on]


MATERIAL_SQL = """
INSERT INTO applications_material (application_id, material_code, name, required, "deferrable", status, note,
  waits)
SELECT a.id, 'id_card', '居民身份证', true, false, 'provided', '', '{}'
FROM applications_application a WHERE a.id <> $1
"""

EVENT_SQL = """
INSERT INTO applications_event (application_id, from_status, to_status, actor_kind, reason, at)
SELECT a.id, 'draft', 'submitted', 'applicant', '', a.submitted_at
FROM applications_application a WHERE a.id <> $1
"""


@dataclass(frozen=True)
class Seeded:
    me: User  # a citizen with 20 applications
    template_id: int  # the application copied (not in the lists: a draft)


async def seed(n: int) -> Seeded:
    """``n`` applications on the PostgreSQL database tortoise is connected to (migrated, with the
    catalogue loaded), then ANALYZE so the planner knows the tables' sizes."""
    citizen = await User.create(
        user_handle="seed-template", name="种子", phone="13900000000", roles=[Role.CITIZEN.value]
    )
    me = await User.create(user_handle="seed-me", name="我", phone="13900000001", roles=[Role.CITIZEN.value])
    template = await Application.create(
        kind="item",
        catalog_code="SJ01",
        catalog_name="企业设立登记",
        catalog_revision="1",
        form_schema={},
        data={"company_name": "示例公司"},
        status="draft",
        applicant=citizen,
    )
    department = await Department.get(code="SJ")
    db = Application._meta.db  # pyright: ignore[reportPrivateUsage]
    citizens = max(1, n // 10)
    await db.execute_query(CITIZEN_SQL, [citizens, citizen.id])
    first = await db.execute_query_dict("SELECT min(id) AS id FROM identity_user WHERE id > $1", [me.id])
    await db.execute_query(APPLICATION_SQL, [n, template.id, first[0]["id"], citizens])
    await db.execute_query(MINE_SQL, [me.id, template.id])
    await db.execute_query(TASK_SQL, [department.id, template.id, *clocks()])
    await db.execute_query(MATERIAL_SQL, [template.id])
    await db.execute_query(EVENT_SQL, [template.id])
    await db.execute_script("ANALYZE")
    return Seeded(me, template.id)
