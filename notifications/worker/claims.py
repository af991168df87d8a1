"""Claiming due outbox rows, so that concurrent workers never take the same one.

On PostgreSQL ``SELECT … FOR UPDATE SKIP LOCKED`` in a short transaction that stamps
``claimed_at``/``claimed_by``; on SQLite one conditional ``UPDATE … WHERE id IN (due rows) AND <still
due>`` (one statement holds the write lock). A claim older than ``claim_timeout`` counts as a crashed
worker's and is taken again, so a crash between claim and send loses nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from tortoise import timezone
from tortoise.expressions import F, Q, Subquery

from api.unit_of_work import changing
from notifications.models import OutboxMessage


def db_now() -> datetime:
    """Now, in the configured time zone. SQLite keeps datetimes as text in that zone and tortoise
    passes filter and update values through unconverted: a UTC value would compare as text wrongly."""
    return timezone.localtime()


def due(now: datetime, claim_timeout: float) -> Q:
    """Rows not sent yet, available now, and not claimed (or claimed by a worker that crashed)."""
    stale = now - timedelta(seconds=claim_timeout)
    return Q(sent_at__isnull=True, available_at__lte=now) & (
        Q(claimed_at__isnull=True) | Q(claimed_at__lt=stale)
    )


def _on_postgres() -> bool:
    # tortoise documents ``Model._meta`` as the model's metadata (its connection included)
    return OutboxMessage._meta.db.capabilities.dialect == "postgres"  # pyright: ignore[reportPrivateUsage]


async def claim(token: str, limit: int, claim_timeout: float) -> list[OutboxMessage]:
    """Take up to ``limit`` due rows, stamped with ``token`` (their ``attempts`` counts this claim)."""
    now = db_now()
    ready = due(now, claim_timeout)
    if _on_postgres():
        # its own short transaction: the row locks are held only while the claim is stamped
        async with changing():
            rows = (
                await OutboxMessage.filter(ready)
                .order_by("available_at", "id")
                .limit(limit)
                .select_for_update(skip_locked=True)
            )
            if not rows:
                return []
            await OutboxMessage.filter(id__in=[r.id for r in rows]).update(
                claimed_at=now, claimed_by=token, attempts=F("attempts") + 1
            )
        for row in rows:
            row.claimed_at, row.claimed_by, row.attempts = now, token, row.attempts + 1
        return rows
    candidates = OutboxMessage.filter(ready).order_by("available_at", "id").limit(limit).values("id")
    claimed = await OutboxMessage.filter(ready, id__in=Subquery(candidates)).update(
        claimed_at=now, claimed_by=token, attempts=F("attempts") + 1
    )
    if not claimed:
        return []
    return await OutboxMessage.filter(claimed_by=token, sent_at__isnull=True).order_by("id")
