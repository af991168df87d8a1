"""The rectification case and its loop: 受理 (opened, the supervisors told) → 转办 · 督办 (assigned) →
反馈 (answered, the citizen told) → 确认 (confirmed) or 重办 (reopened, the supervisors told again).

Every step is one unit of work: the case's conditional update (optimistic version), its history entry
and the outbox rows with ``CaseNews`` payloads commit together."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from api import clock
from api.calendar.working_days import add_working_days
from api.catalog.models import Department
from api.failures import Failure, Phrase
from api.feedback.enums import CaseSource
from api.feedback.errors import FeedbackError
from api.feedback.models import RectificationCase
from api.feedback.services.rules import (
    CASE_EVENTS,
    CASE_MOVES,
    CASE_WORKING_DAYS,
    MAX_TEXT,
    clean_text,
    not_found,
)
from api.identity.enums import Role
from api.identity.models import User
from api.unit_of_work import Change, changing
from notifications.payloads import (
    CaseNews,
    RectificationAnswered,
    RectificationAssigned,
    RectificationOpened,
    RectificationReopened,
)

COMPLAINT_NAME = "办不成事反映"  # what a case about no particular item is called in notifications


async def supervisor_ids() -> list[int]:
    """Every active supervisor (staff is a small table; roles are a JSON list)."""
    rows = await User.filter(staff=True, disabled=False).values_list("id", "roles")
    return [user_id for user_id, roles in rows if Role.SUPERVISOR.value in (roles or [])]


def _step(event: str, now: datetime, by: int | None, note: str = "") -> dict[str, Any]:
    return {"event": event, "at": now.isoformat(), "by": by, "note": note[:300]}


async def _tell(
    tx: Change,
    news: type[CaseNews],
    case: RectificationCase,
    to: int | Iterable[int],
    reason: str,
    now: datetime,
) -> None:
    payload = news(
        case_id=case.id,
        name=case.catalog_name or COMPLAINT_NAME,
        tracking_number=case.tracking_number,
        status=str(case.status),
        deadline=case.deadline.isoformat(),
        reason=reason,
    )
    await tx.notify(payload, to=to, application_id=case.application_id, at=now)


@dataclass(frozen=True, kw_only=True)
class NewCase:
    """What a bad rating or a complaint opens a case with."""

    source: CaseSource
    summary: str
    citizen_id: int | None  # None: an anonymous complaint, answered by phone
    department_id: int | None  # None until the supervisor hands it to one
    catalog_code: str = ""
    catalog_name: str = ""
    application_id: int | None = None
    tracking_number: str = ""
    rating_id: int | None = None
    rating_level: int | None = None
    complaint_id: int | None = None
    contact_phone: str = ""


async def open_case(tx: Change, new: NewCase, now: datetime) -> RectificationCase:
    """受理: the case, due in :data:`CASE_WORKING_DAYS` working days, and a note to every supervisor,
    in the caller's unit of work."""
    today = clock.local_date(now)
    case = await RectificationCase.create(
        opened_on=today,
        deadline=add_working_days(today, CASE_WORKING_DAYS),
        history=[_step("opened", now, new.citizen_id)],
        source=new.source,
        summary=new.summary,
        citizen_id=new.citizen_id,
        department_id=new.department_id,
        catalog_code=new.catalog_code,
        catalog_name=new.catalog_name,
        application_id=new.application_id,
        tracking_number=new.tracking_number,
        rating_id=new.rating_id,
        rating_level=new.rating_level,
        complaint_id=new.complaint_id,
        contact_phone=new.contact_phone,
    )
    await _tell(tx, RectificationOpened, case, await supervisor_ids(), case.summary[:200], now)
    return case


async def move_case(
    case: RectificationCase,
    event: str,
    *,
    by: int | None,
    now: datetime,
    note: str = "",
    changes: Mapping[str, Any] | None = None,
) -> None:
    """One move of :data:`CASE_MOVES`, applied only if nobody changed the case since it was read."""
    sources, target = CASE_MOVES[event]
    if case.status not in sources:
        raise Failure(FeedbackError.INVALID_STATE, status=case.status, event=CASE_EVENTS[event])
    values: dict[str, Any] = {
        "status": target,
        "history": [*case.history, _step(event, now, by, note)],
        "version": case.version + 1,
        "updated_at": now,
        **(changes or {}),
    }
    updated = await RectificationCase.filter(id=case.id, version=case.version).update(**values)
    if not updated:
        raise Failure(FeedbackError.CONCURRENT_CHANGE)
    for key, value in values.items():
        setattr(case, key, value)


