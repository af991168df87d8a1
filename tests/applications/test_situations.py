"""A submission carries the answers to the situation questions (情形引导) and the items chosen (点菜): what
the answers require is enforced, what they leave out is not, and the fan-out makes tasks only for the
chosen items' departments. On SQLite and PostgreSQL."""

from __future__ import annotations

import secrets

import pytest

from api.applications import services
from api.applications.models import Application, ApplicationMaterial, Task
from api.catalog import forms, situations
from api.failures import Failure
from tests.applications.conftest import make_upload, valid_data

COMPANY = "B02"  # 企业开办: GA06 (seal) and YH01 (bank account) optional; they ask entrusted / foreign
SOLE = {"entrusted": "no", "foreign_investment": "no"}


async def uploads(world, code: str, answers: dict, items=None) -> list[services.MaterialInput]:
    """One upload per material the applicant must hand in for this situation."""
    fitted = situations.fit(world.catalog.entry(code), answers, items)
    out = []
    for line in services.material_plan(fitted.entry):
        if line.status == "missing":
            upload = await make_upload(world.citizen)
            out.append(services.MaterialInput(line.material_code, upload.public_id))
    return out


def submission(world, answers: dict, materials, items=None, **data) -> services.Submission:
    return services.Submission(
        code=COMPANY,
        data=valid_data(forms.form_for(world.catalog, COMPANY)) | data,
        materials=materials,
        idempotency_key=secrets.token_hex(8),
        answers=answers,
        items=items,
    )


async def submit(world, sub: services.Submission) -> Application:
    return (await services.submit(world.catalog, world.citizen, world.as_citizen, sub)).application


async def refused(world, sub: services.Submission) -> Failure:
    with pytest.raises(Failure) as raised:
        await submit(world, sub)
    return raised.value


async def test_a_submission_must_answer_every_question(world):
    materials = await uploads(world, COMPANY, SOLE)
    failure = await refused(world, submission(world, {"entrusted": "no"}, materials))
    assert failure.code == "UNANSWERED" and "外资" in failure.message
    assert (await refused(world, submission(world, SOLE | {"entrusted": "often"}, materials))).code == (
        "UNKNOWN_ANSWER"
    )
    assert await Application.all().count() == 0


async def test_what_the_answers_leave_out_is_not_asked_and_not_kept(world):
    app = await submit(
        world, submission(world, SOLE, await uploads(world, COMPANY, SOLE), agent_name="某某某")
    )
    rows = {m.material_code for m in await ApplicationMaterial.filter(application=app)}
    assert not rows & {"power_of_attorney", "foreign_investor_proof"}
    assert "agent_name" not in app.data and "investor_country" not in app.data  # typed, then answered no
    frozen = forms.FormSchema.from_json(app.form_schema)
    assert frozen.field("agent_name") is None and frozen.field("bank_name") is not None
    stored = await Application.get(id=app.id)
    assert [(a["code"], a["value"], a["label"]) for a in stored.situation["answers"]] == [
        ("entrusted", "no", "否，法定代表人本人办理"),
        ("foreign_investment", "no", "否，内资企业"),
    ]
    assert stored.situation["items"] == ["SJ01", "GA06", "SW01", "RS02", "YH01"]
    assert await Task.filter(application=app).count() == 5


async def test_what_the_answers_require_is_enforced(world):
    agent = {"entrusted": "yes", "foreign_investment": "yes"}
    without_proxy = [m for m in await uploads(world, COMPANY, agent) if m.material != "power_of_attorney"]
    failure = await refused(world, submission(world, agent, without_proxy))
    assert failure.code == "MATERIALS_MISSING" and "授权委托书" in failure.message
    complete = await uploads(world, COMPANY, agent)
    data = valid_data(forms.form_for(world.catalog, COMPANY))
    sub = submission(world, agent, complete)
    sub.data = {k: v for k, v in data.items() if k != "investor_country"}
    failure = await refused(world, sub)
    assert failure.code == "INVALID_FORM"
    assert ("investor_country", "REQUIRED") in {(p.field, p.code) for p in failure.problems}
    app = await submit(world, submission(world, agent, complete))
    rows = {m.material_code: m for m in await ApplicationMaterial.filter(application=app)}
    assert rows["power_of_attorney"].required and rows["foreign_investor_proof"].upload_id is not None


async def test_the_fan_out_makes_tasks_only_for_the_chosen_items(world):
    lean = ["SJ01", "SW01", "RS02"]
    # GA06 and YH01 left out: their questions are not asked, so no answers are needed
    app = await submit(world, submission(world, {}, await uploads(world, COMPANY, {}, lean), items=lean))
    tasks = await Task.filter(application=app).prefetch_related("department")
    assert sorted(t.department.code for t in tasks) == ["RS", "SJ", "SW"]
    assert sorted(code for t in tasks for code in t.item_codes) == sorted(lean)
    assert (await Application.get(id=app.id)).situation == {"answers": [], "items": lean}
    frozen = forms.FormSchema.from_json(app.form_schema)
    assert frozen.field("seal_types") is None and frozen.field("bank_name") is None


async def test_a_required_item_cannot_be_left_out(world):
    materials = await uploads(world, COMPANY, {}, ["SJ01", "SW01", "RS02"])
    failure = await refused(world, submission(world, {}, materials, items=["SW01", "RS02"]))
    assert failure.code == "ITEM_REQUIRED" and "企业设立登记" in failure.message
    failure = await refused(world, submission(world, {}, materials, items=["SJ01", "SW01", "RS02", "CG01"]))
    assert failure.code == "ITEM_NOT_OFFERED"
    assert await Application.all().count() == 0


async def test_an_item_without_questions_needs_no_answers(world):
    sub = services.Submission(
        code="RS02",
        data=valid_data(forms.form_for(world.catalog, "RS02")),
        materials=await uploads(world, "RS02", {}),
        idempotency_key=secrets.token_hex(8),
    )
    app = await submit(world, sub)
    assert (await Application.get(id=app.id)).situation is None
