"""Who may do what with appointments: publishing slots (a policy function for
``api.graphql.permissions.allow``), and whose booking a caller makes or changes (a citizen their own,
a helper (帮办) a citizen's who consented to the item: each such access logged)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from api.appointments.errors import AppointmentError
from api.appointments.models import Booking
from api.failures import Failure
from api.identity import access_log, consents
from api.identity.enums import ConsentScope, Role
from api.identity.principal import Principal

SLOT_MANAGERS = frozenset({Role.WINDOW_CLERK, Role.SUPERVISOR, Role.ADMIN})


def slot_manager(principal: Principal, args: Mapping[str, Any]) -> bool:
    """Publishing a hall's slots: window clerks, supervisors and administrators."""
    return principal.is_user and bool(principal.roles & SLOT_MANAGERS)


@dataclass(frozen=True)
class BookingParty:
    """Whose booking it is, and the helper who makes it for them (None: the person themself)."""

    person_id: int
    helper_id: int | None


async def _helper_may_act(principal: Principal, citizen_id: int, item_code: str) -> bool:
    helper_id = principal.user_id
    if not item_code or helper_id is None or not principal.has_role(Role.HELPER):
        return False
    if not await consents.has_active_consent(helper_id, citizen_id, ConsentScope.ITEM, item_code):
        return False
    await access_log.record(principal, citizen_id, "appointment", f"代约 {item_code}")
    return True


async def booking_party(principal: Principal, on_behalf_of: int | None, item_code: str) -> BookingParty:
    """A citizen books for themselves; a helper for a citizen who consented to this item."""
    me = principal.user_id
    if on_behalf_of is None or on_behalf_of == me:
        if me is None or not principal.has_role(Role.CITIZEN):
            raise Failure(AppointmentError.NOT_A_CITIZEN)
        return BookingParty(me, None)
    if me is None or not principal.has_role(Role.HELPER):
        raise Failure(AppointmentError.NOT_A_HELPER)
    if not await _helper_may_act(principal, on_behalf_of, item_code.strip().upper()):
        raise Failure(AppointmentError.NO_CONSENT)
    return BookingParty(on_behalf_of, me)


async def own_booking(principal: Principal, booking_id: int) -> Booking:
    """The caller's booking, or one the calling helper made for a citizen who still consents."""
    booking = await Booking.get_or_none(id=booking_id)
    if booking is not None:
        if booking.user_id == principal.user_id and principal.has_role(Role.CITIZEN):
            return booking
        if booking.booked_by_id == principal.user_id and await _helper_may_act(
            principal, booking.user_id, booking.item_code
        ):
            return booking
    raise Failure(AppointmentError.NOT_FOUND)
