"""Tortoise models of proactive reminders."""

from tortoise import fields
from tortoise.models import Model


class SentReminder(Model):
    """A reminder that went out (its outbox row was written in the same transaction): a run that finds
    it here sends nothing again. ``key`` names what it was about, e.g. ``licence:12:2026-08-01:30``."""

    id = fields.BigIntField(primary_key=True)
    key = fields.CharField(max_length=96, unique=True)
    kind = fields.CharField(max_length=32)
    user: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.User", related_name="reminders", on_delete=fields.CASCADE
    )
    user_id: int
    sent_on = fields.DateField(db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "reminders_sent"


class IdCard(Model):
    """The validity of a citizen's resident ID card (居民身份证有效期), as the citizen entered it from the
    back of the card: only used to remind them to renew. No row: unknown, or a card valid for life."""

    id = fields.IntField(primary_key=True)
    user: fields.OneToOneRelation = fields.OneToOneField(
        "models.User", related_name="id_card", on_delete=fields.CASCADE
    )
    user_id: int
    valid_until = fields.DateField(db_index=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "reminders_id_card"
