"""Appointments (分时段预约): publish a hall's slots, book, move and cancel — never over-booking.

A place is taken by exactly one statement, ``UPDATE slot SET booked = booked + 1 WHERE id = ? AND
booked < capacity AND starts_at > now``, whose row count decides; the booking row and its notification
outbox rows are written in the same transaction, so a refused or failed booking leaves nothing behind.
Every write runs in :func:`~api.appointments.locking.immediate_transaction` (``BEGIN IMMEDIATE`` on
SQLite) and is retried on PostgreSQL serialization failures and deadlocks. Per-person rules (one live
booking per slot, at most :data:`MAX_FUTURE_BOOKINGS` upcoming) are checked after locking the
person's row (PostgreSQL; SQLite's immediate transaction serializes every writer anyway).

Plain async functions with explicit arguments; ``now`` can be given (tests, replays).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from typing import TypeVar
from zoneinfo import ZoneInfo

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F

from api.appointments.enums import BookingStatus
from api.appointments.locking import immediate_transaction, retrying
from api.appointments.models import ANY_ITEM, Booking, Slot
from api.calendar.working_days import is_working_day
from api.catalog.entities import Catalog, Hall, ServiceItem
from api.failures import Failure
from api.identity.models import User
from notifications.models import OutboxMessage

T = TypeVar("T")

CHINA = ZoneInfo("Asia/Shanghai")
MAX_FUTURE_BOOKINGS = 3  # upcoming live bookings per person
MAX_PUBLISH_DAYS = 92  # one quarter per publication
MAX_CAPACITY = 500
SLOT_MINUTES = (5, 240)
REMINDER_TIME = time(18, 0)  # the evening before, Beijing time
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud and typed at a desk
CODE_LENGTH = 8

BOOKED_KIND = "appointment_booked"
REMINDER_KIND = "appointment_reminder"


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


# --- failures -------------------------------------------------------------------------------------


def _not_found() -> Failure:
    return Failure("NOT_FOUND", "未找到该预约时段或预约", "No such slot or booking")


def _invalid(message: str, message_en: str) -> Failure:
    return Failure("INVALID", message, message_en)


# --- catalogue checks -----------------------------------------------------------------------------


def hall_of(catalog: Catalog, code: str) -> Hall:
    key = code.strip().upper()
    for hall in catalog.halls:
        if hall.code == key:
            return hall
    raise Failure("UNKNOWN_HALL", "没有这个政务服务大厅", "No such service hall")


def item_at(catalog: Catalog, hall: Hall, code: str) -> ServiceItem:
    item = catalog.items_by_code.get(code.strip().upper())
    if item is None:
        raise Failure("UNKNOWN_ITEM", "没有这个事项", "No such service item")
    if item.location.hall.code != hall.code:
        raise Failure("ITEM_NOT_AT_HALL", "该事项不在此大厅办理", "This item is not handled at this hall")
    return item


def _bookable_item(catalog: Catalog, slot: Slot, item_code: str | None) -> ServiceItem:
    """The item the booking is for: the slot's own, or (for an any-item slot) one handled at its hall."""
    hall = hall_of(catalog, slot.hall_code)
    code = (item_code or "").strip().upper() or slot.item_code
    if not code:
        raise Failure("ITEM_REQUIRED", "请选择要办理的事项", "Choose the service item you are coming for")
    if slot.item_code not in (ANY_ITEM, code):
        raise Failure("WRONG_ITEM", "该时段只预约其他事项", "This slot is for another item")
    return item_at(catalog, hall, code)


# --- publishing -----------------------------------------------------------------------------------

_PERIOD = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–—~至到]\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class Period:
    start: time
    end: time


def parse_period(text: str) -> Period:
    """``"09:00-12:00"`` (also with an en dash, ``~`` or ``至``) → a period of the day."""
    match = _PERIOD.match(text)
    try:
        if match is None:
            raise ValueError(text)
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        period = Period(time(h1, m1), time(h2, m2))
    except ValueError as exc:
        raise _invalid(
            f"时间段格式应为 09:00-12:00：{text}", f"Write periods as 09:00-12:00: {text}"
        ) from exc
    if period.start >= period.end:
        raise _invalid(f"时间段结束须晚于开始：{text}", f"A period must end after it starts: {text}")
    return period


