"""容缺受理 for real, at the service level on SQLite and PostgreSQL: the catalogue's terms give the due
dates; the applicant hands the owed material in after acceptance and the clerk checks it; a reminder
the working day before (once); overdue, the waiting tasks' clocks stop (written pauses) and e-supervision
flags them, and they go on when the material is checked; a department whose approval waits cannot
approve, one whose licence waits approves but its licence is issued only after the material.

The restaurant bundle (B03): 市场监管 (SJ01 business licence + SJ04 food business licence) waits for
the equipment list to approve (SJ04 terms: 5 working days, approval) and for the food safety rules only
for the licence (5 working days, licence)."""

from __future__ import annotations

from datetime import date

import pytest

from api.applications import services as applying
from api.applications.enums import AcceptanceMode, MaterialStatus, TaskStatus
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, ApplicationEvent, ApplicationMaterial, Task
from api.applications.task_clock import TaskClock
from api.applications.views import application_views
from api.failures import Failure
from api.identity.enums import Role
from api.review import services as desk
from api.supervision import services as supervision
from api.supervision.flags import Flag, task_flag
from api.wallet.models import Licence
from notifications.models import OutboxMessage
from tests.applications.conftest import make_upload, make_user, uploads_for
from tests.applications.test_submission import RESTAURANT, submission
from tests.conftest import gid
from tests.review.test_desk import _reviewers

MONDAY = date(2026, 3, 2)
DUE = date(2026, 3, 9)  # the food safety rules: 5 working days after Monday Mar 2
EQUIPMENT_DUE = date(2026, 3, 5)  # the equipment list: 3 (市场监管 promises 5 and waits for it to approve)
OWED = ("equipment_list", "food_safety_system")


async def _accepted(world, defer=OWED, today=MONDAY, leave_out=None):
    plan = await uploads_for(world, RESTAURANT)
    left = set(defer if leave_out is None else leave_out)
    sub = submission(world, materials=[m for m in plan if m.material not in left])
    application = (await applying.submit(world.catalog, world.citizen, world.as_citizen, sub)).application
    clerk = await make_user("窗口容缺", [Role.WINDOW_CLERK])
    await desk.claim(application.id, clerk)
    await desk.accept(
        application.id, clerk, AcceptanceMode.DEFERRED, [desk.Deferred(c) for c in defer], today
    )
    return application, clerk


async def _hand_in(world, application, material):
    upload = await make_upload(world.citizen)
    given = applying.MaterialInput(material, upload.public_id)
    return await applying.hand_in_owed(await Application.get(id=application.id), world.as_citizen, given)


async def _view(application):
    return (await application_views([await Application.get(id=application.id)]))[0]


async def test_due_dates_come_from_the_catalogue_and_the_history_names_the_materials(world):
    with pytest.raises(Failure) as not_allowed:
        await _accepted(world, defer=("floor_plan",), leave_out=OWED)
    assert not_allowed.value.code == "NOT_DEFERRABLE"
    application, _ = await _accepted(world)
    lines = {m.material_code: m for m in await ApplicationMaterial.filter(application=application)}
    assert (lines["food_safety_system"].status, lines["food_safety_system"].due_on) == (
        MaterialStatus.DEFERRED,
        DUE,
    )
    assert (lines["equipment_list"].status, lines["equipment_list"].due_on) == (
        MaterialStatus.DEFERRED,
        EQUIPMENT_DUE,
    )
    assert lines["equipment_list"].waits == {"SJ04": "approval"}
    accepted = await ApplicationEvent.get(application=application, to_status=S.ACCEPTED)
    assert (
        "“主要设备设施清单及操作流程”（2026-03-05前）" in accepted.reason and "2026-03-09" in accepted.reason
    )
    assert "equipment_list" not in accepted.reason
    view = await _view(application)
    assert (
        "请于 2026年3月5日前补交容缺材料" in view.next_action.zh and "您无需操作" not in view.next_action.zh
    )
    assert {m.material for m in view.materials if m.owed} == set(OWED)
    assert not await OutboxMessage.filter(application=application, kind="deferred_material_due").exists()


