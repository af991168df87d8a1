"""Who sees the statistics (policy functions for ``api.graphql.permissions.allow`` and the export
route), and which hall's: leaders (领导), supervisors (督办) and administrators; one who works in a hall
(``User.hall``: a hall's leader or administrator) sees that hall's figures only."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from api.failures import Failure
from api.identity.enums import Role
from api.identity.models import User
from api.identity.principal import Principal
from api.statistics.errors import StatisticsError

ROLES = (Role.LEADER, Role.SUPERVISOR, Role.ADMIN)


def leader(principal: Principal, args: Mapping[str, Any] | None = None) -> bool:
    return any(principal.has_role(role) for role in ROLES)


async def hall_for(principal: Principal, requested: str | None) -> str | None:
    """The hall a request may cover: the one asked for, or the principal's own hall when they work in
    one (asked for none: theirs; asked for another: refused). One query."""
    own = (
        await User.filter(id=principal.user_id).values_list("hall__code", flat=True)
        if principal.user_id is not None
        else []
    )
    mine = own[0] if own else None
    if mine is None:
        return requested or None
    if requested and requested.strip().upper() != mine:
        raise Failure(StatisticsError.OTHER_HALL)
    return str(mine)
