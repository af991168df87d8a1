"""Parallel department decisions (并联审批): each department's reviewer starts and decides its own task;
an approval issues the task's certificates into the wallet; when the last task is decided the
application is completed, partly completed or rejected."""

from __future__ import annotations

from collections.abc import Sequence

from api import clock
from api.applications.enums import ActorKind, TaskStatus
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, Task
from api.applications.workflow import Actor
from api.catalog.entities import Catalog
from api.identity.models import User
from api.review import licences, queries
from api.review.policies import decision_on, reviewer_of
from api.unit_of_work import changing

SYSTEM = Actor(ActorKind.SYSTEM)


def outcome(statuses: Sequence[TaskStatus]) -> S | None:
    """The application's state once every task is decided (None while one is open): completed when
    all were approved, partly completed when some were, rejected when none was."""
    if not all(s in (TaskStatus.APPROVED, TaskStatus.REJECTED) for s in statuses):
        return None
    approved = sum(s == TaskStatus.APPROVED for s in statuses)
    return S.COMPLETED if approved == len(statuses) else S.PARTLY_COMPLETED if approved else S.REJECTED


async def start_review(task_id: int, reviewer: User) -> Task:
    task = await queries.task(task_id)
    actor = reviewer_of(task, reviewer)
    application = task.application
    async with changing() as tx:
        await tx.move_task(task, TaskStatus.IN_REVIEW, actor, "开始审查")
        if application.status == S.ACCEPTED:
            await tx.move(application, S.IN_PROGRESS, actor, "部门开始办理")
    return task


async def decide(task_id: int, reviewer: User, approve: bool, note: str, catalog: Catalog) -> Task:
    """Approve or reject one department's task (``policies.decision_on``: who may, and which
    certificates the approval issues); when the last task is decided the application is completed,
    partly completed or rejected from the outcomes."""
    task = await queries.task(task_id)
    decision = decision_on(task, reviewer, approve, note, catalog)
    async with changing() as tx:
        await tx.move_task(task, decision.target, decision.actor, decision.note)
        await Task.filter(id=task.id).update(
            decided_at=clock.now(), decided_by_id=reviewer.id, decision_note=decision.note[:2000]
        )
        await licences.issue(task, decision.certificates, decision.actor, tx.connection)
        statuses = await Task.filter(application_id=task.application_id).values_list("status", flat=True)
        final = outcome([TaskStatus(s) for s in statuses])
        if final is not None:
            application = await Application.get(id=task.application_id)
            if application.status == S.ACCEPTED:
                await tx.move(application, S.IN_PROGRESS, SYSTEM, "部门开始办理")
            await tx.move(application, final, SYSTEM, "各部门已办结")
    return await Task.get(id=task.id)
