"""Tortoise models of the authorization code flow (the clients themselves are
``api.identity.models.ApiClient``, the citizens' grants ``ClientGrant``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from api.identity.models import ApiClient, User


class AuthorizationCode(Model):
    """A code the citizen's approval sends to the client's redirect URI: stored hashed, short-lived,
    single use, bound to its client, redirect URI and PKCE challenge (S256)."""

    id = fields.IntField(primary_key=True)
    code_hash = fields.CharField(max_length=64, unique=True)
    client: fields.ForeignKeyRelation[ApiClient] = fields.ForeignKeyField(
        "models.ApiClient", related_name="authorization_codes", on_delete=fields.CASCADE
    )
    client_id: int
    citizen: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="authorization_codes", on_delete=fields.CASCADE
    )
    citizen_id: int
    redirect_uri = fields.CharField(max_length=512)
    scopes = fields.JSONField(default=list)
    code_challenge = fields.CharField(max_length=128)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    # the token family issued for it: a reused code revokes it
    family = fields.CharField(max_length=32, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "oauth_authorization_code"


class ClientRefreshToken(Model):
    """A client's refresh token for one citizen: stored hashed, rotated on use. Presenting a rotated
    one revokes its family (and so every access token of the family: ``api.oauth.services.tokens``)."""

    id = fields.IntField(primary_key=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    family = fields.CharField(max_length=32, db_index=True)
    client: fields.ForeignKeyRelation[ApiClient] = fields.ForeignKeyField(
        "models.ApiClient", related_name="refresh_tokens", on_delete=fields.CASCADE
    )
    client_id: int
    citizen: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="client_refresh_tokens", on_delete=fields.CASCADE
    )
    citizen_id: int
    scopes = fields.JSONField(default=list)
    issued_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "oauth_client_refresh_token"
