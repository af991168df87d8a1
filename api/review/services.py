"""The staff desk: remote pre-review (预审) with one complete correction list (一次性告知), the three
ways to accept (normal, 容缺, 告知承诺), parallel department decisions, pickup and collection."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from api import clock
from api.applications import bus
from api.applications.enums import AcceptanceMode, ActorKind, MaterialStatus, PickupMethod, TaskStatus
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, ApplicationMaterial, Message, Task
from api.applications.timeline import today_in_china
from api.applications.workflow import Actor, apply_move, apply_task_move
from api.calendar.working_days import add_working_days
from api.catalog.entities import Catalog
from api.failures import Failure
from api.identity import ratelimit
from api.identity.models import User
from api.review.licences import issue_outputs
from notifications.models import OutboxMessage

CLAIM_TIMEOUT = timedelta(minutes=30)  # an abandoned claim frees itself
COMMITMENT_CHECK_DAYS = 20  # 告知承诺: verified within this many working days of acceptance
LOCKER_CODE_HOURS = 24


def _now() -> datetime:
    return clock.now()


def _clerk(user: User) -> Actor:
    return Actor(ActorKind.CLERK, user.id)


async def _announce(application_id: int, conn) -> None:
    await bus.notify_in_transaction(conn, application_id)


# --- pre-review -----------------------------------------------------------------------------------


async def claim(application_id: int, clerk: User) -> Application:
    """Lock an application to one clerk. Of two clerks claiming at once exactly one wins: the claim is
    one conditional UPDATE (free, or claimed by nobody for CLAIM_TIMEOUT)."""
    now = _now()
    free = Q(claimed_by_id=None) | Q(claimed_at__lt=now - CLAIM_TIMEOUT) | Q(claimed_by_id=clerk.id)
    won = await Application.filter(free, id=application_id, status__in=[S.SUBMITTED, S.PRE_REVIEW]).update(
        claimed_by_id=clerk.id, claimed_at=now
    )
    application = await Application.get_or_none(id=application_id)
    if application is None:
        raise Failure("NOT_FOUND", "办件不存在", "No such application")
    if not won:
        if application.status not in (S.SUBMITTED, S.PRE_REVIEW):
            raise Failure(
                "NOT_IN_PRE_REVIEW", "该办件不在预审阶段", "This application is not waiting for pre-review"
            )
        raise Failure(
            "ALREADY_CLAIMED", "该办件已由其他工作人员认领", "Another clerk is reviewing this application"
        )
    if application.status == S.SUBMITTED:
        async with in_transaction() as conn:
            await apply_move(application, S.PRE_REVIEW, _clerk(clerk), "开始预审", conn)
            await _announce(application.id, conn)
        bus.after_commit(application.id)
    return application


async def _claimed(application_id: int, clerk: User) -> Application:
    application = await Application.get_or_none(id=application_id)
    if application is None:
        raise Failure("NOT_FOUND", "办件不存在", "No such application")
    if application.status != S.PRE_REVIEW or application.claimed_by_id != clerk.id:
        raise Failure("NOT_CLAIMED", "请先认领该办件再预审", "Claim the application before reviewing it")
    return application


async def release(application_id: int, clerk: User) -> None:
    await Application.filter(id=application_id, claimed_by_id=clerk.id).update(
        claimed_by_id=None, claimed_at=None
    )


@dataclass(frozen=True)
class Verdict:
    material: str
    ok: bool
    note: str = ""


async def judge_materials(
    application_id: int, clerk: User, verdicts: list[Verdict]
) -> list[ApplicationMaterial]:
    """Mark each material OK or "needs correction" with a reason (the reason is required)."""
    application = await _claimed(application_id, clerk)
    lines = {m.material_code: m for m in await ApplicationMaterial.filter(application=application)}
    for verdict in verdicts:
        line = lines.get(verdict.material)
        if line is None:
            raise Failure(
                "UNKNOWN_MATERIAL", f"本办件没有材料 {verdict.material}", f"No material {verdict.material}"
            )
        if not verdict.ok and not verdict.note.strip():
            raise Failure("REASON_REQUIRED", f"请写明“{line.name}”需要补正的原因", "Say what to correct")
    async with in_transaction() as conn:
        for verdict in verdicts:
            status = MaterialStatus.ACCEPTED if verdict.ok else MaterialStatus.NEEDS_CORRECTION
            await (
                ApplicationMaterial.filter(application=application, material_code=verdict.material)
                .using_db(conn)
                .update(status=status, note=verdict.note.strip()[:500])
            )
    return await ApplicationMaterial.filter(application=application).order_by("id")


async def request_corrections(application_id: int, clerk: User, summary: str = "") -> Application:
    """Send ONE complete list of everything to correct (一次性告知) and release the claim."""
    application = await _claimed(application_id, clerk)
    flagged = await ApplicationMaterial.filter(
        application=application, status=MaterialStatus.NEEDS_CORRECTION
    )
    if not flagged:
        raise Failure(
            "NOTHING_TO_CORRECT",
            "请先标出需要补正的材料",
            "Mark the materials that need correcting first",
        )
    notice = "；".join(f"{m.name}：{m.note}" for m in flagged)
    reason = f"{summary.strip()}（一次性告知）{notice}" if summary.strip() else f"一次性告知：{notice}"
    async with in_transaction() as conn:
        await apply_move(application, S.NEEDS_CORRECTION, _clerk(clerk), reason, conn)
        await Application.filter(id=application.id).using_db(conn).update(claimed_by_id=None, claimed_at=None)
        await _announce(application.id, conn)
    bus.after_commit(application.id)
    return application


@dataclass(frozen=True)
class Deferred:
    material: str
    due_on: date


async def accept(
    application_id: int,
    clerk: User,
    mode: AcceptanceMode = AcceptanceMode.NORMAL,
    deferred: list[Deferred] | None = None,
    today: date | None = None,
) -> Application:
    """受理: the departments' clocks start (promised working days from tomorrow).

    normal: every material the applicant hands in is accepted; 容缺 (deferred): the named materials may
    follow by their due dates (each reminded the day before); 告知承诺 (commitment): accepted on the
    applicant's signed commitment, with a verification due in COMMITMENT_CHECK_DAYS working days."""
    application = await _claimed(application_id, clerk)
    today = today or today_in_china()
    lines = await ApplicationMaterial.filter(application=application)
    # an optional material left out does not hold acceptance up; one asked to be corrected does
    pending = {
        m.material_code: m
        for m in lines
        if (m.status == MaterialStatus.MISSING and m.required) or m.status == MaterialStatus.NEEDS_CORRECTION
    }
    deferred = deferred or []
    if mode == AcceptanceMode.DEFERRED:
        if not deferred:
            raise Failure(
                "DEFERRED_REQUIRED",
                "容缺受理须列明后补的材料及期限",
                "Name the deferred materials and due dates",
            )
        for d in deferred:
            line = next((m for m in lines if m.material_code == d.material), None)
            if line is None or not line.deferrable:
                raise Failure(
                    "NOT_DEFERRABLE",
                    f"“{line.name if line else d.material}”不在容缺受理清单内",
                    f"{d.material} may not be deferred",
                )
            if d.due_on <= today:
                raise Failure("DUE_DATE", "后补期限应晚于今天", "A deferred material is due after today")
            pending.pop(d.material, None)
    elif deferred:
        raise Failure(
            "DEFERRED_REQUIRED", "只有容缺受理才能后补材料", "Only a deferred acceptance defers materials"
        )
    if mode == AcceptanceMode.COMMITMENT:
        commitment = next((m for m in lines if m.material_code == "commitment_letter"), None)
        if commitment is not None and commitment.status not in (
            MaterialStatus.PROVIDED,
            MaterialStatus.ACCEPTED,
        ):
            raise Failure(
                "COMMITMENT_MISSING",
                "告知承诺须有申请人签署的承诺书",
                "The signed commitment letter is missing",
            )
    if pending:
        names = "、".join(m.name for m in pending.values())
        raise Failure(
            "MATERIALS_PENDING",
            f"以下材料尚未齐全：{names}",
            f"Materials still pending: {', '.join(pending)}",
        )

    tasks = await Task.filter(application=application)
    async with in_transaction() as conn:
        for line in lines:
            deferral = next((d for d in deferred if d.material == line.material_code), None)
            if deferral is not None:
                await (
                    ApplicationMaterial.filter(id=line.id)
                    .using_db(conn)
                    .update(status=MaterialStatus.DEFERRED, due_on=deferral.due_on)
                )
                await OutboxMessage.create(
                    kind="deferred_material_due",
                    recipient_id=application.applicant_id,
                    application_id=application.id,
                    payload={
                        "trackingNumber": application.tracking_number,
                        "material": line.name,
                        "dueOn": deferral.due_on.isoformat(),
                    },
                    available_at=datetime.combine(
                        deferral.due_on - timedelta(days=1), datetime.min.time(), UTC
                    ),
                    using_db=conn,
                )
            elif line.status == MaterialStatus.PROVIDED:
                await (
                    ApplicationMaterial.filter(id=line.id)
                    .using_db(conn)
                    .update(status=MaterialStatus.ACCEPTED)
                )
        for task in tasks:
            await (
                Task.filter(id=task.id)
                .using_db(conn)
                .update(started_on=today, due_on=add_working_days(today, task.promised_days))
            )
        verify_by = (
            add_working_days(today, COMMITMENT_CHECK_DAYS) if mode == AcceptanceMode.COMMITMENT else None
        )
        await (
            Application.filter(id=application.id)
            .using_db(conn)
            .update(acceptance=mode, commitment_verify_by=verify_by, claimed_by_id=None, claimed_at=None)
        )
        reason = {
            AcceptanceMode.NORMAL: "受理",
            AcceptanceMode.DEFERRED: "容缺受理："
            + "、".join(f"{d.material}（{d.due_on}前补齐）" for d in deferred),
            AcceptanceMode.COMMITMENT: f"告知承诺受理，{verify_by}前核查",
        }[mode]
        await apply_move(application, S.ACCEPTED, _clerk(clerk), reason, conn)
        await _announce(application.id, conn)
    bus.after_commit(application.id)
    return await Application.get(id=application.id)


