"""Reading appointments: a hall's slots over a date range, a person's bookings (pages of ≤ 100)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Generic, TypeVar

from tortoise.expressions import Q

from api import clock
from api.appointments.enums import BookingStatus
from api.appointments.errors import AppointmentError, Invalid, invalid
from api.appointments.models import ANY_ITEM, Booking, Slot
from api.appointments.services.catalogue import hall_of, item_at
from api.catalog.entities import Catalog
from api.failures import Failure
from api.graphql.ids import int_cursor

T = TypeVar("T")

CHINA = clock.CHINA
MAX_RANGE_DAYS = 62  # slots are listed for at most two months at a time
MAX_PAGE = 100


@dataclass(frozen=True)
class SlotRange:
    """Which slots to list: a hall's, from one day to another (Beijing time, inclusive), maybe only
    those an item can be booked in (its own and the hall's any-item slots)."""

    hall_code: str
    first_day: date
    last_day: date
    item_code: str | None = None


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    next_cursor: str | None


def _slot_cursor(slot: Slot) -> str:
    return f"{int(slot.starts_at.timestamp())}.{slot.id}"


def _after_slot(cursor: str) -> Q:
    try:
        seconds, slot_id = (int(part) for part in cursor.split(".", 1))
        moment = datetime.fromtimestamp(seconds, CHINA)
        after_id = int_cursor(str(slot_id))
    except (ValueError, OverflowError, OSError, Failure) as exc:
        raise Failure(AppointmentError.INVALID_CURSOR) from exc
    return Q(starts_at__gt=moment) | Q(starts_at=moment, id__gt=after_id)


async def slots_between(
    catalog: Catalog, wanted: SlotRange, first: int = MAX_PAGE, after: str | None = None
) -> Page[Slot]:
    """The slots of ``wanted`` in time order (cursor: start and id of the last one seen)."""
    hall = hall_of(catalog, wanted.hall_code)
    start_day, end_day = wanted.first_day, wanted.last_day
    if end_day < start_day or (end_day - start_day).days >= MAX_RANGE_DAYS or end_day >= date.max:
        raise invalid(Invalid.DATE_RANGE, limit=MAX_RANGE_DAYS)
    start = datetime.combine(start_day, datetime.min.time(), CHINA)
    end = datetime.combine(end_day + timedelta(days=1), datetime.min.time(), CHINA)
    query = Slot.filter(hall_code=hall.code, starts_at__gte=start, starts_at__lt=end)
    if wanted.item_code is not None and wanted.item_code.strip():
        code = item_at(catalog, hall, wanted.item_code).code
        query = query.filter(item_code__in=[code, ANY_ITEM])
    if after:
        query = query.filter(_after_slot(after))
    first = max(1, min(first, MAX_PAGE))
    rows = await query.order_by("starts_at", "id").limit(first + 1)
    return Page(rows[:first], _slot_cursor(rows[first - 1]) if len(rows) > first else None)


async def bookings_of(
    user_id: int, first: int = 20, after: str | None = None, *, upcoming: bool = False
) -> Page[Booking]:
    """A person's bookings, and the ones they made for others as a helper, newest first (with slots)."""
    first = max(1, min(first, MAX_PAGE))
    query = Booking.filter(Q(user_id=user_id) | Q(booked_by_id=user_id))
    if upcoming:
        query = query.filter(status=BookingStatus.BOOKED, slot__starts_at__gt=clock.now())
    if after is not None:
        query = query.filter(id__lt=int_cursor(after))
    rows = await query.select_related("slot").order_by("-id").limit(first + 1)
    return Page(rows[:first], str(rows[first - 1].id) if len(rows) > first else None)


async def slot_item_code(slot_id: int) -> str:
    """The item a slot is for ("" for any item of its hall, or when there is no such slot)."""
    code = await Slot.filter(id=slot_id).first().values_list("item_code", flat=True)
    return code if isinstance(code, str) else ""
