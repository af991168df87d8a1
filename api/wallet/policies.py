"""Who may see and change a licence (policy functions for ``api.graphql.permissions.allow``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from api.graphql.ids import parse_global_id
from api.identity import clients
from api.identity.enums import STAFF_ROLES, Role, Scope
from api.identity.principal import Principal
from api.wallet.models import Licence


async def _licence(args: Mapping[str, Any]) -> Licence | None:
    public_id = args.get("id")
    if not isinstance(public_id, str) or not public_id:
        return None
    return await Licence.get_or_none(public_id=public_id)


def _of_issuing_department(principal: Principal, licence: Licence) -> bool:
    return principal.department_id is not None and principal.department_id == licence.department_id


async def licence_holder(principal: Principal, args: Mapping[str, Any]) -> bool:
    """The licence's holder (showing it as a QR)."""
    if not principal.is_user:
        return False
    licence = await _licence(args)
    return licence is not None and licence.holder_id == principal.user_id


async def may_read_licence(principal: Principal, args: Mapping[str, Any]) -> bool:
    """The holder, and staff of the department that issued it (each such read is logged)."""
    if not principal.is_user:
        return False
    licence = await _licence(args)
    if licence is None:
        return False
    if licence.holder_id == principal.user_id:
        return True
    return bool(principal.roles & STAFF_ROLES) and _of_issuing_department(principal, licence)


async def may_change_licence_status(principal: Principal, args: Mapping[str, Any]) -> bool:
    """Suspend, revoke, reinstate: a reviewer of the issuing department, a supervisor, an administrator."""
    if principal.has_role(Role.SUPERVISOR) or principal.has_role(Role.ADMIN):
        return await _licence(args) is not None
    if not principal.has_role(Role.REVIEWER):
        return False
    licence = await _licence(args)
    return licence is not None and _of_issuing_department(principal, licence)


async def may_read_citizen_licences(principal: Principal, args: Mapping[str, Any]) -> bool:
    """A mini-program the citizen granted ``licences:read`` (each list it reads is logged)."""
    citizen_id = parse_global_id(args.get("citizen_id"), "User")
    if citizen_id is None:
        return False
    client_id = principal.client_id
    if not (principal.is_client and client_id is not None and Scope.LICENCES_READ in principal.scopes):
        return False
    return await clients.has_grant(client_id, citizen_id, Scope.LICENCES_READ)
