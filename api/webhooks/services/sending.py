"""Sending claimed webhook deliveries: one signed POST each (no redirects followed, short timeouts,
every address checked by the SSRF rules of ``notifications.endpoints``), then the delivery log —
sent, put back with exponential backoff (any answer but 2xx, a timeout, a network error), or given
up after ``max_attempts``."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import aiohttp
from tortoise import timezone

from api.webhooks import signing
from api.webhooks.models import WebhookDelivery, WebhookEvent
from api.webhooks.services.claims import FAILED, PENDING, SENT
from notifications.endpoints import AddressRefused, EndpointPolicy, EndpointRefused, PinnedResolver

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
        self.timeout = aiohttp.ClientTimeout(total=timeout, connect=min(timeout, 5.0))
        self.connections = connections
        self._session: aiohttp.ClientSession | None = None

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(
                    limit=self.connections, resolver=PinnedResolver(self.endpoints), use_dns_cache=False
                ),
                timeout=self.timeout,
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def post(self, url: str, body: bytes, headers: dict[str, str]) -> Attempt:
        started = time.perf_counter()

        def took() -> int:
            return int((time.perf_counter() - started) * 1000)

        try:
            self.endpoints.target(url)
            async with self._http().post(url, data=body, headers=headers, allow_redirects=False) as answer:
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


async def record(
    delivery: WebhookDelivery, attempt: Attempt, *, max_attempts: int, base: float, ceiling: float
) -> str:
    """The delivery log after one attempt; returns the delivery's status."""
    now = timezone.localtime()
    changes: dict[str, Any] = {
        "response_status": attempt.status,
        "duration_ms": attempt.duration_ms,
        "last_error": attempt.error[:300],
        "last_attempt_at": now,
        "claimed_at": None,
        "claimed_by": "",
    }
    if attempt.ok:
        changes.update(status=SENT, sent_at=now)
    elif delivery.attempts >= max_attempts:
        changes.update(
            status=FAILED, last_error=f"gave up after {delivery.attempts} attempts: {attempt.error}"[:300]
        )
    else:
        wait = backoff_seconds(delivery.attempts, base, ceiling, attempt.retry_after)
        changes.update(status=PENDING, available_at=now + timedelta(seconds=wait))
    await WebhookDelivery.filter(id=delivery.id, claimed_by=delivery.claimed_by).update(**changes)
    return str(changes["status"])


async def deliver(
    sender: WebhookSender,
    deliveries: list[WebhookDelivery],
    *,
    max_attempts: int,
    base: float,
    ceiling: float,
    concurrency: int = 32,
) -> dict[str, int]:
    """Send claimed deliveries concurrently (each is the head of its own application's line) and log
    each; returns how many ended in each status."""
    gate = asyncio.Semaphore(concurrency)

    async def one(delivery: WebhookDelivery) -> str:
        async with gate:
            attempt = await sender.send(delivery)
        return await record(delivery, attempt, max_attempts=max_attempts, base=base, ceiling=ceiling)

    counts: dict[str, int] = {}
    for status in await asyncio.gather(*(one(d) for d in deliveries)):
        counts[status] = counts.get(status, 0) + 1
    return counts
