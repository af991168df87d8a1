"""The GraphQL face of appointments: thin resolvers over ``services`` (policy → service → map)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Annotated

import strawberry
from strawberry.types import Info
from tortoise.expressions import Q

from api.appointments import policies as appointment_policies
from api.appointments import services
from api.appointments.enums import BookingStatus
from api.appointments.models import ANY_ITEM, Booking, Slot
from api.appointments.types import (
    AppointmentError,
    BookingPage,
    BookingResult,
    BookingType,
    PublishSlotsResult,
    SlotPage,
    SlotsPublished,
    SlotsResult,
    SlotType,
)
from api.failures import Failure
from api.graphql.errors import failures_as
from api.graphql.ids import int_cursor, int_id
from api.graphql.permissions import allow
from api.identity import access_log, consents, policies
from api.identity.enums import ConsentScope, Role
from api.identity.principal import Principal

MAX_RANGE_DAYS = 62  # slots are listed for at most two months at a time
MAX_PAGE = 100


failures_as_data = failures_as(AppointmentError)


_id = int_id


def _bad_cursor() -> Failure:
    return Failure("INVALID_CURSOR", "分页游标无效", "Invalid page cursor")


def _slot_cursor(slot: Slot) -> str:
    return f"{int(slot.starts_at.timestamp())}.{slot.id}"


def _after_slot(cursor: str) -> Q:
    try:
        seconds, slot_id = (int(part) for part in cursor.split(".", 1))
        moment = datetime.fromtimestamp(seconds, services.CHINA)
        slot_id = int_cursor(str(slot_id))
    except (ValueError, OverflowError, OSError, Failure) as exc:
        raise _bad_cursor() from exc
    return Q(starts_at__gt=moment) | Q(starts_at=moment, id__gt=slot_id)


async def _person(
    principal: Principal, on_behalf_of: strawberry.ID | None, item_code: str
) -> tuple[int, int | None]:
    """Whose booking it is and who made it: a citizen for themselves, or a helper (帮办) for a citizen
    who consented to this item. Returns (person id, helper id or None)."""
    if on_behalf_of is None or _id(on_behalf_of) == principal.user_id:
        if not principal.has_role(Role.CITIZEN):
            raise Failure(
                "NOT_A_CITIZEN", "请以办事群众身份预约", "Book as a citizen (or for one as a helper)"
            )
        return principal.user_id, None
    if not principal.has_role(Role.HELPER):
        raise Failure("NOT_A_HELPER", "只有帮办人员可以代他人预约", "Only helpers book for someone else")
    citizen_id = _id(on_behalf_of)
    code = item_code.strip().upper()
    if not code or not await consents.has_active_consent(
        principal.user_id, citizen_id, ConsentScope.ITEM, code
    ):
        raise Failure(
            "NO_CONSENT",
            "没有该群众对此事项的有效授权，请先请其扫码授权",
            "No active consent of this citizen for this item: ask them to scan the consent code",
        )
    await access_log.record(principal, citizen_id, "appointment", f"代约 {code}")
    return citizen_id, principal.user_id


async def _own_booking(principal: Principal, booking_id: strawberry.ID) -> Booking:
    """The caller's booking, or one the calling helper made for a citizen who still consents."""
    booking = await Booking.get_or_none(id=_id(booking_id))
    if booking is not None:
        if booking.user_id == principal.user_id and principal.has_role(Role.CITIZEN):
            return booking
        if (
            principal.has_role(Role.HELPER)
            and booking.booked_by_id == principal.user_id
            and await consents.has_active_consent(
                principal.user_id, booking.user_id, ConsentScope.ITEM, booking.item_code
            )
        ):
            await access_log.record(principal, booking.user_id, "appointment", f"代约 {booking.item_code}")
            return booking
    raise Failure("NOT_FOUND", "未找到该预约", "No such booking of yours")


