"""Who may do what in the hall queue: anyone takes a ticket (a kiosk has no account) and watches the
display; window clerks (and supervisors, administrators) check bookings in by code and call tickets."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from api.identity.enums import Role
from api.identity.principal import Principal

CALLERS = frozenset({Role.WINDOW_CLERK, Role.SUPERVISOR, Role.ADMIN})


def queue_clerk(principal: Principal, args: Mapping[str, Any]) -> bool:
    """Calling tickets and checking bookings in at a window."""
    return principal.is_user and bool(principal.roles & CALLERS)
