"""Publishing on working days, booking rules, moving atomically, cancelling, reminders."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from api.appointments import services
from api.appointments.enums import BookingStatus
from api.appointments.models import Booking, Slot
from api.failures import Failure
from notifications.models import OutboxMessage
from tests.appointments.conftest import CHINA, ELSEWHERE, HALL, ITEM, NOW, OTHER_ITEM, one_slot, people

MORNING_AND_AFTERNOON = [services.parse_period("09:00-12:00"), services.parse_period("13:30–17:00")]


async def failure_of(awaitable) -> str:
    with pytest.raises(Failure) as caught:
        await awaitable
    return caught.value.code


def test_periods_and_slot_times():
    assert services.parse_period("9:00 至 12:00") == services.Period(
        datetime.min.time().replace(hour=9), datetime.min.time().replace(hour=12)
    )
    for bad in ("12:00-09:00", "9-12", "25:00-26:00", "09:00-09:00"):
        with pytest.raises(Failure):
            services.parse_period(bad)
    times = services.slot_times(date(2025, 10, 9), MORNING_AND_AFTERNOON, 30)
    assert len(times) == 6 + 7
    assert times[0][0] == datetime(2025, 10, 9, 9, 0, tzinfo=CHINA)
    assert times[-1] == (
        datetime(2025, 10, 9, 16, 30, tzinfo=CHINA),
        datetime(2025, 10, 9, 17, 0, tzinfo=CHINA),
    )
    # a remainder shorter than a slot is left out
    assert len(services.slot_times(date(2025, 10, 9), [services.parse_period("09:00-10:45")], 30)) == 3


async def test_slots_on_the_days_the_hall_opens_across_national_day_2025(world):
    """CA opens on working days and on Saturdays (周六, its weekend hours), never on a holiday."""
    published = await services.publish_slots(
        world.catalog,
        HALL,
        ITEM,
        date(2025, 9, 27),
        date(2025, 10, 12),
        MORNING_AND_AFTERNOON,
        capacity=5,
        now=NOW,
    )
    working = [date(2025, 9, 27), date(2025, 9, 28), date(2025, 9, 29), date(2025, 9, 30)]
    working += [date(2025, 10, 9), date(2025, 10, 10), date(2025, 10, 11)]
    assert list(published.days) == working
    assert published.created == 13 * 7 and published.existing == 0
    starts = await Slot.filter(hall_code=HALL).values_list("starts_at", flat=True)
    days = sorted({s.astimezone(CHINA).date() for s in starts})
    assert days == working
    assert date(2025, 10, 11) in days  # Saturday, make-up workday (调休上班)
    assert not any(date(2025, 10, 1) <= d <= date(2025, 10, 8) for d in days)  # the holiday
    assert date(2025, 9, 27) in days  # an ordinary Saturday: CA opens on Saturdays (周末不打烊)
    assert date(2025, 10, 12) not in days  # an ordinary Sunday: CA does not open

    again = await services.publish_slots(
        world.catalog, HALL, ITEM, date(2025, 9, 27), date(2025, 10, 12), MORNING_AND_AFTERNOON, 5, now=NOW
    )
    assert (again.created, again.existing) == (0, 91)
    assert await Slot.filter(hall_code=HALL).count() == 91

    # slots already started are never published; any-item slots are separate from item slots
    late = datetime(2025, 9, 29, 12, 0, tzinfo=CHINA)
    one_day = await services.publish_slots(
        world.catalog, HALL, None, date(2025, 9, 29), date(2025, 9, 29), MORNING_AND_AFTERNOON, 5, now=late
    )
    assert one_day.created == 7


async def test_publish_checks_its_arguments(world):
    day = date(2025, 10, 9)
    cases = {
        "UNKNOWN_HALL": dict(hall_code="ZZ"),
        "UNKNOWN_ITEM": dict(item_code="NOPE01"),
        "ITEM_NOT_AT_HALL": dict(item_code=ELSEWHERE),
        "INVALID": dict(capacity=0),
    }
    for code, change in cases.items():
        args = dict(
            catalog=world.catalog,
            hall_code=HALL,
            item_code=ITEM,
            first_day=day,
            last_day=day,
            periods=MORNING_AND_AFTERNOON,
            capacity=5,
            now=NOW,
        )
        assert await failure_of(services.publish_slots(**(args | change))) == code
    overlapping = [services.parse_period("09:00-12:00"), services.parse_period("11:00-13:00")]
    publish = services.publish_slots
    assert (
        await failure_of(publish(world.catalog, HALL, ITEM, day, day, overlapping, 5, now=NOW)) == "INVALID"
    )
    too_long = publish(world.catalog, HALL, ITEM, day, day + timedelta(days=120), overlapping[:1], 5, now=NOW)
    assert await failure_of(too_long) == "INVALID"


async def test_booking_writes_confirmation_and_reminder(world):
    slot = await one_slot(world.catalog, date(2025, 10, 9))
    (person,) = await people(1)
    booking = await services.book(world.catalog, person.id, slot.id, now=NOW)
    assert booking.status == BookingStatus.BOOKED and booking.item_code == ITEM
    assert len(booking.code) == services.CODE_LENGTH
    assert (await Slot.get(id=slot.id)).booked == 1

    confirmation = await OutboxMessage.get(kind=services.BOOKED_KIND, recipient_id=person.id)
    assert confirmation.available_at == NOW
    assert confirmation.payload["code"] == booking.code
    assert confirmation.payload["bookingId"] == booking.id
    assert confirmation.payload["time"] == "2025-10-09 09:00–09:30"
    assert confirmation.payload["hall"] == world.catalog.halls[0].name
    reminder = await OutboxMessage.get(kind=services.REMINDER_KIND, recipient_id=person.id)
    # the evening before at 18:00 Beijing time (the day before is a holiday: reminders don't care)
    assert reminder.available_at == datetime(2025, 10, 8, 18, 0, tzinfo=CHINA)
    assert booking.reminder_id == reminder.id

    # booked on the eve after 18:00: the confirmation is the only message
    (late,) = await people(1)
    eve = datetime(2025, 10, 8, 20, 0, tzinfo=CHINA)
    await services.book(world.catalog, late.id, slot.id, now=eve)
    assert not await OutboxMessage.filter(kind=services.REMINDER_KIND, recipient_id=late.id).exists()
    assert await OutboxMessage.filter(kind=services.BOOKED_KIND, recipient_id=late.id).exists()


async def test_items_of_a_slot(world):
    day = date(2025, 10, 9)
    item_slot = await one_slot(world.catalog, day, "09:00-09:30", item=ITEM)
    any_slot = await one_slot(world.catalog, day, "09:30-10:00", item=None)
    a, b, c = await people(3)
    assert (
        await failure_of(services.book(world.catalog, a.id, item_slot.id, OTHER_ITEM, now=NOW))
        == "WRONG_ITEM"
    )
    assert await failure_of(services.book(world.catalog, a.id, any_slot.id, now=NOW)) == "ITEM_REQUIRED"
    elsewhere = services.book(world.catalog, a.id, any_slot.id, ELSEWHERE, now=NOW)
    assert await failure_of(elsewhere) == "ITEM_NOT_AT_HALL"
    assert (
        await services.book(world.catalog, b.id, any_slot.id, OTHER_ITEM, now=NOW)
    ).item_code == OTHER_ITEM
    assert (await services.book(world.catalog, c.id, item_slot.id, ITEM.lower(), now=NOW)).item_code == ITEM
    assert await failure_of(services.book(world.catalog, a.id, 999999, now=NOW)) == "NOT_FOUND"
    after_start = datetime(2025, 10, 9, 9, 0, tzinfo=CHINA)
    assert await failure_of(services.book(world.catalog, a.id, item_slot.id, now=after_start)) == "SLOT_PAST"
    assert (await Slot.get(id=item_slot.id)).booked == 1
    assert (await Slot.get(id=any_slot.id)).booked == 1


async def test_limits_per_person(world):
    slots = [
        await one_slot(world.catalog, date(2025, 10, 9), f"{h:02d}:00-{h:02d}:30") for h in (9, 10, 11, 13)
    ]
    (person,) = await people(1)
    first = await services.book(world.catalog, person.id, slots[0].id, now=NOW)
    # one live booking per slot
    assert await failure_of(services.book(world.catalog, person.id, slots[0].id, now=NOW)) == "ALREADY_BOOKED"
    await services.book(world.catalog, person.id, slots[1].id, now=NOW)
    await services.book(world.catalog, person.id, slots[2].id, now=NOW)
    # at most three upcoming
    assert (
        await failure_of(services.book(world.catalog, person.id, slots[3].id, now=NOW)) == "TOO_MANY_BOOKINGS"
    )
    assert (await Slot.get(id=slots[3].id)).booked == 0
    # a cancelled booking counts for neither rule: the same slot can be booked again
    await services.cancel(person.id, first.id, now=NOW)
    again = await services.book(world.catalog, person.id, slots[0].id, now=NOW)
    assert again.id != first.id
    assert await Booking.filter(slot_id=slots[0].id, user_id=person.id).count() == 2
    assert (await Slot.get(id=slots[0].id)).booked == 1
    # bookings in the past do not count against the limit
    tomorrow_slot = await one_slot(world.catalog, date(2025, 10, 10))
    later = datetime(2025, 10, 9, 10, 45, tzinfo=CHINA)  # the 9:00 and 10:00 slots are over
    await services.book(world.catalog, person.id, tomorrow_slot.id, now=later)


async def test_cancel_frees_the_place_and_the_reminder(world):
    slot = await one_slot(world.catalog, date(2025, 10, 9), capacity=1)
    first, second = await people(2)
    booking = await services.book(world.catalog, first.id, slot.id, now=NOW)
    assert await failure_of(services.book(world.catalog, second.id, slot.id, now=NOW)) == "SLOT_FULL"

    cancelled = await services.cancel(first.id, booking.id, now=NOW)
    assert cancelled.status == BookingStatus.CANCELLED and cancelled.cancelled_at == NOW
    assert (await Slot.get(id=slot.id)).booked == 0
    assert not await OutboxMessage.filter(id=booking.reminder_id).exists()
    assert await OutboxMessage.filter(kind=services.BOOKED_KIND, recipient_id=first.id).exists()
    # cancelling twice, or someone else's booking, changes nothing
    assert await failure_of(services.cancel(first.id, booking.id, now=NOW)) == "NOT_BOOKED"
    assert await failure_of(services.cancel(second.id, booking.id, now=NOW)) == "NOT_FOUND"
    assert (await Slot.get(id=slot.id)).booked == 0

    taken = await services.book(world.catalog, second.id, slot.id, now=NOW)
    assert (await Slot.get(id=slot.id)).booked == 1
    started = datetime(2025, 10, 9, 9, 5, tzinfo=CHINA)
    assert await failure_of(services.cancel(second.id, taken.id, now=started)) == "TOO_LATE"


async def test_move_is_atomic(world):
    day = date(2025, 10, 9)
    origin = await one_slot(world.catalog, day, "09:00-09:30", capacity=5)
    full = await one_slot(world.catalog, day, "09:30-10:00", capacity=1)
    free = await one_slot(world.catalog, day, "08:30-09:00", capacity=5)  # a higher id than origin
    mover, other = await people(2)
    booking = await services.book(world.catalog, mover.id, origin.id, now=NOW)
    await services.book(world.catalog, other.id, full.id, now=NOW)

    # the target is full: nothing changes, the old booking and its reminder stay
    assert (
        await failure_of(services.move(world.catalog, mover.id, booking.id, full.id, now=NOW)) == "SLOT_FULL"
    )
    kept = await Booking.get(id=booking.id)
    assert kept.status == BookingStatus.BOOKED and kept.holder == mover.id and kept.cancelled_at is None
    assert (await Slot.get(id=origin.id)).booked == 1 and (await Slot.get(id=full.id)).booked == 1
    assert await OutboxMessage.filter(id=booking.reminder_id).exists()
    assert await Booking.filter(user_id=mover.id).count() == 1
    assert (
        await failure_of(services.move(world.catalog, mover.id, booking.id, origin.id, now=NOW))
        == "SAME_SLOT"
    )

    # a slot with room: the old place is freed and the new one taken in one transaction
    moved = await services.move(world.catalog, mover.id, booking.id, free.id, now=NOW)
    assert moved.id != booking.id and moved.slot_id == free.id and moved.item_code == ITEM
    assert (await Booking.get(id=booking.id)).status == BookingStatus.CANCELLED
    assert (await Slot.get(id=origin.id)).booked == 0 and (await Slot.get(id=free.id)).booked == 1
    assert not await OutboxMessage.filter(id=booking.reminder_id).exists()
    assert await OutboxMessage.filter(id=moved.reminder_id, kind=services.REMINDER_KIND).exists()
    # and back again (the other slot-id order)
    back = await services.move(world.catalog, mover.id, moved.id, origin.id, now=NOW)
    assert (await Slot.get(id=origin.id)).booked == 1 and (await Slot.get(id=free.id)).booked == 0
    assert back.status == BookingStatus.BOOKED
