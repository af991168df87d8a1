"""Tortoise models of catalogue administration (revisions themselves: ``api.catalog.models``)."""

from tortoise import fields
from tortoise.models import Model


class CatalogDraft(Model):
    """One administrator's working copy of the catalogue document, edited from revision ``base_revision``.

    The document is JSON text (key order kept, as in exports); what changed is its diff with the base."""

    id = fields.IntField(primary_key=True)
    owner: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.User", related_name="catalog_drafts", on_delete=fields.CASCADE
    )
    owner_id: int
    base_revision = fields.IntField()
    document = fields.TextField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "catalog_admin_draft"
        unique_together = (("owner",),)
