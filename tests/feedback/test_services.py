"""Ratings and complaints open rectification cases with their deadline, in the same transaction, and
the case runs its loop (受理 → 转办 → 反馈 → 确认 / 重办) with the citizen told through the outbox."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from api.applications.enums import ApplicationStatus as S
from api.failures import Failure
from api.feedback import services
from api.feedback.enums import CaseSource, CaseStatus
from api.feedback.models import Complaint, Rating, RectificationCase
from api.identity import ratelimit
from notifications.models import OutboxMessage
from tests.applications.conftest import make_user
from tests.feedback.conftest import finished, submitted

# 10:00 in China on Tuesday, Sep 30, 2025 — the last workday before the National Day holiday
BEFORE_NATIONAL_DAY = datetime(2025, 9, 30, 2, 0, tzinfo=UTC)


async def test_a_dissatisfied_rating_opens_a_case_due_in_15_working_days(world, staff):
    application = await finished(world, S.COLLECTED)
    outcome = await services.rate(
        application.id, world.citizen.id, 2, "窗口让我跑了两次", "cg", now=BEFORE_NATIONAL_DAY
    )
    case = outcome.case
    assert outcome.created and case is not None
    assert case.source == CaseSource.RATING and case.status == CaseStatus.OPEN
    assert case.opened_on == date(2025, 9, 30)
    # Oct 1–8 off, Oct 11 (Sat) a workday: the 15th working day after Sep 30 is Oct 28
    assert case.deadline == date(2025, 10, 28)
    assert case.department_id == staff.cg.id and case.catalog_code == "CG01"
    assert case.citizen_id == world.citizen.id and case.rating_level == 2
    assert case.tracking_number == application.tracking_number
    notes = await OutboxMessage.filter(kind="rectification_opened")
    assert [n.recipient_id for n in notes] == [staff.supervisor.id]
    assert notes[0].payload["caseId"] == case.id and notes[0].payload["deadline"] == "2025-10-28"


async def test_the_spring_festival_moves_a_case_deadline(world, staff):
    application = await finished(world, S.REJECTED)
    thursday = datetime(2026, 2, 12, 9, 0, tzinfo=UTC)
    outcome = await services.rate(application.id, world.citizen.id, 1, now=thursday)
    assert outcome.case.deadline == date(2026, 3, 11)  # Feb 15–23 off, Feb 14 and 28 workdays
    assert outcome.case.department_id is None  # the whole application: the supervisor assigns it
    assert outcome.case.catalog_code == "B03"


async def test_good_ratings_open_nothing_and_can_be_changed_for_seven_days(world, staff):
    application = await finished(world, S.COMPLETED)
    first = await services.rate(application.id, world.citizen.id, 5, "很快")
    assert first.created and first.case is None
    assert await RectificationCase.all().count() == 0
    changed = await services.rate(application.id, world.citizen.id, 3, "还行")
    assert not changed.created and changed.rating.id == first.rating.id and changed.case is None
    worse = await services.rate(application.id, world.citizen.id, 1, "其实很差")
    assert worse.case is not None
    again = await services.rate(application.id, world.citizen.id, 2, "还是差")
    assert again.case.id == worse.case.id  # one case per rating
    assert await RectificationCase.all().count() == 1
    rating = await Rating.get(id=first.rating.id)
    assert (rating.level, rating.changes) == (2, 3)
    # a department's part is rated apart from the whole
    part = await services.rate(application.id, world.citizen.id, 4, department_code="CG")
    assert part.created and part.rating.scope == "CG"
    with pytest.raises(Failure) as locked:
        await services.rate(
            application.id, world.citizen.id, 5, now=rating.created_at + timedelta(days=7, seconds=1)
        )
    assert locked.value.code == "RATING_LOCKED"


async def test_only_the_applicant_rates_and_only_once_it_is_done(world, staff):
    with pytest.raises(Failure) as early:
        await services.rate((await submitted(world)).id, world.citizen.id, 5)
    assert early.value.code == "NOT_RATABLE"
    application = await finished(world, S.READY_FOR_PICKUP)
    with pytest.raises(Failure) as stranger:
        await services.rate(application.id, world.other.id, 1)
    assert stranger.value.code == "NOT_FOUND"
    for level in (0, 6, True):
        with pytest.raises(Failure) as wrong:
            await services.rate(application.id, world.citizen.id, level)
        assert wrong.value.code == "INVALID_LEVEL"
    with pytest.raises(Failure) as department:
        await services.rate(application.id, world.citizen.id, 1, department_code=staff.other.code)
    assert department.value.code == "NO_SUCH_DEPARTMENT"
    assert await Rating.all().count() == 0 and await RectificationCase.all().count() == 0


async def test_an_anonymous_complaint_needs_a_phone_and_reaches_the_items_department(world, staff):
    with pytest.raises(Failure) as no_phone:
        await services.report_problem(world.catalog, "窗口说系统坏了办不了", "CG01", None, None, "10.1.1.1")
    assert no_phone.value.code == "CONTACT_REQUIRED"
    with pytest.raises(Failure) as bad_phone:
        await services.report_problem(
            world.catalog, "窗口说系统坏了办不了", "CG01", "12345", None, "10.1.1.1"
        )
    assert bad_phone.value.code == "INVALID_PHONE"
    outcome = await services.report_problem(
        world.catalog,
        "窗口说系统坏了办不了",
        "cg01",
        "+86 139-1234-5678",
        None,
        "10.1.1.1",
        now=BEFORE_NATIONAL_DAY,
    )
    complaint, case = outcome.complaint, outcome.case
    assert complaint.reporter_id is None and complaint.contact_phone == "13912345678"
    assert case.source == CaseSource.COMPLAINT and case.citizen_id is None
    assert case.department_id == staff.cg.id and case.catalog_code == "CG01"
    assert case.deadline == date(2025, 10, 28)
    # a bundle spans departments: the supervisor hands it on; no code at all is fine too
    bundle = await services.report_problem(
        world.catalog, "一件事套餐办不下来", "B03", "13912345678", None, "x"
    )
    assert bundle.case.department_id is None and bundle.case.catalog_code == "B03"
    plain = await services.report_problem(world.catalog, "不知道去哪里办", None, None, world.citizen, "x")
    assert plain.case.citizen_id == world.citizen.id and plain.complaint.contact_phone == world.citizen.phone
    with pytest.raises(Failure) as unknown:
        await services.report_problem(world.catalog, "不知道去哪里办", "ZZ99", None, world.citizen, "x")
    assert unknown.value.code == "UNKNOWN_CODE"


async def test_reports_are_rate_limited_per_address(world, staff):
    for _ in range(services.COMPLAINTS_PER_ADDRESS.count):
        await services.report_problem(world.catalog, "反映一个问题", None, "13912345678", None, "10.2.2.2")
    with pytest.raises(ratelimit.RateLimited) as limited:
        await services.report_problem(world.catalog, "反映一个问题", None, "13912345678", None, "10.2.2.2")
    assert limited.value.code == "RATE_LIMITED"
    await services.report_problem(world.catalog, "反映一个问题", None, "13912345678", None, "10.2.2.3")
    assert await Complaint.all().count() == services.COMPLAINTS_PER_ADDRESS.count + 1


async def test_a_signed_in_reporter_is_limited_as_themself_not_only_by_address(world, staff):
    """One person cannot use up a hall's Wi-Fi (one address) for everyone, nor escape by moving."""
    for n in range(services.COMPLAINTS_PER_ACCOUNT.count):
        await services.report_problem(world.catalog, "反映一个问题", None, None, world.citizen, f"10.4.0.{n}")
    with pytest.raises(ratelimit.RateLimited) as limited:
        await services.report_problem(world.catalog, "反映一个问题", None, None, world.citizen, "10.4.1.1")
    assert limited.value.retry_after > 0 and limited.value.extensions["code"] == "RATE_LIMITED"
    # others behind the same address still get through
    await services.report_problem(world.catalog, "反映一个问题", None, "13912345678", None, "10.4.0.1")


