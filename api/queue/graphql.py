"""The GraphQL face of the hall queue: thin resolvers over ``services`` (policy → service → map)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator

import strawberry
from strawberry.types import Info

from api.applications.bus import BUS, hall_key
from api.appointments import policies as appointment_policies
from api.graphql.errors import failures_as
from api.graphql.ids import from_global_id
from api.graphql.permissions import allow
from api.identity import policies
from api.queue import rules, services
from api.queue.policies import queue_clerk
from api.queue.types import (
    HallBoardResult,
    HallBoardType,
    QueueError,
    TicketResult,
    TicketType,
    WindowGroupType,
)

failures_as_data = failures_as(QueueError)
BOARD_REFRESH_SECONDS = 30.0  # the display also redraws on a timer (a lost announcement only delays it)


async def _shown(ticket) -> TicketType:
    return TicketType.of(await services.ticket_view(ticket))


@strawberry.type
class QueueQuery:
    @strawberry.field(
        description="A hall's window groups (取号分组)", permission_classes=allow(policies.public)
    )
    def window_groups(self, hall: str) -> list[WindowGroupType]:
        return [WindowGroupType.of(g) for g in rules.window_groups(hall)]

    @strawberry.field(
        description="The hall display: numbers called, lines", permission_classes=allow(policies.public)
    )
    @failures_as_data
    async def hall_board(self, hall: str) -> HallBoardResult:
        return HallBoardType.of(await services.hall_board(hall))

    @strawberry.field(
        description="A ticket: its place and estimated wait", permission_classes=allow(policies.public)
    )
    @failures_as_data
    async def queue_ticket(self, id: strawberry.ID) -> TicketResult:
        return await _shown(await services.ticket_by_id(from_global_id(id, "QueueTicket")))

    @strawberry.field(description="My tickets of today", permission_classes=allow(policies.signed_in))
    async def my_tickets(self, info: Info) -> list[TicketType]:
        me = info.context.principal.user_id
        return [await _shown(t) for t in await services.tickets_of(me)] if me is not None else []


@strawberry.type
class QueueMutation:
    @strawberry.mutation(
        description="Take a number for a window group (a walk-in, at the hall kiosk or on a phone)",
        permission_classes=allow(policies.public),
    )
    @failures_as_data
    async def take_ticket(self, info: Info, hall: str, group: str) -> TicketResult:
        return await _shown(await services.take_ticket(hall, group, user_id=info.context.principal.user_id))

    @strawberry.mutation(
        description="Check my booking in at the hall (its QR code): my ticket, called before walk-ins",
        permission_classes=allow(policies.citizen_or_helper),
    )
    @failures_as_data
    async def check_in(self, info: Info, hall: str, booking_id: strawberry.ID) -> TicketResult:
        booking = await appointment_policies.own_booking(
            info.context.principal, from_global_id(booking_id, "Booking")
        )
        return await _shown(await services.check_in(await info.context.catalog(), hall, booking))

    @strawberry.mutation(
        description="Check a booking in at a window by the code the person shows",
        permission_classes=allow(queue_clerk),
    )
    @failures_as_data
    async def check_in_by_code(self, info: Info, hall: str, code: str) -> TicketResult:
        booking = await services.booking_by_code(code)
        return await _shown(await services.check_in(await info.context.catalog(), hall, booking))

    @strawberry.mutation(
        description="Call the next ticket of a window group to my window (never the same ticket twice)",
        permission_classes=allow(queue_clerk),
    )
    @failures_as_data
    async def call_next_ticket(self, info: Info, hall: str, group: str, window: str) -> TicketResult:
        clerk = info.context.principal.user_id
        return await _shown(await services.call_next(hall, group, window, clerk_id=clerk))


@strawberry.type
class QueueSubscription:
    @strawberry.subscription(
        description="The hall display, now and each time a number is taken or called (无声叫号: no sound)",
        permission_classes=allow(policies.public),
    )
    async def hall_board_updated(self, hall: str) -> AsyncGenerator[HallBoardType, None]:
        code = hall.strip().upper()
        async with BUS.subscribe(hall_key(code)) as queue:
            while True:
                yield HallBoardType.of(await services.hall_board(code))
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(queue.get(), BOARD_REFRESH_SECONDS)
