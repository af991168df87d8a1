"""What the applicant sees: the steps so far, one lane per department with its due date on the
Chinese working-day calendar, and in plain words what they must do next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from api.applications.enums import ApplicationStatus as S
from api.applications.enums import MaterialStatus
from api.applications.models import Application, ApplicationEvent, ApplicationMaterial, Task
from api.applications.task_clock import TaskClock
from api.identity.models import User

STATUS_LABELS: dict[S, tuple[str, str]] = {
    S.DRAFT: ("草稿", "Draft"),
    S.SUBMITTED: ("已提交", "Submitted"),
    S.PRE_REVIEW: ("预审中", "Pre-review"),
    S.NEEDS_CORRECTION: ("待补正", "Correction needed"),
    S.ACCEPTED: ("已受理", "Accepted"),
    S.IN_PROGRESS: ("办理中", "In progress"),
    S.COMPLETED: ("已办结", "Completed"),
    S.PARTLY_COMPLETED: ("部分办结", "Partly completed"),
    S.REJECTED: ("不予办理", "Rejected"),
    S.READY_FOR_PICKUP: ("待领取", "Ready for pickup"),
    S.COLLECTED: ("已领取", "Collected"),
    S.CLOSED: ("已归档", "Closed"),
    S.WITHDRAWN: ("已撤回", "Withdrawn"),
}


@dataclass(frozen=True)
class LaneView:
    task: Task
    due_on: date | None  # the task clock's (the same date stored in ``Task.due_on``)
    remaining_working_days: int | None  # None until the clock starts (acceptance)
    paused: bool
    pause_reason: str
    overdue: bool


def lane(task: Task, today: date) -> LaneView:
    clock = TaskClock.of(task)
    pause = clock.running_pause if clock.paused(today) else None
    return LaneView(
        task,
        clock.due_on,
        clock.remaining(today),
        pause is not None,
        pause.reason if pause else "",
        clock.overdue(today),
    )


def next_action(
    application: Application, corrections: list[ApplicationMaterial], owed: tuple[str, str] | None = None
) -> tuple[str, str]:
    """The one thing the applicant must do now, in plain words (zh, en); empty when nothing. ``owed``:
    what a 容缺 acceptance left to hand in (``deferral.next_action``), while the departments work."""
    status = application.status
    if owed is not None and status in (S.ACCEPTED, S.IN_PROGRESS, S.COMPLETED, S.PARTLY_COMPLETED):
        return owed
    if status == S.DRAFT:
        return "请填写完整并提交申请。", "Complete the form and submit it."
    if status == S.NEEDS_CORRECTION:
        names = "、".join(m.name for m in corrections) or "所列材料"
        return (
            f"请补正以下材料后重新提交：{names}。补正期间办理时限暂停计算。",
            f"Send the corrected materials ({len(corrections)}) and resubmit; the time limit is paused.",
        )
    if status == S.READY_FOR_PICKUP and (application.pickup or {}).get("method") == "mail":
        return (
            "结果已邮寄，请留意快递签收（运单号见领取通知）。",
            "The result is in the post: watch for the delivery.",
        )
    if status == S.READY_FOR_PICKUP:
        return (
            "请按领取通知领取结果（窗口、24小时自助柜或邮寄）。",
            "Collect the result as the pickup notice says.",
        )
    if status == S.COLLECTED:
        return "请为本次办理评价（好差评）。", "Please rate this service."
    if status in (S.SUBMITTED, S.PRE_REVIEW):
        return "工作人员正在预审材料，您无需操作。", "Staff are checking your materials; nothing to do now."
    if status in (S.ACCEPTED, S.IN_PROGRESS):
        return (
            "各部门正在并联办理，您无需操作。",
            "The departments are working on it in parallel; nothing to do.",
        )
    return "", ""


Loaded = tuple[list[Task], list[ApplicationEvent], list[ApplicationMaterial]]


async def load_many(applications: list[Application]) -> dict[int, Loaded]:
    """Tasks, events and materials of many applications in three queries (lists must not grow with N)."""
    ids = [a.id for a in applications]
    loaded: dict[int, Loaded] = {i: ([], [], []) for i in ids}
    if not ids:
        return loaded
    for task in await Task.filter(application_id__in=ids).select_related("department").order_by("id"):
        loaded[task.application_id][0].append(task)
    events = (
        ApplicationEvent.filter(application_id__in=ids).select_related("actor", "acting_for").order_by("id")
    )
    for event in await events:
        loaded[event.application_id][1].append(event)
    materials = ApplicationMaterial.filter(application_id__in=ids).select_related("upload").order_by("id")
    for material in await materials:
        loaded[material.application_id][2].append(material)
    return loaded


@dataclass(frozen=True)
class FiledByHelper:
    helper_name: str  # 由 X 代办
    applicant_name: str  # 代 Y 申请 (the helper's lists)


async def filed_by_helpers(applications: list[Application]) -> dict[int, FiledByHelper]:
    """Application id → who filed it for whom, for those a helper filed (one query)."""
    filed = [a for a in applications if a.filed_by_id]
    if not filed:
        return {}
    people = {a.filed_by_id for a in filed} | {a.applicant_id for a in filed}
    names = {i: str(n) for i, n in await User.filter(id__in=people).values_list("id", "name")}
    return {
        a.id: FiledByHelper(names.get(a.filed_by_id or 0, ""), names.get(a.applicant_id, "")) for a in filed
    }


def corrections(materials: list[ApplicationMaterial]) -> list[ApplicationMaterial]:
    return [m for m in materials if m.status == MaterialStatus.NEEDS_CORRECTION]
