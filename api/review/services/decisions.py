"""Parallel department decisions (并联审批): each department's reviewer starts and decides its own task;
an approval issues the task's certificates into the wallet; when the last task is decided the
application is completed, partly completed or rejected."""

from __future__ import annotations

from collections.abc import Sequence

from api import clock
from api.applications import deferral
from api.applications.enums import ActorKind, TaskStatus
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, ApplicationMaterial, Task
from api.applications.workflow import Actor
from api.catalog.entities import Catalog
from api.failures import Failure
from api.identity.models import ApiClient, User
from api.review import licences, queries
from api.review.errors import ReviewError
from api.review.policies import decision_on, reviewer_of
from api.unit_of_work import Change, changing

SYSTEM = Actor(ActorKind.SYSTEM)


def outcome(statuses: Sequence[TaskStatus]) -> S | None:
    """The application's state once every task is decided (None while one is open): completed when
    all were approved, partly completed when some were, rejected when none was."""
    if not all(s in (TaskStatus.APPROVED, TaskStatus.REJECTED) for s in statuses):
        return None
    approved = sum(s == TaskStatus.APPROVED for s in statuses)
    return S.COMPLETED if approved == len(statuses) else S.PARTLY_COMPLETED if approved else S.REJECTED


async def start_review(task_id: int, reviewer: User | ApiClient) -> Task:
    """A reviewer of the task's department, or its bound system (a client), takes the task up."""
    task = await queries.task(task_id)
    actor = reviewer_of(task, reviewer)
    application = task.application
    async with changing() as tx:
        await tx.move_task(task, TaskStatus.IN_REVIEW, actor, "开始审查")
        if application.status == S.ACCEPTED:
            await tx.move(application, S.IN_PROGRESS, actor, "部门开始办理")
    return task


async def decide(
    task_id: int, reviewer: User | ApiClient, approve: bool, note: str, catalog: Catalog
) -> Task:
    """Approve or reject one department's task (``policies.decision_on``: who may, and which
    certificates the approval issues); when the last task is decided the application is completed,
    partly completed or rejected from the outcomes.

    容缺 (``api.applications.deferral``): a department whose approval waits for an owed material may not
    approve yet; one whose licence waits approves, but its certificates are issued — and the application
    completed — only when the clerk has verified what it waits for (``services.deferred.verify``)."""
    task = await queries.task(task_id)
    decision = decision_on(task, reviewer, approve, note, catalog)
    lines = await ApplicationMaterial.filter(application_id=task.application_id).order_by("id")
    held: list[ApplicationMaterial] = []
    if decision.target == TaskStatus.APPROVED:
        if blocking := deferral.holding_approval(task, lines):
            raise Failure(
                ReviewError.WAITING_FOR_MATERIAL, names=deferral.names(blocking), count=len(blocking)
            )
        held = deferral.holding_licence(task, lines)
    reason = decision.note
    if held:
        reason = "；".join(
            r for r in (decision.note, f"证照待容缺材料{deferral.names(held)}补齐核验后发放") if r
        )
    async with changing() as tx:
        await tx.move_task(task, decision.target, decision.actor, reason)
        await Task.filter(id=task.id).update(
            decided_at=clock.now(),
            decided_by_id=reviewer.id if isinstance(reviewer, User) else None,
            decision_note=decision.note[:2000],
        )
        if not held:
            await licences.issue(task, decision.certificates, decision.actor, tx.connection)
        await complete_if_done(tx, task.application_id, lines)
    return await Task.get(id=task.id)


async def complete_if_done(tx: Change, application_id: int, lines: list[ApplicationMaterial]) -> None:
    """When every task is decided and no approved task's licence waits for an owed material: the
    application is completed, partly completed or rejected (in the caller's unit of work)."""
    tasks = await Task.filter(application_id=application_id)
    final = outcome([TaskStatus(t.status) for t in tasks])
    if final is None or deferral.licences_held(tasks, lines):
        return
    application = await Application.get(id=application_id)
    if application.status == S.ACCEPTED:
        await tx.move(application, S.IN_PROGRESS, SYSTEM, "部门开始办理")
    if application.status == S.IN_PROGRESS:
        await tx.move(application, final, SYSTEM, "各部门已办结")
