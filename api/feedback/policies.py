"""Who may rate, report, and work on rectification cases (policy functions for
``api.graphql.permissions.allow``; the object-level ones read the row)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from api.applications.models import Application
from api.feedback.models import RectificationCase
from api.graphql.ids import parse_global_id
from api.identity import policies
from api.identity.enums import Role
from api.identity.principal import Principal


async def applicant_of_application(principal: Principal, args: Mapping[str, Any]) -> bool:
    """Rating: only the applicant of the application (not a helper, not staff)."""
    application_id = parse_global_id(args.get("application_id"), "Application")
    if not principal.is_user or application_id is None:
        return False
    return await Application.filter(id=application_id, applicant_id=principal.user_id).exists()


def supervisor(principal: Principal, args: Mapping[str, Any]) -> bool:
    return principal.has_role(Role.SUPERVISOR)


def supervisor_or_reviewer(principal: Principal, args: Mapping[str, Any]) -> bool:
    """Case lists: supervisors see all, a reviewer their own department's (see ``case_department``)."""
    return supervisor(principal, args) or policies.reviewer(principal, args)


def case_department(principal: Principal) -> int | None:
    """The one department whose cases a member of staff works on; None: every department's (a
    supervisor's)."""
    return None if principal.has_role(Role.SUPERVISOR) else principal.department_id


async def may_answer_case(principal: Principal, args: Mapping[str, Any]) -> bool:
    """A supervisor, or a reviewer of the department the case was handed to."""
    if supervisor(principal, args):
        return True
    case_id = parse_global_id(args.get("id"), "RectificationCase")
    if not policies.reviewer(principal, args) or case_id is None:
        return False
    return await RectificationCase.filter(id=case_id, department_id=principal.department_id).exists()


async def opener_of_case(principal: Principal, args: Mapping[str, Any]) -> bool:
    """The citizen whose rating or report opened the case."""
    case_id = parse_global_id(args.get("id"), "RectificationCase")
    if not principal.is_user or case_id is None:
        return False
    return await RectificationCase.filter(id=case_id, citizen_id=principal.user_id).exists()
