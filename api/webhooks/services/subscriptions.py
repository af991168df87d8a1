"""A client's webhook subscriptions: created with a secret shown once, listed, switched off; and the
replay of deliveries (one, or every one since a time) — same event id, so receivers deduplicate."""

from __future__ import annotations

from datetime import datetime

from tortoise import timezone
from tortoise.queryset import QuerySet

from api.failures import Failure
from api.unit_of_work import changing
from api.webhooks import signing
from api.webhooks.errors import WebhookError
from api.webhooks.events import EventType
from api.webhooks.models import WebhookDelivery, WebhookSubscription
from api.webhooks.services.claims import PENDING
from notifications.endpoints import EndpointPolicy, EndpointRefused

MAX_SUBSCRIPTIONS = 10


async def subscribe(
    client_pk: int, url: str, events: list[EventType], endpoints: EndpointPolicy
) -> tuple[WebhookSubscription, str]:
    """A new active subscription and its signing secret (returned this once; stored encrypted)."""
    if not events:
        raise Failure(WebhookError.NO_EVENTS)
    url = url.strip()
    try:
        await endpoints.vet(url)
    except EndpointRefused as exc:
        raise Failure(WebhookError.UNSAFE_URL, why=exc.reason) from exc
    if await WebhookSubscription.filter(client_id=client_pk, active=True).count() >= MAX_SUBSCRIPTIONS:
        raise Failure(WebhookError.TOO_MANY_SUBSCRIPTIONS, limit=MAX_SUBSCRIPTIONS)
    secret = signing.new_secret()
    kinds = sorted({e.value for e in events})
    row = await WebhookSubscription.create(client_id=client_pk, url=url, events=kinds, secret=secret)
    return row, secret


async def own_subscription(client_pk: int, subscription_id: int) -> WebhookSubscription:
    row = await WebhookSubscription.get_or_none(id=subscription_id, client_id=client_pk)
    if row is None:
        raise Failure(WebhookError.SUBSCRIPTION_NOT_FOUND)
    return row


async def set_active(client_pk: int, subscription_id: int, active: bool) -> WebhookSubscription:
    """Switch a subscription off (its pending deliveries wait) or on again (they go out in order)."""
    row = await own_subscription(client_pk, subscription_id)
    if row.active != active:
        row.active = active
        await row.save(update_fields=["active"])
    return row


async def replay_one(client_pk: int, delivery_id: int) -> WebhookDelivery:
    """Send one delivery again (whatever its status), as soon as it heads its application's line."""
    delivery = await WebhookDelivery.get_or_none(id=delivery_id, subscription__client_id=client_pk)
    if delivery is None:
        raise Failure(WebhookError.DELIVERY_NOT_FOUND)
    await _replay(WebhookDelivery.filter(id=delivery.id))
    return await WebhookDelivery.get(id=delivery.id).select_related("event")


async def replay_since(client_pk: int, subscription_id: int, since: datetime) -> int:
    """Send again every delivery of the subscription whose event happened at or after ``since``."""
    row = await own_subscription(client_pk, subscription_id)
    query = WebhookDelivery.filter(subscription_id=row.id, event__created_at__gte=since)
    ids = await query.values_list("id", flat=True)
    if ids:
        await _replay(WebhookDelivery.filter(id__in=list(ids)))
    return len(ids)


async def _replay(query: QuerySet[WebhookDelivery]) -> None:
    async with changing():
        await query.update(
            status=PENDING, attempts=0, available_at=timezone.localtime(), claimed_at=None, claimed_by=""
        )