# --- department tasks -----------------------------------------------------------------------------


async def _task_of(task_id: int, reviewer: User) -> Task:
    task = await Task.get_or_none(id=task_id).select_related("application")
    if task is None or task.department_id != reviewer.department_id:
        raise Failure("NOT_FOUND", "没有该任务", "No such task in your department")
    return task


async def start_review(task_id: int, reviewer: User) -> Task:
    task = await _task_of(task_id, reviewer)
    application = task.application
    actor = Actor(ActorKind.REVIEWER, reviewer.id)
    async with in_transaction() as conn:
        await apply_task_move(task, TaskStatus.IN_REVIEW, actor, "开始审查", conn)
        if application.status == S.ACCEPTED:
            await apply_move(application, S.IN_PROGRESS, actor, "部门开始办理", conn)
        await _announce(application.id, conn)
    bus.after_commit(application.id)
    return task


async def decide(
    task_id: int, reviewer: User, approve: bool, note: str, catalog: Catalog | None = None
) -> Task:
    """Approve or reject one department's task; when the last task is decided the application is
    completed, partly completed or rejected from the outcomes."""
    if not approve and not note.strip():
        raise Failure("REASON_REQUIRED", "不予批准须说明理由", "Give the reason for a rejection")
    task = await _task_of(task_id, reviewer)
    application = task.application
    actor = Actor(ActorKind.REVIEWER, reviewer.id)
    target = TaskStatus.APPROVED if approve else TaskStatus.REJECTED
    async with in_transaction() as conn:
        await apply_task_move(task, target, actor, note.strip(), conn)
        await (
            Task.filter(id=task.id)
            .using_db(conn)
            .update(decided_at=_now(), decided_by_id=reviewer.id, decision_note=note.strip()[:2000])
        )
        if approve and catalog is not None:  # certificates this department issues go to the wallet
            await issue_outputs(task, application, catalog, reviewer.id, conn)
        outcomes = (
            await Task.filter(application_id=application.id).using_db(conn).values_list("status", flat=True)
        )
        if all(s in (TaskStatus.APPROVED, TaskStatus.REJECTED) for s in outcomes):
            approved = sum(s == TaskStatus.APPROVED for s in outcomes)
            final = (
                S.COMPLETED if approved == len(outcomes) else S.PARTLY_COMPLETED if approved else S.REJECTED
            )
            application = await Application.get(id=application.id).using_db(conn)
            if application.status == S.ACCEPTED:
                await apply_move(application, S.IN_PROGRESS, Actor(ActorKind.SYSTEM), "部门开始办理", conn)
            await apply_move(application, final, Actor(ActorKind.SYSTEM), "各部门已办结", conn)
        await _announce(application.id, conn)
    bus.after_commit(application.id)
    return await Task.get(id=task.id)


