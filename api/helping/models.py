"""Tortoise models of helper teams and help requests."""

from tortoise import fields
from tortoise.models import Model

from api.helping.enums import HelpStatus, TeamLevel


class HelperTeam(Model):
    """A team of helpers at one level; ``area`` is the place name its addresses contain."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=64)
    name_en = fields.CharField(max_length=128, null=True)
    level = fields.CharEnumField(TeamLevel, max_length=16)
    area = fields.CharField(max_length=64)  # e.g. 雁塔区, 小寨路街道, 長延堡社区
    parent_code = fields.CharField(max_length=32, default="")  # the team one level up ("" for the city)

    class Meta:
        table = "helping_team"


class HelperMember(Model):
    id = fields.IntField(primary_key=True)
    team: fields.ForeignKeyRelation[HelperTeam] = fields.ForeignKeyField(
        "models.HelperTeam", related_name="members", on_delete=fields.CASCADE
    )
    team_id: int
    user: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.User", related_name="helper_teams", on_delete=fields.CASCADE
    )
    user_id: int

    class Meta:
        table = "helping_member"
        unique_together = (("team", "user"),)


class HelpRequest(Model):
    """A citizen's request for a helper (请帮办员协助), from a guide page."""

    id = fields.IntField(primary_key=True)
    citizen: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.User", related_name="help_requests", on_delete=fields.CASCADE
    )
    citizen_id: int
    catalog_code = fields.CharField(max_length=32, default="")
    catalog_name = fields.CharField(max_length=128, default="")
    phone = fields.CharField(max_length=16)
    address = fields.CharField(max_length=160)
    note = fields.CharField(max_length=300, default="")
    status = fields.CharEnumField(HelpStatus, max_length=16, default=HelpStatus.REQUESTED)
    team: fields.ForeignKeyNullableRelation[HelperTeam] = fields.ForeignKeyField(
        "models.HelperTeam", related_name="requests", null=True, on_delete=fields.SET_NULL
    )
    team_id: int | None
    helper: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.User", related_name="help_assigned", null=True, on_delete=fields.SET_NULL
    )
    helper_id: int | None
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "helping_request"
