"""Tortoise model of a signed commitment (告知承诺书) and its verification."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

from api.commitments.enums import Outcome

if TYPE_CHECKING:
    from api.applications.models import Application
    from api.catalog.models import Department
    from api.identity.models import User


class Commitment(Model):
    """One item's commitment on one application: the text as signed (its version), who signed it and
    for whom, when it is to be verified, and what the department found."""

    id = fields.IntField(primary_key=True)
    application: fields.ForeignKeyRelation[Application] = fields.ForeignKeyField(
        "models.Application", related_name="commitments", on_delete=fields.CASCADE
    )
    application_id: int
    item_code = fields.CharField(max_length=16)
    item_name = fields.CharField(max_length=128)
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="commitments", on_delete=fields.RESTRICT
    )
    department_id: int
    version = fields.SmallIntField()
    text = fields.TextField()  # exactly what was shown and signed
    replaces = fields.JSONField(default=list)  # material codes it stood for on this application
    verify_within = fields.SmallIntField()  # working days after acceptance (the catalogue's, when signed)
    # who: the applicant it binds, and who ticked the box (the applicant, or a helper for them)
    applicant: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="commitments", on_delete=fields.RESTRICT
    )
    applicant_id: int
    signed_by: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="commitments_signed", on_delete=fields.RESTRICT
    )
    signed_by_id: int
    signed_at = fields.DatetimeField()
    verify_by = fields.DateField(null=True)  # set when the application is accepted on the commitment
    outcome = fields.CharEnumField(Outcome, max_length=12, default=Outcome.PENDING)
    checked_at = fields.DatetimeField(null=True)
    checked_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="commitments_checked", null=True, on_delete=fields.SET_NULL
    )
    checked_by_id: int | None
    findings = fields.TextField(default="")
    escalated_on = fields.DateField(null=True)  # reported overdue to the supervisors (once)

    class Meta:
        table = "commitments_commitment"
        unique_together = (("application", "item_code"),)
        indexes = (("department", "outcome", "verify_by"),)
