"""What people see of the queue: a ticket's place (people ahead, estimated wait) and the hall
display's board (the numbers called last, and how many wait per group)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tortoise.expressions import Q

from api import clock
from api.failures import Failure
from api.queue import rules
from api.queue.enums import TicketStatus
from api.queue.errors import QueueError
from api.queue.models import Ticket

RECENT_ON_BOARD = 8


@dataclass(frozen=True)
class TicketView:
    ticket: Ticket
    group: rules.WindowGroup
    ahead: int
    wait_minutes: int


@dataclass(frozen=True)
class GroupLine:
    group: rules.WindowGroup
    waiting: int
    wait_minutes: int  # for someone taking a walk-in ticket now


@dataclass(frozen=True)
class HallBoard:
    hall_code: str
    called: list[Ticket]  # newest first
    groups: list[GroupLine]


def _group(hall: str, code: str) -> rules.WindowGroup:
    for group in rules.window_groups(hall):
        if group.code == code:
            return group
    return rules.WindowGroup(code, code, code, "", ())


async def _service_time(hall: str, group: str, day: date) -> timedelta:
    calls = await (
        Ticket.filter(hall_code=hall, group_code=group, day=day, status=TicketStatus.CALLED)
        .order_by("-called_at")
        .limit(rules.RECENT_CALLS)
        .values_list("called_at", flat=True)
    )
    return rules.service_time([c for c in calls if isinstance(c, datetime)])


async def ticket_view(ticket: Ticket) -> TicketView:
    group = _group(ticket.hall_code, ticket.group_code)
    if ticket.status != TicketStatus.WAITING:
        return TicketView(ticket, group, 0, 0)
    same = Ticket.filter(hall_code=ticket.hall_code, group_code=ticket.group_code, day=ticket.day)
    earlier = Q(created_at__lt=ticket.created_at) | Q(created_at=ticket.created_at, id__lt=ticket.id)
    if ticket.booked:
        ahead_q = same.filter(Q(booked=True) & earlier)
    else:
        ahead_q = same.filter(Q(booked=True) | earlier)
    ahead = await ahead_q.filter(status=TicketStatus.WAITING).count()
    per = await _service_time(ticket.hall_code, ticket.group_code, ticket.day)
    return TicketView(ticket, group, ahead, rules.estimated_wait(ahead, per))


async def hall_board(hall_code: str, now: datetime | None = None) -> HallBoard:
    hall = hall_code.strip().upper()
    if not rules.window_groups(hall):
        raise Failure(QueueError.UNKNOWN_HALL)
    day = clock.local_date(now or clock.now())
    called = await (
        Ticket.filter(hall_code=hall, day=day, status=TicketStatus.CALLED)
        .order_by("-called_at", "-id")
        .limit(RECENT_ON_BOARD)
    )
    lines: list[GroupLine] = []
    for group in rules.window_groups(hall):
        waiting = await Ticket.filter(
            hall_code=hall, group_code=group.code, day=day, status=TicketStatus.WAITING
        ).count()
        per = await _service_time(hall, group.code, day)
        lines.append(GroupLine(group, waiting, rules.estimated_wait(waiting, per)))
    return HallBoard(hall, called, lines)


async def ticket_by_id(ticket_id: int) -> Ticket:
    ticket = await Ticket.get_or_none(id=ticket_id)
    if ticket is None:
        raise Failure(QueueError.NOT_FOUND)
    return ticket


async def tickets_of(user_id: int, now: datetime | None = None) -> list[Ticket]:
    """A person's tickets of today (their booking's and the ones they took signed in), newest first."""
    day = clock.local_date(now or clock.now())
    return await Ticket.filter(user_id=user_id, day=day).order_by("-id")
