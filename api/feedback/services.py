"""Ratings, complaints and rectification cases: plain async functions with explicit arguments, the only
place that opens transactions. A bad rating or a complaint opens its case in the same transaction, with
the outbox rows that tell the supervisors; the case's answer reaches the citizen through the outbox."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, Task
from api.applications.timeline import today_in_china
from api.calendar.working_days import add_working_days
from api.catalog.entities import Bundle, Catalog, ServiceItem
from api.catalog.models import Department
from api.failures import Failure
from api.feedback.enums import BAD_RATING, CaseSource, CaseStatus
from api.feedback.models import Complaint, Rating, RectificationCase
from api.graphql.ids import int_cursor
from api.identity import ratelimit
from api.identity.enums import Role
from api.identity.models import User
from api.identity.validators import normalize_phone
from notifications.models import OutboxMessage

CASE_WORKING_DAYS = 15  # a case must be answered within 15 working days (reopened: 15 more)
RATING_CHANGE_WINDOW = timedelta(days=7)
RATABLE = frozenset({S.COMPLETED, S.PARTLY_COMPLETED, S.READY_FOR_PICKUP, S.COLLECTED, S.CLOSED, S.REJECTED})
# A signed-in reporter is counted as themself; a hall's Wi-Fi (one address) serves many reporters.
COMPLAINTS_PER_ACCOUNT = ratelimit.Limit("complaint-acct", 10, 3600)
COMPLAINTS_PER_ADDRESS = ratelimit.Limit("complaint-addr", 30, 3600)
MAX_TEXT = 2000
# Moves of a case: event → (states it may start from, state it reaches)
CASE_MOVES: dict[str, tuple[frozenset[CaseStatus], CaseStatus]] = {
    "assigned": (frozenset({CaseStatus.OPEN, CaseStatus.ASSIGNED, CaseStatus.REOPENED}), CaseStatus.ASSIGNED),
    "answered": (frozenset({CaseStatus.OPEN, CaseStatus.ASSIGNED, CaseStatus.REOPENED}), CaseStatus.ANSWERED),
    "confirmed": (frozenset({CaseStatus.ANSWERED}), CaseStatus.CONFIRMED),
    "reopened": (frozenset({CaseStatus.ANSWERED}), CaseStatus.REOPENED),
}
OPEN_STATES = frozenset({CaseStatus.OPEN, CaseStatus.ASSIGNED, CaseStatus.REOPENED})


def _now() -> datetime:
    return datetime.now(UTC)


def _not_found() -> Failure:
    return Failure("NOT_FOUND", "未找到该工单", "No such case")


def _text(value: str, *, minimum: int, what: tuple[str, str]) -> str:
    text = value.strip()
    if len(text) < minimum:
        raise Failure("TOO_SHORT", f"请填写{what[0]}（至少 {minimum} 个字）", f"Please write the {what[1]}")
    if len(text) > MAX_TEXT:
        raise Failure("TOO_LONG", f"{what[0]}不能超过 {MAX_TEXT} 字", f"The {what[1]} is too long")
    return text


def _step(event: str, now: datetime, by: int | None, note: str = "") -> dict:
    return {"event": event, "at": now.isoformat(), "by": by, "note": note[:300]}


async def supervisor_ids(using=None) -> list[int]:
    """Every active supervisor (staff is a small table; roles are a JSON list)."""
    query = User.filter(staff=True, disabled=False)
    if using is not None:
        query = query.using_db(using)
    rows = await query.values_list("id", "roles")
    return [user_id for user_id, roles in rows if Role.SUPERVISOR.value in (roles or [])]


def _outbox(kind: str, recipients: Iterable[int], case: RectificationCase, now: datetime, **extra):
    payload = {
        "caseId": case.id,
        "name": case.catalog_name or "办不成事反映",
        "trackingNumber": case.tracking_number,
        "status": str(case.status),
        "deadline": case.deadline.isoformat(),
        **extra,
    }
    return [
        OutboxMessage(
            kind=kind, recipient_id=r, application_id=case.application_id, payload=payload, available_at=now
        )
        for r in recipients
    ]


async def _open_case(conn, now: datetime, today: date, **fields) -> RectificationCase:
    """受理: the case, and a note to every supervisor, inside the caller's transaction."""
    case = await RectificationCase.create(
        opened_on=today,
        deadline=add_working_days(today, CASE_WORKING_DAYS),
        history=[_step("opened", now, fields.get("citizen_id"))],
        using_db=conn,
        **fields,
    )
    rows = _outbox("rectification_opened", await supervisor_ids(conn), case, now, reason=case.summary[:200])
    if rows:
        await OutboxMessage.bulk_create(rows, using_db=conn)
    return case


