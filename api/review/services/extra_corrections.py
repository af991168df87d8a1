"""A correction list after the one-time notice (补充补正): a clerk asks with the reason and a supervisor
approves or refuses it, or a supervisor sends it at once. It is recorded (``ExtraCorrection``, flagged
in e-supervision) and the applicant is told honestly that this is an extra request, and why
(``ExtraCorrectionNeeded``, never "一次性告知"). Whether a list needs this is
``policies.next_correction_list``."""

from __future__ import annotations

from typing import Any

from api import clock
from api.applications.enums import ApplicationStatus as S
from api.applications.enums import MaterialStatus
from api.applications.models import Application, ApplicationMaterial
from api.applications.workflow import Actor
from api.failures import Failure
from api.identity.models import User
from api.review import queries
from api.review.enums import ExtraCorrectionStatus as X
from api.review.errors import ReviewError
from api.review.models import ExtraCorrection
from api.review.policies import supervisor_actor
from api.unit_of_work import Change, changing
from notifications import payloads

WAITING = (S.SUBMITTED, S.PRE_REVIEW)


def extra_notice(round_: int, why: str, materials: list[dict[str, Any]], summary: str) -> str:
    """The timeline's words for an extra list: which list it is, why, that a supervisor approved it,
    then everything to correct."""
    items = "；".join(f"{m['name']}：{m['note']}" for m in materials)
    lead = f"补充补正（第{round_}次补正，经主管批准）。原因：{why.strip()}。"
    return f"{lead}{summary.strip()}{'。' if summary.strip() else ''}需补正：{items}"


async def ask(
    application: Application,
    clerk: User,
    flagged: list[ApplicationMaterial],
    summary: str,
    why: str,
    round_: int,
    *,
    send_now: bool,
) -> ExtraCorrection:
    """Record an extra list (as it stands now); a supervisor's is sent at once, a clerk's waits."""
    if await ExtraCorrection.filter(application_id=application.id, status=X.PENDING).exists():
        raise Failure(ReviewError.EXTRA_PENDING)
    actor = supervisor_actor(clerk) if send_now else None
    materials = [{"code": m.material_code, "name": m.name, "note": m.note} for m in flagged]
    async with changing() as tx:
        row = await ExtraCorrection.create(
            application_id=application.id,
            round=round_,
            reason=why.strip()[:1000],
            summary=summary.strip()[:500],
            materials=materials,
            status=X.SENT if send_now else X.PENDING,
            requested_by_id=clerk.id,
            decided_by_id=clerk.id if send_now else None,
            decided_at=clock.now() if send_now else None,
        )
        if actor is not None:
            await _send(tx, application, row, actor)
        else:
            tx.announce(application.id)
    return row


async def decide(request_id: int, supervisor: User, approve: bool, note: str = "") -> ExtraCorrection:
    """A supervisor approves (the list goes to the applicant) or refuses (with the reason) a clerk's
    request. Decided once: of two supervisors deciding at once, one wins."""
    actor = supervisor_actor(supervisor)
    note = note.strip()
    if not approve and not note:
        raise Failure(ReviewError.REASON_REQUIRED, what="不批准补充补正", what_en="a refusal")
    row = await queries.extra_correction(request_id)
    if row.status != X.PENDING:
        raise Failure(ReviewError.EXTRA_DECIDED)
    application = await queries.application(row.application_id)
    if approve and application.status not in WAITING:
        raise Failure(ReviewError.NOT_IN_PRE_REVIEW)
    status = X.SENT if approve else X.REFUSED
    async with changing() as tx:
        won = await ExtraCorrection.filter(id=row.id, status=X.PENDING).update(
            status=status, decided_by_id=supervisor.id, decided_at=clock.now(), decision_note=note[:1000]
        )
        if not won:
            raise Failure(ReviewError.EXTRA_DECIDED)
        row.status, row.decided_by_id, row.decision_note = status, supervisor.id, note[:1000]
        if approve:
            await _send(tx, application, row, actor)
        else:
            tx.announce(application.id)
    return row


async def _send(tx: Change, application: Application, row: ExtraCorrection, actor: Actor) -> None:
    """The list as asked goes to the applicant, with the extra request's own notice; the claim ends."""
    materials: list[dict[str, Any]] = row.materials
    for m in materials:
        await ApplicationMaterial.filter(application_id=application.id, material_code=m["code"]).update(
            status=MaterialStatus.NEEDS_CORRECTION, note=m["note"]
        )
    text = extra_notice(row.round, row.reason, materials, row.summary)
    news = payloads.ExtraCorrectionNeeded(
        tracking_number=application.tracking_number or "",
        name=application.catalog_name,
        status=str(S.NEEDS_CORRECTION),
        reason="；".join(f"{m['name']}：{m['note']}" for m in materials),
        why=row.reason,
        round=row.round,
    )
    await tx.move(application, S.NEEDS_CORRECTION, actor, text, news=news)
    await Application.filter(id=application.id).update(claimed_by_id=None, claimed_at=None)