@strawberry.type
class AppointmentQuery:
    @strawberry.field(
        description="A hall's slots between two dates (Beijing time, inclusive); with `item`, the slots "
        "that item can be booked in (its own and the hall's any-item slots)",
        permission_classes=allow(policies.public),
    )
    @failures_as_data
    async def slots(
        self,
        info: Info,
        hall: str,
        from_: Annotated[date, strawberry.argument(name="from")],
        to: date,
        item: str | None = None,
        first: int = MAX_PAGE,
        after: str | None = None,
    ) -> SlotsResult:
        catalog = await info.context.catalog()
        the_hall = services.hall_of(catalog, hall)
        if to < from_ or (to - from_).days >= MAX_RANGE_DAYS or to >= date.max:
            raise Failure(
                "INVALID",
                f"日期范围应为 1–{MAX_RANGE_DAYS} 天",
                f"The date range must be 1–{MAX_RANGE_DAYS} days",
            )
        start = datetime.combine(from_, datetime.min.time(), services.CHINA)
        end = datetime.combine(to + timedelta(days=1), datetime.min.time(), services.CHINA)
        query = Slot.filter(hall_code=the_hall.code, starts_at__gte=start, starts_at__lt=end)
        if item is not None and item.strip():
            code = services.item_at(catalog, the_hall, item).code
            query = query.filter(item_code__in=[code, ANY_ITEM])
        if after:
            query = query.filter(_after_slot(after))
        first = max(1, min(first, MAX_PAGE))
        rows = await query.order_by("starts_at", "id").limit(first + 1)
        return SlotPage(
            nodes=[SlotType.of(r) for r in rows[:first]],
            next_cursor=_slot_cursor(rows[first - 1]) if len(rows) > first else None,
        )

    @strawberry.field(
        description="My bookings (as a helper: also the ones I made for others), newest first",
        permission_classes=allow(policies.signed_in),
    )
    async def my_bookings(
        self,
        info: Info,
        first: int = 20,
        after: strawberry.ID | None = None,
        upcoming: bool = False,
    ) -> BookingPage:
        first = max(1, min(first, MAX_PAGE))
        me = info.context.principal.user_id
        query = Booking.filter(Q(user_id=me) | Q(booked_by_id=me))
        if upcoming:
            now = datetime.now(services.CHINA)
            query = query.filter(status=BookingStatus.BOOKED, slot__starts_at__gt=now)
        if after is not None:
            query = query.filter(id__lt=int_cursor(after))
        rows = await query.select_related("slot").order_by("-id").limit(first + 1)
        return BookingPage(
            nodes=[BookingType.of(r) for r in rows[:first]],
            next_cursor=str(rows[first - 1].id) if len(rows) > first else None,
        )


@strawberry.type
class AppointmentMutation:
    @strawberry.mutation(
        description="Book a place in a slot (a helper: for a citizen who consented to the item)",
        permission_classes=allow(policies.citizen_or_helper),
    )
    @failures_as_data
    async def book_slot(
        self,
        info: Info,
        slot_id: strawberry.ID,
        item: str | None = None,
        on_behalf_of: strawberry.ID | None = None,
    ) -> BookingResult:
        catalog = await info.context.catalog()
        item_code = item or ""
        if on_behalf_of is not None and not item_code:
            slot = await Slot.get_or_none(id=_id(slot_id))
            item_code = slot.item_code if slot is not None else ""
        person, helper = await _person(info.context.principal, on_behalf_of, item_code)
        booking = await services.book(catalog, person, _id(slot_id), item, booked_by_id=helper)
        return BookingType.of(booking)

    @strawberry.mutation(
        description="Move a booking to another slot: atomic — if the new slot is full the booking stays",
        permission_classes=allow(policies.citizen_or_helper),
    )
    @failures_as_data
    async def move_booking(
        self, info: Info, booking_id: strawberry.ID, slot_id: strawberry.ID
    ) -> BookingResult:
        catalog = await info.context.catalog()
        booking = await _own_booking(info.context.principal, booking_id)
        moved = await services.move(catalog, booking.user_id, booking.id, _id(slot_id))
        return BookingType.of(moved)

    @strawberry.mutation(
        description="Cancel a booking (frees the place at once)",
        permission_classes=allow(policies.citizen_or_helper),
    )
    @failures_as_data
    async def cancel_booking(self, info: Info, booking_id: strawberry.ID) -> BookingResult:
        booking = await _own_booking(info.context.principal, booking_id)
        return BookingType.of(await services.cancel(booking.user_id, booking.id))

    @strawberry.mutation(
        description="Publish a hall's slots on the working days of a date range, e.g. times "
        '["09:00-12:00", "13:30-17:00"] in 30-minute slots; already published slots are kept',
        permission_classes=allow(appointment_policies.slot_manager),
    )
    @failures_as_data
    async def publish_slots(
        self,
        info: Info,
        hall: str,
        from_date: date,
        to_date: date,
        times: list[str],
        capacity: int,
        item: str | None = None,
        slot_minutes: int = 30,
    ) -> PublishSlotsResult:
        catalog = await info.context.catalog()
        if len(times) > 12:
            raise Failure("INVALID", "时间段太多", "Too many periods")
        periods = [services.parse_period(t) for t in times]
        published = await services.publish_slots(
            catalog, hall, item, from_date, to_date, periods, capacity, slot_minutes
        )
        return SlotsPublished(
            created=published.created, existing=published.existing, working_days=len(published.days)
        )
