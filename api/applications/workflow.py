"""The state machine as data: which moves exist and who may make them. Every move goes through
``apply_move`` (called by ``api.unit_of_work.Change.move``), which writes the event and the
notification outbox row in the transaction of the unit of work."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from api import clock
from api.applications.enums import ActorKind as A
from api.applications.enums import ApplicationStatus as S
from api.applications.enums import PickupMethod
from api.applications.enums import TaskStatus as T
from api.applications.errors import ApplicationsError
from api.applications.models import Application, ApplicationEvent, Task
from api.failures import Failure
from notifications import payloads
from notifications.models import OutboxMessage

State = S | T


@dataclass(frozen=True)
class Move:
    source: frozenset[State]
    target: State
    actors: frozenset[A]
    name: str


def _m(sources: Iterable[State], target: State, actors: Iterable[A], name: str) -> Move:
    return Move(frozenset(sources), target, frozenset(actors), name)


PEOPLE = {A.APPLICANT, A.HELPER}

APPLICATION_MOVES: tuple[Move, ...] = (
    # a window clerk files for a walk-in at the counter (前台综合受理)
    _m({S.DRAFT}, S.SUBMITTED, PEOPLE | {A.CLERK}, "submit"),
    _m({S.SUBMITTED}, S.PRE_REVIEW, {A.CLERK}, "start_pre_review"),
    _m({S.SUBMITTED, S.PRE_REVIEW}, S.NEEDS_CORRECTION, {A.CLERK, A.SUPERVISOR}, "request_correction"),
    _m({S.NEEDS_CORRECTION}, S.SUBMITTED, PEOPLE, "resubmit"),
    _m({S.SUBMITTED, S.PRE_REVIEW}, S.ACCEPTED, {A.CLERK}, "accept"),
    _m({S.ACCEPTED}, S.IN_PROGRESS, {A.REVIEWER, A.SYSTEM}, "start"),
    _m({S.ACCEPTED, S.IN_PROGRESS}, S.COMPLETED, {A.SYSTEM}, "complete"),
    _m({S.ACCEPTED, S.IN_PROGRESS}, S.PARTLY_COMPLETED, {A.SYSTEM}, "complete_partly"),
    _m({S.ACCEPTED, S.IN_PROGRESS}, S.REJECTED, {A.SYSTEM}, "reject"),
    _m({S.COMPLETED, S.PARTLY_COMPLETED}, S.READY_FOR_PICKUP, {A.CLERK, A.SYSTEM}, "ready_for_pickup"),
    # collected at the window or the locker, or a mailed result delivered (SYSTEM: a carrier's callback)
    _m({S.READY_FOR_PICKUP}, S.COLLECTED, {A.CLERK, A.APPLICANT, A.SYSTEM}, "collect"),
    _m({S.COLLECTED, S.REJECTED}, S.CLOSED, {A.CLERK, A.SYSTEM}, "close"),
    _m({S.SUBMITTED, S.PRE_REVIEW, S.NEEDS_CORRECTION}, S.WITHDRAWN, PEOPLE, "withdraw"),
)

TASK_MOVES: tuple[Move, ...] = (
    _m({T.PENDING}, T.IN_REVIEW, {A.REVIEWER}, "start_review"),
    _m({T.IN_REVIEW}, T.APPROVED, {A.REVIEWER}, "approve"),
    _m({T.IN_REVIEW}, T.REJECTED, {A.REVIEWER}, "reject"),
)

# What the applicant is told when an application reaches a state (办件确认·中途提醒·领件通知·办结评议)
NOTIFY_ON: dict[S, type[payloads.ApplicationNews]] = {
    S.SUBMITTED: payloads.Receipt,
    S.NEEDS_CORRECTION: payloads.CorrectionNeeded,
    S.ACCEPTED: payloads.Accepted,
    S.REJECTED: payloads.Rejected,
    S.READY_FOR_PICKUP: payloads.ReadyForPickup,
    S.COLLECTED: payloads.PleaseRate,
    S.WITHDRAWN: payloads.Withdrawn,
}

TERMINAL = frozenset({S.CLOSED, S.WITHDRAWN})


def find_move(moves: tuple[Move, ...], source: State, target: State) -> Move | None:
    return next((m for m in moves if source in m.source and m.target == target), None)


def check_move(moves: tuple[Move, ...], source: State, target: State, actor: A) -> Move:
    move = find_move(moves, source, target)
    if move is None:
        raise Failure(ApplicationsError.INVALID_TRANSITION, source=source, target=target)
    if actor not in move.actors:
        raise Failure(ApplicationsError.NOT_ALLOWED)
    return move


@dataclass(frozen=True)
class Actor:
    kind: A
    user_id: int | None = None
    acting_for_id: int | None = None  # a helper's citizen
    # an API client acting: a mini-program for the applicant, or a department's own system
    client_id: int | None = None

    @property
    def filing_helper_id(self) -> int | None:
        """The helper (帮办代办) when one files for the applicant: recorded as the application's filer."""
        return self.user_id if self.kind == A.HELPER else None


