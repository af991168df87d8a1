"""One submission of a life event: everything or nothing, exactly once, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import secrets

import pytest

from api.applications import services
from api.applications.enums import ActorKind, MaterialStatus
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, ApplicationEvent, ApplicationMaterial, Task
from api.applications.tracking import is_valid_tracking_number
from api.applications.workflow import Actor, apply_move
from api.catalog import forms
from api.failures import Failure
from api.identity import consents
from api.identity.enums import ConsentScope
from notifications.models import OutboxMessage
from tests.applications.conftest import make_upload, uploads_for, valid_data

RESTAURANT = "B03"  # 我要开餐馆


def submission(world, code: str = RESTAURANT, materials=None, **overrides) -> services.Submission:
    schema = forms.form_for(world.catalog, code)
    values = {
        "code": code,
        "data": valid_data(schema),
        "materials": materials or [],
        "idempotency_key": secrets.token_hex(8),
    }
    values.update(overrides)
    return services.Submission(**values)


async def _counts() -> tuple[int, ...]:
    return (
        await Application.all().count(),
        await Task.all().count(),
        await ApplicationEvent.all().count(),
        await OutboxMessage.all().count(),
        await ApplicationMaterial.all().count(),
    )


async def test_a_bundle_becomes_one_application_with_one_task_per_department(world):
    bundle = world.catalog.entry(RESTAURANT)
    sub = submission(world, materials=await uploads_for(world, RESTAURANT))
    result = await services.submit(world.catalog, world.citizen, world.as_citizen, sub)
    app = result.application
    assert result.created and app.status == S.SUBMITTED
    assert is_valid_tracking_number(app.tracking_number) and len(app.verification_code) == 6
    tasks = await Task.filter(application=app).prefetch_related("department")
    assert sorted(t.department.code for t in tasks) == sorted({i.department.code for i in bundle.items})
    assert await ApplicationEvent.filter(application=app, to_status=S.SUBMITTED).count() == 1
    receipt = await OutboxMessage.get(application=app)
    assert receipt.kind == "receipt" and receipt.payload["trackingNumber"] == app.tracking_number
    materials = {m.material_code: m.status for m in await ApplicationMaterial.filter(application=app)}
    assert materials["business_licence"] == MaterialStatus.WAIVED  # 免提交: an e-licence supplies it
    assert MaterialStatus.MISSING not in materials.values()
    # the form schema is frozen onto the application
    assert forms.FormSchema.from_json(app.form_schema).code == RESTAURANT


async def test_the_same_idempotency_key_returns_the_first_result(world):
    sub = submission(world, materials=await uploads_for(world, RESTAURANT))
    first = await services.submit(world.catalog, world.citizen, world.as_citizen, sub)
    again = await services.submit(world.catalog, world.citizen, world.as_citizen, sub)
    assert not again.created and again.application.id == first.application.id
    assert await Application.all().count() == 1


async def test_a_retried_submission_of_a_draft_returns_the_first_result(world):
    """The retry no longer passes the checks (its draft became the application): the first answer."""
    draft = await services.save_draft(
        world.catalog, world.citizen, world.as_citizen, services.DraftSave(RESTAURANT, {}, [])
    )
    sub = submission(world, materials=await uploads_for(world, RESTAURANT), draft_id=draft.id)
    first = await services.submit(world.catalog, world.citizen, world.as_citizen, sub)
    again = await services.submit(world.catalog, world.citizen, world.as_citizen, sub)
    assert first.created and not again.created and again.application.id == first.application.id
    other = submission(world, materials=await uploads_for(world, RESTAURANT), draft_id=draft.id)
    with pytest.raises(Failure) as refused:  # another key for the spent draft: the draft is gone
        await services.submit(world.catalog, world.citizen, world.as_citizen, other)
    assert refused.value.code == "DRAFT_NOT_FOUND"


async def test_fifty_concurrent_submissions_with_one_key_make_one_application(world):
    sub = submission(world, materials=await uploads_for(world, RESTAURANT))
    results = await asyncio.gather(
        *(services.submit(world.catalog, world.citizen, world.as_citizen, sub) for _ in range(50))
    )
    assert len({r.application.id for r in results}) == 1
    assert sum(r.created for r in results) == 1
    assert await Application.all().count() == 1
    assert await OutboxMessage.all().count() == 1
    assert await Task.all().count() == len({i.department.code for i in world.catalog.entry(RESTAURANT).items})


async def test_bad_input_is_refused_with_nothing_written(world):
    good = await uploads_for(world, RESTAURANT)
    before = await _counts()

    async def refused(sub, *, applicant=None) -> Failure:
        with pytest.raises(Failure) as raised:
            await services.submit(world.catalog, applicant or world.citizen, world.as_citizen, sub)
        return raised.value

    wrong_types = submission(world, materials=good)
    wrong_types.data |= {"employee_count": "很多", "credit_code": "91350100M000100Y44", "unknown": 1}
    failure = await refused(wrong_types)
    assert failure.code == "INVALID_FORM"
    assert {(p.field, p.code) for p in failure.problems} >= {
        ("employee_count", "TYPE"),
        ("credit_code", "FORMAT"),
        ("unknown", "UNKNOWN_FIELD"),
    }
    missing = await refused(submission(world, materials=[m for m in good if m.material != "floor_plan"]))
    assert missing.code == "MATERIALS_MISSING" and "经营场所平面布置图" in missing.message
    unknown = services.Submission(code="B99", data={}, idempotency_key=secrets.token_hex(8))
    assert (await refused(unknown)).code == "UNKNOWN_CODE"
    assert (await refused(submission(world, materials=good, idempotency_key="x"))).code == "IDEMPOTENCY_KEY"

    strangers_upload = await make_upload(world.other)
    stolen = [*good[1:], services.MaterialInput(good[0].material, strangers_upload.public_id)]
    assert (await refused(submission(world, materials=stolen))).code == "UPLOAD_NOT_FOUND"
    waived = [*good, services.MaterialInput("business_licence", good[0].upload)]
    assert (await refused(submission(world, materials=waived))).code == "MATERIAL_NOT_NEEDED"

    other_draft = await services.save_draft(
        world.catalog,
        world.other,
        Actor(ActorKind.APPLICANT, world.other.id),
        services.DraftSave(RESTAURANT, {}, []),
    )
    before = await _counts()
    assert (
        await refused(submission(world, materials=good, draft_id=other_draft.id))
    ).code == "DRAFT_NOT_FOUND"
    assert await _counts() == before


async def test_drafts_continue_on_another_device_and_detect_conflicts(world):
    draft = await services.save_draft(
        world.catalog,
        world.citizen,
        world.as_citizen,
        services.DraftSave(RESTAURANT, {"applicant_name": "申请人甲"}, []),
    )
    assert draft.status == S.DRAFT and draft.version == 1 and draft.tracking_number is None
    # the same draft from the other device, with the version it loaded
    uploads = await uploads_for(world, RESTAURANT)
    updated = await services.save_draft(
        world.catalog,
        world.citizen,
        world.as_citizen,
        services.DraftSave(RESTAURANT, {"venue_capacity": "40"}, uploads[:2], draft.id, 1),
    )
    assert updated.version == 2
    with pytest.raises(Failure) as stale:
        await services.save_draft(
            world.catalog,
            world.citizen,
            world.as_citizen,
            services.DraftSave(RESTAURANT, {"venue_capacity": "50"}, [], draft.id, 1),
        )
    assert stale.value.code == "DRAFT_CONFLICT"
    with pytest.raises(Failure) as bad_value:
        await services.save_draft(
            world.catalog,
            world.citizen,
            world.as_citizen,
            services.DraftSave(RESTAURANT, {"employee_count": "很多"}, [], draft.id),
        )
    assert bad_value.value.code == "INVALID_FORM"

    # submit from the draft: uploads saved on the draft count, the draft becomes the application
    schema = forms.FormSchema.from_json(updated.form_schema)
    sub = services.Submission(
        code=RESTAURANT,
        data=valid_data(schema),
        materials=uploads[2:],
        idempotency_key=secrets.token_hex(8),
        draft_id=draft.id,
    )
    result = await services.submit(world.catalog, world.citizen, world.as_citizen, sub)
    assert result.created and not await Application.filter(id=draft.id).exists()
    assert await Application.filter(status=S.DRAFT).count() == 0


async def test_withdraw_only_before_acceptance(world):
    sub = submission(world, materials=await uploads_for(world, RESTAURANT))
    app = (await services.submit(world.catalog, world.citizen, world.as_citizen, sub)).application
    await services.withdraw(app, world.as_citizen, "信息填错了")
    assert (await Application.get(id=app.id)).status == S.WITHDRAWN
    assert await OutboxMessage.filter(application=app, kind="withdrawn").exists()

    sub = submission(world, materials=await uploads_for(world, RESTAURANT))
    app = (await services.submit(world.catalog, world.citizen, world.as_citizen, sub)).application
    await apply_move(app, S.ACCEPTED, Actor(ActorKind.CLERK, world.helper.id))
    with pytest.raises(Failure) as late:
        await services.withdraw(app, world.as_citizen, "")
    assert late.value.code == "INVALID_TRANSITION"


async def test_answering_a_correction_sends_the_application_back(world):
    sub = submission(world, materials=await uploads_for(world, RESTAURANT))
    app = (await services.submit(world.catalog, world.citizen, world.as_citizen, sub)).application
    await ApplicationMaterial.filter(application=app, material_code="floor_plan").update(
        status=MaterialStatus.NEEDS_CORRECTION, note="请标注灶台位置"
    )
    await apply_move(app, S.NEEDS_CORRECTION, Actor(ActorKind.CLERK, world.helper.id), "平面图不清晰")
    with pytest.raises(Failure) as nothing:
        await services.answer_correction(app, world.as_citizen, [], None)
    assert nothing.value.code == "MATERIALS_MISSING"
    fixed = await make_upload(world.citizen)
    await services.answer_correction(
        app, world.as_citizen, [services.MaterialInput("floor_plan", fixed.public_id)], None
    )
    assert (await Application.get(id=app.id)).status == S.SUBMITTED
    line = await ApplicationMaterial.get(application=app, material_code="floor_plan")
    assert line.status == MaterialStatus.PROVIDED and line.upload_id == fixed.id
    kinds = await OutboxMessage.filter(application=app).order_by("id").values_list("kind", flat=True)
    assert kinds == ["receipt", "correction_needed", "receipt"]


async def test_a_helper_files_with_consent_and_is_recorded_as_acting_for_the_citizen(world):
    from api.applications.policies import applicant_and_actor
    from api.identity.enums import Role
    from api.identity.principal import Principal, PrincipalKind

    helper = Principal(PrincipalKind.USER, user_id=world.helper.id, roles=frozenset({Role.HELPER}))
    with pytest.raises(Failure) as refused:
        await applicant_and_actor(helper, world.catalog.bundles_by_code[RESTAURANT], world.citizen.id)
    assert refused.value.code == "NO_CONSENT"
    consent = await consents.request_consent(world.helper, ConsentScope.BUNDLE, RESTAURANT, 2)
    await consents.answer_consent(world.citizen, consent.code, approve=True)
    applicant, actor = await applicant_and_actor(
        helper, world.catalog.bundles_by_code[RESTAURANT], world.citizen.id
    )
    assert applicant.id == world.citizen.id and actor.acting_for_id == world.citizen.id
    # the helper uploads on the citizen's behalf
    sub = submission(world, materials=await uploads_for(world, RESTAURANT, owner=world.helper))
    app = (await services.submit(world.catalog, applicant, actor, sub)).application
    assert app.applicant_id == world.citizen.id and app.filed_by_id == world.helper.id
    event = await ApplicationEvent.get(application=app)
    assert (event.actor_id, event.acting_for_id, event.actor_kind) == (
        world.helper.id,
        world.citizen.id,
        "helper",
    )
    # a consent for another bundle does not stretch to this one
    with pytest.raises(Failure):
        await applicant_and_actor(helper, world.catalog.bundles_by_code["B01"], world.citizen.id)


async def test_kiosk_lookup_needs_the_verification_code(world):
    sub = submission(world, materials=await uploads_for(world, RESTAURANT))
    app = (await services.submit(world.catalog, world.citizen, world.as_citizen, sub)).application
    found = await services.lookup(app.tracking_number, app.verification_code, "10.0.0.9")
    assert found.id == app.id
    wrong = f"{(int(app.verification_code) + 1) % 1_000_000:06d}"
    with pytest.raises(Failure) as refused:
        await services.lookup(app.tracking_number, wrong, "10.0.0.9")
    assert refused.value.code == "NOT_FOUND"
