"""受理: the three ways to accept an application (normal, 容缺 with deferred materials, 告知承诺 on a
signed commitment); the departments' clocks start on the working-day calendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from api import clock
from api.applications import deferral, task_clock
from api.applications.enums import AcceptanceMode, MaterialStatus
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, ApplicationMaterial, Task
from api.commitments.services.scheduling import schedule, signed
from api.failures import Failure
from api.identity.models import User
from api.review import queries
from api.review.errors import ReviewError
from api.review.policies import window_clerk_actor
from api.review.services.prereview import claimed
from api.unit_of_work import changing


@dataclass(frozen=True)
class Deferred:
    """A material the window accepts without (容缺); its due date follows from the catalogue's terms."""

    material: str


def check_materials(
    lines: list[ApplicationMaterial], mode: AcceptanceMode, deferred: list[Deferred], committed: bool = False
) -> None:
    """Whether the materials allow acceptance in ``mode``: every required material handed in and none
    waiting for a correction, except those a 容缺 acceptance defers (the deferrable ones) and those a
    signed commitment replaces (COMMITTED). 告知承诺 acceptance needs a commitment the applicant signed
    (``committed``); an application with one is accepted on it and nothing else (its waived materials
    are verified later, never skipped)."""
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
            pending.pop(d.material, None)
    elif deferred:
        raise Failure(ReviewError.DEFERRED_REQUIRED)
    if mode == AcceptanceMode.COMMITMENT and not committed:
        raise Failure(ReviewError.COMMITMENT_MISSING)
    if mode != AcceptanceMode.COMMITMENT and committed:
        raise Failure(ReviewError.COMMITMENT_SIGNED)
    if pending:
        names = "、".join(m.name for m in pending.values())
        raise Failure(ReviewError.MATERIALS_PENDING, names=names, codes=", ".join(pending))


def acceptance_reason(
    mode: AcceptanceMode, deferred: list[tuple[ApplicationMaterial, date]], verify_by: date | None
) -> str:
    """The event's reason, in plain words: how it was accepted, and what follows when."""
    if mode == AcceptanceMode.DEFERRED:
        return "容缺受理，请补交：" + "、".join(f"“{m.name}”（{due.isoformat()}前）" for m, due in deferred)
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
    """受理: the departments' clocks start (``task_clock.start``: promised working days from tomorrow).

    normal: every material the applicant hands in is accepted; 容缺 (deferred): the named materials may
    follow by the due dates their catalogue terms give (``deferral.due_on``; reminded the working day
    before by the daily run); 告知承诺 (commitment): accepted on the applicant's signed commitments, each
    to be verified within its item's working days (``api.commitments.services.scheduling``)."""
    application = await claimed(application_id, clerk)
    today = today or clock.today()
    deferred = deferred or []
    lines = await ApplicationMaterial.filter(application=application).order_by("id")
    commitments = await signed(application.id)
    check_materials(lines, mode, deferred, committed=bool(commitments))
    chosen = {d.material for d in deferred}
    later = [(line, deferral.due_on(today, line)) for line in lines if line.material_code in chosen]
    tasks = await Task.filter(application=application)
    async with changing() as tx:
        for line, due_on in later:
            status = (
                MaterialStatus.PROVIDED if line.status == MaterialStatus.PROVIDED else MaterialStatus.DEFERRED
            )
            await ApplicationMaterial.filter(id=line.id).update(status=status, due_on=due_on)
        provided = [line.id for line in lines if line.status == MaterialStatus.PROVIDED]
        provided = [i for i in provided if i not in {line.id for line, _ in later}]
        if provided:
            await ApplicationMaterial.filter(id__in=provided).update(status=MaterialStatus.ACCEPTED)
        for task in tasks:
            await task_clock.start(task, today)
        verify_by = await schedule(commitments, today)
        await Application.filter(id=application.id).update(
            acceptance=mode, commitment_verify_by=verify_by, claimed_by_id=None, claimed_at=None
        )
        reason = acceptance_reason(mode, later, verify_by)
        await tx.move(application, S.ACCEPTED, window_clerk_actor(clerk), reason)
    return await queries.application(application.id)
