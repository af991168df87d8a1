"""一次性告知 enforced: after the one-time correction list, another needs its reason and a supervisor —
asked by a clerk and approved or refused, or sent at once by a supervisor — is recorded, flagged in
e-supervision, and the applicant is told honestly that it is an extra request and why. On SQLite
and PostgreSQL."""

from __future__ import annotations

import asyncio

import pytest

from api.applications import services as applying
from api.applications.enums import ActorKind, MaterialStatus
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, ApplicationEvent, ApplicationMaterial
from api.failures import Failure
from api.identity.enums import Role
from api.review import services as desk
from api.review.enums import ExtraCorrectionStatus as X
from api.review.models import ExtraCorrection
from api.review.policies import NextList, next_correction_list
from api.supervision import extra_corrections as oversight
from notifications.models import OutboxMessage
from notifications.templates import render
from tests.applications.conftest import make_upload, make_user
from tests.review.test_desk import _submitted


async def _after_one_time_list(world):
    """An application whose one-time list was answered, back in pre-review with the clerk, and a
    material the clerk now finds wrong."""
    application = await _submitted(world)
    clerk = await make_user("窗口甲", [Role.WINDOW_CLERK])
    await desk.claim(application.id, clerk)
    await desk.judge_materials(application.id, clerk, [desk.Verdict("floor_plan", False, "请标注灶台")])
    await desk.request_corrections(application.id, clerk)
    fix = applying.MaterialInput("floor_plan", (await make_upload(world.citizen)).public_id)
    await applying.answer_correction(await Application.get(id=application.id), world.as_citizen, [fix], None)
    await desk.claim(application.id, clerk)
    await desk.judge_materials(
        application.id, clerk, [desk.Verdict("signboard_design", False, "牌匾尺寸与图纸不符")]
    )
    return application, clerk


def test_the_rule_one_time_then_reason_and_supervisor():
    assert next_correction_list(0, [Role.WINDOW_CLERK], "") == NextList.ONE_TIME
    with pytest.raises(Failure) as no_reason:
        next_correction_list(1, [Role.WINDOW_CLERK], "  ")
    assert no_reason.value.code == "EXTRA_NEEDS_REASON"
    assert next_correction_list(1, [Role.WINDOW_CLERK], "新发现") == NextList.ASK_EXTRA
    assert next_correction_list(2, [Role.WINDOW_CLERK, Role.SUPERVISOR], "新发现") == NextList.SEND_EXTRA


async def test_a_second_list_waits_for_a_supervisor_and_says_it_is_extra(world):
    application, clerk = await _after_one_time_list(world)
    with pytest.raises(Failure) as no_reason:
        await desk.request_corrections(application.id, clerk, "请补齐")
    assert no_reason.value.code == "EXTRA_NEEDS_REASON"
    assert (await Application.get(id=application.id)).status == S.PRE_REVIEW  # nothing was sent

    await desk.request_corrections(application.id, clerk, "", "首次告知时遗漏了牌匾尺寸的核对")
    asked = await ExtraCorrection.get(application_id=application.id)
    assert asked.status == X.PENDING and asked.round == 2 and asked.requested_by_id == clerk.id
    assert asked.materials == [
        {"code": "signboard_design", "name": asked.materials[0]["name"], "note": "牌匾尺寸与图纸不符"}
    ]
    assert (await Application.get(id=application.id)).status == S.PRE_REVIEW
    assert (
        await OutboxMessage.filter(application_id=application.id, kind="extra_correction_needed").count() == 0
    )
    with pytest.raises(Failure) as twice:
        await desk.request_corrections(application.id, clerk, "", "再问一次")
    assert twice.value.code == "EXTRA_PENDING"

    # flagged in e-supervision while it waits
    page = await oversight.flagged(status=X.PENDING)
    assert [r.id for r in page.rows] == [asked.id] and page.total_count == 1

    # a clerk cannot approve; a supervisor can, once
    with pytest.raises(Failure) as not_supervisor:
        await desk.decide_extra_correction(asked.id, clerk, True)
    assert not_supervisor.value.code == "NOT_A_SUPERVISOR"
    boss = await make_user("主管丁", [Role.SUPERVISOR])
    await desk.decide_extra_correction(asked.id, boss, True, "同意")
    with pytest.raises(Failure) as again:
        await desk.decide_extra_correction(asked.id, boss, True)
    assert again.value.code == "EXTRA_DECIDED"

    fresh = await Application.get(id=application.id)
    assert fresh.status == S.NEEDS_CORRECTION and fresh.claimed_by_id is None
    event = (
        await ApplicationEvent.filter(application_id=application.id, to_status=S.NEEDS_CORRECTION)
        .order_by("-id")
        .first()
    )
    assert event is not None and event.actor_kind == ActorKind.SUPERVISOR and event.actor_id == boss.id
    assert "补充补正" in event.reason and "一次性告知" not in event.reason and "遗漏" in event.reason
    notice = await OutboxMessage.get(application_id=application.id, kind="extra_correction_needed")
    assert notice.recipient_id == world.citizen.id
    for locale, words in (
        ("zh-CN", ("第2次补正", "遗漏了牌匾尺寸", "主管")),
        ("en", ("extra request", "list 2")),
    ):
        body = render(notice.kind, notice.payload, locale=locale, application_id=application.id).body
        assert all(w in body for w in words), body
    assert render(notice.kind, notice.payload).title.startswith("补充补正")
    decided = await ExtraCorrection.get(id=asked.id)
    assert decided.status == X.SENT and decided.decided_by_id == boss.id
    line = await ApplicationMaterial.get(application_id=application.id, material_code="signboard_design")
    assert line.status == MaterialStatus.NEEDS_CORRECTION


