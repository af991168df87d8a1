"""The staff desk end to end at the service level: pre-review, one correction list, acceptance (normal,
容缺, 告知承诺), parallel department decisions, pickup and collection — on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest

from api.applications import services as applying
from api.applications.delivery import Delivery
from api.applications.enums import AcceptanceMode, ActorKind, MaterialStatus, PickupMethod
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, ApplicationEvent, ApplicationMaterial, Task
from api.calendar.working_days import add_working_days
from api.failures import Failure
from api.identity import ratelimit
from api.identity.enums import Role
from api.review import services as desk
from notifications.models import OutboxMessage
from notifications.templates import render
from tests.applications.conftest import make_upload, make_user, uploads_for
from tests.applications.test_submission import RESTAURANT, submission
from tests.conftest import gid


async def _submitted(world) -> Application:
    sub = submission(world, materials=await uploads_for(world, RESTAURANT))
    return (await applying.submit(world.catalog, world.citizen, world.as_citizen, sub)).application


async def _choose(world, application: Application, method: PickupMethod) -> None:
    """The applicant chooses how to receive the result (mail: to an address)."""
    choice = Delivery(method, "申请人甲", "13912345678", "陕西省西安市长安区韦曲街道航天大道1号")
    await applying.choose_delivery(world.catalog, await Application.get(id=application.id), choice)


async def _reviewers(application: Application) -> dict[str, object]:
    reviewers = {}
    for task in await Task.filter(application=application).prefetch_related("department"):
        user = await make_user(f"审批{task.department.code}", [Role.REVIEWER])
        user.department_id = task.department_id
        await user.save(update_fields=["department_id"])
        reviewers[task.department.code] = (user, task)
    return reviewers


async def test_two_clerks_claiming_at_once_exactly_one_wins(world):
    application = await _submitted(world)
    clerks = [await make_user(f"窗口{i}", [Role.WINDOW_CLERK]) for i in range(2)]
    results = await asyncio.gather(*(desk.claim(application.id, c) for c in clerks), return_exceptions=True)
    winners = [r for r in results if not isinstance(r, Exception)]
    losers = [r for r in results if isinstance(r, Failure)]
    assert len(winners) == 1 and len(losers) == 1 and losers[0].code == "ALREADY_CLAIMED"
    fresh = await Application.get(id=application.id)
    assert fresh.status == S.PRE_REVIEW and fresh.claimed_by_id in {c.id for c in clerks}
    assert await ApplicationEvent.filter(application=application, to_status=S.PRE_REVIEW).count() == 1


async def test_from_pre_review_to_collection(world):
    application = await _submitted(world)
    clerk = await make_user("窗口甲", [Role.WINDOW_CLERK])
    await desk.claim(application.id, clerk)

    # one complete correction list
    with pytest.raises(Failure) as nothing:
        await desk.request_corrections(application.id, clerk)
    assert nothing.value.code == "NOTHING_TO_CORRECT"
    with pytest.raises(Failure) as no_reason:
        await desk.judge_materials(application.id, clerk, [desk.Verdict("floor_plan", False)])
    assert no_reason.value.code == "REASON_REQUIRED"
    await desk.judge_materials(
        application.id,
        clerk,
        [
            desk.Verdict("floor_plan", False, "请标注灶台和排烟位置"),
            desk.Verdict("signboard_design", False, "请标明牌匾尺寸"),
            desk.Verdict("articles_of_association", True),
        ],
    )
    await desk.request_corrections(application.id, clerk, "请一次补齐")
    event = await ApplicationEvent.filter(application=application, to_status=S.NEEDS_CORRECTION).get()
    assert "灶台" in event.reason and "尺寸" in event.reason  # everything in ONE notice
    notice = await OutboxMessage.get(application=application, kind="correction_needed")
    assert "灶台" in notice.payload["reason"]

    # the citizen answers both at once
    fixes = [
        applying.MaterialInput(code, (await make_upload(world.citizen)).public_id)
        for code in ("floor_plan", "signboard_design")
    ]
    await applying.answer_correction(await Application.get(id=application.id), world.as_citizen, fixes, None)

    # accepted: the clocks start on the working-day calendar
    await desk.claim(application.id, clerk)
    accepted_on = date(2025, 9, 30)  # the day before the National Day holiday
    await desk.accept(application.id, clerk, today=accepted_on)
    tasks = await Task.filter(application=application)
    for task in tasks:
        assert task.started_on == accepted_on
        assert task.due_on == add_working_days(accepted_on, task.promised_days)
        assert task.due_on > date(2025, 10, 8)  # the holiday does not count
    statuses = set(await ApplicationMaterial.filter(application=application).values_list("status", flat=True))
    assert statuses <= {MaterialStatus.ACCEPTED, MaterialStatus.WAIVED, MaterialStatus.PRODUCED}

    # departments decide in parallel; a reviewer only sees their own department's tasks
    reviewers = await _reviewers(application)
    (first, first_task), *others = reviewers.values()
    other_dept_task = others[0][1]
    with pytest.raises(Failure) as foreign:
        await desk.decide(other_dept_task.id, first, True, "", world.catalog)
    assert foreign.value.code == "NOT_FOUND"
    with pytest.raises(Failure) as no_reason:
        await desk.decide(first_task.id, first, False, "", world.catalog)
    assert no_reason.value.code == "REASON_REQUIRED"
    await desk.start_review(first_task.id, first)
    assert (await Application.get(id=application.id)).status == S.IN_PROGRESS
    await desk.decide(first_task.id, first, True, "符合条件", world.catalog)
    for user, task in others:
        await desk.start_review(task.id, user)
        await desk.decide(task.id, user, True, "同意", world.catalog)
    assert (await Application.get(id=application.id)).status == S.COMPLETED

    # locker pickup, as the applicant chose: the code reaches the citizen in the 领件通知
    await _choose(world, application, PickupMethod.LOCKER)
    await desk.set_pickup(application.id, clerk, desk.Pickup(PickupMethod.LOCKER, locker="A-07"))
    pickup = (await Application.get(id=application.id)).pickup
    note = await OutboxMessage.get(application=application, kind="ready_for_pickup")
    assert note.payload["pickup"]["lockerCode"] == pickup["code"] and len(pickup["code"]) == 6
    rendered = render(note.kind, note.payload, locale="zh-CN", application_id=application.id)
    assert pickup["code"] in rendered.body
    app = await Application.get(id=application.id)
    with pytest.raises(Failure) as wrong:
        await desk.collect_from_locker(
            app, world.as_citizen, "000000" if pickup["code"] != "000000" else "111111"
        )
    assert wrong.value.code == "CODE_INVALID"
    await desk.collect_from_locker(app, world.as_citizen, pickup["code"])
    assert (await Application.get(id=application.id)).status == S.COLLECTED
    assert await OutboxMessage.filter(application=application, kind="please_rate").exists()


async def test_partly_completed_and_rejected_outcomes(world):
    for approve_first, expected in ((True, S.PARTLY_COMPLETED), (False, S.REJECTED)):
        application = await _submitted(world)
        clerk = await make_user("窗口乙", [Role.WINDOW_CLERK])
        await desk.claim(application.id, clerk)
        await desk.accept(application.id, clerk)
        for n, (user, task) in enumerate((await _reviewers(application)).values()):
            ok = approve_first and n == 0
            await desk.start_review(task.id, user)
            await desk.decide(task.id, user, ok, "" if ok else "不符合条件", world.catalog)
        assert (await Application.get(id=application.id)).status == expected


async def test_commitment_acceptance_needs_a_signed_commitment(world):
    """告知承诺 in full (signing, verify-by dates, checks): tests/commitments."""
    application = await _submitted(world)
    clerk = await make_user("窗口丁", [Role.WINDOW_CLERK])
    await desk.claim(application.id, clerk)
    with pytest.raises(Failure) as unsigned:
        await desk.accept(application.id, clerk, AcceptanceMode.COMMITMENT, today=date(2026, 2, 13))
    assert unsigned.value.code == "COMMITMENT_MISSING"
    assert (await Application.get(id=application.id)).acceptance is None


async def test_only_the_claiming_clerk_reviews(world):
    application = await _submitted(world)
    first = await make_user("窗口戊", [Role.WINDOW_CLERK])
    second = await make_user("窗口己", [Role.WINDOW_CLERK])
    with pytest.raises(Failure) as unclaimed:
        await desk.accept(application.id, first)
    assert unclaimed.value.code == "NOT_CLAIMED"
    await desk.claim(application.id, first)
    with pytest.raises(Failure):
        await desk.judge_materials(application.id, second, [desk.Verdict("floor_plan", True)])
    await desk.release(application.id, first)
    await desk.claim(application.id, second)


async def test_consultation_messages_notify_the_applicant(world):
    application = await _submitted(world)
    clerk = await make_user("窗口庚", [Role.WINDOW_CLERK])
    await desk.post_message(application, clerk, ActorKind.CLERK, "请问经营面积是否包含后厨？")
    await desk.post_message(application, world.citizen, ActorKind.APPLICANT, "包含后厨，共80平方米。")
    assert await OutboxMessage.filter(application=application, kind="new_message").count() == 1
    with pytest.raises(Failure):
        await desk.post_message(application, world.citizen, ActorKind.APPLICANT, "  ")


async def test_approval_issues_the_certificate_into_the_wallet_and_it_prefills_later_forms(world):
    from api.applications.services import prefill_sources
    from api.catalog import forms
    from api.wallet.models import Licence

    application = await _submitted(world)
    clerk = await make_user("窗口辛", [Role.WINDOW_CLERK])
    await desk.claim(application.id, clerk)
    await desk.accept(application.id, clerk)
    for user, task in (await _reviewers(application)).values():
        await desk.start_review(task.id, user)
        await desk.decide(task.id, user, True, "同意", world.catalog)
    licences = await Licence.filter(holder=world.citizen, application=application)
    types = {licence.type_code for licence in licences}
    assert "business_licence" in types  # 营业执照 from SJ01
    business = next(licence for licence in licences if licence.type_code == "business_licence")
    assert business.key_fields["address"] == application.data["business_address"]
    assert "legal_rep_id_number" not in business.key_fields  # nothing private on the certificate

    # the next form (门头牌匾 alone, CG01) is prefilled from the wallet: asked once, reused
    sources = await prefill_sources(world.citizen, None)
    prefilled = forms.prefill(forms.form_for(world.catalog, "CG01"), sources)
    assert application.data["business_address"] in prefilled.values()


async def test_only_the_applicant_sees_the_locker_code_and_guesses_are_limited(world, tmp_path):
    from api.catalog.snapshot import CatalogCache
    from api.graphql.context import Context
    from api.identity.principal import Principal, PrincipalKind
    from api.identity.runtime import IdentityRuntime
    from api.schema import build_schema
    from tests.conftest import make_settings

    application = await _submitted(world)
    clerk = await make_user("窗口壬", [Role.WINDOW_CLERK])
    await desk.claim(application.id, clerk)
    await desk.accept(application.id, clerk)
    for user, task in (await _reviewers(application)).values():
        await desk.start_review(task.id, user)
        await desk.decide(task.id, user, True, "同意", world.catalog)
    await _choose(world, application, PickupMethod.LOCKER)
    await desk.set_pickup(application.id, clerk, desk.Pickup(PickupMethod.LOCKER, locker="B-02"))
    settings = make_settings(tmp_path, "sqlite://:memory:")
    schema, identity = build_schema(settings), IdentityRuntime.for_base_url(settings.public_base_url)

    async def pickup_as(principal: Principal) -> dict:
        result = await schema.execute(
            "query($id: ID!) { application(id: $id) { pickup } }",
            variable_values={"id": gid("Application", application.id)},
            context_value=Context(settings, CatalogCache(0), identity, principal),
        )
        assert result.errors is None, result.errors
        return result.data["application"]["pickup"]

    mine = await pickup_as(
        Principal(PrincipalKind.USER, user_id=world.citizen.id, roles=frozenset({Role.CITIZEN}))
    )
    theirs = await pickup_as(
        Principal(PrincipalKind.USER, user_id=clerk.id, roles=frozenset({Role.WINDOW_CLERK}))
    )
    assert len(mine["code"]) == 6 and "code" not in theirs and theirs["locker"] == "B-02"

    app = await Application.get(id=application.id)
    wrong = "000000" if mine["code"] != "000000" else "111111"
    codes = []
    for _ in range(5):
        with pytest.raises(Failure) as refused:
            await desk.collect_from_locker(app, world.as_citizen, wrong)
        codes.append(refused.value.code)
    assert codes == ["CODE_INVALID"] * 5
    with pytest.raises(ratelimit.RateLimited):
        await desk.collect_from_locker(app, world.as_citizen, wrong)


async def _completed(world, clerk) -> Application:
    application = await _submitted(world)
    await desk.claim(application.id, clerk)
    await desk.accept(application.id, clerk)
    for user, task in (await _reviewers(application)).values():
        await desk.start_review(task.id, user)
        await desk.decide(task.id, user, True, "同意", world.catalog)
    return application


async def test_the_pickup_notice_is_written_once_and_complete(world):
    from notifications.payloads import Pickup, ReadyForPickup

    clerk = await make_user("窗口癸", [Role.WINDOW_CLERK])
    window = await _completed(world, clerk)
    await desk.set_pickup(window.id, clerk, desk.Pickup(PickupMethod.WINDOW, window="12", hours="9:00-17:00"))
    mail = await _completed(world, clerk)
    await _choose(world, mail, PickupMethod.MAIL)
    await desk.set_pickup(mail.id, clerk, desk.Pickup(PickupMethod.MAIL, carrier="EMS", tracking="E12345"))
    for application, pickup in (
        (window, Pickup("window", window="12")),
        (mail, Pickup("mail", carrier="EMS", mail_tracking_number="E12345")),
    ):
        rows = await OutboxMessage.filter(application=application, kind="ready_for_pickup")
        expected = ReadyForPickup(
            tracking_number=application.tracking_number,
            name=application.catalog_name,
            status="ready_for_pickup",
            pickup=pickup,
        )
        assert [row.payload for row in rows] == [expected.to_json()]
    assert (await Application.get(id=window.id)).pickup == {
        "method": "window",
        "window": "12",
        "hours": "9:00-17:00",
    }
    other = await _completed(world, clerk)
    with pytest.raises(Failure) as refused:
        await desk.set_pickup(other.id, clerk, desk.Pickup(PickupMethod.LOCKER))
    assert refused.value.code == "DELIVERY_NOT_CHOSEN"  # the applicant did not choose: the window
    await _choose(world, other, PickupMethod.LOCKER)
    with pytest.raises(Failure) as refused:
        await desk.set_pickup(other.id, clerk, desk.Pickup(PickupMethod.LOCKER))
    assert refused.value.code == "LOCKER_REQUIRED"
