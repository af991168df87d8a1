"""Tortoise models of the licence wallet (电子证照)."""

from typing import cast

from tortoise import fields
from tortoise.models import Model

from api.crypto_at_rest import EncryptedJSONField, EncryptedTextField
from api.wallet.enums import KeyAlgorithm, LicenceAction, LicenceStatus


class IssuerKey(Model):
    """A department's signing key (no department: the platform's key, which signs the status list).

    The newest key of an issuer without ``retired_at`` signs; retired keys stay published so
    presentations made before a rotation keep verifying.
    """

    id = fields.IntField(primary_key=True)
    kid = fields.CharField(max_length=32, unique=True)
    department: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Department", related_name="issuer_keys", null=True, on_delete=fields.RESTRICT
    )
    department_id: int | None
    issuer = fields.CharField(max_length=16, db_index=True)  # the ``iss`` it signs as: department code
    algorithm = fields.CharEnumField(KeyAlgorithm, max_length=8, default=KeyAlgorithm.EDDSA)
    private_pem = EncryptedTextField(context="wallet_issuer_key.private_pem")
    public_jwk = fields.JSONField()
    created_at = fields.DatetimeField(auto_now_add=True)
    retired_at = fields.DatetimeField(null=True)

    class Meta:
        table = "wallet_issuer_key"


class Licence(Model):
    """One licence (证照) in its holder's wallet."""

    id = fields.IntField(primary_key=True)
    public_id = fields.CharField(max_length=24, unique=True)  # what GraphQL and URLs name it by
    type_code = fields.CharField(max_length=64, db_index=True)  # a catalogue material code
    name = fields.CharField(max_length=128)
    number = fields.CharField(max_length=64)
    holder: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.User", related_name="licences", on_delete=fields.RESTRICT
    )
    holder_id: int
    organization: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Organization", related_name="licences", null=True, on_delete=fields.RESTRICT
    )
    organization_id: int | None
    # the licence's fields: name, address, scope, the holder's ID number …: encrypted at rest
    # (EncryptedJSONField is typed as the text it stores; the attribute holds the decoded dict)
    key_fields = cast(
        "fields.Field[dict[str, str]]", EncryptedJSONField(context="wallet_licence.key_fields", default=dict)
    )
    department: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Department", related_name="licences", on_delete=fields.RESTRICT
    )
    department_id: int
    issued_on = fields.DateField()
    expires_on = fields.DateField(null=True)
    status = fields.CharEnumField(LicenceStatus, max_length=12, default=LicenceStatus.ACTIVE)
    # position in the status list; the row id, set when the licence is created
    status_index = fields.IntField(unique=True, null=True)
    application: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Application", related_name="licences", null=True, on_delete=fields.SET_NULL
    )
    application_id: int | None
    created_at = fields.DatetimeField(auto_now_add=True)
    status_changed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "wallet_licence"
        unique_together = (("type_code", "number"),)
        indexes = (("holder", "status"),)


class LicenceEvent(Model):
    """Issue, suspension, revocation, reinstatement: who, when, why."""

    id = fields.BigIntField(primary_key=True)
    licence: fields.ForeignKeyRelation[Licence] = fields.ForeignKeyField(
        "models.Licence", related_name="events", on_delete=fields.CASCADE
    )
    licence_id: int
    action = fields.CharEnumField(LicenceAction, max_length=12)
    actor: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.User", related_name="licence_events", null=True, on_delete=fields.SET_NULL
    )
    actor_id: int | None
    reason = fields.TextField(default="")
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "wallet_licence_event"
        ordering = ("id",)
