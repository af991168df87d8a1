"""Who may do what with 告知承诺, one rule each (the GraphQL gates and the services call these).

Signing: the applicant, or a helper filing for them with consent (the application's own rules decide
who files: ``api.applications.acting``); the commitment records both, the applicant it binds and the
person who ticked the box. Verifying: a reviewer of the department of the commitment's item; anyone
else is told there is no such check. Overdue checks: the supervisors (e-supervision)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from api.applications.enums import ActorKind
from api.applications.workflow import Actor
from api.commitments.errors import CommitmentError
from api.commitments.models import Commitment
from api.failures import Failure
from api.identity.models import User
from api.identity.principal import Principal
from api.review.policies import department_reviewer, reviewing_department
from api.supervision.policies import supervisor_or_admin

__all__ = ["checker_of", "commitment_checker", "overdue_watcher", "signer_id"]


def commitment_checker(principal: Principal, args: Mapping[str, Any]) -> bool:
    """The verification queue and its outcomes: a reviewer of a department (which checks: its own)."""
    return department_reviewer(principal, args)


def overdue_watcher(principal: Principal, args: Mapping[str, Any]) -> bool:
    """Overdue checks across departments: e-supervision's supervisors and administrators."""
    return supervisor_or_admin(principal, args)


def checker_of(commitment: Commitment, user: User) -> Actor:
    """``user`` verifying ``commitment``: only a reviewer of the department of its item."""
    department = reviewing_department(user.roles, user.department_id)
    if department is None or department != commitment.department_id:
        raise Failure(CommitmentError.CHECK_NOT_FOUND)
    return Actor(ActorKind.REVIEWER, user.id)


def signer_id(applicant_id: int, actor: Actor) -> int:
    """Who signed: the helper who ticked the box for the applicant, or the applicant."""
    return actor.filing_helper_id or applicant_id
