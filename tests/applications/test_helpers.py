"""Helpers (帮办代办) acting for a citizen: every step they take is recorded with both identities
(the helper as the actor, the citizen as the one acted for) and shown as 由 X 代办; items done only in
person (``delegable: false``) refuse them. SQLite and PostgreSQL (the ``database`` fixture)."""

from __future__ import annotations

import secrets

import pytest

from api.applications import policies, services
from api.applications.enums import ActorKind, MaterialStatus
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, ApplicationEvent, ApplicationMaterial
from api.applications.views import application_views
from api.applications.workflow import Actor, apply_move
from api.catalog import forms
from api.catalog.entities import delegable
from api.failures import Failure
from api.identity import consents
from api.identity.enums import ConsentScope, Role
from api.identity.models import AccessLog
from api.identity.principal import Principal, PrincipalKind
from tests.applications.conftest import make_upload, uploads_for, valid_data

ELDERLY_ALLOWANCE = "MZ04"  # 高龄老人生活补贴申领: a helper may file it
MARRIAGE = "MZ01"  # 结婚登记: in person only


def _helper(world) -> Principal:
    return Principal(PrincipalKind.USER, user_id=world.helper.id, roles=frozenset({Role.HELPER}))


async def _consent(world, code: str = ELDERLY_ALLOWANCE) -> None:
    asked = await consents.request_consent(world.helper, ConsentScope.ITEM, code, 4)
    await consents.answer_consent(world.citizen, asked.code, approve=True)


async def test_the_catalogue_says_what_may_be_delegated(world):
    assert delegable(world.catalog.items_by_code[ELDERLY_ALLOWANCE])
    assert not delegable(world.catalog.items_by_code[MARRIAGE])
    in_person = [b for b in world.catalog.bundles_by_code.values() if not delegable(b)]
    assert all(any(not i.delegable for i in b.items) for b in in_person)


async def test_a_non_delegable_item_refuses_helpers_at_consent_and_at_applying(world):
    with pytest.raises(Failure) as asked:
        consents.checked_scope_ref(world.catalog, ConsentScope.ITEM, MARRIAGE)
    assert asked.value.code == "NOT_DELEGABLE" and "结婚登记" in asked.value.message
    # even with a consent given before the rule (or for the application itself), applying is refused
    await _consent(world, MARRIAGE)
    with pytest.raises(Failure) as applying:
        await policies.applicant_and_actor(
            _helper(world), world.catalog.items_by_code[MARRIAGE], world.citizen.id
        )
    assert applying.value.code == "NOT_DELEGABLE"
    assert await Application.all().count() == 0


async def test_every_helper_step_is_recorded_with_both_identities(world):
    await _consent(world)
    entry = world.catalog.items_by_code[ELDERLY_ALLOWANCE]
    applicant, actor = await policies.applicant_and_actor(_helper(world), entry, world.citizen.id)
    assert applicant.id == world.citizen.id
    # a draft first, then the submission from it
    data = valid_data(forms.form_for(world.catalog, ELDERLY_ALLOWANCE)) | {"bank_account": "6222020200112233"}
    draft = await services.save_draft(
        world.catalog, applicant, actor, services.DraftSave(code=ELDERLY_ALLOWANCE, data=data)
    )
    assert draft.applicant_id == world.citizen.id and draft.filed_by_id == world.helper.id
    materials = await uploads_for(world, ELDERLY_ALLOWANCE, owner=world.helper)
    sub = services.Submission(
        code=ELDERLY_ALLOWANCE,
        data=data,
        materials=materials,
        idempotency_key=secrets.token_hex(8),
        draft_id=draft.id,
    )
    app = (await services.submit(world.catalog, applicant, actor, sub)).application
    assert app.status == S.SUBMITTED and app.filed_by_id == world.helper.id
    # a clerk asks for a correction; the helper answers it for the citizen
    first = materials[0].material
    await ApplicationMaterial.filter(application=app, material_code=first).update(
        status=MaterialStatus.NEEDS_CORRECTION, note="请上传清晰的照片"
    )
    await apply_move(app, S.NEEDS_CORRECTION, Actor(ActorKind.CLERK, world.other.id), "照片不清晰")
    app, acting = await policies.acting_on(_helper(world), app.id)
    assert acting == Actor(ActorKind.HELPER, world.helper.id, acting_for_id=world.citizen.id)
    fixed = await make_upload(world.helper)
    await services.answer_correction(app, acting, [services.MaterialInput(first, fixed.public_id)], None)
    # the audit log: the helper as actor, the citizen as the one acted for, on each of their steps
    events = await ApplicationEvent.filter(application_id=app.id).order_by("id")
    by_helper = [e for e in events if e.actor_kind == ActorKind.HELPER]
    assert [(e.from_status, e.to_status) for e in by_helper] == [
        (S.DRAFT, S.SUBMITTED),
        (S.NEEDS_CORRECTION, S.SUBMITTED),
    ]
    assert {(e.actor_id, e.acting_for_id) for e in by_helper} == {(world.helper.id, world.citizen.id)}
    logged = await AccessLog.filter(subject_id=world.citizen.id, actor_id=world.helper.id).count()
    assert logged >= 1  # acting for the citizen is an access to their data, in their access log
    # the citizen (and the desk) see who filed it: 由 帮办丙 代办
    view = (await application_views([await Application.get(id=app.id)]))[0]
    assert view.filed_by_helper and view.filed_by_name == "帮办丙"
    assert view.filed_for is not None and view.filed_for.name == "申请人甲"
    helper_rows = [e for e in view.events if e.actor_kind == ActorKind.HELPER]
    assert {(e.actor_name, e.acting_for_name) for e in helper_rows} == {("帮办丙", "申请人甲")}
