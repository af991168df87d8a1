"""Authorization rules as plain functions of the principal (and the field's arguments).

Every query and mutation names exactly one of these through ``api.graphql.permissions.allow``; the
authorization matrix test checks that against the schema, so a field without a rule fails it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from api.graphql.ids import parse_global_id
from api.identity import clients, consents
from api.identity.enums import STAFF_ROLES, Role, Scope
from api.identity.principal import Principal


def is_staff(roles: Iterable[str]) -> bool:
    """A member of staff: anyone with a staff role. Staff sign in with passkeys only (never a texted code)
    and verify themselves on the device (PIN or biometrics)."""
    return any(role in STAFF_ROLES for role in roles)


def public(principal: Principal, args: Mapping[str, Any]) -> bool:
    """Anyone, signed in or not (the catalogue, signing in)."""
    return True


def signed_in(principal: Principal, args: Mapping[str, Any]) -> bool:
    """A person signed in (citizen or staff); not an API client."""
    return principal.is_user


def citizen(principal: Principal, args: Mapping[str, Any]) -> bool:
    return principal.has_role(Role.CITIZEN)


def helper(principal: Principal, args: Mapping[str, Any]) -> bool:
    return principal.has_role(Role.HELPER)


def citizen_or_helper(principal: Principal, args: Mapping[str, Any]) -> bool:
    """Applying: a citizen for themselves, or a helper for a citizen (the service checks consent)."""
    return principal.has_role(Role.CITIZEN) or principal.has_role(Role.HELPER)


def applicant_side(principal: Principal, args: Mapping[str, Any]) -> bool:
    """Filling in and submitting: a citizen, a helper (the service checks consent), or a client with a
    token a citizen issued through the authorization code flow with ``applications:write`` (the service
    checks the grant)."""
    writes = principal.is_client and principal.acting_for is not None
    return citizen_or_helper(principal, args) or (writes and Scope.APPLICATIONS_WRITE in principal.scopes)


def window_clerk(principal: Principal, args: Mapping[str, Any]) -> bool:
    """综合窗口: pre-review, acceptance, pickup."""
    return principal.has_role(Role.WINDOW_CLERK)


def reviewer(principal: Principal, args: Mapping[str, Any]) -> bool:
    """A department reviewer (each task they touch must be of their department: the service checks)."""
    return principal.has_role(Role.REVIEWER) and principal.department_id is not None


def administrator(principal: Principal, args: Mapping[str, Any]) -> bool:
    return principal.has_role(Role.ADMIN)


def staff(principal: Principal, args: Mapping[str, Any]) -> bool:
    return principal.is_user and is_staff(principal.roles)


async def may_read_citizen(principal: Principal, args: Mapping[str, Any]) -> bool:
    """A citizen's profile: themselves; window clerks and supervisors (logged, with a purpose);
    a helper while the citizen's consent is active; a client the citizen granted ``profile:read``.
    Reviewers see applicants through their applications, not by looking people up."""
    if principal.has_role(Role.WINDOW_CLERK) or principal.has_role(Role.SUPERVISOR):
        return True  # any profile (the resolver refuses a malformed id)
    citizen_id = parse_global_id(args.get("id"), "User")
    if citizen_id is None:
        return False
    if principal.is_user and principal.user_id == citizen_id:
        return True
    helper_id = principal.user_id if principal.has_role(Role.HELPER) else None
    if helper_id is not None and await consents.has_active_consent(helper_id, citizen_id):
        return True
    client_id = principal.client_id if principal.is_client else None
    if client_id is not None and Scope.PROFILE_READ in principal.scopes:
        return await clients.has_grant(client_id, citizen_id, Scope.PROFILE_READ)
    return False
