"""容缺, once a day (the daily run: ``api.supervision.job`` and ``python -m api supervise``): remind the
applicant the working day before a deferred material is due, and when it is overdue stop the clocks
of the tasks waiting for it (``task_clock.pause``; e-supervision then flags them as paused, with the
reason). Both are idempotent: a material is reminded once (``reminded_on``) and paused once
(``late_since``), however often the run repeats, in one or several processes."""

from __future__ import annotations

from datetime import date, datetime, time

from api import clock
from api.applications import deferral, task_clock
from api.applications.enums import ActorKind, MaterialStatus
from api.applications.models import Application, ApplicationMaterial, Task
from api.applications.workflow import Actor
from api.unit_of_work import changing
from notifications.payloads import DeferredMaterialDue, NewMessage

REMIND_AT = time(8, 0)  # reminders go out from 08:00 China time
SYSTEM = Actor(ActorKind.SYSTEM)


def _people(application: Application) -> list[int]:
    return [application.applicant_id] + ([application.filed_by_id] if application.filed_by_id else [])


async def remind_owed(today: date, now: datetime | None = None) -> int:
    """Reminders for deferred materials due soon (``deferral.reminder_day``), each once."""
    now = now or clock.now()
    at = max(now, datetime.combine(today, REMIND_AT, clock.CHINA))
    due = ApplicationMaterial.filter(
        status=MaterialStatus.DEFERRED, due_on__gte=today, reminded_on__isnull=True
    ).select_related("application")
    sent = 0
    for line in await due:
        if line.due_on is None or deferral.reminder_day(line.due_on) > today:
            continue
        application: Application = line.application
        async with changing() as tx:
            if not await ApplicationMaterial.filter(id=line.id, reminded_on__isnull=True).update(
                reminded_on=today
            ):
                continue  # another run reminded it meanwhile
            payload = DeferredMaterialDue(
                tracking_number=application.tracking_number or "",
                name=application.catalog_name,
                material=line.name,
                due_on=line.due_on.isoformat(),
            )
            await tx.notify(payload, to=_people(application), application_id=application.id, at=at)
        sent += 1
    return sent


async def pause_late(today: date) -> int:
    """Deferred materials past their due date: the open tasks waiting for them stop their clocks from
    the day after the due date, each once. Returns how many materials became late."""
    late = ApplicationMaterial.filter(
        status=MaterialStatus.DEFERRED, due_on__lt=today, late_since__isnull=True
    ).select_related("application")
    count = 0
    for line in await late:
        if not deferral.is_late(line, today) or line.due_on is None:
            continue
        application: Application = line.application
        tasks = await Task.filter(application_id=application.id).order_by("id")
        waiting = deferral.waiting_tasks(line, tasks)
        reason = deferral.pause_reason(line)
        async with changing() as tx:
            if not await ApplicationMaterial.filter(id=line.id, late_since__isnull=True).update(
                late_since=today
            ):
                continue
            tx.announce(application.id, application)  # the material shows late
            for task in waiting:
                await task_clock.pause(task, line.due_on, reason)
                await tx.note(application, SYSTEM, f"{reason}，本部门暂停计时", task_id=task.id)
            if waiting:
                text = f"{reason}，相关部门已暂停办理；请尽快在办件页面补交，核验通过后恢复办理。"
                await tx.notify(
                    NewMessage(
                        tracking_number=application.tracking_number or "",
                        name=application.catalog_name,
                        reason=text,
                    ),
                    to=_people(application),
                    application_id=application.id,
                )
        count += 1
    return count


async def run_owed_daily(today: date) -> dict[str, int]:
    return {"reminded": await remind_owed(today), "paused": await pause_late(today)}
