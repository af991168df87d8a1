"""The GraphQL face of appointments: thin resolvers over ``services`` (policy → service → map)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry
from strawberry.types import Info

from api.appointments import policies as appointment_policies
from api.appointments import services
from api.appointments.types import (
    AppointmentError,
    BookingConnection,
    BookingResult,
    BookingType,
    PublishSlotsResult,
    SlotConnection,
    SlotsPublished,
    SlotsResult,
    SlotType,
)
from api.graphql.connections import connection, id_connection
from api.graphql.errors import failures_as
from api.graphql.ids import from_global_id, optional_global_id
from api.graphql.permissions import allow
from api.identity import policies

failures_as_data = failures_as(AppointmentError)


@strawberry.type
class AppointmentQuery:
    @strawberry.field(
        description="A hall's slots between two dates (Beijing time, inclusive); with `item`, the slots "
        "that item can be booked in (its own and the hall's any-item slots); at most 100 a page",
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
        first: int = services.MAX_PAGE,
        after: str | None = None,
    ) -> SlotsResult:
        wanted = services.SlotRange(hall, from_, to, item)
        window = await services.slots_between(await info.context.catalog(), wanted, first, after)
        nodes, keys = [SlotType.of(r) for r in window.rows], [services.slot_key(r) for r in window.rows]
        page = connection(nodes, keys, window.has_next)
        return SlotConnection(edges=page.edges, page_info=page.page_info)

    @strawberry.field(
        description="My bookings (as a helper: also the ones I made for others), newest first, "
        f"at most {services.MAX_PAGE} a page",
        permission_classes=allow(policies.signed_in),
    )
    async def my_bookings(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        upcoming: bool = False,
    ) -> BookingConnection:
        me = info.context.principal.user_id
        return id_connection(await services.bookings_of(me, first, after, upcoming=upcoming), BookingType.of)


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
        idempotency_key: Annotated[
            str | None,
            strawberry.argument(description="Your key of this booking: a retry returns the first one"),
        ] = None,
    ) -> BookingResult:
        catalog = await info.context.catalog()
        item_code = item or ""
        if on_behalf_of is not None and not item_code:
            item_code = await services.slot_item_code(from_global_id(slot_id, "AppointmentSlot"))
        party = await appointment_policies.booking_party(
            info.context.principal, optional_global_id(on_behalf_of, "User"), item_code
        )
        booking = await services.book(
            catalog,
            party.person_id,
            from_global_id(slot_id, "AppointmentSlot"),
            item,
            booked_by_id=party.helper_id,
            idempotency_key=idempotency_key,
        )
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
        booking = await appointment_policies.own_booking(
            info.context.principal, from_global_id(booking_id, "Booking")
        )
        moved = await services.move(
            catalog, booking.user_id, booking.id, from_global_id(slot_id, "AppointmentSlot")
        )
        return BookingType.of(moved)

    @strawberry.mutation(
        description="Cancel a booking (frees the place at once)",
        permission_classes=allow(policies.citizen_or_helper),
    )
    @failures_as_data
    async def cancel_booking(self, info: Info, booking_id: strawberry.ID) -> BookingResult:
        booking = await appointment_policies.own_booking(
            info.context.principal, from_global_id(booking_id, "Booking")
        )
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
        periods = services.parse_periods(times)
        published = await services.publish_slots(
            catalog, hall, item, from_date, to_date, periods, capacity, slot_minutes
        )
        return SlotsPublished(
            created=published.created, existing=published.existing, working_days=len(published.days)
        )
