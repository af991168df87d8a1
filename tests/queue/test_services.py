"""The hall queue on SQLite and PostgreSQL: numbers, check-in, calling (never the same ticket twice),
no-shows (idempotent), the estimated wait; bookSlot's idempotency key; weekend slots."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import date, datetime, timedelta

import pytest

from api.appointments import services as appointments
from api.appointments.demo import DEMO_HALL, seed_demo_slots
from api.appointments.enums import BookingStatus
from api.appointments.models import Booking, Slot
from api.failures import Failure
from api.queue import rules, services
from api.queue.enums import TicketStatus
from api.queue.models import Ticket
from tests.appointments.conftest import CHINA, HALL, NOW, one_slot, people

DAY = date(2025, 9, 26)  # the Friday after NOW
AT = datetime(2025, 9, 26, 9, 0, tzinfo=CHINA)  # the slot's start


async def booked(world, count: int = 1) -> list[Booking]:
    slot = await one_slot(world.catalog, DAY)
    return [await appointments.book(world.catalog, p.id, slot.id, now=NOW) for p in await people(count)]


async def test_concurrent_calls_never_give_the_same_ticket_twice(world):
    for n in range(30):
        await services.take_ticket(HALL, "A", now=AT + timedelta(seconds=n))
    calls = [
        services.call_next(HALL, "A", f"{n % 8 + 1}号窗口", now=AT + timedelta(minutes=5)) for n in range(40)
    ]
    results = await asyncio.gather(*calls, return_exceptions=True)
    tickets = [r for r in results if isinstance(r, Ticket)]
    refused = Counter(r.code for r in results if isinstance(r, Failure))
    unexpected = [r for r in results if isinstance(r, BaseException) and not isinstance(r, Failure)]
    assert not unexpected, unexpected[:3]
    assert len(tickets) == 30 and len({t.id for t in tickets}) == 30
    assert refused == {"NOBODY_WAITING": 10}
    assert await Ticket.filter(status=TicketStatus.CALLED).count() == 30


async def test_concurrent_takers_get_distinct_numbers(world):
    taken = await asyncio.gather(*(services.take_ticket(HALL, "B", now=AT) for _ in range(20)))
    assert sorted(t.number for t in taken) == list(range(1, 21))
    assert {t.label for t in taken} >= {"B001", "B020"}


async def test_a_checked_in_booking_is_called_first_and_attended(world):
    walk_in = await services.take_ticket(HALL, "A", now=AT - timedelta(minutes=20))
    (booking,) = await booked(world)
    ticket = await services.check_in(world.catalog, HALL, booking, now=AT - timedelta(minutes=10))
    assert (ticket.label, ticket.booked, ticket.booking_id) == ("YA001", True, booking.id)
    again = await services.check_in(world.catalog, HALL, booking, now=AT - timedelta(minutes=5))
    assert again.id == ticket.id  # checking in twice: the same ticket
    view = await services.ticket_view(walk_in)
    assert view.ahead == 1 and view.wait_minutes == 5  # the booking goes first; 5 minutes per person
    called = await services.call_next(HALL, "A", "3号窗口", now=AT)
    assert called.id == ticket.id and called.window == "3号窗口"
    assert (await Booking.get(id=booking.id)).status == BookingStatus.ATTENDED
    assert (await services.call_next(HALL, "A", "3号窗口", now=AT + timedelta(minutes=4))).id == walk_in.id
    board = await services.hall_board(HALL, now=AT + timedelta(minutes=4))
    assert [t.label for t in board.called] == ["A001", "YA001"]


async def test_check_in_window(world):
    (booking,) = await booked(world)
    with pytest.raises(Failure) as early:
        await services.check_in(world.catalog, HALL, booking, now=AT - timedelta(minutes=61))
    assert early.value.code == "TOO_EARLY"
    with pytest.raises(Failure) as late:
        await services.check_in(world.catalog, HALL, booking, now=AT + timedelta(minutes=15))
    assert late.value.code == "TOO_LATE"
    with pytest.raises(Failure) as elsewhere:
        await services.check_in(world.catalog, "SM", booking, now=AT)
    assert elsewhere.value.code == "WRONG_HALL"


async def test_no_show_marking_is_idempotent(world):
    came, missed, cancelled = await booked(world, 3)
    await services.check_in(world.catalog, HALL, came, now=AT)
    await appointments.cancel(cancelled.user_id, cancelled.id, now=NOW)
    assert await services.mark_no_shows(AT + timedelta(minutes=14)) == 0  # not yet lapsed
    assert await services.mark_no_shows(AT + timedelta(minutes=15)) == 1
    assert await services.mark_no_shows(AT + timedelta(minutes=15)) == 0
    twice = await asyncio.gather(*(services.mark_no_shows(AT + timedelta(hours=1)) for _ in range(5)))
    assert sum(twice) == 0
    statuses = {b.id: b.status for b in await Booking.filter(id__in=[came.id, missed.id, cancelled.id])}
    assert statuses == {
        came.id: BookingStatus.BOOKED,  # checked in: ATTENDED once called
        missed.id: BookingStatus.NO_SHOW,
        cancelled.id: BookingStatus.CANCELLED,
    }
    with pytest.raises(Failure) as lapsed:
        await services.check_in(world.catalog, HALL, missed, now=AT + timedelta(minutes=10))
    assert lapsed.value.code == "NOT_BOOKED"


async def test_book_slot_idempotency_key(world):
    slot = await one_slot(world.catalog, DAY)
    (person,) = await people(1)
    first = await appointments.book(world.catalog, person.id, slot.id, now=NOW, idempotency_key="k-1")
    retries = await asyncio.gather(
        *(
            appointments.book(world.catalog, person.id, slot.id, now=NOW, idempotency_key="k-1")
            for _ in range(5)
        )
    )
    assert {b.id for b in retries} == {first.id}
    assert (await Slot.get(id=slot.id)).booked == 1
    assert await Booking.filter(user_id=person.id).count() == 1
    await appointments.cancel(person.id, first.id, now=NOW)
    # a retry after the booking was cancelled still answers with it (the first call's answer)
    retried = await appointments.book(world.catalog, person.id, slot.id, now=NOW, idempotency_key="k-1")
    assert retried.id == first.id and retried.status == BookingStatus.CANCELLED
    other = await appointments.book(world.catalog, person.id, slot.id, now=NOW, idempotency_key="k-2")
    assert other.id != first.id


async def test_weekend_slots_where_the_hall_opens_at_weekends(world):
    period = [appointments.parse_period("09:00-10:00")]
    # Sat 11 Oct 2025 is a make-up workday; Sat 18 / Sun 19 Oct ordinary weekend days; 1–8 Oct holidays
    ca = await appointments.publish_slots(
        world.catalog, "CA", None, date(2025, 10, 4), date(2025, 10, 19), period, 5, 60, now=NOW
    )
    sm = await appointments.publish_slots(
        world.catalog, "SM", None, date(2025, 10, 4), date(2025, 10, 19), period, 5, 60, now=NOW
    )
    assert date(2025, 10, 18) in ca.days and date(2025, 10, 19) not in ca.days  # CA: 周六 only
    assert {date(2025, 10, 18), date(2025, 10, 19)} <= set(sm.days)  # SM: 周六、周日
    assert not {date(2025, 10, 4), date(2025, 10, 5)} & (set(ca.days) | set(sm.days))  # National Day
    weekend = await Slot.filter(hall_code="SM", starts_at=datetime(2025, 10, 19, 9, 0, tzinfo=CHINA)).first()
    assert weekend is not None
    (person,) = await people(1)
    assert (
        await appointments.book(world.catalog, person.id, weekend.id, "GA02", now=NOW)
    ).status == BookingStatus.BOOKED


def test_estimated_wait_is_people_ahead_times_recent_service_time():
    calls = [AT + timedelta(minutes=m) for m in (0, 4, 8, 12)]
    assert rules.service_time(calls) == timedelta(minutes=4)
    assert rules.service_time([]) == rules.DEFAULT_SERVICE
    assert rules.estimated_wait(3, timedelta(minutes=4)) == 12
    assert rules.estimated_wait(1, timedelta(seconds=61)) == 2
    assert rules.estimated_wait(0, timedelta(minutes=4)) == 0


async def test_demo_slots_include_the_weekends_of_a_hall_open_at_weekends(world):
    assert await seed_demo_slots(world.catalog) > 0
    assert await seed_demo_slots(world.catalog) == 0  # idempotent
    starts = await Slot.filter(hall_code=DEMO_HALL).values_list("starts_at", flat=True)
    weekdays = {s.astimezone(CHINA).weekday() for s in starts}  # pyright: ignore[reportAttributeAccessIssue]
    assert {5, 6} & weekdays
