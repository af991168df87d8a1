"""One submission of the restaurant bundle (我要开餐馆: an application, a task per department,
materials, the event, the receipt and the webhook outbox rows) sends a fixed number of SQL statements,
on SQLite and on PostgreSQL: the tasks in one insert, the departments from the catalogue snapshot, and
the response built from the rows just written (nothing read back)."""

from __future__ import annotations

import asyncio
import secrets

from starlette.testclient import TestClient

from api.app import create_app
from api.identity import tokens
from api.identity.enums import Role
from tests.applications.conftest import make_user, sample_value
from tests.conftest import count_queries, gql, make_settings, reset_postgres_schema
from tests.uploads import samples

SUBMIT = """mutation($i: ApplicationInput!) { submitApplication(input: $i) {
  ... on Submitted { created application { id trackingNumber status materials { material status upload }
    lanes { departmentCode departmentName items status promisedDays dueOn } events { toStatus actorKind }
    commitments { item } nextAction { zh } } }
  ... on ApplicationError { code message } } }"""
FORM = """query($c: String!) { applyForm(code: $c) { ... on ApplyForm { formSchema prefill
  materials { material status } } } }"""

# the catalogue revision and the signed-in user (every request), the uploads (one query), then the
# application, its materials (one insert), its tasks (one insert), the event, the receipt's outbox row and
# the webhook subscribers (one statement). It was 17 before: one insert per task (3), the departments
# looked up, the response read back (tasks, events, materials, commitments), and the idempotency key
# looked up first (now only when a check fails; a retry that passes meets the key's unique constraint).
# PostgreSQL adds the live announcement queued in the transaction (SELECT pg_notify).
STATEMENTS = {"sqlite": 9, "postgres": 10}


def _submission(client: TestClient, auth: dict) -> dict:
    form = gql(client, FORM, {"c": "B03"}, headers=auth)["data"]["applyForm"]
    data = {f["code"]: sample_value(f) for f in form["formSchema"]["fields"]} | form["prefill"]
    materials = []
    for m in form["materials"]:
        if m["status"] == "MISSING":
            files = {"file": ("材料.png", samples.png(), "image/png")}
            upload = client.post("/uploads", files=files, headers=auth).json()["id"]
            materials.append({"material": m["material"], "upload": upload})
    return {"code": "B03", "data": data, "materials": materials, "idempotencyKey": secrets.token_hex(8)}


def test_one_submission_costs_a_fixed_number_of_statements(database_url, tmp_path):
    if database_url.startswith("postgres"):
        asyncio.run(reset_postgres_schema(database_url))
    settings = make_settings(
        tmp_path, database_url, upload_dir=tmp_path / "uploads", notifications_worker="off"
    )
    with TestClient(create_app(settings, load_demo=True)) as client:

        async def citizen() -> str:
            user = await make_user("申请人", [Role.CITIZEN])
            return (await tokens.start_session(client.app.state.identity.keys, user)).access_token

        auth = {"Authorization": f"Bearer {client.portal.call(citizen)}"}
        expected = STATEMENTS["postgres" if database_url.startswith("postgres") else "sqlite"]
        counts = []
        for _ in range(2):  # the second costs what the first does: nothing grows, nothing is re-read
            submission = _submission(client, auth)
            with count_queries() as counter:
                result = gql(client, SUBMIT, {"i": submission}, headers=auth)["data"]["submitApplication"]
            assert result["created"], result
            counts.append(len(counter.queries))
        view = result["application"]
        assert view["status"] == "SUBMITTED"
        assert len(view["lanes"]) > 1 and all(lane["departmentName"] for lane in view["lanes"])
        assert [e["toStatus"] for e in view["events"]] == ["submitted"]
        assert all(m["upload"] for m in view["materials"] if m["status"] == "PROVIDED")
        assert counts == [expected, expected], "\n".join(q[:90] for q in counter.queries)
