"""GraphQL types of the hall queue (mapped from the services' views by the resolvers)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from api.graphql.errors import Error
from api.graphql.ids import global_id
from api.queue import rules
from api.queue.enums import TicketStatus
from api.queue.models import Ticket
from api.queue.services import HallBoard, TicketView

strawberry.enum(TicketStatus)


@strawberry.type
class QueueError(Error):
    pass


@strawberry.type(name="WindowGroup", description="A group of windows of a hall one ticket is for (取号分组)")
class WindowGroupType:
    code: str
    name: str
    name_en: str
    windows: str

    @classmethod
    def of(cls, group: rules.WindowGroup) -> WindowGroupType:
        return cls(code=group.code, name=group.name, name_en=group.name_en, windows=group.windows)


@strawberry.type(name="QueueTicket", description="A number in a hall's queue (取号)")
class TicketType:
    id: strawberry.ID
    hall_code: str
    label: str = strawberry.field(description="The number called, e.g. A007; YA003 for a booking")
    status: TicketStatus
    booked: bool = strawberry.field(description="A checked-in booking's ticket (called before walk-ins)")
    group: WindowGroupType
    ahead: int = strawberry.field(description="People called before this ticket")
    estimated_wait_minutes: int = strawberry.field(description="People ahead × the recent service time")
    window: str | None
    called_at: datetime | None
    created_at: datetime
    booking_id: strawberry.ID | None = strawberry.field(description="The checked-in booking (预约号)")

    @classmethod
    def of(cls, view: TicketView) -> TicketType:
        t = view.ticket
        return cls(
            id=global_id("QueueTicket", t.id),
            hall_code=t.hall_code,
            label=t.label,
            status=t.status,
            booked=t.booked,
            group=WindowGroupType.of(view.group),
            ahead=view.ahead,
            estimated_wait_minutes=view.wait_minutes,
            window=t.window or None,
            called_at=t.called_at,
            created_at=t.created_at,
            booking_id=global_id("Booking", t.booking_id) if t.booking_id is not None else None,
        )


@strawberry.type(description="A called number on the hall display")
class CalledTicket:
    label: str
    group_code: str
    window: str
    called_at: datetime

    @classmethod
    def of(cls, t: Ticket) -> CalledTicket:
        return cls(
            label=t.label, group_code=t.group_code, window=t.window, called_at=t.called_at or t.created_at
        )


@strawberry.type(description="A window group's line: people waiting and the wait for a new ticket")
class GroupLine:
    group: WindowGroupType
    waiting: int
    estimated_wait_minutes: int


@strawberry.type(
    name="HallBoard", description="The hall display (叫号屏): numbers called last, newest first, and lines"
)
class HallBoardType:
    hall_code: str
    called: list[CalledTicket]
    lines: list[GroupLine]

    @classmethod
    def of(cls, board: HallBoard) -> HallBoardType:
        return cls(
            hall_code=board.hall_code,
            called=[CalledTicket.of(t) for t in board.called],
            lines=[
                GroupLine(
                    group=WindowGroupType.of(g.group),
                    waiting=g.waiting,
                    estimated_wait_minutes=g.wait_minutes,
                )
                for g in board.groups
            ],
        )


TicketResult = Annotated[TicketType | QueueError, strawberry.union("TicketResult")]
HallBoardResult = Annotated[HallBoardType | QueueError, strawberry.union("HallBoardResult")]
