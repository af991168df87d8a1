"""Tortoise models of the staff desk: a correction list after the first (补充补正), which needs a
supervisor's approval and is flagged in e-supervision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

from api.review.enums import ExtraCorrectionStatus

if TYPE_CHECKING:
    from api.applications.models import Application
    from api.identity.models import User


class ExtraCorrection(Model):
    """A correction list after the first one-time notice (一次性告知): asked by a clerk with the reason,
    approved or refused by a supervisor (or sent at once by a supervisor); the list asked for is kept
    as it was when asked, and it is what the citizen receives."""

    id = fields.IntField(primary_key=True)
    application: fields.ForeignKeyRelation[Application] = fields.ForeignKeyField(
        "models.Application", related_name="extra_corrections", on_delete=fields.CASCADE
    )
    application_id: int
    round = fields.SmallIntField()  # 2 for the first list after the one-time notice, 3 …
    reason = fields.TextField()  # why another list is needed (the citizen reads it)
    summary = fields.TextField(default="")
    materials = fields.JSONField()  # [{"code", "name", "note"}, …] as asked
    status = fields.CharEnumField(ExtraCorrectionStatus, max_length=10, default=ExtraCorrectionStatus.PENDING)
    requested_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="extra_corrections_requested", null=True, on_delete=fields.SET_NULL
    )
    requested_by_id: int | None
    decided_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="extra_corrections_decided", null=True, on_delete=fields.SET_NULL
    )
    decided_by_id: int | None
    decision_note = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    decided_at = fields.DatetimeField(null=True)

    class Meta:
        table = "review_extra_correction"
        indexes = (("status", "created_at"),)
