from enum import StrEnum


class BookingStatus(StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"  # by the person (or moved to another slot)
    ATTENDED = "attended"
    NO_SHOW = "no_show"
