"""The hall queue (取号/叫号), one module per job: ``tickets`` (a walk-in takes a number; a booking
checks in), ``calling`` (a clerk calls the next ticket: one conditional UPDATE decides, never the
same ticket twice), ``no_show`` (bookings not checked in 15 minutes after their start: idempotent),
``board`` (a ticket's place and estimated wait; the hall display's called numbers)."""

from api.queue.services.board import HallBoard, TicketView, hall_board, ticket_by_id, ticket_view, tickets_of
from api.queue.services.calling import call_next
from api.queue.services.no_show import mark_no_shows
from api.queue.services.tickets import booking_by_code, check_in, group_of, take_ticket

__all__ = [
    "HallBoard",
    "TicketView",
    "booking_by_code",
    "call_next",
    "check_in",
    "group_of",
    "hall_board",
    "mark_no_shows",
    "take_ticket",
    "ticket_by_id",
    "ticket_view",
    "tickets_of",
]
