"""Reading appointments: a hall's slots over a date range, a person's bookings (pages of ≤ 100)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tortoise.expressions import Q

from api import clock
from api.appointments.enums import BookingStatus
from api.appointments.errors import Invalid, invalid
from api.appointments.models import ANY_ITEM, Booking, Slot
from api.appointments.services.catalogue import hall_of, item_at
from api.catalog.entities import Catalog
from api.failures import Failure
from api.graphql.connections import Window, decode_cursor, id_window, page_size
from api.graphql.error_codes import KernelError
from api.graphql.ids import parse_id

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


def slot_key(slot: Slot) -> tuple[int, int]:
    """What a slot's cursor encodes: its start (epoch seconds) and id."""
    return (int(slot.starts_at.timestamp()), slot.id)


def _after_slot(cursor: str) -> Q:
    seconds, slot_id = decode_cursor(cursor, parts=2) or ("", "")
    after_id = parse_id(slot_id)
    try:
        moment = datetime.fromtimestamp(int(seconds), CHINA)
    except (ValueError, OverflowError, OSError) as exc:
        raise Failure(KernelError.INVALID_CURSOR) from exc
    if after_id is None:
        raise Failure(KernelError.INVALID_CURSOR)
    return Q(starts_at__gt=moment) | Q(starts_at=moment, id__gt=after_id)


async def slots_between(
    catalog: Catalog, wanted: SlotRange, first: int = MAX_PAGE, after: str | None = None
) -> Window[Slot]:
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
    first = page_size(first, MAX_PAGE)
    return Window.of(await query.order_by("starts_at", "id").limit(first + 1), first)


async def bookings_of(
    user_id: int, first: int = 20, after: str | None = None, *, upcoming: bool = False
) -> Window[Booking]:
    """A person's bookings, and the ones they made for others as a helper, newest first (with slots)."""
    query = Booking.filter(Q(user_id=user_id) | Q(booked_by_id=user_id))
    if upcoming:
        query = query.filter(status=BookingStatus.BOOKED, slot__starts_at__gt=clock.now())
    return await id_window(query.select_related("slot"), page_size(first, MAX_PAGE), after)


async def slot_item_code(slot_id: int) -> str:
    """The item a slot is for ("" for any item of its hall, or when there is no such slot)."""
    code = await Slot.filter(id=slot_id).first().values_list("item_code", flat=True)
    return code if isinstance(code, str) else ""
