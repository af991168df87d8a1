"""The notification outbox (rows written in the same transaction as the change they announce) and
what the worker delivers them to: the in-app inbox, Web Push subscriptions and SMS."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

from api.crypto_at_rest import EncryptedTextField

if TYPE_CHECKING:
    from api.applications.models import Application
    from api.identity.models import User


class OutboxMessage(Model):
    id = fields.BigIntField(primary_key=True)
    kind = fields.CharField(max_length=32)  # receipt, correction_needed, ready_for_pickup, please_rate, …
    recipient: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="outbox", on_delete=fields.CASCADE
    )
    recipient_id: int
    application: fields.ForeignKeyNullableRelation[Application] = fields.ForeignKeyField(
        "models.Application", related_name="outbox", null=True, on_delete=fields.CASCADE
    )
    application_id: int | None
    payload = fields.JSONField(default=dict)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    available_at = fields.DatetimeField(db_index=True)  # retry with backoff: not before this
    claimed_at = fields.DatetimeField(null=True)
    claimed_by = fields.CharField(max_length=64, default="")
    sent_at = fields.DatetimeField(null=True, db_index=True)  # done: every channel sent, gone or given up
    attempts = fields.SmallIntField(default=0)
    last_error = fields.TextField(default="")

    class Meta(Model.Meta):
        table = "notifications_outbox"


class InboxMessage(Model):
    """The in-app inbox: always written, in both languages (the app shows the reader's)."""

    id = fields.BigIntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="inbox", on_delete=fields.CASCADE
    )
    user_id: int
    # one inbox row per outbox message, whatever the worker retries
    outbox: fields.OneToOneNullableRelation[OutboxMessage] = fields.OneToOneField(
        "models.OutboxMessage", related_name="inbox_message", null=True, on_delete=fields.SET_NULL
    )
    outbox_id: int | None
    kind = fields.CharField(max_length=32)
    template_version = fields.SmallIntField(default=1)
    title = fields.CharField(max_length=200)
    body = fields.TextField()
    title_en = fields.CharField(max_length=200, default="")
    body_en = fields.TextField(default="")
    url = fields.CharField(max_length=300)
    created_at = fields.DatetimeField(auto_now_add=True)
    read_at = fields.DatetimeField(null=True)

    class Meta(Model.Meta):
        table = "notifications_inbox"
        indexes = (("user", "read_at"),)


class PushSubscription(Model):
    """A browser's PushSubscription (one per device and browser profile)."""

    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="push_subscriptions", on_delete=fields.CASCADE
    )
    user_id: int
    endpoint = fields.CharField(max_length=1024, unique=True)
    p256dh = fields.CharField(max_length=100)  # the browser's P-256 public key, base64url
    auth = fields.CharField(max_length=40)  # the 16-byte auth secret, base64url
    user_agent = fields.CharField(max_length=256, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    last_success_at = fields.DatetimeField(null=True)

    class Meta(Model.Meta):
        table = "notifications_push_subscription"


class ChannelPreference(Model):
    """Which channels a person wants besides the inbox (which is always on). No row: the defaults."""

    id = fields.IntField(primary_key=True)
    user: fields.OneToOneRelation[User] = fields.OneToOneField(
        "models.User", related_name="notification_preference", on_delete=fields.CASCADE
    )
    user_id: int
    push = fields.BooleanField(default=True)
    sms = fields.BooleanField(default=True)  # only the kinds whose template says SMS is worth it
    locale = fields.CharField(max_length=8, default="zh-CN")  # language of push and SMS texts
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta(Model.Meta):
        table = "notifications_channel_preference"


class VapidKey(Model):
    """The service's VAPID key pair, generated at first start and kept (subscriptions are bound to it)."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=16, unique=True, default="default")
    private_pem = EncryptedTextField(context="notifications_vapid_key.private_pem")
    public_key = fields.CharField(
        max_length=100
    )  # uncompressed P-256 point, base64url (applicationServerKey)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta(Model.Meta):
        table = "notifications_vapid_key"


class Delivery(Model):
    """One outbox message on one channel target: the inbox, one push subscription, or the SMS phone.

    A row whose status is ``sent`` is never sent again, whatever the worker retries."""

    id = fields.BigIntField(primary_key=True)
    message: fields.ForeignKeyRelation[OutboxMessage] = fields.ForeignKeyField(
        "models.OutboxMessage", related_name="deliveries", on_delete=fields.CASCADE
    )
    message_id: int
    channel = fields.CharField(max_length=8)  # push | sms
    target = fields.CharField(max_length=32)  # push: "sub:<subscription id>"; sms: "phone"
    status = fields.CharField(max_length=10)  # sent | retrying | failed | gone
    attempts = fields.SmallIntField(default=0)
    last_error = fields.CharField(max_length=300, default="")
    at = fields.DatetimeField(auto_now=True)

    class Meta(Model.Meta):
        table = "notifications_delivery"
        unique_together = (("message", "channel", "target"),)