async def test_the_loop_assign_answer_reopen_answer_confirm(world, staff):
    application = await finished(world, S.COLLECTED)
    case = (await services.rate(application.id, world.citizen.id, 1, "态度差", now=BEFORE_NATIONAL_DAY)).case
    with pytest.raises(Failure) as nowhere:
        await services.assign_case(case.id, staff.supervisor.id)
    assert nowhere.value.code == "DEPARTMENT_REQUIRED"
    with pytest.raises(Failure) as wrong_person:
        await services.assign_case(case.id, staff.supervisor.id, "CG", staff.reviewer_other.id)
    assert wrong_person.value.code == "INVALID_ASSIGNEE"
    case = await services.assign_case(case.id, staff.supervisor.id, "cg", staff.reviewer_cg.id, "3日内回复")
    assert case.status == CaseStatus.ASSIGNED and case.department_id == staff.cg.id
    assert await OutboxMessage.filter(
        kind="rectification_assigned", recipient_id=staff.reviewer_cg.id
    ).exists()
    # a reviewer of another department cannot answer it
    with pytest.raises(Failure) as other:
        await services.answer_case(
            case.id, staff.reviewer_other.id, "已整改完毕", department_id=staff.other.id
        )
    assert other.value.code == "NOT_FOUND"
    case = await services.answer_case(
        case.id, staff.reviewer_cg.id, "已约谈窗口人员，道歉", department_id=staff.cg.id
    )
    assert case.status == CaseStatus.ANSWERED and case.closed_at is None  # the citizen has the last word
    told = await OutboxMessage.get(kind="rectification_answered")
    assert told.recipient_id == world.citizen.id and told.application_id == application.id
    assert "道歉" in told.payload["reason"]
    with pytest.raises(Failure) as not_theirs:
        await services.confirm_case(case.id, world.other.id, True)
    assert not_theirs.value.code == "NOT_FOUND"
    later = datetime(2025, 10, 9, 2, 0, tzinfo=UTC)
    case = await services.confirm_case(case.id, world.citizen.id, False, "没解决", now=later)
    assert case.status == CaseStatus.REOPENED and case.reopened_count == 1
    assert case.deadline == date(2025, 10, 29)  # 15 working days after Oct 9 (Oct 11 a workday)
    assert await OutboxMessage.filter(kind="rectification_reopened").count() == 1
    case = await services.answer_case(case.id, staff.supervisor.id, "已重新办理并送达")
    case = await services.confirm_case(case.id, world.citizen.id, True)
    assert case.status == CaseStatus.CONFIRMED and case.satisfied and case.closed_at is not None
    stored = await RectificationCase.get(id=case.id)
    assert [step["event"] for step in stored.history] == [
        "opened",
        "assigned",
        "answered",
        "reopened",
        "answered",
        "confirmed",
    ]
    with pytest.raises(Failure) as closed:
        await services.answer_case(case.id, staff.supervisor.id, "再次答复内容")
    assert closed.value.code == "INVALID_STATE"