# --- pickup ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pickup:
    method: PickupMethod
    window: str = ""  # window number, e.g. "12号窗口"
    hours: str = ""  # opening hours
    locker: str = ""  # locker number (the one-time code is generated)
    carrier: str = ""
    tracking: str = ""  # the carrier's tracking number


async def set_pickup(application_id: int, clerk: User, pickup: Pickup) -> Application:
    """How the result reaches the applicant; the 领件通知 carries the window, locker code or tracking."""
    application = await Application.get_or_none(id=application_id)
    if application is None:
        raise Failure("NOT_FOUND", "办件不存在", "No such application")
    details: dict = {"method": pickup.method.value}
    if pickup.method == PickupMethod.WINDOW:
        if not pickup.window.strip():
            raise Failure("WINDOW_REQUIRED", "请填写领取窗口", "Give the pickup window")
        details |= {"window": pickup.window.strip(), "hours": pickup.hours.strip()}
    elif pickup.method == PickupMethod.LOCKER:
        if not pickup.locker.strip():
            raise Failure("LOCKER_REQUIRED", "请填写智能柜格口号", "Give the locker number")
        details |= {
            "locker": pickup.locker.strip(),
            "code": f"{secrets.randbelow(1_000_000):06d}",
            "expiresAt": (_now() + timedelta(hours=LOCKER_CODE_HOURS)).isoformat(),
        }
    else:
        if not (pickup.carrier.strip() and pickup.tracking.strip()):
            raise Failure(
                "TRACKING_REQUIRED", "请填写快递公司和运单号", "Give the carrier and tracking number"
            )
        details |= {"carrier": pickup.carrier.strip(), "tracking": pickup.tracking.strip()}
    async with in_transaction() as conn:
        await Application.filter(id=application.id).using_db(conn).update(pickup=details)
        application.pickup = details
        await apply_move(application, S.READY_FOR_PICKUP, _clerk(clerk), _pickup_text(details), conn)
        await (
            OutboxMessage.filter(application_id=application.id, kind="ready_for_pickup", sent_at=None)
            .using_db(conn)
            .update(payload={**_payload(application), "pickup": _notice_fields(details)})
        )
        await _announce(application.id, conn)
    bus.after_commit(application.id)
    return application


