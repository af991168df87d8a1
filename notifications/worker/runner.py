"""One worker: claims a batch (``claims``), plans its inbox rows and sends (``plan``), sends them
concurrently, and records what happened (``bookkeeping``); ``run(stop)`` loops until told to stop."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import random
import socket

from api.identity.sms import RecordingSms, SmsSender
from api.logs import MaskingFilter
from api.webhooks.services import claims as webhook_claims
from api.webhooks.services import sending as webhooks
from notifications import channels
from notifications.channels import Outcome, PushSender, Sms
from notifications.endpoints import EndpointPolicy
from notifications.models import OutboxMessage
from notifications.vapid import load_keys
from notifications.worker import claims
from notifications.worker.bookkeeping import BatchResult, Settled, record, settle
from notifications.worker.config import DEFAULT_SUBJECT, WorkerConfig
from notifications.worker.plan import Earlier, Recipients, Send, plan

log = logging.getLogger("onevisit.notifications")
log.addFilter(MaskingFilter())


def _worker_name() -> str:
    return f"{socket.gethostname()[:32]}:{os.getpid()}:{random.randrange(16**4):04x}"


class Worker:
    """``deliver_batch()`` claims and delivers one batch; ``run(stop)`` loops."""

    def __init__(
        self,
        config: WorkerConfig | None = None,
        *,
        sms: SmsSender | None = None,
        push: PushSender | None = None,
        name: str | None = None,
        endpoints: EndpointPolicy | None = None,
        webhook_endpoints: EndpointPolicy | None = None,
    ) -> None:
        self.config = config or WorkerConfig()
        self.endpoints = endpoints or EndpointPolicy()  # SSRF rules, checked again at every send
        self.webhooks = webhooks.WebhookSender(
            webhook_endpoints or EndpointPolicy(), self.config.webhook_timeout, self.config.concurrency
        )
        self.sms = Sms(sms or RecordingSms())
        self._push = push
        self._own_push: channels.WebPush | None = None
        self.name = name or _worker_name()
        self._batches = itertools.count(1)

    async def push(self) -> PushSender:
        if self._push is None:
            self._own_push = channels.WebPush(
                await load_keys(),
                self.config.vapid_subject or DEFAULT_SUBJECT,
                ttl=self.config.push_ttl,
                timeout=self.config.push_timeout,
                connections=self.config.concurrency,
                endpoints=self.endpoints,
            )
            self._push = self._own_push
        return self._push

    async def close(self) -> None:
        await self.webhooks.close()
        if self._own_push is not None:
            await self._own_push.close()
            self._own_push = self._push = None

    async def claim(self, limit: int) -> list[OutboxMessage]:
        """Take up to ``limit`` due rows for this worker (their ``attempts`` counts this claim)."""
        token = f"{self.name}/{next(self._batches)}"[-64:]
        return await claims.claim(token, limit, self.config.claim_timeout)

    async def deliver_batch(self, limit: int | None = None) -> BatchResult:
        """One batch of outbox messages, then one of webhook deliveries (a sibling outbox: the same
        loop, claims, backoff settings and SSRF rules)."""
        limit = limit or self.config.batch_size
        messages = await self.claim(limit)
        result = await self.deliver(messages) if messages else BatchResult()
        await self.deliver_webhooks(limit, result)
        return result

    async def deliver_webhooks(self, limit: int, result: BatchResult) -> None:
        token = f"{self.name}/{next(self._batches)}"[-64:]
        claimed = await webhook_claims.claim(token, limit, self.config.claim_timeout)
        if not claimed:
            return
        config = self.config
        counts = await webhooks.deliver(
            self.webhooks,
            claimed,
            max_attempts=config.max_attempts,
            base=config.backoff_base,
            ceiling=config.backoff_max,
            concurrency=config.concurrency,
        )
        result.claimed += len(claimed)
        for status, count in counts.items():
            result.webhooks[status] += count

    async def deliver(self, messages: list[OutboxMessage]) -> BatchResult:
        recipients = await Recipients.load(
            {m.recipient_id for m in messages}, {m.application_id for m in messages if m.application_id}
        )
        batch = await plan(messages, recipients, await Earlier.load(messages), self.push, self.sms)
        gate = asyncio.Semaphore(self.config.concurrency)

        async def attempt(send: Send) -> Settled:
            async with gate:
                outcome: Outcome = await send.call()
            return settle(send, outcome, self.config.max_attempts)

        settled = list(await asyncio.gather(*(attempt(send) for send in batch.sends)))
        return await record(messages, batch.inbox, settled, self.config)

    async def run(self, stop: asyncio.Event) -> None:
        """Deliver until ``stop`` is set: batch after batch while they come full, else every
        ``poll_interval`` seconds."""
        interval = self.config.poll_interval
        log.info("notification worker %s started", self.name)
        try:
            while not stop.is_set():
                try:
                    result = await self.deliver_batch()
                except asyncio.CancelledError:
                    raise
                except Exception:  # the database may be away for a moment: keep the worker alive
                    log.exception("notification batch failed; trying again in %.1f s", interval)
                    result = BatchResult()
                if result.claimed >= self.config.batch_size:
                    continue  # more may be waiting
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), interval)
        finally:
            await self.close()
            log.info("notification worker %s stopped", self.name)


async def deliver_batch(
    limit: int = 50,
    *,
    config: WorkerConfig | None = None,
    sms: SmsSender | None = None,
    push: PushSender | None = None,
    endpoints: EndpointPolicy | None = None,
    webhook_endpoints: EndpointPolicy | None = None,
) -> BatchResult:
    """Claim and deliver one batch with a worker made for the call (tests, one-off runs)."""
    worker = Worker(config, sms=sms, push=push, endpoints=endpoints, webhook_endpoints=webhook_endpoints)
    try:
        return await worker.deliver_batch(limit)
    finally:
        await worker.close()
