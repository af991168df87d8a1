"""受理: the three ways to accept an application (normal, 容缺 with deferred materials, 告知承诺 on a
signed commitment); the departments' clocks start on the working-day calendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from api import clock
from api.applications import task_clock
from api.applications.enums import AcceptanceMode, MaterialStatus
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, ApplicationMaterial, Task
from api.calendar.working_days import add_working_days
from api.failures import Failure
from api.identity.models import User
from api.review import queries
from api.review.errors import ReviewError
from api.review.policies import window_clerk_actor
from api.review.services.prereview import claimed
from api.unit_of_work import changing
from notifications.payloads import DeferredMaterialDue

COMMITMENT_CHECK_DAYS = 20  # 告知承诺: verified within this many working days of acceptance
REMINDER_AT = time(8, 0)  # a deferred material is reminded at 08:00 China time the day before it is due


@dataclass(frozen=True)
class Deferred:
    material: str
    due_on: date


def check_materials(
    lines: list[ApplicationMaterial], mode: AcceptanceMode, deferred: list[Deferred], today: date
) -> None:
    """Whether the materials allow acceptance in ``mode``: every required material handed in and none
    waiting for a correction, except those a 容缺 acceptance defers (deferrable ones, due after today);
    告知承诺 needs the signed commitment letter when the item asks for one."""
    # an optional material left out does not hold acceptance up; one asked to be corrected does
    pending = {
        m.material_code: m
        for m in lines
        if (m.status == MaterialStatus.MISSING and m.required) or m.status == MaterialStatus.NEEDS_CORRECTION
    }
    if mode == AcceptanceMode.DEFERRED:
        if not deferred:
            raise Failure(ReviewError.DEFERRED_REQUIRED)
        for d in deferred:
            line = next((m for m in lines if m.material_code == d.material), None)
            if line is None or not line.deferrable:
                raise Failure(
                    ReviewError.NOT_DEFERRABLE, name=line.name if line else d.material, material=d.material
                )
            if d.due_on <= today:
                raise Failure(ReviewError.DUE_DATE)
            pending.pop(d.material, None)
    elif deferred:
        raise Failure(ReviewError.DEFERRED_REQUIRED)
    if mode == AcceptanceMode.COMMITMENT:
        commitment = next((m for m in lines if m.material_code == "commitment_letter"), None)
        if commitment is not None and commitment.status not in (
            MaterialStatus.PROVIDED,
            MaterialStatus.ACCEPTED,
        ):
            raise Failure(ReviewError.COMMITMENT_MISSING)
    if pending:
        names = "、".join(m.name for m in pending.values())
        raise Failure(ReviewError.MATERIALS_PENDING, names=names, codes=", ".join(pending))


def acceptance_reason(mode: AcceptanceMode, deferred: list[Deferred], verify_by: date | None) -> str:
    """The event's reason: how it was accepted, and what follows when."""
    if mode == AcceptanceMode.DEFERRED:
        return "容缺受理：" + "、".join(f"{d.material}（{d.due_on}前补齐）" for d in deferred)
    if mode == AcceptanceMode.COMMITMENT:
        return f"告知承诺受理，{verify_by}前核查"
    return "受理"


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
    application = await claimed(application_id, clerk)
    today = today or clock.today()
    deferred = deferred or []
    lines = await ApplicationMaterial.filter(application=application)
    check_materials(lines, mode, deferred, today)
    due_dates = {d.material: d.due_on for d in deferred}
    verify_by = add_working_days(today, COMMITMENT_CHECK_DAYS) if mode == AcceptanceMode.COMMITMENT else None
    tasks = await Task.filter(application=application)
    async with changing() as tx:
        for line in lines:
            due_on = due_dates.get(line.material_code)
            if due_on is not None:
                await ApplicationMaterial.filter(id=line.id).update(
                    status=MaterialStatus.DEFERRED, due_on=due_on
                )
                reminder = DeferredMaterialDue(
                    tracking_number=application.tracking_number or "",
                    name=application.catalog_name,
                    material=line.name,
                    due_on=due_on.isoformat(),
                )
                await tx.notify(
                    reminder,
                    to=application.applicant_id,
                    application_id=application.id,
                    at=datetime.combine(due_on - timedelta(days=1), REMINDER_AT, clock.CHINA),
                )
            elif line.status == MaterialStatus.PROVIDED:
                await ApplicationMaterial.filter(id=line.id).update(status=MaterialStatus.ACCEPTED)
        for task in tasks:
            await task_clock.start(task, today)
        await Application.filter(id=application.id).update(
            acceptance=mode, commitment_verify_by=verify_by, claimed_by_id=None, claimed_at=None
        )
        reason = acceptance_reason(mode, deferred, verify_by)
        await tx.move(application, S.ACCEPTED, window_clerk_actor(clerk), reason)
    return await queries.application(application.id)
