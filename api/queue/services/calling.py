"""A clerk calls the next ticket of a window group: 预约号 (checked-in bookings) first, then walk-ins,
each in order of arrival. The ticket is taken by one conditional UPDATE (``status = waiting``): when
two windows race for the same ticket, one UPDATE changes the row and the other changes nothing and
tries the next one — never the same ticket twice (PostgreSQL re-checks the condition on the newest
row version after waiting for the row lock; SQLite's immediate transaction serializes the callers).
The called ticket's booking becomes ATTENDED in the same transaction."""

from __future__ import annotations

from datetime import datetime

from api import clock
from api.appointments.enums import BookingStatus
from api.appointments.models import Booking
from api.failures import Failure
from api.locking import retrying
from api.queue.enums import TicketStatus
from api.queue.errors import QueueError
from api.queue.models import Ticket
from api.queue.services.tickets import group_of
from api.unit_of_work import changing

CANDIDATES = 20  # waiting tickets looked at per round


async def call_next(
    hall_code: str, group_code: str, window: str, *, clerk_id: int | None = None, now: datetime | None = None
) -> Ticket:
    hall = hall_code.strip().upper()
    group = group_of(hall, group_code)
    moment = now or clock.now()

    async def attempt() -> Ticket:
        async with changing(immediate=True) as tx:
            while True:
                waiting = await (
                    Ticket.filter(hall_code=hall, group_code=group.code, day=clock.local_date(moment))
                    .filter(status=TicketStatus.WAITING)
                    .order_by("-booked", "created_at", "id")
                    .limit(CANDIDATES)
                    .values_list("id", flat=True)
                )
                if not waiting:
                    raise Failure(QueueError.NOBODY_WAITING)
                for ticket_id in waiting:
                    taken = await Ticket.filter(id=ticket_id, status=TicketStatus.WAITING).update(
                        status=TicketStatus.CALLED,
                        window=window.strip()[:16],
                        called_by_id=clerk_id,
                        called_at=moment,
                    )
                    if taken:
                        ticket = await Ticket.get(id=ticket_id)
                        if ticket.booking_id is not None:
                            await Booking.filter(id=ticket.booking_id, status=BookingStatus.BOOKED).update(
                                status=BookingStatus.ATTENDED
                            )
                        tx.announce_hall(hall)
                        return ticket

    return await retrying(attempt)
