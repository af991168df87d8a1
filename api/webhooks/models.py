"""Webhook subscriptions, the events they receive, one delivery per (subscription, event), and the
GraphQL documents each client registered (its allow-list)."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from api.crypto_at_rest import EncryptedTextField
from api.identity.models import ApiClient


class WebhookSubscription(Model):
    """An API client's https endpoint for some events, signed with a secret of its own."""

    id = fields.IntField(primary_key=True)
    client: fields.ForeignKeyRelation[ApiClient] = fields.ForeignKeyField(
        "models.ApiClient", related_name="webhooks", on_delete=fields.CASCADE
    )
    client_id: int
    url = fields.CharField(max_length=1024)
    events = fields.JSONField(default=list)  # event type names (api.webhooks.events.EventType)
    secret = EncryptedTextField("webhooks.subscription.secret")  # shown once, at creation
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "webhooks_subscription"


class WebhookEvent(Model):
    """One event as its subscribers receive it; ``event_id`` is the id they deduplicate by."""

    id = fields.BigIntField(primary_key=True)
    event_id = fields.CharField(max_length=40, unique=True)
    type = fields.CharField(max_length=40)
    application_id = fields.IntField(null=True)  # deliveries are ordered per application
    payload = fields.JSONField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "webhooks_event"


class WebhookDelivery(Model):
    """One event for one subscription: claimed by the outbox worker, retried with backoff, at most
    once per (subscription, event), never before the earlier ones of the same application."""

    id = fields.BigIntField(primary_key=True)
    subscription: fields.ForeignKeyRelation[WebhookSubscription] = fields.ForeignKeyField(
        "models.WebhookSubscription", related_name="deliveries", on_delete=fields.CASCADE
    )
    subscription_id: int
    event: fields.ForeignKeyRelation[WebhookEvent] = fields.ForeignKeyField(
        "models.WebhookEvent", related_name="deliveries", on_delete=fields.CASCADE
    )
    event_id: int
    application_id = fields.IntField(null=True)
    status = fields.CharField(max_length=12, default="pending")  # pending | sent | failed
    attempts = fields.IntField(default=0)
    available_at = fields.DatetimeField()
    claimed_at = fields.DatetimeField(null=True)
    claimed_by = fields.CharField(max_length=64, default="")
    response_status = fields.IntField(null=True)
    duration_ms = fields.IntField(null=True)
    last_error = fields.CharField(max_length=300, default="")
    last_attempt_at = fields.DatetimeField(null=True)
    sent_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "webhooks_delivery"
        unique_together = (("subscription", "event"),)
        indexes = (("status", "available_at"), ("subscription", "application_id", "status"))


class ClientDocument(Model):
    """A GraphQL document an API client registered, known by the SHA-256 of its exact text."""

    id = fields.IntField(primary_key=True)
    client: fields.ForeignKeyRelation[ApiClient] = fields.ForeignKeyField(
        "models.ApiClient", related_name="documents", on_delete=fields.CASCADE
    )
    client_id: int
    sha256 = fields.CharField(max_length=64)
    name = fields.CharField(max_length=128, default="")  # its (first) operation's name
    text = fields.TextField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "webhooks_client_document"
        unique_together = (("client", "sha256"),)
