"""The department's verdict on a commitment (告知承诺核查): "verified" (属实) closes it; "false
commitment" (虚假承诺) revokes the licence issued for the item on that application (the wallet's
status list tells every verifier), rejects the department's task if it is still open, and tells the
holder why, all in one unit of work."""

from __future__ import annotations

from api import clock
from api.applications.enums import ActorKind, TaskStatus
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, Task
from api.applications.workflow import Actor
from api.catalog.entities import Catalog
from api.catalog.models import Department
from api.commitments.enums import Outcome
from api.commitments.errors import CommitmentError
from api.commitments.models import Commitment
from api.commitments.policies import checker_of
from api.failures import Failure
from api.identity.models import User
from api.review.policies import certificate_type
from api.review.services.decisions import outcome
from api.unit_of_work import Change, changing
from api.wallet.enums import LicenceStatus
from api.wallet.models import Licence
from api.wallet.services import revoke
from notifications.payloads import CommitmentFalse

MIN_FINDINGS = 5  # characters: "不属实" is not a finding
SYSTEM = Actor(ActorKind.SYSTEM)


def checked_outcome(outcome_: Outcome, findings: str) -> str:
    """The verdict's findings, checked: an outcome must be given, and a false commitment says what
    the check found (the holder is told it)."""
    if outcome_ is Outcome.PENDING:
        raise Failure(CommitmentError.OUTCOME_REQUIRED)
    findings = findings.strip()
    if outcome_ is Outcome.FALSE and len(findings) < MIN_FINDINGS:
        raise Failure(CommitmentError.FINDINGS_REQUIRED)
    return findings[:2000]


async def record_check(
    commitment_id: int, checker: User, outcome_: Outcome, findings: str, catalog: Catalog
) -> Commitment:
    commitment = await Commitment.get_or_none(id=commitment_id).select_related("application")
    if commitment is None:
        raise Failure(CommitmentError.CHECK_NOT_FOUND)
    actor = checker_of(commitment, checker)
    findings = checked_outcome(outcome_, findings)
    if commitment.outcome != Outcome.PENDING:
        raise Failure(CommitmentError.ALREADY_CHECKED)
    if commitment.verify_by is None:
        raise Failure(CommitmentError.NOT_SCHEDULED)
    type_code = certificate_type(catalog.items_by_code.get(commitment.item_code))
    async with changing() as tx:
        # conditional: of two concurrent verdicts exactly one is recorded
        recorded = await Commitment.filter(id=commitment.id, outcome=Outcome.PENDING).update(
            outcome=outcome_, checked_at=clock.now(), checked_by_id=checker.id, findings=findings
        )
        if not recorded:
            raise Failure(CommitmentError.ALREADY_CHECKED)
        if outcome_ is Outcome.FALSE:
            await _false_commitment(tx, commitment, actor, checker, findings, type_code)
        tx.announce(commitment.application_id)
    return await Commitment.get(id=commitment.id)


async def _false_commitment(
    tx: Change, commitment: Commitment, actor: Actor, checker: User, findings: str, type_code: str | None
) -> None:
    application: Application = commitment.application
    reason = f"虚假承诺（{commitment.item_name}）：{findings}"
    revoked: list[Licence] = []
    if type_code is not None:
        for licence in await Licence.filter(
            application_id=application.id,
            type_code=type_code,
            status__in=[LicenceStatus.ACTIVE, LicenceStatus.SUSPENDED],
        ):
            revoked.append(await revoke(licence, checker, reason))
    await _reject_open_task(tx, commitment, application, actor, reason)
    department = await Department.get(id=commitment.department_id)
    await tx.notify(
        CommitmentFalse(
            tracking_number=application.tracking_number or "",
            name=application.catalog_name,
            reason=findings,
            item=commitment.item_name,
            department=department.name,
            licences="、".join(f"{lic.name}（{lic.number}）" for lic in revoked),
        ),
        to=application.applicant_id,
        application_id=application.id,
    )


async def _reject_open_task(
    tx: Change, commitment: Commitment, application: Application, actor: Actor, reason: str
) -> None:
    """A department that has not decided yet does not approve on a false commitment: its task is
    rejected with the finding; when that was the last open task the application is decided."""
    task = await Task.get_or_none(application_id=application.id, department_id=commitment.department_id)
    if task is None or task.status not in (TaskStatus.PENDING, TaskStatus.IN_REVIEW):
        return
    if task.status == TaskStatus.PENDING:
        await tx.move_task(task, TaskStatus.IN_REVIEW, actor, "告知承诺核查")
    await tx.move_task(task, TaskStatus.REJECTED, actor, reason)
    await Task.filter(id=task.id).update(
        decided_at=clock.now(), decided_by_id=actor.user_id, decision_note=reason[:2000]
    )
    statuses = await Task.filter(application_id=application.id).values_list("status", flat=True)
    final = outcome([TaskStatus(s) for s in statuses])
    if final is not None:
        if application.status == S.ACCEPTED:
            await tx.move(application, S.IN_PROGRESS, SYSTEM, "部门开始办理")
        await tx.move(application, final, SYSTEM, "各部门已办结")
