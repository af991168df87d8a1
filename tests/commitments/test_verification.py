"""The department's verification queue and its verdicts: ordered by urgency on the working-day
calendar; "verified" closes a check; "false commitment" revokes the licence issued for it (the status
list says so), rejects a task not yet decided, and tells the holder; checks past their date are
reported to the supervisors once — on SQLite and PostgreSQL."""

from __future__ import annotations

import zlib
from datetime import date

import pytest

from api.applications.enums import ApplicationStatus as S
from api.applications.enums import TaskStatus
from api.applications.models import Application, Task
from api.catalog.models import Department
from api.commitments import services
from api.commitments.enums import Outcome, Urgency
from api.commitments.models import Commitment
from api.failures import Failure
from api.identity.enums import Role
from api.review import services as desk
from api.wallet.enums import LicenceAction, LicenceStatus, StatusCode
from api.wallet.models import Licence, LicenceEvent
from api.wallet.services import status_at
from api.wallet.services.tokens import unb64
from notifications.models import OutboxMessage
from notifications.templates import render
from tests.applications.conftest import make_user
from tests.commitments.conftest import accept_on_commitment, apply_on_commitment, reviewer_of
from tests.conftest import gid

MONDAY = date(2026, 3, 2)


async def _accepted(world, on: date = MONDAY) -> tuple[Application, Commitment]:
    application = await apply_on_commitment(world)
    await accept_on_commitment(application, on)
    return application, await Commitment.get(application=application)


async def test_the_queue_puts_the_most_urgent_first_and_shows_only_my_department(world):
    later, _ = await _accepted(world, date(2026, 3, 16))
    sooner, _ = await _accepted(world, MONDAY)
    not_accepted = await apply_on_commitment(world)  # signed, not accepted yet: nothing to verify
    reviewer, _ = await reviewer_of(sooner)
    today = date(2026, 3, 31)  # past the first one's verify-by date (2026-03-30), before the second's
    page = await services.department_checks(reviewer.department_id, Outcome.PENDING, today, world.catalog)
    assert [n.commitment.application_id for n in page.nodes] == [sooner.id, later.id]
    assert page.total_count == 2 and not_accepted.id not in {n.commitment.application_id for n in page.nodes}
    first, second = page.nodes
    assert first.urgency is Urgency.OVERDUE and first.working_days_left == -1
    assert second.urgency is Urgency.ON_TIME and second.working_days_left == 9
    fire = await Department.get(code="XF")
    other = await services.department_checks(fire.id, Outcome.PENDING, today, world.catalog)
    assert other.nodes == [] and other.total_count == 0
    # keyset pages: one at a time, same order
    one = await services.department_checks(
        reviewer.department_id, Outcome.PENDING, today, world.catalog, first=1
    )
    two = await services.department_checks(
        reviewer.department_id, Outcome.PENDING, today, world.catalog, first=1, after=one.next_cursor
    )
    assert [one.nodes[0].commitment.application_id, two.nodes[0].commitment.application_id] == [
        sooner.id,
        later.id,
    ]
    assert two.next_cursor is None
    with pytest.raises(Failure) as too_many:
        await services.department_checks(
            reviewer.department_id, Outcome.PENDING, today, world.catalog, first=101
        )
    assert too_many.value.code == "PAGE_SIZE_OUT_OF_RANGE"


async def test_verified_closes_the_check(world):
    application, commitment = await _accepted(world)
    reviewer, _ = await reviewer_of(application)
    await services.record_check(commitment.id, reviewer, Outcome.VERIFIED, "", world.catalog)
    checked = await Commitment.get(id=commitment.id)
    assert (checked.outcome, checked.checked_by_id) == (Outcome.VERIFIED, reviewer.id)
    assert checked.checked_at is not None
    with pytest.raises(Failure) as again:
        await services.record_check(commitment.id, reviewer, Outcome.FALSE, "现场无消毒设备", world.catalog)
    assert again.value.code == "ALREADY_CHECKED"
    assert not await OutboxMessage.filter(kind="commitment_false").exists()