async def test_a_refusal_needs_its_reason_and_sends_nothing(world):
    application, clerk = await _after_one_time_list(world)
    await desk.request_corrections(application.id, clerk, "", "牌匾尺寸有误")
    asked = await ExtraCorrection.get(application_id=application.id)
    boss = await make_user("主管戊", [Role.SUPERVISOR])
    with pytest.raises(Failure) as no_reason:
        await desk.decide_extra_correction(asked.id, boss, False, "")
    assert no_reason.value.code == "REASON_REQUIRED"
    await desk.decide_extra_correction(asked.id, boss, False, "尺寸差异不影响审批，请容缺受理")
    refused = await ExtraCorrection.get(id=asked.id)
    assert refused.status == X.REFUSED and "容缺" in refused.decision_note
    assert (await Application.get(id=application.id)).status == S.PRE_REVIEW
    assert not await OutboxMessage.filter(
        application_id=application.id, kind="extra_correction_needed"
    ).exists()
    # refused: the clerk may ask again with a better reason
    await desk.request_corrections(application.id, clerk, "", "图纸与现场照片不一致，确需重新提交")
    assert await ExtraCorrection.filter(application_id=application.id, status=X.PENDING).count() == 1


async def test_a_supervisor_at_the_window_sends_it_at_once_and_two_deciders_one_wins(world):
    application, clerk = await _after_one_time_list(world)
    await desk.release(application.id, clerk)
    chief = await make_user("窗口主管", [Role.WINDOW_CLERK, Role.SUPERVISOR])
    await desk.claim(application.id, chief)
    await desk.judge_materials(application.id, chief, [desk.Verdict("signboard_design", False, "尺寸不符")])
    await desk.request_corrections(application.id, chief, "请核对", "现场核查发现新问题")
    row = await ExtraCorrection.get(application_id=application.id)
    assert row.status == X.SENT and row.decided_by_id == chief.id
    assert (await Application.get(id=application.id)).status == S.NEEDS_CORRECTION
    page = await oversight.flagged()
    assert page.total_count == 1 and page.rows[0].application.tracking_number == application.tracking_number

    # a third list: asked by a clerk, two supervisors answer at once, one wins
    fix = applying.MaterialInput("signboard_design", (await make_upload(world.citizen)).public_id)
    await applying.answer_correction(await Application.get(id=application.id), world.as_citizen, [fix], None)
    await desk.claim(application.id, clerk)
    await desk.judge_materials(application.id, clerk, [desk.Verdict("floor_plan", False, "比例尺缺失")])
    await desk.request_corrections(application.id, clerk, "", "比例尺")
    third = await ExtraCorrection.get(application_id=application.id, status=X.PENDING)
    assert third.round == 3
    bosses = [await make_user(f"主管{i}", [Role.SUPERVISOR]) for i in range(2)]
    results = await asyncio.gather(
        *(desk.decide_extra_correction(third.id, b, True) for b in bosses), return_exceptions=True
    )
    assert sum(not isinstance(r, Exception) for r in results) == 1
    assert (
        await OutboxMessage.filter(application_id=application.id, kind="extra_correction_needed").count() == 2
    )