# --- ratings (好差评) --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RatingOutcome:
    rating: Rating
    case: RectificationCase | None
    created: bool


async def rate(
    application_id: int,
    rater_id: int,
    level: int,
    comment: str = "",
    department_code: str | None = None,
    *,
    now: datetime | None = None,
) -> RatingOutcome:
    """Rate an application (or one department's part of it) once it is done; change it within 7 days.
    不满意 or worse opens a rectification case, in the same transaction."""
    now = now or _now()
    if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= 5:
        raise Failure("INVALID_LEVEL", "评价等级应为 1–5", "The level must be 1 to 5")
    comment = comment.strip()
    if len(comment) > MAX_TEXT:
        raise Failure("TOO_LONG", f"评价内容不能超过 {MAX_TEXT} 字", "The comment is too long")
    application = await Application.get_or_none(id=application_id)
    if application is None or application.applicant_id != rater_id:
        raise Failure("NOT_FOUND", "办件不存在", "No such application of yours")
    if application.status not in RATABLE:
        raise Failure("NOT_RATABLE", "办结后才能评价", "An application can be rated once it is done")
    task = None
    if department_code:
        task = (
            await Task.filter(application_id=application.id, department__code=department_code.strip().upper())
            .select_related("department")
            .first()
        )
        if task is None:
            raise Failure(
                "NO_SUCH_DEPARTMENT", "该办件不涉及此部门", "This application has no such department"
            )
    for attempt in range(2):
        try:
            return await _write_rating(application, rater_id, task, level, comment, now)
        except IntegrityError:  # a concurrent first rating won: the retry changes it
            if attempt:
                raise
    raise AssertionError("unreachable")


async def _write_rating(
    application: Application, rater_id: int, task: Task | None, level: int, comment: str, now: datetime
) -> RatingOutcome:
    scope = task.department.code if task is not None else ""
    async with in_transaction() as conn:
        rating = (
            await Rating.filter(application_id=application.id, rater_id=rater_id, scope=scope)
            .using_db(conn)
            .first()
        )
        created = rating is None
        if rating is None:
            rating = await Rating.create(
                application_id=application.id,
                rater_id=rater_id,
                task_id=task.id if task else None,
                department_id=task.department_id if task else None,
                scope=scope,
                level=level,
                comment=comment,
                using_db=conn,
            )
        else:
            if now - rating.created_at > RATING_CHANGE_WINDOW:
                raise Failure(
                    "RATING_LOCKED", "评价超过 7 天，不能再修改", "A rating can be changed for 7 days only"
                )
            rating.level, rating.comment, rating.changes = level, comment, rating.changes + 1
            await rating.save(using_db=conn, update_fields=["level", "comment", "changes", "updated_at"])
        case = await RectificationCase.filter(rating_id=rating.id).using_db(conn).first()
        if case is None and level <= BAD_RATING:
            item_codes = list(task.item_codes) if task else []
            item_names = list(task.item_names) if task else []
            single = len(item_codes) == 1
            case = await _open_case(
                conn,
                now,
                today_in_china(now),
                source=CaseSource.RATING,
                rating_id=rating.id,
                application_id=application.id,
                tracking_number=application.tracking_number or "",
                citizen_id=rater_id,
                department_id=task.department_id if task else None,
                catalog_code=item_codes[0] if single else application.catalog_code,
                catalog_name=item_names[0] if single else application.catalog_name,
                rating_level=level,
                summary=comment or "（差评，未填写内容）",
            )
    return RatingOutcome(rating, case, created)


# --- complaints (办不成事) ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ComplaintOutcome:
    complaint: Complaint
    case: RectificationCase


async def report_problem(
    catalog: Catalog,
    description: str,
    code: str | None,
    contact_phone: str | None,
    reporter: User | None,
    address: str,
    *,
    idempotency_key: str | None = None,
    now: datetime | None = None,
) -> ComplaintOutcome:
    """办不成事: anyone may report (anonymously with a phone to call back); rate-limited per account
    and per address.
    The case goes to the item's department, or waits for the supervisor when that is not one department.
    A retry with the same ``idempotency_key`` returns the first report."""
    key = (idempotency_key or "").strip()[:64] or None
    if key is not None and (first := await _reported(key, reporter)) is not None:
        return first
    if reporter is not None:
        await ratelimit.hit(COMPLAINTS_PER_ACCOUNT, ratelimit.user_account(reporter.id))
    await ratelimit.hit(COMPLAINTS_PER_ADDRESS, address or "unknown")
    now = now or _now()
    description = _text(description, minimum=5, what=("问题描述", "description"))
    if contact_phone and contact_phone.strip():
        phone = normalize_phone(contact_phone)
    elif reporter is not None and reporter.phone:
        phone = reporter.phone
    else:
        raise Failure(
            "CONTACT_REQUIRED", "请留下联系电话，以便回复您", "Leave a phone number so we can answer you"
        )
    entry = None
    if code and code.strip():
        entry = catalog.entry(code)
        if entry is None:
            raise Failure("UNKNOWN_CODE", "没有这个事项或一件事", "No such item or bundle")
    department_code = None
    if entry is not None:
        departments = entry.departments if isinstance(entry, Bundle) else (entry.department,)
        if len({d.code for d in departments}) == 1:
            department_code = departments[0].code
    department = await Department.get_or_none(code=department_code) if department_code else None
    try:
        return await _write_complaint(
            entry, description, phone, reporter, department, address, key, now, today_in_china(now)
        )
    except IntegrityError:
        first = await _reported(key, reporter) if key is not None else None
        if first is None:
            raise
        return first  # a concurrent retry with the same key won


