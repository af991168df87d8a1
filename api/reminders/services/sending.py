"""Sending a reminder at most once: the ``SentReminder`` row (unique ``key``) and the outbox row are
written in one unit of work, so a second run, a retry or another process running the same job at the
same time finds the key taken and sends nothing."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from tortoise.exceptions import IntegrityError

from api.reminders.models import SentReminder
from api.unit_of_work import changing
from notifications.payloads import Payload


async def already_sent(keys: Iterable[str]) -> set[str]:
    wanted = list(dict.fromkeys(keys))
    if not wanted:
        return set()
    return set(await SentReminder.filter(key__in=wanted).values_list("key", flat=True))  # type: ignore[arg-type]


async def send_once(
    key: str, payload: Payload, *, to: int, today: date, application_id: int | None = None
) -> bool:
    """Notify ``to`` unless a reminder with ``key`` went out already; True when this call sent it."""
    try:
        async with changing() as tx:
            await SentReminder.create(key=key, kind=payload.kind, user_id=to, sent_on=today)
            await tx.notify(payload, to=to, application_id=application_id)
    except IntegrityError:  # sent by an earlier or a concurrent run: the transaction is rolled back
        return False
    return True