def slot_times(day: date, periods: Iterable[Period], minutes: int) -> list[tuple[datetime, datetime]]:
    """Consecutive slots of ``minutes`` inside each period of ``day`` (Beijing time); a remainder
    shorter than a slot at the end of a period is left out."""
    step = timedelta(minutes=minutes)
    times = []
    for period in periods:
        start = datetime.combine(day, period.start, CHINA)
        end = datetime.combine(day, period.end, CHINA)
        while start + step <= end:
            times.append((start, start + step))
            start += step
    return times


def working_days(first: date, last: date) -> list[date]:
    return [d for d in (first + timedelta(n) for n in range((last - first).days + 1)) if is_working_day(d)]


@dataclass(frozen=True)
class Published:
    created: int  # new slots
    existing: int  # already published before (kept as they were)
    days: tuple[date, ...]  # the working days of the range


async def publish_slots(
    catalog: Catalog,
    hall_code: str,
    item_code: str | None,
    first_day: date,
    last_day: date,
    periods: list[Period],
    capacity: int,
    minutes: int = 30,
    *,
    now: datetime | None = None,
) -> Published:
    """Slots for a hall (and one item, or any item of the hall when ``item_code`` is None) on every
    working day of ``first_day..last_day`` (statutory holidays skipped, make-up workdays included).
    Idempotent: slots already published are kept; slots in the past are not created."""
    hall = hall_of(catalog, hall_code)
    item = item_at(catalog, hall, item_code).code if item_code and item_code.strip() else ANY_ITEM
    if last_day < first_day:
        raise _invalid("结束日期早于开始日期", "The range ends before it starts")
    if (last_day - first_day).days >= MAX_PUBLISH_DAYS:
        raise _invalid(
            f"一次最多发布 {MAX_PUBLISH_DAYS} 天", f"Publish at most {MAX_PUBLISH_DAYS} days at a time"
        )
    if not 1 <= capacity <= MAX_CAPACITY:
        raise _invalid(f"每个时段可约人数应为 1–{MAX_CAPACITY}", f"Capacity must be 1–{MAX_CAPACITY}")
    if not SLOT_MINUTES[0] <= minutes <= SLOT_MINUTES[1]:
        raise _invalid("时段长度应为 5–240 分钟", "A slot lasts 5–240 minutes")
    if not periods:
        raise _invalid("请给出办理时间段", "Give the opening periods")
    ordered = sorted(periods, key=lambda p: p.start)
    if any(a.end > b.start for a, b in pairwise(ordered)):
        raise _invalid("时间段有重叠", "The periods overlap")

    days = tuple(working_days(first_day, last_day))
    moment = _now(now)
    wanted = [t for day in days for t in slot_times(day, ordered, minutes) if t[0] > moment]
    if not wanted:
        return Published(created=0, existing=0, days=days)

    async def attempt() -> Published:
        async with immediate_transaction(Slot._meta.db) as conn:
            taken = set(
                await Slot.filter(
                    hall_code=hall.code,
                    item_code=item,
                    starts_at__gte=wanted[0][0],
                    starts_at__lte=wanted[-1][0],
                )
                .using_db(conn)
                .values_list("starts_at", flat=True)
            )
            new = [
                Slot(hall_code=hall.code, item_code=item, starts_at=s, ends_at=e, capacity=capacity)
                for s, e in wanted
                if s not in taken
            ]
            # a concurrent publication of the same slots is absorbed by the unique key
            await Slot.bulk_create(new, ignore_conflicts=True, using_db=conn)
        return Published(created=len(new), existing=len(wanted) - len(new), days=days)

    return await retrying(attempt)


# --- booking --------------------------------------------------------------------------------------


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


async def _lock_person(conn, user_id: int) -> None:
    """Serialize one person's booking changes (limits are read-then-write). SQLite: the immediate
    transaction already serializes all writers. PostgreSQL: lock the person's row."""
    if conn.capabilities.dialect == "sqlite":
        exists = await User.filter(id=user_id).using_db(conn).exists()
    else:
        exists = bool(
            await User.filter(id=user_id).select_for_update(no_key=True).using_db(conn).values_list("id")
        )
    if not exists:
        raise _not_found()