def _payload(application: Application) -> dict:
    return {
        "trackingNumber": application.tracking_number,
        "name": application.catalog_name,
        "status": str(application.status),
        "reason": "",
    }


def _notice_fields(details: dict) -> dict:
    """The pickup details under the names the notification templates use (notifications.templates)."""
    names = {
        "method": "pickupMethod",
        "window": "window",
        "hours": "hours",
        "locker": "lockerLocation",
        "code": "lockerCode",
        "expiresAt": "expiresAt",
        "carrier": "carrier",
        "tracking": "mailTrackingNumber",
    }
    return {names[key]: value for key, value in details.items() if key in names}


def _pickup_text(details: dict) -> str:
    if details["method"] == PickupMethod.WINDOW:
        return f"请到{details['window']}领取" + (f"（{details['hours']}）" if details.get("hours") else "")
    if details["method"] == PickupMethod.LOCKER:
        return f"已放入24小时智能柜{details['locker']}号格口，取件码见通知，{LOCKER_CODE_HOURS}小时内有效"
    return f"已邮寄：{details['carrier']} {details['tracking']}"


async def collect(application_id: int, clerk: User, collected_by: str, identity_checked: bool) -> Application:
    if not identity_checked:
        raise Failure(
            "IDENTITY_NOT_CHECKED", "领取前须核验领取人身份", "Check the collector's identity first"
        )
    application = await Application.get_or_none(id=application_id)
    if application is None:
        raise Failure("NOT_FOUND", "办件不存在", "No such application")
    async with in_transaction() as conn:
        await apply_move(
            application,
            S.COLLECTED,
            _clerk(clerk),
            f"由{collected_by.strip() or '申请人'}领取，已核验身份",
            conn,
        )
        await _announce(application.id, conn)
    bus.after_commit(application.id)
    return application


async def collect_from_locker(application: Application, actor: Actor, code: str) -> Application:
    """The applicant (or their helper) opens the locker with the one-time code (5 tries an hour)."""
    await ratelimit.hit(ratelimit.PICKUP_CODE_TRIES, str(application.id))
    pickup = application.pickup or {}
    if pickup.get("method") != PickupMethod.LOCKER or not secrets.compare_digest(
        str(pickup.get("code", "")).encode(), code.strip().encode()
    ):
        raise Failure("CODE_INVALID", "取件码不正确", "Wrong pickup code")
    if datetime.fromisoformat(pickup["expiresAt"]) < _now():
        raise Failure(
            "CODE_EXPIRED", "取件码已过期，请联系窗口", "The pickup code expired; contact the window"
        )
    async with in_transaction() as conn:
        await apply_move(application, S.COLLECTED, actor, "智能柜取件", conn)
        await _announce(application.id, conn)
    bus.after_commit(application.id)
    return application


# --- consultation ---------------------------------------------------------------------------------


async def post_message(
    application: Application, author: User, kind: ActorKind, body: str, attachment=None
) -> Message:
    if not body.strip() and attachment is None:
        raise Failure("EMPTY_MESSAGE", "请输入内容", "Write something")
    message = await Message.create(
        application=application,
        author=author,
        author_kind=kind,
        body=body.strip()[:4000],
        attachment=attachment,
    )
    if kind != ActorKind.APPLICANT:
        await OutboxMessage.create(
            kind="new_message",
            recipient_id=application.applicant_id,
            application_id=application.id,
            payload={**_payload(application), "reason": body.strip()[:200]},
            available_at=_now(),
        )
    bus.after_commit(application.id)
    return message
