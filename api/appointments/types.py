"""GraphQL types of appointments (mapped from the models by the resolvers)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from api.appointments import models
from api.appointments.enums import BookingStatus
from api.appointments.models import ANY_ITEM
from api.graphql.connections import Connection
from api.graphql.errors import Error
from api.graphql.ids import global_id

strawberry.enum(BookingStatus)  # the GraphQL enum is the Python enum itself (decorated in place)


@strawberry.type
class AppointmentError(Error):
    pass


@strawberry.type(name="AppointmentSlot", description="A time at a hall that can be booked (分时段预约)")
class SlotType:
    id: strawberry.ID
    hall_code: str
    item_code: str | None = strawberry.field(description="null: any item handled at the hall")
    starts_at: datetime
    ends_at: datetime
    capacity: int
    booked: int
    available: int

    @classmethod
    def of(cls, row: models.Slot) -> SlotType:
        return cls(
            id=global_id("AppointmentSlot", row.id),
            hall_code=row.hall_code,
            item_code=row.item_code if row.item_code != ANY_ITEM else None,
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            capacity=row.capacity,
            booked=row.booked,
            available=max(0, row.capacity - row.booked),
        )


@strawberry.type(description="A page of slots in time order")
class SlotConnection(Connection[SlotType]):
    pass


@strawberry.type(name="Booking", description="A person's place in a slot")
class BookingType:
    id: strawberry.ID
    code: str = strawberry.field(description="Show it at the hall's check-in desk")
    status: BookingStatus
    item_code: str
    slot: SlotType
    created_at: datetime
    cancelled_at: datetime | None

    @classmethod
    def of(cls, row: models.Booking) -> BookingType:
        return cls(
            id=global_id("Booking", row.id),
            code=row.code,
            status=row.status,
            item_code=row.item_code,
            slot=SlotType.of(row.slot),
            created_at=row.created_at,
            cancelled_at=row.cancelled_at,
        )


BookingConnection = Connection[BookingType]


@strawberry.type
class SlotsPublished:
    created: int
    existing: int = strawberry.field(description="Slots of the range that were already published")
    working_days: int


SlotsResult = Annotated[SlotConnection | AppointmentError, strawberry.union("SlotsResult")]
BookingResult = Annotated[BookingType | AppointmentError, strawberry.union("BookingResult")]
PublishSlotsResult = Annotated[SlotsPublished | AppointmentError, strawberry.union("PublishSlotsResult")]