async def test_an_anonymous_case_closes_when_answered(world, staff):
    case = (
        await services.report_problem(world.catalog, "窗口说系统坏了办不了", "CG01", "13912345678", None, "x")
    ).case
    case = await services.answer_case(
        case.id, staff.reviewer_cg.id, "已电话回复并预约办理", department_id=staff.cg.id
    )
    assert case.status == CaseStatus.ANSWERED and case.closed_at is not None
    assert not await OutboxMessage.filter(kind="rectification_answered").exists()  # answered by phone


async def test_a_stale_version_cannot_overwrite_a_concurrent_change(world, staff):
    case = (
        await services.report_problem(world.catalog, "反映一个问题", "CG01", "13912345678", None, "x")
    ).case
    stale = await RectificationCase.get(id=case.id)
    await services.assign_case(case.id, staff.supervisor.id, instruction="first")
    with pytest.raises(Failure) as conflict:
        await services.move_case(
            stale, "assigned", by=staff.supervisor.id, note="second", now=datetime.now(UTC)
        )
    assert conflict.value.code == "CONCURRENT_CHANGE"


async def test_case_lists_follow_departments(world, staff):
    mine = (
        await services.report_problem(world.catalog, "城管执法的问题", "CG01", "13912345678", None, "x")
    ).case
    other = await make_user("别人", [])
    theirs = (await services.report_problem(world.catalog, "其他部门的问题", None, None, other, "x")).case
    await services.assign_case(theirs.id, staff.supervisor.id, staff.other.code)
    everything = await services.staff_cases(only_department_id=None)
    assert {c.id for c in everything.rows} == {mine.id, theirs.id} and everything.total_count == 2
    cg_only = await services.staff_cases(only_department_id=staff.cg.id)
    assert [c.id for c in cg_only.rows] == [mine.id]
    # asking for another department's cases gives nothing
    peek = await services.staff_cases(only_department_id=staff.cg.id, department_code=staff.other.code)
    assert peek.rows == [] and peek.total_count == 0
    assigned = await services.staff_cases(only_department_id=None, status=CaseStatus.ASSIGNED)
    assert [c.id for c in assigned.rows] == [theirs.id]
    assert [c.id for c in (await services.citizen_cases(other.id)).rows] == [theirs.id]


async def test_a_replayed_report_returns_the_first_one(world, staff):
    first = await services.report_problem(
        world.catalog, "离线时提交的反映", "CG01", "13912345678", None, "x", idempotency_key="k-1"
    )
    again = await services.report_problem(
        world.catalog, "离线时提交的反映", "CG01", "13912345678", None, "x", idempotency_key="k-1"
    )
    assert (again.complaint.id, again.case.id) == (first.complaint.id, first.case.id)
    assert await Complaint.all().count() == 1 and await RectificationCase.all().count() == 1
    assert await OutboxMessage.filter(kind="rectification_opened").count() == 1
    with pytest.raises(Failure) as stolen:
        await services.report_problem(
            world.catalog, "别人的请求标识", None, None, world.citizen, "x", idempotency_key="k-1"
        )
    assert stolen.value.code == "DUPLICATE_KEY"
