"""Sending claimed webhook deliveries: one signed POST each (no redirects followed, short timeouts,
every address checked by the SSRF rules of ``notifications.endpoints``), then the delivery log —
sent, put back with exponential backoff (any answer but 2xx, a timeout, a network error), or given
up after ``max_attempts``."""

from __future__ import annotations

import asyncio
import json
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import aiohttp
from tortoise import timezone

from api.unit_of_work import changing
from api.webhooks import signing
from api.webhooks.models import WebhookDelivery, WebhookEvent
from api.webhooks.services.claims import FAILED, PENDING, SENT
from notifications.endpoints import AddressRefused, EndpointPolicy, EndpointRefused, PinnedSession

USER_AGENT = "OneVisit-Webhooks/1"


@dataclass(frozen=True)
class Attempt:
    """How one POST ended."""

    ok: bool
    status: int | None  # the receiver's HTTP status (None: no answer)
    error: str
    duration_ms: int
    retry_after: float | None = None


def body_of(event: WebhookEvent) -> bytes:
    """What the receiver gets (and the signature covers): the event as JSON."""
    document: dict[str, Any] = {
        "id": event.event_id,
        "type": event.type,
        "createdAt": event.created_at.isoformat(),
        "data": event.payload,
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def headers_of(event: WebhookEvent, secret: str, body: bytes, now: int | None = None) -> dict[str, str]:
    timestamp = int(time.time()) if now is None else now
    return {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        signing.EVENT_ID_HEADER: event.event_id,
        signing.EVENT_TYPE_HEADER: event.type,
        signing.SIGNATURE_HEADER: signing.signature_header(secret, timestamp, body),
    }


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


class WebhookSender:
    """One pooled aiohttp session whose connector checks every address it connects to."""

    def __init__(self, endpoints: EndpointPolicy, timeout: float = 10.0, connections: int = 32) -> None:
        self.endpoints = endpoints
        self._http = PinnedSession(
            endpoints, aiohttp.ClientTimeout(total=timeout, connect=min(timeout, 5.0)), connections
        )

    async def close(self) -> None:
        await self._http.close()

    async def post(self, url: str, body: bytes, headers: dict[str, str]) -> Attempt:
        started = time.perf_counter()

        def took() -> int:
            return int((time.perf_counter() - started) * 1000)

        try:
            self.endpoints.target(url)
            sending = self._http.get().post(url, data=body, headers=headers, allow_redirects=False)
            async with sending as answer:
                await answer.read()
                ok = 200 <= answer.status < 300
                error = "" if ok else f"HTTP {answer.status}"
                return Attempt(
                    ok, answer.status, error, took(), _retry_after(answer.headers.get("Retry-After"))
                )
        except EndpointRefused as exc:
            return Attempt(False, None, f"refused: {exc.reason}", took())
        except aiohttp.ClientConnectorDNSError as exc:
            reason = exc.os_error.reason if isinstance(exc.os_error, AddressRefused) else "name not resolved"
            return Attempt(False, None, f"refused: {reason}", took())
        except TimeoutError:
            return Attempt(False, None, "timeout", took())
        except (aiohttp.ClientError, OSError) as exc:
            return Attempt(False, None, f"network: {type(exc).__name__}", took())

    async def send(self, delivery: WebhookDelivery) -> Attempt:
        subscription, event = delivery.subscription, delivery.event
        body = body_of(event)
        return await self.post(subscription.url, body, headers_of(event, subscription.secret, body))


def backoff_seconds(attempts: int, base: float, ceiling: float, asked: float | None) -> float:
    """Exponential: ``base`` × 2^(attempts-1), at most ``ceiling``; a longer Retry-After wins."""
    delay = min(ceiling, base * 2 ** max(0, attempts - 1))
    return min(ceiling, max(delay, asked or 0.0))


LOGGED = ("status", "response_status", "duration_ms", "last_error")  # per row: one bulk UPDATE


@dataclass(frozen=True)
class Settled:
    """Where one attempt leaves a delivery: its status and, while pending, when it is due again."""

    status: str
    due: datetime | None = None


def settle(
    delivery: WebhookDelivery, attempt: Attempt, *, max_attempts: int, base: float, ceiling: float
) -> Settled:
    """The delivery log after one attempt (on the row, ``LOGGED`` fields): sent, pending again (due
    after the backoff), or failed (given up)."""
    delivery.response_status = attempt.status
    delivery.duration_ms = attempt.duration_ms
    delivery.last_error = attempt.error[:300]
    if attempt.ok:
        delivery.status = SENT
        return Settled(SENT)
    if delivery.attempts >= max_attempts:
        delivery.status = FAILED
        delivery.last_error = f"gave up after {delivery.attempts} attempts: {attempt.error}"[:300]
        return Settled(FAILED)
    delivery.status = PENDING
    wait = backoff_seconds(delivery.attempts, base, ceiling, attempt.retry_after)
    return Settled(PENDING, timezone.localtime() + timedelta(seconds=wait))


async def deliver(
    sender: WebhookSender,
    deliveries: list[WebhookDelivery],
    *,
    max_attempts: int,
    base: float,
    ceiling: float,
    concurrency: int = 32,
) -> dict[str, int]:
    """Send claimed deliveries concurrently (each is the head of its own application's line), then
    log them in one transaction: one bulk UPDATE of the per-row fields, and one UPDATE per outcome for
    the times (passed as tortoise's local time, as the claims compare them); returns how many ended in
    each status.

    The claim is not re-checked at the UPDATE: a claim is taken again only after ``claim_timeout``
    (minutes), far longer than a send may take (``webhook_timeout``, seconds)."""
    gate = asyncio.Semaphore(concurrency)

    async def one(delivery: WebhookDelivery) -> Attempt:
        async with gate:
            return await sender.send(delivery)

    attempts = await asyncio.gather(*(one(d) for d in deliveries))
    outcomes: dict[Settled, list[int]] = defaultdict(list)
    for delivery, attempt in zip(deliveries, attempts, strict=True):
        outcome = settle(delivery, attempt, max_attempts=max_attempts, base=base, ceiling=ceiling)
        outcomes[outcome].append(delivery.id)
    now = timezone.localtime()
    async with changing():
        await WebhookDelivery.bulk_update(deliveries, fields=LOGGED)
        for outcome, ids in outcomes.items():
            times: dict[str, Any] = {"last_attempt_at": now, "claimed_at": None, "claimed_by": ""}
            if outcome.status == SENT:
                times["sent_at"] = now
            if outcome.due is not None:
                times["available_at"] = outcome.due
            await WebhookDelivery.filter(id__in=ids).update(**times)
    counts: dict[str, int] = defaultdict(int)
    for outcome, ids in outcomes.items():
        counts[outcome.status] += len(ids)
    return dict(counts)