async def get_case(case_id: int) -> RectificationCase:
    case = await RectificationCase.get_or_none(id=case_id)
    if case is None:
        raise not_found()
    return case


async def _department_id(code: str) -> int:
    department = await Department.get_or_none(code=code.strip().upper())
    if department is None:
        raise Failure(FeedbackError.NO_SUCH_DEPARTMENT, where=Phrase("", ""))
    return department.id


async def may_be_assignee(user_id: int, department_id: int) -> bool:
    """Who may answer a case: an active supervisor, or an active reviewer of its department."""
    rows = await User.filter(id=user_id, staff=True, disabled=False).values_list("roles", "department_id")
    if not rows:
        return False
    roles, their_department = set(rows[0][0] or []), rows[0][1]
    return Role.SUPERVISOR.value in roles or (
        Role.REVIEWER.value in roles and their_department == department_id
    )


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
    now = now or clock.now()
    case = await get_case(case_id)
    department_id = await _department_id(department_code) if department_code else case.department_id
    if department_id is None:
        raise Failure(FeedbackError.DEPARTMENT_REQUIRED)
    if assignee_id is not None and not await may_be_assignee(assignee_id, department_id):
        raise Failure(FeedbackError.INVALID_ASSIGNEE)
    note = instruction.strip()[:MAX_TEXT]
    changes = {"department_id": department_id, "assignee_id": assignee_id, "instruction": note}
    async with changing() as tx:
        await move_case(case, "assigned", by=by_id, now=now, note=note, changes=changes)
        if assignee_id is not None and assignee_id != by_id:
            await _tell(tx, RectificationAssigned, case, assignee_id, note[:200], now)
    return case


async def answer_case(
    case_id: int, by_id: int, answer: str, *, department_id: int | None = None, now: datetime | None = None
) -> RectificationCase:
    """反馈: the answer to the citizen. ``department_id`` restricts to one department's cases (a
    reviewer's); the supervisor passes None. A case with no account to confirm it closes on answering."""
    now = now or clock.now()
    text = clean_text(answer, minimum=5, what=Phrase("答复内容", "answer"))
    case = await get_case(case_id)
    if department_id is not None and case.department_id != department_id:
        raise not_found()
    changes = {
        "answer": text,
        "answered_at": now,
        "answered_by_id": by_id,
        "closed_at": None if case.citizen_id else now,
    }
    async with changing() as tx:
        await move_case(case, "answered", by=by_id, now=now, changes=changes)
        if case.citizen_id is not None:
            await _tell(tx, RectificationAnswered, case, case.citizen_id, text[:300], now)
    return case


def _reopened_deadline(now: datetime) -> date:
    return add_working_days(clock.local_date(now), CASE_WORKING_DAYS)


async def confirm_case(
    case_id: int, citizen_id: int, satisfied: bool, comment: str = "", *, now: datetime | None = None
) -> RectificationCase:
    """The citizen's word on the answer: satisfied closes the case; not satisfied reopens it with a new
    deadline of 15 working days and tells the supervisors."""
    now = now or clock.now()
    case = await get_case(case_id)
    if case.citizen_id != citizen_id:
        raise not_found()
    note = comment.strip()[:MAX_TEXT]
    async with changing() as tx:
        if satisfied:
            changes = {"satisfied": True, "confirmed_at": now, "closed_at": now}
            await move_case(case, "confirmed", by=citizen_id, now=now, note=note, changes=changes)
        else:
            changes = {
                "satisfied": False,
                "confirmed_at": now,
                "closed_at": None,
                "reopened_count": case.reopened_count + 1,
                "deadline": _reopened_deadline(now),
            }
            await move_case(case, "reopened", by=citizen_id, now=now, note=note, changes=changes)
            await _tell(tx, RectificationReopened, case, await supervisor_ids(), note[:200], now)
    return case
