"""Who may do what with appointments (policy functions for ``api.graphql.permissions.allow``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from api.identity.enums import Role
from api.identity.principal import Principal

SLOT_MANAGERS = frozenset({Role.WINDOW_CLERK, Role.SUPERVISOR, Role.ADMIN})


def slot_manager(principal: Principal, args: Mapping[str, Any]) -> bool:
    """Publishing a hall's slots: window clerks, supervisors and administrators."""
    return principal.is_user and bool(principal.roles & SLOT_MANAGERS)
