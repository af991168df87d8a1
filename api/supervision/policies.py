"""Who sees e-supervision (policy functions for ``api.graphql.permissions.allow``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from api.identity.enums import Role
from api.identity.principal import Principal


def supervisor_or_admin(principal: Principal, args: Mapping[str, Any]) -> bool:
    """督办 and administrators see every department's figures and overdue tasks."""
    return principal.has_role(Role.SUPERVISOR) or principal.has_role(Role.ADMIN)
