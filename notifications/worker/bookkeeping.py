"""What a batch leaves behind, in one transaction: the inbox rows, one ``Delivery`` per channel
target, subscriptions dropped (gone) or marked reached, and each outbox row done — or put back with
exponential backoff when a channel failed for a reason that may pass (429, 5xx, network)."""

from __future__ import annotations

import logging
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from api.logs import MaskingFilter, mask
from api.unit_of_work import changing
from notifications.channels import FAILED, GONE, RETRY, SENT, Outcome
from notifications.models import Delivery, InboxMessage, OutboxMessage, PushSubscription
from notifications.worker.claims import db_now
from notifications.worker.config import WorkerConfig
from notifications.worker.plan import Send

log = logging.getLogger("onevisit.notifications")
log.addFilter(MaskingFilter())


@dataclass
class BatchResult:
    claimed: int = 0
    done: int = 0
    retried: int = 0
    inbox: int = 0
    sent: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # per channel
    failed: int = 0
    gone: int = 0
    webhooks: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # deliveries per status


@dataclass(frozen=True)
class Settled:
    """A send and how it ended this time."""

    send: Send
    outcome: Outcome


def settle(send: Send, outcome: Outcome, max_attempts: int) -> Settled:
    """A send's outcome, given up (failed) when it would retry once more than ``max_attempts``."""
    attempts = send.message.attempts
    if outcome.status == RETRY and attempts >= max_attempts:
        outcome = Outcome(FAILED, f"gave up after {attempts} attempts: {outcome.error}")
    return Settled(send, outcome)


def backoff(config: WorkerConfig, attempts: int, asked: list[float | None]) -> float:
    """Exponential backoff with full jitter on the upper half; a Retry-After wins when longer."""
    ceiling = min(config.backoff_max, config.backoff_base * 2 ** max(0, attempts - 1))
    delay = ceiling / 2 + random.random() * ceiling / 2
    wanted = max((a for a in asked if a is not None), default=0.0)
    return min(config.backoff_max, max(delay, wanted))


def _delivery(settled: Settled, now: datetime) -> Delivery:
    send, outcome = settled.send, settled.outcome
    return Delivery(
        message_id=send.message.id,
        channel=send.channel,
        target=send.target,
        status="retrying" if outcome.status == RETRY else outcome.status,
        attempts=send.attempts,
        last_error=mask(outcome.error)[:300],
        at=now,
    )


def _errors(outcomes: list[Outcome], status: str) -> str:
    return mask("; ".join(o.error for o in outcomes if o.status == status))[:1000]


async def record(
    messages: list[OutboxMessage], inbox: list[InboxMessage], sends: list[Settled], config: WorkerConfig
) -> BatchResult:
    now = db_now()
    outcomes: dict[int, list[Outcome]] = defaultdict(list)
    for settled in sends:
        outcomes[settled.send.message.id].append(settled.outcome)
    retrying = {m.id for m in messages if any(o.status == RETRY for o in outcomes[m.id])}
    retry = [m for m in messages if m.id in retrying]
    done = [m for m in messages if m.id not in retrying]
    clean = [m.id for m in done if all(o.status != FAILED for o in outcomes[m.id])]
    gone = [s.send.subscription_id for s in sends if s.outcome.status == GONE and s.send.subscription_id]
    reached = [s.send.subscription_id for s in sends if s.outcome.status == SENT and s.send.subscription_id]

    async with changing():
        if inbox:
            await InboxMessage.bulk_create(inbox, ignore_conflicts=True)
        if sends:
            await Delivery.bulk_create(
                [_delivery(s, now) for s in sends],
                on_conflict=["message_id", "channel", "target"],
                update_fields=["status", "attempts", "last_error", "at"],
            )
        if gone:
            await PushSubscription.filter(id__in=gone).delete()
        if reached:
            await PushSubscription.filter(id__in=reached).update(last_success_at=now)
        if clean:
            await OutboxMessage.filter(id__in=clean, claimed_by=messages[0].claimed_by).update(
                sent_at=now, last_error=""
            )
        for message in done:
            if message.id not in clean:  # done, but some channel was given up
                await OutboxMessage.filter(id=message.id, claimed_by=message.claimed_by).update(
                    sent_at=now, last_error=_errors(outcomes[message.id], FAILED)
                )
        for message in retry:
            asked = [o.retry_after for o in outcomes[message.id] if o.status == RETRY]
            await OutboxMessage.filter(id=message.id, claimed_by=message.claimed_by).update(
                available_at=now + timedelta(seconds=backoff(config, message.attempts, asked)),
                claimed_at=None,
                claimed_by="",
                last_error=_errors(outcomes[message.id], RETRY),
            )

    if retry:
        first = outcomes[retry[0].id]
        log.info("outbox: %d message(s) to retry (%s)", len(retry), first[0].error if first else "")
    return _tally(len(messages), len(done), len(retry), len(inbox), sends)


def _tally(claimed: int, done: int, retried: int, inbox: int, sends: list[Settled]) -> BatchResult:
    result = BatchResult(claimed=claimed, done=done, retried=retried, inbox=inbox)
    for settled in sends:
        status = settled.outcome.status
        if status == SENT:
            result.sent[settled.send.channel] += 1
        elif status == GONE:
            result.gone += 1
        elif status == FAILED:
            result.failed += 1
    return result
