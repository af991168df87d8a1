"""Who may do what at the staff desk, one rule each (the GraphQL gates and the services call these).

Who may decide a department task, and what deciding it does, is ``decision_on``: a reviewer of the
task's own department decides it (anyone else is told there is no such task), and an approval issues
into the applicant's wallet the certificate of each item of the task that the e-licence library
holds. The state machine (``api.applications.workflow``) keeps its table of moves and actor kinds;
this module says which person acts as the reviewer it names.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from api.applications.enums import ActorKind, ApplicationStatus, TaskStatus
from api.applications.models import Application, Task
from api.applications.workflow import Actor
from api.catalog.entities import Catalog, ServiceItem
from api.failures import Failure
from api.identity.enums import Role, Scope
from api.identity.models import ApiClient, User
from api.identity.principal import Principal
from api.review.errors import ReviewError, no_such_task

# --- department tasks ------------------------------------------------------------------------------


def reviewing_department(roles: Collection[str], department_id: int | None) -> int | None:
    """The department whose tasks a person decides: a reviewer's own department; None for anyone else
    (a reviewer not attached to a department decides nothing)."""
    return department_id if Role.REVIEWER in roles else None


def department_reviewer(principal: Principal, args: Mapping[str, Any]) -> bool:
    """The department desk (its task list, starting and deciding tasks): a reviewer of a department.
    Which tasks: those of that department (``reviewer_of``, ``decision_on``)."""
    return principal.is_user and reviewing_department(principal.roles, principal.department_id) is not None


def system_department(client: ApiClient) -> int | None:
    """The department whose tasks a client decides: the one it is bound to, while it is enabled and
    may ask for ``tasks:decide`` (a department's own system, 部门业务系统); None for any other client."""
    if client.disabled_at is not None or Scope.TASKS_DECIDE.value not in client.scopes:
        return None
    return client.department_id


def reviewer_of(task: Task, user: User | ApiClient) -> Actor:
    """``user`` acting as the reviewer of ``task``: only a reviewer of the task's department, or the
    department's system (a bound client, recorded in the event log as that client)."""
    if isinstance(user, ApiClient):
        department = system_department(user)
        actor = Actor(ActorKind.REVIEWER, None, client_id=user.id)
    else:
        department = reviewing_department(user.roles, user.department_id)
        actor = Actor(ActorKind.REVIEWER, user.id)
    if department is None or department != task.department_id:
        raise no_such_task()
    return actor


@dataclass(frozen=True)
class Certificate:
    """A certificate an approval issues into the applicant's wallet: the item that produces it and the
    licence type."""

    item_code: str
    type_code: str


@dataclass(frozen=True)
class Decision:
    """What a reviewer's decision on a department task does."""

    actor: Actor
    target: TaskStatus
    note: str
    certificates: tuple[Certificate, ...]  # issued with the approval, in its transaction


def certificate_type(item: ServiceItem | None) -> str | None:
    """The licence type an approval of ``item`` issues into the wallet: its output, when the e-licence
    library holds that kind (免提交 in later applications); other outputs are handed over on paper."""
    if item is None or item.output is None or not item.output.waived:
        return None
    return item.output.code


def decision_on(task: Task, user: User | ApiClient, approve: bool, note: str, catalog: Catalog) -> Decision:
    """May ``user`` decide ``task`` (a reviewer of its department), and what deciding does: a
    rejection needs its reason; an approval issues the task's certificates (``certificate_type``)."""
    note = note.strip()
    if not approve and not note:
        raise Failure(ReviewError.REASON_REQUIRED, what="不予批准", what_en="a rejection")
    actor = reviewer_of(task, user)
    if not approve:
        return Decision(actor, TaskStatus.REJECTED, note, ())
    return Decision(actor, TaskStatus.APPROVED, note, certificates_of(task, catalog))


def certificates_of(task: Task, catalog: Catalog) -> tuple[Certificate, ...]:
    """The certificates an approval of ``task`` issues (``certificate_type`` of each of its items)."""
    return tuple(
        Certificate(code, type_code)
        for code in task.item_codes
        if (type_code := certificate_type(catalog.items_by_code.get(code))) is not None
    )


# --- the consultation thread ---------------------------------------------------------------------------


def message_author(principal: Principal, applicant_id: int) -> ActorKind:
    """As whom a person writes in an application's thread (who may read it, may write): the applicant,
    a helper (for them), or the staff. API clients do not write."""
    if not principal.is_user:
        raise Failure(ReviewError.NOT_ALLOWED)
    if principal.user_id == applicant_id:
        return ActorKind.APPLICANT
    return ActorKind.HELPER if principal.has_role(Role.HELPER) else ActorKind.CLERK


# --- pre-review and the window ----------------------------------------------------------------------


def window_clerk_actor(user: User) -> Actor:
    """A window clerk (综合窗口) in the state machine's moves: pre-review, acceptance, pickup."""
    return Actor(ActorKind.CLERK, user.id)


def claimant_of(application: Application, user: User) -> Actor:
    """Pre-review and acceptance are done by the clerk who claimed the application, while it is in
    pre-review: nobody else (two clerks never work on one application at once)."""
    if application.status != ApplicationStatus.PRE_REVIEW or application.claimed_by_id != user.id:
        raise Failure(ReviewError.NOT_CLAIMED)
    return window_clerk_actor(user)


# --- correction lists: the one-time notice, and a supervisor's approval for any later one -------------

ONE_TIME_LISTS = 1  # 一次性告知: the first correction list needs nobody's approval; every later one does


class NextList(StrEnum):
    """What sending a correction list does, after ``lists_sent`` were sent."""

    ONE_TIME = "one_time"  # the one-time notice (一次性告知)
    SEND_EXTRA = "send_extra"  # a later list, sent at once by a supervisor, with the reason
    ASK_EXTRA = "ask_extra"  # a later list, asked by a clerk with the reason: a supervisor decides


def next_correction_list(lists_sent: int, roles: Collection[str], reason: str) -> NextList:
    """After the one-time notice, another correction list needs its reason (the citizen reads it) and a
    supervisor: sent at once when the sender is one, otherwise asked for their approval."""
    if lists_sent < ONE_TIME_LISTS:
        return NextList.ONE_TIME
    if not reason.strip():
        raise Failure(ReviewError.EXTRA_NEEDS_REASON)
    return NextList.SEND_EXTRA if Role.SUPERVISOR in roles else NextList.ASK_EXTRA


def is_supervisor(principal: Principal, args: Mapping[str, Any]) -> bool:
    """The GraphQL gate of approving or refusing an extra correction list."""
    return principal.has_role(Role.SUPERVISOR)


def supervisor_actor(user: User) -> Actor:
    """A supervisor (督办) approving, refusing or sending an extra correction list."""
    if Role.SUPERVISOR not in user.roles:
        raise Failure(ReviewError.NOT_A_SUPERVISOR)
    return Actor(ActorKind.SUPERVISOR, user.id)


def clerk_or_supervisor(principal: Principal, args: Mapping[str, Any]) -> bool:
    """Who reads an application's extra correction lists: window clerks and supervisors."""
    return principal.has_role(Role.WINDOW_CLERK) or principal.has_role(Role.SUPERVISOR)
