"""Claiming due webhook deliveries, in order per (subscription, application): a delivery is taken
only when it is the earliest one of its application still pending for its subscription, so event
n+1 is never sent before event n was delivered or given up. Concurrent workers never take the same
row: PostgreSQL locks the candidates (``FOR UPDATE SKIP LOCKED``), SQLite takes the write lock first
(``BEGIN IMMEDIATE``); the stamp is a conditional UPDATE either way. A claim older than
``claim_timeout`` is a crashed worker's and is taken again."""

from __future__ import annotations

from datetime import datetime, timedelta

from tortoise import timezone
from tortoise.expressions import F, Q
from tortoise.functions import Min

from api.unit_of_work import changing
from api.webhooks.models import WebhookDelivery

PENDING, SENT, FAILED = "pending", "sent", "failed"


def unclaimed(now: datetime, claim_timeout: float) -> Q:
    """Pending, available now, and not claimed (or claimed by a worker that crashed)."""
    stale = now - timedelta(seconds=claim_timeout)
    return Q(status=PENDING, available_at__lte=now) & (Q(claimed_at__isnull=True) | Q(claimed_at__lt=stale))


def _on_postgres() -> bool:
    return WebhookDelivery._meta.db.capabilities.dialect == "postgres"  # pyright: ignore[reportPrivateUsage]


async def _heads(candidates: list[WebhookDelivery]) -> set[int]:
    """The earliest pending delivery of each (subscription, application) among the candidates'."""
    subscriptions = {c.subscription_id for c in candidates}
    applications = {c.application_id for c in candidates if c.application_id is not None}
    heads = {c.id for c in candidates if c.application_id is None}
    if not applications:
        return heads
    rows = (
        await WebhookDelivery.filter(
            status=PENDING, subscription_id__in=subscriptions, application_id__in=applications
        )
        .annotate(first=Min("id"))
        .group_by("subscription_id", "application_id")
        .values("first")
    )
    return heads | {int(row["first"]) for row in rows}


async def claim(token: str, limit: int, claim_timeout: float) -> list[WebhookDelivery]:
    """Take up to ``limit`` due deliveries that head their application's line (``attempts`` counts
    this claim), stamped with ``token``."""
    now = timezone.localtime()
    ready = unclaimed(now, claim_timeout)
    if not await WebhookDelivery.filter(ready, subscription__active=True).exists():
        return []  # idle: no write lock taken (SQLite's BEGIN IMMEDIATE) for nothing
    async with changing(immediate=True):
        query = WebhookDelivery.filter(ready, subscription__active=True).order_by("id").limit(limit * 4)
        if _on_postgres():
            query = query.select_for_update(skip_locked=True)
        candidates = list(await query)
        if not candidates:
            return []
        heads = await _heads(candidates)
        chosen = [c.id for c in candidates if c.id in heads][:limit]
        if not chosen:
            return []
        await WebhookDelivery.filter(ready, id__in=chosen).update(
            claimed_at=now, claimed_by=token, attempts=F("attempts") + 1
        )
    return (
        await WebhookDelivery.filter(id__in=chosen, claimed_by=token, status=PENDING)
        .select_related("subscription", "event")
        .order_by("id")
    )
