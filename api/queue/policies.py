"""Who may do what in the hall queue: anyone takes a ticket (a kiosk has no account) and watches the
display; window clerks (and supervisors, administrators) check bookings in by code and call tickets,
at the hall they work in (staff without a hall, e.g. a city-level supervisor, at any hall)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from api.identity.enums import Role
from api.identity.models import User
from api.identity.principal import Principal

CALLERS = frozenset({Role.WINDOW_CLERK, Role.SUPERVISOR, Role.ADMIN})


async def queue_clerk(principal: Principal, args: Mapping[str, Any]) -> bool:
    """Calling tickets and checking bookings in at a window of the hall one works in."""
    if not (principal.is_user and principal.roles & CALLERS):
        return False
    return await works_at(principal.user_id, str(args.get("hall", "")))


async def works_at(user_id: int | None, hall_code: str) -> bool:
    halls = await User.filter(id=user_id).values_list("hall__code", flat=True)
    return bool(halls) and (halls[0] is None or str(halls[0]).upper() == hall_code.strip().upper())
