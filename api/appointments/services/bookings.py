"""Booking, moving and cancelling a place in a slot — never over-booking.

A place is taken by exactly one statement, ``UPDATE slot SET booked = booked + 1 WHERE id = ? AND
booked < capacity AND starts_at > now``, whose row count decides; the booking row and its notification
outbox rows are written in the same transaction, so a refused or failed booking leaves nothing behind.
Every write runs in ``changing(immediate=True)`` (``BEGIN IMMEDIATE`` on SQLite, see
``api.locking``) and is retried on PostgreSQL serialization failures and deadlocks.
Per-person rules (one live booking per slot, at most :data:`MAX_FUTURE_BOOKINGS` upcoming) are checked
after locking the person's row (PostgreSQL; SQLite's immediate transaction serializes every writer).
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from datetime import datetime, time, timedelta
from typing import TypeVar

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F

from api import clock
from api.appointments.enums import BookingStatus
from api.appointments.errors import AppointmentError
from api.appointments.models import Booking, Slot
from api.appointments.services.catalogue import bookable_item, hall_of
from api.catalog.entities import Catalog, ServiceItem
from api.failures import Failure
from api.identity.models import User
from api.locking import retrying
from api.unit_of_work import Change, changing
from notifications.models import OutboxMessage
from notifications.payloads import AppointmentBooked, AppointmentNews, AppointmentReminder

T = TypeVar("T")

CHINA = clock.CHINA
MAX_FUTURE_BOOKINGS = 3  # upcoming live bookings per person
REMINDER_TIME = time(18, 0)  # the evening before, Beijing time
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud and typed at a desk
CODE_LENGTH = 8

BOOKED_KIND = AppointmentBooked.kind
REMINDER_KIND = AppointmentReminder.kind


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def reminder_time(starts_at: datetime) -> datetime:
    """18:00 Beijing time on the day before the appointment."""
    day = clock.local_date(starts_at) - timedelta(days=1)
    return datetime.combine(day, REMINDER_TIME, CHINA)


def _not_found() -> Failure:
    return Failure(AppointmentError.NOT_FOUND)


async def _write(attempt: Callable[[], Awaitable[T]]) -> T:
    """One write transaction, retried on serialization failures and deadlocks (PostgreSQL) and on the
    one-in-a-trillion collision of a new booking code (a unique violation: rerunning re-checks
    everything, so a real duplicate booking comes back as its failure)."""
    for tries in range(3):
        try:
            return await retrying(attempt)
        except IntegrityError:
            if tries == 2:
                raise
    raise AssertionError("unreachable")


async def _lock_person(tx: Change, user_id: int) -> None:
    """Serialize one person's booking changes (limits are read-then-write). SQLite: the immediate
    transaction already serializes all writers. PostgreSQL: lock the person's row."""
    if tx.connection.capabilities.dialect == "sqlite":
        exists = await User.filter(id=user_id).exists()
    else:
        exists = bool(await User.filter(id=user_id).select_for_update(no_key=True).values_list("id"))
    if not exists:
        raise _not_found()


async def _check_limits(user_id: int, slot: Slot, now: datetime) -> None:
    if await Booking.filter(slot_id=slot.id, holder=user_id).exists():
        raise Failure(AppointmentError.ALREADY_BOOKED)
    upcoming = await Booking.filter(
        user_id=user_id, status=BookingStatus.BOOKED, slot__starts_at__gt=now
    ).count()
    if upcoming >= MAX_FUTURE_BOOKINGS:
        raise Failure(AppointmentError.TOO_MANY_BOOKINGS, limit=MAX_FUTURE_BOOKINGS)


async def _take_place(slot: Slot, now: datetime) -> None:
    """The only way a place is taken: one conditional UPDATE; its row count decides."""
    taken = await Slot.filter(id=slot.id, booked__lt=F("capacity"), starts_at__gt=now).update(
        booked=F("booked") + 1
    )
    if not taken:
        if slot.starts_at <= now:
            raise Failure(AppointmentError.SLOT_PAST)
        raise Failure(AppointmentError.SLOT_FULL)
    slot.booked += 1  # as read in this transaction (exact on SQLite; others may book meanwhile on PostgreSQL)


async def _free_place(slot_id: int) -> None:
    await Slot.filter(id=slot_id, booked__gt=0).update(booked=F("booked") - 1)


def _time_text(slot: Slot) -> str:
    start, end = slot.starts_at.astimezone(CHINA), slot.ends_at.astimezone(CHINA)
    return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"


def _news(catalog: Catalog, slot: Slot, item: ServiceItem, code: str) -> AppointmentReminder:
    hall = hall_of(catalog, slot.hall_code)
    return AppointmentReminder(
        hall=hall.name,
        hall_code=hall.code,
        address=hall.address,
        item=item.name,
        item_code=item.code,
        time=_time_text(slot),
        starts_at=slot.starts_at.astimezone(CHINA).isoformat(),
        code=code,
    )


def _booked(news: AppointmentNews, booking_id: int) -> AppointmentBooked:
    return AppointmentBooked(**asdict(news), booking_id=booking_id)


@dataclass(frozen=True)
class _NewBooking:
    slot: Slot  # its place already taken in this transaction
    user_id: int
    item: ServiceItem
    booked_by_id: int | None
    now: datetime
    idempotency_key: str | None = None


