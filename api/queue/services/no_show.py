"""Bookings not checked in 15 minutes after their slot started become NO_SHOW (run by the queue's
background loop every minute and by ``python -m api``'s daily run). Idempotent: only BOOKED bookings
without a ticket are changed, by one conditional UPDATE; a second run finds nothing."""

from __future__ import annotations

from datetime import datetime

from api import clock
from api.appointments.enums import BookingStatus
from api.appointments.models import Booking
from api.locking import retrying
from api.queue import rules
from api.queue.models import Ticket
from api.unit_of_work import changing


async def mark_no_shows(now: datetime | None = None) -> int:
    """How many bookings were marked NO_SHOW by this run."""
    moment = now or clock.now()
    lapsed_before = moment - rules.NO_SHOW_AFTER

    async def attempt() -> int:
        async with changing(immediate=True):
            lapsed = await Booking.filter(
                status=BookingStatus.BOOKED, slot__starts_at__lte=lapsed_before
            ).values_list("id", flat=True)
            if not lapsed:
                return 0
            arrived = set(
                await Ticket.filter(booking_id__in=list(lapsed)).values_list("booking_id", flat=True)
            )
            missed = [b for b in lapsed if b not in arrived]
            if not missed:
                return 0
            return await Booking.filter(id__in=missed, status=BookingStatus.BOOKED).update(
                status=BookingStatus.NO_SHOW
            )

    return await retrying(attempt)