async def _reported(key: str, reporter: User | None) -> ComplaintOutcome | None:
    complaint = await Complaint.get_or_none(idempotency_key=key)
    if complaint is None:
        return None
    if complaint.reporter_id != (reporter.id if reporter else None):
        raise Failure(
            "DUPLICATE_KEY", "请求标识重复，请重试", "This idempotency key was used for another report"
        )
    return ComplaintOutcome(complaint, await RectificationCase.get(complaint_id=complaint.id))


async def _write_complaint(
    entry: ServiceItem | Bundle | None,
    description: str,
    phone: str,
    reporter: User | None,
    department: Department | None,
    address: str,
    key: str | None,
    now: datetime,
    today: date,
) -> ComplaintOutcome:
    async with in_transaction() as conn:
        complaint = await Complaint.create(
            reporter_id=reporter.id if reporter else None,
            contact_phone=phone,
            catalog_code=entry.code if entry else "",
            catalog_name=entry.name if entry else "",
            department_id=department.id if department else None,
            description=description,
            address=address[:64],
            idempotency_key=key,
            using_db=conn,
        )
        case = await _open_case(
            conn,
            now,
            today,
            source=CaseSource.COMPLAINT,
            complaint_id=complaint.id,
            citizen_id=reporter.id if reporter else None,
            contact_phone=phone,
            department_id=complaint.department_id,
            catalog_code=complaint.catalog_code,
            catalog_name=complaint.catalog_name,
            summary=description,
        )
    return ComplaintOutcome(complaint, case)


# --- the case's loop: 转办 · 督办 · 反馈 · 确认 ------------------------------------------------------------


async def _move(
    case: RectificationCase, event: str, by: int | None, note: str, conn, now: datetime, **changes
) -> None:
    sources, target = CASE_MOVES[event]
    if case.status not in sources:
        raise Failure(
            "INVALID_STATE",
            f"工单当前状态（{case.status}）不能进行此操作",
            f"A {case.status} case cannot be {event}",
        )
    changes = {
        "status": target,
        "history": [*case.history, _step(event, now, by, note)],
        "version": case.version + 1,
        "updated_at": now,
        **changes,
    }
    updated = (
        await RectificationCase.filter(id=case.id, version=case.version).using_db(conn).update(**changes)
    )
    if not updated:
        raise Failure(
            "CONCURRENT_CHANGE", "工单刚刚发生了变化，请刷新后重试", "The case changed meanwhile; reload"
        )
    for key, value in changes.items():
        setattr(case, key, value)


async def get_case(case_id: int) -> RectificationCase:
    case = await RectificationCase.get_or_none(id=case_id)
    if case is None:
        raise _not_found()
    return case


async def assign_case(
    case_id: int,
    by_id: int,
    department_code: str | None = None,
    assignee_id: int | None = None,
    instruction: str = "",
    *,
    now: datetime | None = None,
) -> RectificationCase:
    """转办 / 督办: the supervisor hands the case to a department (and maybe one of its staff), with an
    instruction; again to press a late one."""
    now = now or _now()
    case = await get_case(case_id)
    department_id = case.department_id
    if department_code:
        department = await Department.get_or_none(code=department_code.strip().upper())
        if department is None:
            raise Failure("NO_SUCH_DEPARTMENT", "没有这个部门", "No such department")
        department_id = department.id
    if department_id is None:
        raise Failure("DEPARTMENT_REQUIRED", "请指定承办部门", "Say which department must answer")
    if assignee_id is not None:
        assignee = await User.get_or_none(id=assignee_id, staff=True, disabled=False)
        roles = set(assignee.roles) if assignee else set()
        fits = Role.SUPERVISOR.value in roles or (
            Role.REVIEWER.value in roles and assignee.department_id == department_id
        )
        if not fits:
            raise Failure(
                "INVALID_ASSIGNEE",
                "承办人应为该部门的审批人员或督办人员",
                "The assignee must be a reviewer of that department or a supervisor",
            )
    note = instruction.strip()[:MAX_TEXT]
    async with in_transaction() as conn:
        await _move(
            case,
            "assigned",
            by_id,
            note,
            conn,
            now,
            department_id=department_id,
            assignee_id=assignee_id,
            instruction=note,
        )
        if assignee_id is not None and assignee_id != by_id:
            await OutboxMessage.bulk_create(
                _outbox("rectification_assigned", [assignee_id], case, now, reason=note[:200]), using_db=conn
            )
    return case