async def test_a_false_commitment_revokes_the_licence_and_tells_the_holder(world):
    application, commitment = await _accepted(world)
    reviewer, task = await reviewer_of(application)
    await desk.start_review(task.id, reviewer)
    await desk.decide(task.id, reviewer, True, "", world.catalog)  # issued on the commitment
    licence = await Licence.get(application=application, type_code="food_business_licence")
    assert licence.status == LicenceStatus.ACTIVE

    with pytest.raises(Failure) as vague:
        await services.record_check(commitment.id, reviewer, Outcome.FALSE, "不实", world.catalog)
    assert vague.value.code == "FINDINGS_REQUIRED"
    findings = "现场核查：后厨无餐用具清洗消毒设施，未建立进货查验记录"
    await services.record_check(commitment.id, reviewer, Outcome.FALSE, findings, world.catalog)

    licence = await Licence.get(id=licence.id)
    assert licence.status == LicenceStatus.REVOKED
    event = await LicenceEvent.get(licence=licence, action=LicenceAction.REVOKED)
    assert event.actor_id == reviewer.id and event.reason.startswith("虚假承诺（食品经营许可）：")
    # every verifier reading the signed status list sees it revoked
    token = await _status_list()
    assert status_at(token, licence.status_index) == StatusCode.INVALID

    notice = await OutboxMessage.get(kind="commitment_false", application=application)
    assert notice.recipient_id == world.citizen.id
    text = render(notice.kind, notice.payload, application_id=application.id).body
    assert "虚假承诺" in text and licence.number in text and "后厨无餐用具清洗消毒设施" in text
    english = render(notice.kind, notice.payload, locale="en").body
    assert "false commitment" in english and licence.number in english
    assert (await Application.get(id=application.id)).status == S.COMPLETED  # decided before: stays


async def test_a_false_commitment_before_the_decision_rejects_the_task(world):
    application, commitment = await _accepted(world)
    reviewer, task = await reviewer_of(application)
    await services.record_check(
        commitment.id, reviewer, Outcome.FALSE, "经营场所与申报地址不符", world.catalog
    )
    task = await Task.get(id=task.id)
    assert task.status == TaskStatus.REJECTED and "经营场所与申报地址不符" in task.decision_note
    assert (await Application.get(id=application.id)).status == S.REJECTED
    assert not await Licence.filter(application=application).exists()
    notice = await OutboxMessage.get(kind="commitment_false", application=application)
    assert "已依法撤销" not in render(notice.kind, notice.payload).body  # nothing had been issued


async def test_only_its_department_checks_and_only_once_accepted(world):
    application = await apply_on_commitment(world)
    commitment = await Commitment.get(application=application)
    reviewer, _ = await reviewer_of(application)
    with pytest.raises(Failure) as early:
        await services.record_check(commitment.id, reviewer, Outcome.VERIFIED, "", world.catalog)
    assert early.value.code == "NOT_SCHEDULED"
    await accept_on_commitment(application, MONDAY)
    stranger = await make_user("别的部门", [Role.REVIEWER])
    stranger.department_id = (await Task.get(application=application)).department_id + 1000
    with pytest.raises(Failure) as foreign:
        await services.record_check(commitment.id, stranger, Outcome.VERIFIED, "", world.catalog)
    assert foreign.value.code == "CHECK_NOT_FOUND"
    with pytest.raises(Failure) as undecided:
        await services.record_check(commitment.id, reviewer, Outcome.PENDING, "", world.catalog)
    assert undecided.value.code == "OUTCOME_REQUIRED"


async def test_overdue_checks_are_reported_to_the_supervisors_once(world):
    application, commitment = await _accepted(world)
    supervisor = await make_user("督查", [Role.SUPERVISOR])
    assert await services.escalate_overdue_checks(commitment.verify_by) == 0  # due today: not overdue
    late = date(2026, 4, 1)
    overdue = await services.overdue_checks(late, world.catalog)
    assert [n.commitment.id for n in overdue.nodes] == [commitment.id]
    assert await services.escalate_overdue_checks(late) == 1
    assert await services.escalate_overdue_checks(late) == 0  # idempotent
    notice = await OutboxMessage.get(kind="commitment_check_overdue")
    assert notice.recipient_id == supervisor.id and notice.application_id == application.id
    rendered = render(notice.kind, notice.payload, application_id=application.id)
    assert (
        "超期" in rendered.body and rendered.url == f"/desk/applications/{gid('Application', application.id)}"
    )
    assert (await Commitment.get(id=commitment.id)).escalated_on == late


async def _status_list() -> bytes:
    import jwt

    from api.wallet.services import status_list

    claims = jwt.decode(await status_list(), options={"verify_signature": False})
    return zlib.decompress(unb64(claims["status_list"]["lst"]))
