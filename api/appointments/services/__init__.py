"""Appointments (分时段预约): publish a hall's slots, book, move and cancel — never over-booking.

One module per job: ``catalogue`` (which hall, which item), ``slots`` (publishing on working days),
``bookings`` (book, move, cancel: the place taken by one conditional UPDATE, the booking and its outbox
rows in one immediate transaction), ``lists`` (reading slots and bookings). Plain async functions with
explicit arguments; ``now`` can be given (tests, replays).
"""

from api.appointments.services.bookings import (
    BOOKED_KIND,
    CODE_ALPHABET,
    CODE_LENGTH,
    MAX_FUTURE_BOOKINGS,
    REMINDER_KIND,
    REMINDER_TIME,
    book,
    cancel,
    move,
    new_code,
    reminder_time,
)
from api.appointments.services.catalogue import bookable_item, hall_of, item_at
from api.appointments.services.lists import (
    MAX_PAGE,
    MAX_RANGE_DAYS,
    SlotRange,
    bookings_of,
    slot_item_code,
    slot_key,
    slots_between,
)
from api.appointments.services.slots import (
    CHINA,
    MAX_CAPACITY,
    MAX_PERIODS,
    MAX_PUBLISH_DAYS,
    SLOT_MINUTES,
    Period,
    Published,
    parse_period,
    parse_periods,
    publish_slots,
    slot_times,
    working_days,
)

__all__ = [
    "BOOKED_KIND",
    "CHINA",
    "CODE_ALPHABET",
    "CODE_LENGTH",
    "MAX_CAPACITY",
    "MAX_FUTURE_BOOKINGS",
    "MAX_PAGE",
    "MAX_PERIODS",
    "MAX_PUBLISH_DAYS",
    "MAX_RANGE_DAYS",
    "REMINDER_KIND",
    "REMINDER_TIME",
    "SLOT_MINUTES",
    "Period",
    "Published",
    "SlotRange",
    "book",
    "bookable_item",
    "bookings_of",
    "cancel",
    "hall_of",
    "item_at",
    "move",
    "new_code",
    "parse_period",
    "parse_periods",
    "publish_slots",
    "reminder_time",
    "slot_item_code",
    "slot_key",
    "slot_times",
    "slots_between",
    "working_days",
]
