"""Tickets of a hall's queue (取号): one number per window group and day; a checked-in booking's ticket
keeps the booking (one ticket per booking)."""

from tortoise import fields
from tortoise.models import Model

from api.queue.enums import TicketStatus


class Ticket(Model):
    id = fields.IntField(primary_key=True)
    hall_code = fields.CharField(max_length=8)
    group_code = fields.CharField(max_length=4)
    day = fields.DateField()  # Beijing date the number belongs to
    number = fields.IntField()
    label = fields.CharField(max_length=12)  # "A007", "YA003" for a booking
    booked = fields.BooleanField(default=False)  # a checked-in booking: called before walk-ins
    booking: fields.OneToOneNullableRelation = fields.OneToOneField(
        "models.Booking", related_name="ticket", null=True, on_delete=fields.SET_NULL
    )
    booking_id: int | None
    user_id = fields.IntField(null=True)  # the person, when known (signed in or a booking)
    status = fields.CharEnumField(TicketStatus, max_length=8, default=TicketStatus.WAITING)
    window = fields.CharField(max_length=16, default="")  # where it was called to
    called_by_id = fields.IntField(null=True)
    called_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "queue_ticket"
        unique_together = (("hall_code", "group_code", "day", "booked", "number"),)
        indexes = (("hall_code", "day", "status"),)