async def _insert_booking(tx: Change, catalog: Catalog, new: _NewBooking) -> Booking:
    """The booking and its two outbox rows (confirmation now, reminder the evening before); the
    booking keeps the reminder's row, deleted if the booking is cancelled before it is sent."""
    code = new_code()
    news = _news(catalog, new.slot, new.item, code)
    reminder_at = reminder_time(new.slot.starts_at)
    reminders: list[OutboxMessage] = []
    if reminder_at > new.now:  # booked on the eve or the day itself: the confirmation is the reminder
        reminders = await tx.notify(news, to=new.user_id, at=reminder_at)
    booking = await Booking.create(
        slot_id=new.slot.id,
        user_id=new.user_id,
        booked_by_id=new.booked_by_id,
        item_code=new.item.code,
        code=code,
        holder=new.user_id,
        reminder_id=reminders[0].id if reminders else None,
        idempotency_key=new.idempotency_key,
    )
    await tx.notify(_booked(news, booking.id), to=new.user_id, at=new.now)
    booking.slot = new.slot
    return booking


async def book(
    catalog: Catalog,
    user_id: int,
    slot_id: int,
    item_code: str | None = None,
    *,
    booked_by_id: int | None = None,
    now: datetime | None = None,
    idempotency_key: str | None = None,
) -> Booking:
    """Book a place in a slot for a person (``booked_by_id``: the helper who books it for them).
    With ``idempotency_key``: a retry of the same call (same person and key) returns the first
    booking, whatever became of it, without booking again."""
    moment = now or clock.now()
    key = (idempotency_key or "").strip()[:64] or None

    async def attempt() -> Booking:
        async with changing(immediate=True) as tx:
            await _lock_person(tx, user_id)
            if key is not None:
                first = await Booking.get_or_none(user_id=user_id, idempotency_key=key)
                if first is not None:
                    first.slot = await Slot.get(id=first.slot_id)
                    return first
            slot = await Slot.get_or_none(id=slot_id)
            if slot is None:
                raise _not_found()
            item = bookable_item(catalog, slot, item_code)
            if slot.starts_at <= moment:
                raise Failure(AppointmentError.SLOT_PAST)
            await _check_limits(user_id, slot, moment)
            await _take_place(slot, moment)
            new = _NewBooking(slot, user_id, item, booked_by_id, moment, key)
            return await _insert_booking(tx, catalog, new)

    return await _write(attempt)


async def _live_booking(user_id: int, booking_id: int, now: datetime) -> tuple[Booking, Slot]:
    booking = await Booking.get_or_none(id=booking_id, user_id=user_id)
    if booking is None:
        raise _not_found()
    if booking.status != BookingStatus.BOOKED:
        raise Failure(AppointmentError.NOT_BOOKED)
    slot = await Slot.get(id=booking.slot_id)
    if slot.starts_at <= now:
        raise Failure(AppointmentError.TOO_LATE)
    return booking, slot


async def _cancel_row(booking: Booking, now: datetime) -> None:
    changed = await Booking.filter(id=booking.id, status=BookingStatus.BOOKED).update(
        status=BookingStatus.CANCELLED, cancelled_at=now, holder=None
    )
    if not changed:  # pragma: no cover - the person's row lock / immediate transaction prevents it
        raise Failure(AppointmentError.NOT_BOOKED)
    if booking.reminder_id is not None:  # the reminder not sent yet goes with the booking
        await OutboxMessage.filter(id=booking.reminder_id, sent_at__isnull=True).delete()
    booking.status, booking.cancelled_at, booking.holder = BookingStatus.CANCELLED, now, None


async def cancel(user_id: int, booking_id: int, *, now: datetime | None = None) -> Booking:
    """Cancel a person's upcoming booking: the place and the pending reminder go in the same transaction."""
    moment = now or clock.now()

    async def attempt() -> Booking:
        async with changing(immediate=True) as tx:
            await _lock_person(tx, user_id)
            booking, slot = await _live_booking(user_id, booking_id, moment)
            await _cancel_row(booking, moment)
            await _free_place(slot.id)
            slot.booked = max(0, slot.booked - 1)
            booking.slot = slot
            return booking

    return await _write(attempt)


async def move(
    catalog: Catalog, user_id: int, booking_id: int, slot_id: int, *, now: datetime | None = None
) -> Booking:
    """Cancel a booking and book another slot for the same item, atomically: when the new slot is full
    (or anything else refuses it) the old booking is left exactly as it was."""
    moment = now or clock.now()

    async def attempt() -> Booking:
        async with changing(immediate=True) as tx:
            await _lock_person(tx, user_id)
            old, old_slot = await _live_booking(user_id, booking_id, moment)
            if old.slot_id == slot_id:
                raise Failure(AppointmentError.SAME_SLOT)
            slot = await Slot.get_or_none(id=slot_id)
            if slot is None:
                raise _not_found()
            item = bookable_item(catalog, slot, old.item_code)
            if slot.starts_at <= moment:
                raise Failure(AppointmentError.SLOT_PAST)
            await _cancel_row(old, moment)
            await _check_limits(user_id, slot, moment)
            # both slot rows in id order: two people moving in opposite directions do not deadlock
            if old_slot.id < slot.id:
                await _free_place(old_slot.id)
                await _take_place(slot, moment)
            else:
                await _take_place(slot, moment)
                await _free_place(old_slot.id)
            new = _NewBooking(slot, user_id, item, old.booked_by_id, moment)
            return await _insert_booking(tx, catalog, new)

    return await _write(attempt)
