"""The queue's background loop marks lapsed bookings NO_SHOW (and keeps going after a failed run)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from api import clock
from api.appointments.enums import BookingStatus
from api.appointments.models import Booking, Slot
from api.queue.job import NoShowMarker
from tests.appointments.conftest import HALL, people


async def test_the_loop_marks_no_shows(world):
    start = clock.now() - timedelta(minutes=20)
    slot = await Slot.create(
        hall_code=HALL,
        item_code="",
        starts_at=start,
        ends_at=start + timedelta(minutes=30),
        capacity=2,
        booked=1,
    )
    (person,) = await people(1)
    booking = await Booking.create(
        slot_id=slot.id, user_id=person.id, item_code="CG01", code="QJOB2345", holder=person.id
    )
    loop = NoShowMarker(every=0.01).start()
    try:
        for _ in range(200):
            await asyncio.sleep(0.02)
            if (await Booking.get(id=booking.id)).status == BookingStatus.NO_SHOW:
                break
    finally:
        await loop.stop()
    assert (await Booking.get(id=booking.id)).status == BookingStatus.NO_SHOW
