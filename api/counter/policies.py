"""Who may do counter intake and print its documents: window clerks (the one home of the rule)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from api.identity.enums import Role
from api.identity.principal import Principal


def may_take_in(principal: Principal) -> bool:
    """A window clerk at the comprehensive window (综合受理窗口)."""
    return principal.user_id is not None and principal.has_role(Role.WINDOW_CLERK)


def may_print(principal: Principal) -> bool:
    """The counter's documents are printed by window clerks and supervisors."""
    return principal.user_id is not None and (
        principal.has_role(Role.WINDOW_CLERK) or principal.has_role(Role.SUPERVISOR)
    )


def window_clerk(principal: Principal, args: Mapping[str, Any]) -> bool:
    """Field policy of the counter's queries and mutations."""
    return may_take_in(principal)