async def answer_case(
    case_id: int, by_id: int, answer: str, *, department_id: int | None = None, now: datetime | None = None
) -> RectificationCase:
    """反馈: the answer to the citizen. ``department_id`` restricts to one department's cases (a
    reviewer's); the supervisor passes None. A case with no account to confirm it closes on answering."""
    now = now or _now()
    text = _text(answer, minimum=5, what=("答复内容", "answer"))
    case = await get_case(case_id)
    if department_id is not None and case.department_id != department_id:
        raise _not_found()
    async with in_transaction() as conn:
        await _move(
            case,
            "answered",
            by_id,
            "",
            conn,
            now,
            answer=text,
            answered_at=now,
            answered_by_id=by_id,
            closed_at=None if case.citizen_id else now,
        )
        if case.citizen_id is not None:
            rows = _outbox("rectification_answered", [case.citizen_id], case, now, reason=text[:300])
            await OutboxMessage.bulk_create(rows, using_db=conn)
    return case


async def confirm_case(
    case_id: int, citizen_id: int, satisfied: bool, comment: str = "", *, now: datetime | None = None
) -> RectificationCase:
    """The citizen's word on the answer: satisfied closes the case; not satisfied reopens it with a new
    deadline of 15 working days and tells the supervisors."""
    now = now or _now()
    case = await get_case(case_id)
    if case.citizen_id != citizen_id:
        raise _not_found()
    note = comment.strip()[:MAX_TEXT]
    async with in_transaction() as conn:
        if satisfied:
            await _move(
                case,
                "confirmed",
                citizen_id,
                note,
                conn,
                now,
                satisfied=True,
                confirmed_at=now,
                closed_at=now,
            )
        else:
            today = today_in_china(now)
            await _move(
                case,
                "reopened",
                citizen_id,
                note,
                conn,
                now,
                satisfied=False,
                confirmed_at=now,
                closed_at=None,
                reopened_count=case.reopened_count + 1,
                deadline=add_working_days(today, CASE_WORKING_DAYS),
            )
            rows = _outbox("rectification_reopened", await supervisor_ids(conn), case, now, reason=note[:200])
            if rows:
                await OutboxMessage.bulk_create(rows, using_db=conn)
    return case


# --- lists --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CasePage:
    rows: list[RectificationCase]
    next_cursor: str | None
    total_count: int | None = None


async def _page(query, first: int, after: str | None) -> tuple[list[RectificationCase], str | None]:
    first = max(1, min(first, 100))
    cursor = int_cursor(after)
    if cursor is not None:
        query = query.filter(id__lt=cursor)
    rows = await query.order_by("-id").limit(first + 1)
    return rows[:first], str(rows[first - 1].id) if len(rows) > first else None


async def citizen_cases(citizen_id: int, first: int = 20, after: str | None = None) -> CasePage:
    """The cases my ratings and reports opened, newest first."""
    rows, cursor = await _page(RectificationCase.filter(citizen_id=citizen_id), first, after)
    return CasePage(rows, cursor)


async def staff_cases(
    *,
    only_department_id: int | None,
    status: CaseStatus | None = None,
    department_code: str | None = None,
    first: int = 20,
    after: str | None = None,
) -> CasePage:
    """Cases for the desk: all of them (supervisor, ``only_department_id=None``) or one department's
    (a reviewer's own), filtered by status and department, newest first."""
    query = RectificationCase.all()
    if only_department_id is not None:
        query = query.filter(department_id=only_department_id)
    if department_code:
        query = query.filter(department__code=department_code.strip().upper())
    if status is not None:
        query = query.filter(status=status)
    rows, cursor = await _page(query, first, after)
    return CasePage(rows, cursor, await query.count())


async def departments_of(cases: list[RectificationCase]) -> dict[int, Department]:
    ids = {c.department_id for c in cases if c.department_id is not None}
    return {d.id: d for d in await Department.filter(id__in=ids)} if ids else {}