# Called by ``api.unit_of_work.Change`` (``tx.move`` / ``tx.move_task``), inside its transaction.
async def apply_move(
    application: Application,
    target: S,
    actor: Actor,
    reason: str = "",
    *,
    news: payloads.ApplicationNews | None = None,
) -> None:
    """Move the application (inside the unit of work's transaction): conditional on its current
    state, so two concurrent moves cannot both succeed; event and outbox rows in the same transaction."""
    source = application.status
    check_move(APPLICATION_MOVES, source, target, actor.kind)
    now = clock.now()
    changes: dict[str, Any] = {"status": target, "updated_at": now}
    if target == S.ACCEPTED:
        changes["accepted_at"] = now
    if target in TERMINAL:
        changes["closed_at"] = now
    if not await Application.filter(id=application.id, status=source).update(**changes):
        raise Failure(ApplicationsError.CONCURRENT_CHANGE)
    for key, value in changes.items():
        setattr(application, key, value)
    await record(application, source, target, actor, reason, news)


def news_of(application: Application, target: S, reason: str) -> payloads.ApplicationNews | None:
    """What the applicant is told by default when the application reaches ``target``."""
    kind = NOTIFY_ON.get(target)
    if kind is None:
        return None
    news = {
        "tracking_number": application.tracking_number or "",
        "name": application.catalog_name,
        "status": str(target),
        "reason": reason,
    }
    if kind is payloads.PleaseRate:
        return payloads.PleaseRate(**news, by_mail=_mailed(application))
    return kind(**news)


def _mailed(application: Application) -> bool:
    """The result went by mail (chosen at submission, or recorded with the pickup details)."""
    pickup: dict[str, Any] = application.pickup if isinstance(application.pickup, dict) else {}
    return application.delivery == PickupMethod.MAIL or pickup.get("method") == PickupMethod.MAIL


async def record(
    application: Application,
    source: S,
    target: S,
    actor: Actor,
    reason: str,
    news: payloads.ApplicationNews | None = None,
) -> ApplicationEvent:
    """The event row (returned), and the applicant's notification when the new state has one (or
    ``news``)."""
    event = await _event(application.id, None, source, target, actor, reason)
    news = news or news_of(application, target, reason)
    if news is not None:
        await OutboxMessage.create(
            kind=news.kind,
            recipient_id=application.applicant_id,
            application_id=application.id,
            payload=news.to_json(),
            available_at=clock.now(),
        )
    return event


async def note(application: Application, actor: Actor, reason: str, task_id: int | None = None) -> None:
    """An event that moves nothing (a material handed in or checked, a clock stopped): the timeline's
    row, in the state the application is in."""
    await _event(application.id, task_id, application.status, application.status, actor, reason)


async def apply_task_move(task: Task, target: T, actor: Actor, reason: str = "") -> None:
    source = task.status
    check_move(TASK_MOVES, source, target, actor.kind)
    if not await Task.filter(id=task.id, status=source).update(status=target):
        raise Failure(ApplicationsError.CONCURRENT_CHANGE)
    task.status = target
    await _event(task.application_id, task.id, source, target, actor, reason)


async def _event(
    application_id: int, task_id: int | None, source: State, target: State, actor: Actor, reason: str
) -> ApplicationEvent:
    """The timeline's row for one move of an application (``task_id`` None) or of one of its tasks."""
    return await ApplicationEvent.create(
        application_id=application_id,
        task_id=task_id,
        from_status=source,
        to_status=target,
        actor_id=actor.user_id,
        actor_kind=actor.kind,
        acting_for_id=actor.acting_for_id,
        client_id=actor.client_id,
        reason=reason,
    )