async def _check_limits(conn, user_id: int, slot: Slot, now: datetime) -> None:
    if await Booking.filter(slot_id=slot.id, holder=user_id).using_db(conn).exists():
        raise Failure("ALREADY_BOOKED", "您已预约了这个时段", "You already booked this slot")
    upcoming = (
        await Booking.filter(user_id=user_id, status=BookingStatus.BOOKED, slot__starts_at__gt=now)
        .using_db(conn)
        .count()
    )
    if upcoming >= MAX_FUTURE_BOOKINGS:
        raise Failure(
            "TOO_MANY_BOOKINGS",
            f"每人最多同时保留 {MAX_FUTURE_BOOKINGS} 个未到期的预约，请先取消一个",
            f"You may hold at most {MAX_FUTURE_BOOKINGS} upcoming bookings: cancel one first",
        )


def _slot_past() -> Failure:
    return Failure("SLOT_PAST", "该时段已过，不能预约", "This slot has already started")


async def _take_place(conn, slot: Slot, now: datetime) -> None:
    """The only way a place is taken: one conditional UPDATE; its row count decides."""
    taken = (
        await Slot.filter(id=slot.id, booked__lt=F("capacity"), starts_at__gt=now)
        .using_db(conn)
        .update(booked=F("booked") + 1)
    )
    if not taken:
        if slot.starts_at <= now:
            raise _slot_past()
        raise Failure(
            "SLOT_FULL", "该时段已约满，请选择其他时段", "This slot is fully booked: choose another"
        )
    slot.booked += 1  # as read in this transaction (exact on SQLite; others may book meanwhile on PostgreSQL)


async def _free_place(conn, slot_id: int) -> None:
    await Slot.filter(id=slot_id, booked__gt=0).using_db(conn).update(booked=F("booked") - 1)


def _time_text(slot: Slot) -> str:
    start, end = slot.starts_at.astimezone(CHINA), slot.ends_at.astimezone(CHINA)
    return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"


def reminder_time(starts_at: datetime) -> datetime:
    """18:00 Beijing time on the day before the appointment."""
    day = starts_at.astimezone(CHINA).date() - timedelta(days=1)
    return datetime.combine(day, REMINDER_TIME, CHINA)


async def _insert_booking(
    conn,
    catalog: Catalog,
    slot: Slot,
    user_id: int,
    item: ServiceItem,
    booked_by_id: int | None,
    now: datetime,
) -> Booking:
    """The booking and its two outbox rows (confirmation now, reminder the evening before)."""
    hall = hall_of(catalog, slot.hall_code)
    code = new_code()
    payload = {
        "hall": hall.name,
        "hallCode": hall.code,
        "address": hall.address,
        "item": item.name,
        "itemCode": item.code,
        "time": _time_text(slot),
        "startsAt": slot.starts_at.astimezone(CHINA).isoformat(),
        "code": code,
    }
    reminder_at = reminder_time(slot.starts_at)
    reminder = None
    if reminder_at > now:  # booked on the eve or the day itself: the confirmation is the reminder
        reminder = await OutboxMessage.create(
            kind=REMINDER_KIND, recipient_id=user_id, payload=payload, available_at=reminder_at, using_db=conn
        )
    booking = await Booking.create(
        slot_id=slot.id,
        user_id=user_id,
        booked_by_id=booked_by_id,
        item_code=item.code,
        code=code,
        holder=user_id,
        reminder_id=reminder.id if reminder else None,
        using_db=conn,
    )
    await OutboxMessage.create(
        kind=BOOKED_KIND,
        recipient_id=user_id,
        payload={**payload, "bookingId": booking.id},
        available_at=now,
        using_db=conn,
    )
    booking.slot = slot
    return booking


