"""容缺 at the window after acceptance: the clerk checks a deferred material the applicant handed in.

Accepted: the clocks it had stopped go on (``task_clock.resume``), the licences that waited only for
what is now complete are issued, and the application is completed when every department has decided.
Sent back (with the reason): it is owed again, by the same due date, and the applicant is told why.
What is owed and what waits for it is ``api.applications.deferral``'s to say."""

from __future__ import annotations

from datetime import date

from api import clock
from api.applications import deferral, task_clock
from api.applications.enums import ActorKind, MaterialStatus
from api.applications.models import Application, ApplicationMaterial, Task
from api.applications.workflow import Actor
from api.catalog.entities import Catalog
from api.failures import Failure
from api.identity.models import User
from api.review import licences, queries
from api.review.errors import ReviewError
from api.review.policies import certificates_of, window_clerk_actor
from api.review.services.decisions import complete_if_done
from api.unit_of_work import Change, changing
from notifications.payloads import NewMessage

SYSTEM = Actor(ActorKind.SYSTEM)


async def verify_owed(
    application_id: int,
    clerk: User,
    material: str,
    ok: bool,
    note: str,
    catalog: Catalog,
    today: date | None = None,
) -> Application:
    """The clerk's check of a deferred material handed in after acceptance (``deferral.to_verify``)."""
    application = await queries.application(application_id)
    actor = window_clerk_actor(clerk)
    today = today or clock.today()
    note = note.strip()
    lines = list(await ApplicationMaterial.filter(application=application).order_by("id"))
    line = next((m for m in lines if m.material_code == material), None)
    if line is None:
        raise Failure(ReviewError.UNKNOWN_MATERIAL, material=material)
    if not deferral.to_verify(line):
        raise Failure(ReviewError.NOTHING_TO_VERIFY, name=line.name, material=material)
    if not ok and not note:
        raise Failure(ReviewError.REASON_REQUIRED, what="退回补交的材料", what_en="sending a material back")
    tasks = list(await Task.filter(application=application).select_related("application").order_by("id"))
    held_before = {t.id for t in deferral.licences_held(tasks, lines)}
    async with changing() as tx:
        if not ok:
            await _send_back(tx, application, actor, line, note)
            return await queries.application(application.id)
        if not await ApplicationMaterial.filter(id=line.id, status=MaterialStatus.PROVIDED).update(
            status=MaterialStatus.ACCEPTED, note="", late_since=None
        ):
            raise Failure(ReviewError.NOTHING_TO_VERIFY, name=line.name, material=material)
        line.status, line.late_since = MaterialStatus.ACCEPTED, None
        await tx.note(application, actor, f"容缺材料“{line.name}”已补齐，核验通过")
        await _resume_clocks(tx, application, tasks, lines, today)
        for task in tasks:
            if task.id in held_before and not deferral.holding_licence(task, lines):
                reviewer = Actor(ActorKind.REVIEWER, task.decided_by_id)
                issued = await licences.issue(task, certificates_of(task, catalog), reviewer, tx.connection)
                if issued:
                    what = "、".join(licence.name for licence in issued)
                    await tx.note(application, SYSTEM, f"材料已补齐，{what}已发放", task_id=task.id)
        await complete_if_done(tx, application.id, lines)
    return await queries.application(application.id)


async def _send_back(
    tx: Change, application: Application, actor: Actor, line: ApplicationMaterial, note: str
) -> None:
    await ApplicationMaterial.filter(id=line.id).update(status=MaterialStatus.DEFERRED, note=note[:500])
    due = line.due_on.isoformat() if line.due_on else ""
    text = f"补交的“{line.name}”未通过核验：{note}。请于 {due} 前重新补交。"
    await tx.note(application, actor, text)
    await tx.notify(
        NewMessage(
            tracking_number=application.tracking_number or "", name=application.catalog_name, reason=text
        ),
        to=_people(application),
        application_id=application.id,
    )


async def _resume_clocks(
    tx: Change, application: Application, tasks: list[Task], lines: list[ApplicationMaterial], today: date
) -> None:
    """The stopped clocks of tasks that no late material waits for any more go on."""
    late = [m for m in lines if m.late_since is not None and deferral.is_owed(m)]
    for task in tasks:
        if task_clock.TaskClock.of(task).running_pause is None:
            continue
        if any(deferral.waits(m, task.item_codes) is not None for m in late):
            continue
        await task_clock.resume(task, today)
        await tx.note(application, SYSTEM, "容缺材料已补齐，恢复计时", task_id=task.id)


def _people(application: Application) -> list[int]:
    """The applicant, and the helper who filed for them (帮办代办)."""
    return [application.applicant_id] + ([application.filed_by_id] if application.filed_by_id else [])
