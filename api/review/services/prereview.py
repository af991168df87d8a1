"""Remote pre-review (预审): one clerk claims an application, judges each material, and sends ONE
complete list of everything to correct (一次性告知)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from tortoise.expressions import Q

from api import clock
from api.applications.enums import ApplicationStatus as S
from api.applications.enums import MaterialStatus
from api.applications.models import Application, ApplicationMaterial
from api.failures import Failure
from api.identity.models import User
from api.review import queries
from api.review.errors import ReviewError
from api.review.policies import NextList, claimant_of, next_correction_list, window_clerk_actor
from api.review.services import extra_corrections
from api.unit_of_work import changing

CLAIM_TIMEOUT = timedelta(minutes=30)  # an abandoned claim frees itself
WAITING = (S.SUBMITTED, S.PRE_REVIEW)


async def claim(application_id: int, clerk: User) -> Application:
    """Lock an application to one clerk. Of two clerks claiming at once exactly one wins: the claim is
    one conditional UPDATE (free, or claimed by nobody for CLAIM_TIMEOUT)."""
    now = clock.now()
    free = Q(claimed_by_id=None) | Q(claimed_at__lt=now - CLAIM_TIMEOUT) | Q(claimed_by_id=clerk.id)
    async with changing() as tx:
        won = await Application.filter(free, id=application_id, status__in=WAITING).update(
            claimed_by_id=clerk.id, claimed_at=now
        )
        application = await queries.application(application_id)
        if not won:
            if application.status not in WAITING:
                raise Failure(ReviewError.NOT_IN_PRE_REVIEW)
            raise Failure(ReviewError.ALREADY_CLAIMED)
        if application.status == S.SUBMITTED:
            await tx.move(application, S.PRE_REVIEW, window_clerk_actor(clerk), "开始预审")
        else:
            tx.announce(application.id, application)  # who holds it shows on the desk
    return application


async def claimed(application_id: int, clerk: User) -> Application:
    """The application ``clerk`` claimed for pre-review (``policies.claimant_of``)."""
    application = await queries.application(application_id)
    claimant_of(application, clerk)
    return application


async def release(application_id: int, clerk: User) -> None:
    async with changing() as tx:
        if await Application.filter(id=application_id, claimed_by_id=clerk.id).update(
            claimed_by_id=None, claimed_at=None
        ):
            tx.announce(application_id)


@dataclass(frozen=True)
class Verdict:
    material: str
    ok: bool
    note: str = ""


async def judge_materials(
    application_id: int, clerk: User, verdicts: list[Verdict]
) -> list[ApplicationMaterial]:
    """Mark each material OK or "needs correction" with a reason (the reason is required)."""
    application = await claimed(application_id, clerk)
    lines = {m.material_code: m for m in await ApplicationMaterial.filter(application=application)}
    for verdict in verdicts:
        line = lines.get(verdict.material)
        if line is None:
            raise Failure(ReviewError.UNKNOWN_MATERIAL, material=verdict.material)
        if not verdict.ok and not verdict.note.strip():
            raise Failure(
                ReviewError.REASON_REQUIRED, what=f"退回补正“{line.name}”", what_en="the correction"
            )
    async with changing() as tx:
        tx.announce(application.id, application)
        for verdict in verdicts:
            status = MaterialStatus.ACCEPTED if verdict.ok else MaterialStatus.NEEDS_CORRECTION
            await ApplicationMaterial.filter(application=application, material_code=verdict.material).update(
                status=status, note=verdict.note.strip()[:500]
            )
    return await ApplicationMaterial.filter(application=application).order_by("id")


def correction_notice(flagged: list[ApplicationMaterial], summary: str) -> str:
    """The one notice (一次性告知): every material to correct with its reason, after the summary."""
    notice = "；".join(f"{m.name}：{m.note}" for m in flagged)
    return f"{summary.strip()}（一次性告知）{notice}" if summary.strip() else f"一次性告知：{notice}"


async def request_corrections(
    application_id: int, clerk: User, summary: str = "", reason: str = ""
) -> Application:
    """Send ONE complete list of everything to correct (一次性告知) and release the claim. After it,
    another list needs ``reason`` and a supervisor (``policies.next_correction_list``): sent at once by
    a supervisor, otherwise asked for approval (``extra_corrections``)."""
    application = await claimed(application_id, clerk)
    flagged = await ApplicationMaterial.filter(
        application=application, status=MaterialStatus.NEEDS_CORRECTION
    ).order_by("id")
    if not flagged:
        raise Failure(ReviewError.NOTHING_TO_CORRECT)
    sent = await queries.correction_lists_sent(application.id)
    step = next_correction_list(sent, clerk.roles, reason)
    if step != NextList.ONE_TIME:
        send_now = step == NextList.SEND_EXTRA
        await extra_corrections.ask(application, clerk, flagged, summary, reason, sent + 1, send_now=send_now)
        return await queries.application(application.id)
    async with changing() as tx:
        await tx.move(
            application, S.NEEDS_CORRECTION, window_clerk_actor(clerk), correction_notice(flagged, summary)
        )
        await Application.filter(id=application.id).update(claimed_by_id=None, claimed_at=None)
    return application
