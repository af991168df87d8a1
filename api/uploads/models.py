"""Tortoise models of uploaded materials."""

import secrets

from tortoise import fields
from tortoise.models import Model


def new_public_id() -> str:
    """128 random bits, URL-safe (22 characters): the only id an upload is known by outside."""
    return secrets.token_urlsafe(16)


class Upload(Model):
    """One person's upload of one content. The bytes live once per content on disk
    (``<upload_dir>/<sha[:2]>/<sha>``); the same person uploading the same bytes again gets this row back."""

    id = fields.IntField(primary_key=True)
    public_id = fields.CharField(max_length=32, unique=True, default=new_public_id)
    owner: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.User", related_name="uploads", on_delete=fields.CASCADE
    )
    owner_id: int
    sha256 = fields.CharField(max_length=64, db_index=True)  # of the stored (re-encoded) bytes
    content_type = fields.CharField(max_length=64)
    size = fields.IntField()
    width = fields.IntField(null=True)  # null for PDF
    height = fields.IntField(null=True)
    original_name = fields.CharField(max_length=120)  # display only, sanitized
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "uploads_upload"
        unique_together = (("owner", "sha256"),)