async def book(
    catalog: Catalog,
    user_id: int,
    slot_id: int,
    item_code: str | None = None,
    *,
    booked_by_id: int | None = None,
    now: datetime | None = None,
) -> Booking:
    """Book a place in a slot for a person (``booked_by_id``: the helper who books it for them)."""
    moment = _now(now)

    async def attempt() -> Booking:
        async with immediate_transaction(Slot._meta.db) as conn:
            await _lock_person(conn, user_id)
            slot = await Slot.get_or_none(id=slot_id).using_db(conn)
            if slot is None:
                raise _not_found()
            item = _bookable_item(catalog, slot, item_code)
            if slot.starts_at <= moment:
                raise _slot_past()
            await _check_limits(conn, user_id, slot, moment)
            await _take_place(conn, slot, moment)
            return await _insert_booking(conn, catalog, slot, user_id, item, booked_by_id, moment)

    return await _write(attempt)


async def _live_booking(conn, user_id: int, booking_id: int, now: datetime) -> tuple[Booking, Slot]:
    booking = await Booking.get_or_none(id=booking_id, user_id=user_id).using_db(conn)
    if booking is None:
        raise _not_found()
    if booking.status != BookingStatus.BOOKED:
        raise Failure("NOT_BOOKED", "该预约已取消或已办结", "This booking is no longer active")
    slot = await Slot.get(id=booking.slot_id).using_db(conn)
    if slot.starts_at <= now:
        raise Failure(
            "TOO_LATE", "预约时间已到，不能再更改", "The appointment has started: it cannot be changed"
        )
    return booking, slot


async def _cancel_row(conn, booking: Booking, now: datetime) -> None:
    changed = (
        await Booking.filter(id=booking.id, status=BookingStatus.BOOKED)
        .using_db(conn)
        .update(status=BookingStatus.CANCELLED, cancelled_at=now, holder=None)
    )
    if not changed:  # pragma: no cover - the person's row lock / immediate transaction prevents it
        raise Failure("NOT_BOOKED", "该预约已取消或已办结", "This booking is no longer active")
    if booking.reminder_id is not None:
        await OutboxMessage.filter(id=booking.reminder_id, sent_at__isnull=True).using_db(conn).delete()
    booking.status, booking.cancelled_at, booking.holder = BookingStatus.CANCELLED, now, None


async def cancel(user_id: int, booking_id: int, *, now: datetime | None = None) -> Booking:
    """Cancel a person's upcoming booking: the place and the pending reminder go in the same transaction."""
    moment = _now(now)

    async def attempt() -> Booking:
        async with immediate_transaction(Slot._meta.db) as conn:
            await _lock_person(conn, user_id)
            booking, slot = await _live_booking(conn, user_id, booking_id, moment)
            await _cancel_row(conn, booking, moment)
            await _free_place(conn, slot.id)
            slot.booked = max(0, slot.booked - 1)
            booking.slot = slot
            return booking

    return await _write(attempt)


async def move(
    catalog: Catalog, user_id: int, booking_id: int, slot_id: int, *, now: datetime | None = None
) -> Booking:
    """Cancel a booking and book another slot for the same item, atomically: when the new slot is full
    (or anything else refuses it) the old booking is left exactly as it was."""
    moment = _now(now)

    async def attempt() -> Booking:
        async with immediate_transaction(Slot._meta.db) as conn:
            await _lock_person(conn, user_id)
            old, old_slot = await _live_booking(conn, user_id, booking_id, moment)
            if old.slot_id == slot_id:
                raise Failure("SAME_SLOT", "已预约该时段", "The booking is already for this slot")
            slot = await Slot.get_or_none(id=slot_id).using_db(conn)
            if slot is None:
                raise _not_found()
            item = _bookable_item(catalog, slot, old.item_code)
            if slot.starts_at <= moment:
                raise _slot_past()
            await _cancel_row(conn, old, moment)
            await _check_limits(conn, user_id, slot, moment)
            # both slot rows in id order: two people moving in opposite directions do not deadlock
            if old_slot.id < slot.id:
                await _free_place(conn, old_slot.id)
                await _take_place(conn, slot, moment)
            else:
                await _take_place(conn, slot, moment)
                await _free_place(conn, old_slot.id)
            return await _insert_booking(conn, catalog, slot, user_id, item, old.booked_by_id, moment)

    return await _write(attempt)
