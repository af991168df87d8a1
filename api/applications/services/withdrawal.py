"""Withdrawal (撤回): the applicant's side takes an application back before it is accepted."""

from __future__ import annotations

from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application
from api.applications.workflow import Actor
from api.unit_of_work import changing

REASON_LENGTH = 500


async def withdraw(application: Application, actor: Actor, reason: str) -> Application:
    """Who may withdraw and from which states is the state machine's (``workflow.APPLICATION_MOVES``)."""
    async with changing() as tx:
        await tx.move(application, S.WITHDRAWN, actor, reason.strip()[:REASON_LENGTH])
    return application
