"""Many applications on PostgreSQL in a few statements (``generate_series``), for the scale benchmark
and the EXPLAIN test: ``n`` applications of ``n // 10`` citizens, one task, one material and one event
each. One application and one citizen are written through the ORM first (their encrypted columns are
valid ciphertexts, bound to the column, not the row) and copied.

The mix, like a hall's history: 1 % submitted and 1 % in pre-review (the staff queue), 2 % with a
department's task open (started 5 to 60 days ago: some overdue), the rest closed; ``me`` has 20
applications among them (the citizen's list).
"""

from __future__ import annotations

from dataclasses import dataclass

from api.applications.models import Application
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

TASK_SQL = """
INSERT INTO applications_task (application_id, department_id, item_codes, item_names, status,
  statutory_days, promised_days, started_on, due_on, pauses, decision_note)
SELECT a.id, $1, '["SJ01"]', '["企业设立登记"]',
  CASE WHEN a.status = 'in_progress' THEN 'in_review' WHEN a.status = 'closed' THEN 'approved'
       ELSE 'pending' END,
  20, 5,
  CASE WHEN a.status IN ('in_progress', 'closed') THEN current_date - (5 + a.id % 56) END,
  NULL, '[]', ''
FROM applications_application a WHERE a.id <> $2
"""

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
    await db.execute_query(TASK_SQL, [department.id, template.id])
    await db.execute_query(MATERIAL_SQL, [template.id])
    await db.execute_query(EVENT_SQL, [template.id])
    await db.execute_script("ANALYZE")
    return Seeded(me, template.id)