async def test_hand_in_check_and_the_licence_waits_for_what_it_needs(world):
    application, clerk = await _accepted(world)
    reviewers = await _reviewers(application)
    sj_reviewer, sj_task = reviewers["SJ"]
    await desk.start_review(sj_task.id, sj_reviewer)
    with pytest.raises(Failure) as waiting:
        await desk.decide(sj_task.id, sj_reviewer, True, "", world.catalog)
    assert waiting.value.code == "WAITING_FOR_MATERIAL" and "主要设备设施清单" in waiting.value.message

    # the applicant hands the equipment list in; only a deferred material can be
    await _hand_in(world, application, "equipment_list")
    with pytest.raises(Failure) as not_owed:
        await _hand_in(world, application, "equipment_list")
    assert not_owed.value.code == "NOT_OWED"
    with pytest.raises(Failure) as no_reason:
        await desk.verify_owed(application.id, clerk, "equipment_list", False, " ", world.catalog)
    assert no_reason.value.code == "REASON_REQUIRED"
    await desk.verify_owed(application.id, clerk, "equipment_list", True, "", world.catalog)
    with pytest.raises(Failure) as twice:
        await desk.verify_owed(application.id, clerk, "equipment_list", True, "", world.catalog)
    assert twice.value.code == "NOTHING_TO_VERIFY"

    # now 市场监管 may approve, but its licences wait for the food safety rules
    for code, (user, task) in reviewers.items():
        if code != "SJ":
            await desk.start_review(task.id, user)
        await desk.decide(task.id, user, True, "", world.catalog)
    sj = await Task.get(id=sj_task.id)
    assert sj.status == TaskStatus.APPROVED
    assert not await Licence.filter(application_id=application.id, department_id=sj.department_id).exists()
    assert (await Application.get(id=application.id)).status == S.IN_PROGRESS, "not completed yet"
    decided = await ApplicationEvent.get(task_id=sj.id, to_status=TaskStatus.APPROVED)
    assert "证照待容缺材料“食品安全管理制度”补齐核验后发放" in decided.reason

    # a sending back tells why, and it is owed again
    await _hand_in(world, application, "food_safety_system")
    await desk.verify_owed(
        application.id, clerk, "food_safety_system", False, "缺少负责人签字", world.catalog
    )
    line = await ApplicationMaterial.get(application=application, material_code="food_safety_system")
    assert (line.status, line.note) == (MaterialStatus.DEFERRED, "缺少负责人签字")
    told = await OutboxMessage.filter(application=application, kind="new_message").order_by("-id").first()
    assert told is not None and "缺少负责人签字" in told.payload["reason"]

    await _hand_in(world, application, "food_safety_system")
    await desk.verify_owed(application.id, clerk, "food_safety_system", True, "", world.catalog)
    types = set(await Licence.filter(application_id=application.id).values_list("type_code", flat=True))
    assert {"business_licence", "food_business_licence"} <= types
    assert (await Application.get(id=application.id)).status == S.COMPLETED
    assert not [m for m in (await _view(application)).materials if m.owed]


async def test_a_reminder_the_working_day_before_once(world):
    application, _ = await _accepted(world, defer=("food_safety_system",))
    assert await desk.remind_owed(date(2026, 3, 5)) == 0  # Thursday: not yet
    assert await desk.remind_owed(date(2026, 3, 6)) == 1  # Friday, the working day before Monday Mar 9
    assert await desk.remind_owed(date(2026, 3, 6)) == 0  # twice: once
    assert await desk.remind_owed(date(2026, 3, 8)) == 0
    sent = await OutboxMessage.filter(application=application, kind="deferred_material_due")
    assert len(sent) == 1
    assert sent[0].payload["material"] == "食品安全管理制度" and sent[0].payload["dueOn"] == "2026-03-09"


async def test_overdue_stops_the_waiting_clocks_flags_them_and_checking_resumes(world):
    application, clerk = await _accepted(world, defer=("equipment_list",))
    tasks = {
        t.department_id: t for t in await Task.filter(application=application).prefetch_related("department")
    }
    sj = next(t for t in tasks.values() if t.department.code == "SJ")
    due_before = sj.due_on
    assert await desk.pause_late(EQUIPMENT_DUE) == 0, "due today is not late"
    late_day = date(2026, 3, 6)
    assert await desk.pause_late(late_day) == 1
    assert await desk.pause_late(late_day) == 0, "paused once"
    sj = await Task.get(id=sj.id)
    clock = TaskClock.of(sj)
    assert clock.running_pause is not None and clock.running_pause.paused_on == EQUIPMENT_DUE
    assert "“主要设备设施清单及操作流程”逾期未补齐" in clock.running_pause.reason
    assert sj.due_on is None and clock.due_on is None, "stopped with time left: no due date yet"
    assert task_flag(sj, date(2026, 3, 20)) is Flag.PAUSED
    others = [t for t in await Task.filter(application=application) if t.id != sj.id]
    assert all(TaskClock.of(t).running_pause is None for t in others), "only the tasks waiting for it"
    paused = await supervision.paused_tasks(date(2026, 3, 20))
    flagged = paused.nodes
    assert paused.total_count == 1 and flagged[0].task.id == sj.id and "逾期未补齐" in flagged[0].reason
    view = await _view(application)
    lane = next(x for x in view.lanes if x.task_id == gid("DepartmentSystemTask", sj.id))
    assert lane.paused and "逾期未补齐" in lane.pause_reason
    assert "已逾期，相关部门已暂停办理" in view.next_action.zh
    assert [m.late for m in view.materials if m.material == "equipment_list"] == [True]
    assert await OutboxMessage.filter(application=application, kind="new_message").exists()

    # handed in late, checked a week later: the clock goes on, the deadline is later, never earlier
    await _hand_in(world, application, "equipment_list")
    assert TaskClock.of(await Task.get(id=sj.id)).running_pause is not None, "paused until checked"
    await desk.verify_owed(
        application.id, clerk, "equipment_list", True, "", world.catalog, today=date(2026, 3, 16)
    )
    sj = await Task.get(id=sj.id)
    assert TaskClock.of(sj).running_pause is None
    assert sj.due_on is not None and due_before is not None and sj.due_on > due_before
    # Mar 3–5 counted (3 of 5), stopped Mar 6–16, then 2 more: Mar 17, 18
    assert sj.due_on == TaskClock.of(sj).due_on == date(2026, 3, 18)
    resumed = await ApplicationEvent.filter(task_id=sj.id, reason="容缺材料已补齐，恢复计时").count()
    assert resumed == 1
