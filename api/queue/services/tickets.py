"""Taking a number: a walk-in's ticket for a window group, or a booking's ticket when it checks in
(by the hall's QR code on the person's phone, or by its code at a window).

A number is the group's day's highest + 1, read and written in one ``changing(immediate=True)``
(SQLite: serialized by ``BEGIN IMMEDIATE``; PostgreSQL: serialized per group by a transaction-scoped
advisory lock; the unique key is the backstop: a violation reruns the whole transaction)."""

from __future__ import annotations

from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.functions import Max

from api import clock
from api.appointments.enums import BookingStatus
from api.appointments.models import Booking, Slot
from api.catalog.entities import Catalog
from api.failures import Failure
from api.locking import retrying
from api.queue import rules
from api.queue.errors import QueueError
from api.queue.models import Ticket
from api.unit_of_work import Change, changing


def group_of(hall_code: str, group_code: str) -> rules.WindowGroup:
    groups = rules.window_groups(hall_code)
    if not groups:
        raise Failure(QueueError.UNKNOWN_HALL)
    for group in groups:
        if group.code == group_code.strip().upper():
            return group
    raise Failure(QueueError.UNKNOWN_GROUP)


async def _issue(
    tx: Change,
    hall: str,
    group: str,
    booked: bool,
    now: datetime,
    *,
    booking_id: int | None = None,
    user_id: int | None,
) -> Ticket:
    day = clock.local_date(now)
    if tx.connection.capabilities.dialect != "sqlite":  # one number-taker per group at a time
        key = f"queue:{hall}:{group}:{int(booked)}"
        await tx.connection.execute_query("SELECT pg_advisory_xact_lock(hashtext($1))", [key])
    top = (
        await Ticket.filter(hall_code=hall, group_code=group, day=day, booked=booked)
        .annotate(top=Max("number"))
        .first()
        .values_list("top", flat=True)
    )
    number = int(top or 0) + 1  # pyright: ignore[reportArgumentType]
    ticket = await Ticket.create(
        hall_code=hall,
        group_code=group,
        day=day,
        number=number,
        label=rules.label(group, number, booked),
        booked=booked,
        created_at=now,
        booking_id=booking_id,
        user_id=user_id,
    )
    tx.announce_hall(hall)
    return ticket


async def _retried(attempt):
    for tries in range(4):
        try:
            return await retrying(attempt)
        except IntegrityError:
            if tries == 3:
                raise
    raise AssertionError("unreachable")


async def take_ticket(
    hall_code: str, group_code: str, *, user_id: int | None = None, now: datetime | None = None
) -> Ticket:
    """A walk-in's ticket (from the hall kiosk or a phone) for one window group."""
    hall = hall_code.strip().upper()
    group = group_of(hall, group_code)
    moment = now or clock.now()

    async def attempt() -> Ticket:
        async with changing(immediate=True) as tx:
            return await _issue(tx, hall, group.code, False, moment, user_id=user_id)

    return await _retried(attempt)


async def check_in(
    catalog: Catalog, hall_code: str, booking: Booking, *, now: datetime | None = None
) -> Ticket:
    """A booking arrives: its ticket (预约号, called before walk-ins) in the group of its item's
    department. Checking in twice returns the same ticket."""
    hall = hall_code.strip().upper()
    if not rules.window_groups(hall):
        raise Failure(QueueError.UNKNOWN_HALL)
    moment = now or clock.now()

    async def attempt() -> Ticket:
        async with changing(immediate=True) as tx:
            existing = await Ticket.get_or_none(booking_id=booking.id)
            if existing is not None:
                return existing
            current = await Booking.get(id=booking.id)
            slot = await Slot.get(id=current.slot_id)
            if slot.hall_code != hall:
                raise Failure(QueueError.WRONG_HALL)
            if current.status != BookingStatus.BOOKED:
                raise Failure(QueueError.NOT_BOOKED)
            if moment < rules.may_check_in_from(slot.starts_at):
                raise Failure(QueueError.TOO_EARLY, minutes=int(rules.CHECK_IN_BEFORE.total_seconds() // 60))
            if moment >= rules.lapses_at(slot.starts_at):
                raise Failure(QueueError.TOO_LATE, minutes=int(rules.NO_SHOW_AFTER.total_seconds() // 60))
            item = catalog.items_by_code.get(current.item_code)
            department = item.department.code if item is not None else ""
            group = rules.group_for_department(hall, department)
            return await _issue(
                tx, hall, group.code, True, moment, booking_id=current.id, user_id=current.user_id
            )

    return await _retried(attempt)


async def booking_by_code(code: str) -> Booking:
    booking = await Booking.get_or_none(code=code.strip().upper())
    if booking is None:
        raise Failure(QueueError.NOT_FOUND)
    return booking
