"""Slots (a hall's capacity at one time, for one item or any item of the hall) and bookings of them.

Hall and item are catalogue codes, as applications keep them: the catalogue is reloaded from data files
and a slot must outlive a hall's row being rewritten. "Any item of the hall" is stored as ``""`` (shown
as null in GraphQL) so that the unique key (hall, item, start) holds: NULLs are distinct in a unique
constraint on both SQLite and PostgreSQL, and a slot published twice would be two slots.
"""

from tortoise import fields
from tortoise.models import Model

from api.appointments.enums import BookingStatus

ANY_ITEM = ""


class Slot(Model):
    id = fields.IntField(primary_key=True)
    hall_code = fields.CharField(max_length=8)
    item_code = fields.CharField(max_length=16, default=ANY_ITEM)  # "" = any item of the hall
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    capacity = fields.IntField()
    # places taken: changed only by one conditional UPDATE per booking (see services), never read-modify-write
    booked = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "appointments_slot"
        unique_together = (("hall_code", "item_code", "starts_at"),)
        indexes = (("hall_code", "starts_at"),)


class Booking(Model):
    id = fields.IntField(primary_key=True)
    slot: fields.ForeignKeyRelation[Slot] = fields.ForeignKeyField(
        "models.Slot", related_name="bookings", on_delete=fields.RESTRICT
    )
    slot_id: int
    user: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.User", related_name="bookings", on_delete=fields.CASCADE
    )
    user_id: int
    # the helper (帮办) who booked it for the person, with their consent
    booked_by: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.User", related_name="bookings_made", null=True, on_delete=fields.SET_NULL
    )
    booked_by_id: int | None
    item_code = fields.CharField(max_length=16)
    status = fields.CharEnumField(BookingStatus, max_length=10, default=BookingStatus.BOOKED)
    code = fields.CharField(max_length=8, unique=True)  # shown at the hall's check-in desk
    # the person's id while the booking is live, NULL once cancelled: one live booking per person and slot
    holder = fields.IntField(null=True)
    # the pending "appointment_reminder" outbox row, deleted when the booking is cancelled
    reminder_id = fields.BigIntField(null=True)
    # the client's key of the bookSlot call: a retry with the same key returns this booking
    idempotency_key = fields.CharField(max_length=64, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    cancelled_at = fields.DatetimeField(null=True)

    class Meta:
        table = "appointments_booking"
        unique_together = (("slot", "holder"), ("user", "idempotency_key"))
        indexes = (("user", "status"),)
