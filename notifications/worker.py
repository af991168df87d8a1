"""The outbox worker: claims due outbox rows, renders them, writes the inbox, sends Web Push and SMS
per the person's preferences, records each delivery and marks the row done — or reschedules it with
exponential backoff when a channel failed for a reason that may pass (429, 5xx, network).

Claiming: on PostgreSQL ``SELECT … FOR UPDATE SKIP LOCKED`` in a short transaction that stamps
``claimed_at``/``claimed_by``, so concurrent workers never take the same row; on SQLite one
conditional ``UPDATE … WHERE id IN (due rows) AND <still due>`` (one statement holds the write lock).
A claim older than ``claim_timeout`` counts as a crashed worker's and is taken again, so a crash
between claim and send loses nothing. A ``Delivery`` row marked sent is never sent again.

Runs inside the app process (``NOTIFICATIONS_WORKER=inline``, the default) or on its own:
``python -m notifications.worker``.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import logging
import os
import random
import signal
import socket
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from tortoise import timezone
from tortoise.expressions import F, Q, Subquery
from tortoise.transactions import in_transaction

from api.identity.models import User
from api.identity.sms import RecordingSms, SmsSender
from api.logs import MaskingFilter, install_masking, mask
from notifications import channels
from notifications.channels import FAILED, GONE, RETRY, SENT, Outcome, PushSender, PushTarget, Sms
from notifications.endpoints import EndpointPolicy
from notifications.models import ChannelPreference, Delivery, InboxMessage, OutboxMessage, PushSubscription
from notifications.templates import DEFAULT_LOCALE, Rendered, render
from notifications.vapid import ensure_key, load_keys

log = logging.getLogger("onevisit.notifications")
log.addFilter(MaskingFilter())

DEFAULT_SUBJECT = "mailto:noreply@onevisit.invalid"  # VAPID `sub`: set VAPID_SUBJECT to a real contact
FINAL = frozenset({SENT, GONE, FAILED})  # a delivery in one of these states is not attempted again


@dataclass(frozen=True)
class WorkerConfig:
    batch_size: int = 50
    poll_interval: float = 1.0
    claim_timeout: float = 300.0  # a claim older than this is a crashed worker's: take the row again
    backoff_base: float = 10.0  # seconds before the first retry; doubles each attempt (with jitter)
    backoff_max: float = 3600.0
    max_attempts: int = 10  # then the failing channels are given up (the inbox always has the message)
    push_ttl: int = 24 * 3600  # how long a push service keeps a message for a phone that is asleep
    push_timeout: float = 15.0
    concurrency: int = 32  # sends in flight per worker
    vapid_subject: str = ""

    @classmethod
    def from_env(cls, public_base_url: str = "", **overrides) -> WorkerConfig:
        host = urlsplit(public_base_url).hostname
        subject = os.environ.get("VAPID_SUBJECT") or (
            f"https://{host}" if public_base_url.startswith("https://") and host else DEFAULT_SUBJECT
        )
        values: dict = {"vapid_subject": subject}
        for name, env, kind in (
            ("batch_size", "NOTIFICATIONS_BATCH_SIZE", int),
            ("poll_interval", "NOTIFICATIONS_POLL_INTERVAL", float),
            ("claim_timeout", "NOTIFICATIONS_CLAIM_TIMEOUT", float),
            ("max_attempts", "NOTIFICATIONS_MAX_ATTEMPTS", int),
            ("push_ttl", "NOTIFICATIONS_PUSH_TTL", int),
        ):
            if env in os.environ:
                values[name] = kind(os.environ[env])
        values.update(overrides)
        return cls(**values)


@dataclass
class BatchResult:
    claimed: int = 0
    done: int = 0
    retried: int = 0
    inbox: int = 0
    sent: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # per channel
    failed: int = 0
    gone: int = 0


@dataclass
class _Send:
    message: OutboxMessage
    channel: str
    target: str
    attempts: int
    subscription_id: int | None = None
    outcome: Outcome | None = None


def db_now() -> datetime:
    """Now, in the configured time zone. SQLite keeps datetimes as text in that zone and tortoise
    passes filter and update values through unconverted: a UTC value would compare as text wrongly."""
    return timezone.localtime()


def _worker_name() -> str:
    return f"{socket.gethostname()[:32]}:{os.getpid()}:{random.randrange(16**4):04x}"


class Worker:
    """One worker: ``deliver_batch()`` claims and delivers one batch; ``run(stop)`` loops."""

    def __init__(
        self,
        config: WorkerConfig | None = None,
        *,
        sms: SmsSender | None = None,
        push: PushSender | None = None,
        name: str | None = None,
        endpoints: EndpointPolicy | None = None,
    ) -> None:
        self.config = config or WorkerConfig()
        self.endpoints = endpoints or EndpointPolicy()  # SSRF rules, checked again at every send
        self.sms = Sms(sms or RecordingSms())
        self._push = push
        self._own_push: channels.WebPush | None = None
        self.name = name or _worker_name()
        self._batches = itertools.count(1)

    async def push(self) -> PushSender:
        if self._push is None:
            keys = await load_keys()
            self._own_push = channels.WebPush(
                keys,
                self.config.vapid_subject or DEFAULT_SUBJECT,
                ttl=self.config.push_ttl,
                timeout=self.config.push_timeout,
                connections=self.config.concurrency,
                endpoints=self.endpoints,
            )
            self._push = self._own_push
        return self._push

    async def close(self) -> None:
        if self._own_push is not None:
            await self._own_push.close()
            self._own_push = self._push = None

    # --- claiming ------------------------------------------------------------------------------

    def _due(self, now: datetime) -> Q:
        stale = now - timedelta(seconds=self.config.claim_timeout)
        return Q(sent_at__isnull=True, available_at__lte=now) & (
            Q(claimed_at__isnull=True) | Q(claimed_at__lt=stale)
        )

    async def claim(self, limit: int) -> list[OutboxMessage]:
        """Take up to ``limit`` due rows for this worker (their ``attempts`` counts this claim)."""
        now = db_now()
        token = f"{self.name}/{next(self._batches)}"[-64:]
        due = self._due(now)
        if OutboxMessage._meta.db.capabilities.dialect == "postgres":
            async with in_transaction() as conn:
                rows = (
                    await OutboxMessage.filter(due)
                    .order_by("available_at", "id")
                    .limit(limit)
                    .select_for_update(skip_locked=True)
                    .using_db(conn)
                )
                if not rows:
                    return []
                await (
                    OutboxMessage.filter(id__in=[r.id for r in rows])
                    .using_db(conn)
                    .update(claimed_at=now, claimed_by=token, attempts=F("attempts") + 1)
                )
            for row in rows:
                row.claimed_at, row.claimed_by, row.attempts = now, token, row.attempts + 1
            return rows
        candidates = OutboxMessage.filter(due).order_by("available_at", "id").limit(limit).values("id")
        claimed = await OutboxMessage.filter(due, id__in=Subquery(candidates)).update(
            claimed_at=now, claimed_by=token, attempts=F("attempts") + 1
        )
        if not claimed:
            return []
        return await OutboxMessage.filter(claimed_by=token, sent_at__isnull=True).order_by("id")

    # --- delivering ----------------------------------------------------------------------------

    async def deliver_batch(self, limit: int | None = None) -> BatchResult:
        messages = await self.claim(limit or self.config.batch_size)
        if not messages:
            return BatchResult()
        return await self.deliver(messages)

    async def deliver(self, messages: list[OutboxMessage]) -> BatchResult:
        result = BatchResult(claimed=len(messages))
        ids = [m.id for m in messages]
        user_ids = {m.recipient_id for m in messages}
        phones = dict(await User.filter(id__in=user_ids).values_list("id", "phone"))
        prefs = {p.user_id: p for p in await ChannelPreference.filter(user_id__in=user_ids)}
        subscriptions: dict[int, list[PushSubscription]] = defaultdict(list)
        for sub in await PushSubscription.filter(user_id__in=user_ids).order_by("id"):
            subscriptions[sub.user_id].append(sub)
        # a first attempt has nothing recorded yet: skip the look-ups (2 queries) on the common path
        retried = any(m.attempts > 1 for m in messages)
        done_before: dict[tuple[int, str, str], Delivery] = {}
        inboxed: set[int] = set()
        if retried:
            for d in await Delivery.filter(message_id__in=ids):
                done_before[(d.message_id, d.channel, d.target)] = d
            inboxed = set(await InboxMessage.filter(outbox_id__in=ids).values_list("outbox_id", flat=True))

        inbox_rows: list[InboxMessage] = []
        sends: list[tuple[_Send, Callable[[], Awaitable[Outcome]]]] = []
        push = None
        for message in messages:
            pref = prefs.get(message.recipient_id)
            locale = pref.locale if pref else DEFAULT_LOCALE
            texts = {
                loc: render(
                    message.kind, message.payload or {}, locale=loc, application_id=message.application_id
                )
                for loc in ("zh-CN", "en")
            }
            rendered = texts.get(locale, texts[DEFAULT_LOCALE])
            if message.id not in inboxed:
                inbox_rows.append(_inbox_row(message, texts["zh-CN"], texts["en"]))

            def pending(channel: str, target: str, message: OutboxMessage = message) -> _Send | None:
                earlier = done_before.get((message.id, channel, target))
                if earlier is not None and earlier.status in FINAL:
                    return None
                return _Send(message, channel, target, (earlier.attempts if earlier else 0) + 1)

            if pref is None or pref.push:
                for sub in subscriptions.get(message.recipient_id, ()):
                    send = pending("push", f"sub:{sub.id}")
                    if send is None:
                        continue
                    push = push or await self.push()
                    send.subscription_id = sub.id
                    data = channels.push_data(rendered, message.id, message.application_id)
                    topic = channels.topic_for(message.id, message.application_id)
                    target = PushTarget(sub.endpoint, sub.p256dh, sub.auth)
                    sends.append(
                        (
                            send,
                            functools.partial(push.send, target, data, urgency=rendered.urgency, topic=topic),
                        )
                    )
            phone = phones.get(message.recipient_id)
            if rendered.sms and phone and (pref is None or pref.sms):
                send = pending("sms", "phone")
                if send is not None:
                    sends.append((send, functools.partial(self.sms.send, phone, rendered.sms_text)))

        gate = asyncio.Semaphore(self.config.concurrency)

        async def run(send: _Send, call) -> None:
            async with gate:
                send.outcome = await call()

        await asyncio.gather(*(run(send, call) for send, call in sends))
        await self._record(messages, inbox_rows, [s for s, _ in sends], result)
        return result

    async def _record(
        self, messages: list[OutboxMessage], inbox_rows: list[InboxMessage], sends: list[_Send], result
    ) -> None:
        now = db_now()
        by_message: dict[int, list[_Send]] = defaultdict(list)
        for send in sends:
            outcome = send.outcome or Outcome(RETRY, "not attempted")
            if outcome.status == RETRY and send.message.attempts >= self.config.max_attempts:
                outcome = Outcome(FAILED, f"gave up after {send.message.attempts} attempts: {outcome.error}")
            send.outcome = outcome
            by_message[send.message.id].append(send)
        deliveries = [
            Delivery(
                message_id=s.message.id,
                channel=s.channel,
                target=s.target,
                status="retrying" if s.outcome.status == RETRY else s.outcome.status,
                attempts=s.attempts,
                last_error=mask(s.outcome.error)[:300],
                at=now,
            )
            for s in sends
        ]
        gone = [s.subscription_id for s in sends if s.outcome.status == GONE and s.subscription_id]
        reached = [s.subscription_id for s in sends if s.outcome.status == SENT and s.subscription_id]
        done, retry = [], []
        for message in messages:
            outcomes = [s.outcome for s in by_message.get(message.id, ())]
            (retry if any(o.status == RETRY for o in outcomes) else done).append((message, outcomes))

        async with in_transaction() as conn:
            if inbox_rows:
                await InboxMessage.bulk_create(inbox_rows, ignore_conflicts=True, using_db=conn)
            if deliveries:
                await Delivery.bulk_create(
                    deliveries,
                    on_conflict=["message_id", "channel", "target"],
                    update_fields=["status", "attempts", "last_error", "at"],
                    using_db=conn,
                )
            if gone:
                await PushSubscription.filter(id__in=gone).using_db(conn).delete()
            if reached:
                await PushSubscription.filter(id__in=reached).using_db(conn).update(last_success_at=now)
            clean = [m.id for m, outcomes in done if all(o.status != FAILED for o in outcomes)]
            if clean:
                await (
                    OutboxMessage.filter(id__in=clean, claimed_by=messages[0].claimed_by)
                    .using_db(conn)
                    .update(sent_at=now, last_error="")
                )
            for message, outcomes in done:
                if message.id not in clean:
                    errors = "; ".join(o.error for o in outcomes if o.status == FAILED)
                    await (
                        OutboxMessage.filter(id=message.id, claimed_by=message.claimed_by)
                        .using_db(conn)
                        .update(sent_at=now, last_error=mask(errors)[:1000])
                    )
            for message, outcomes in retry:
                delay = self.backoff(message.attempts, [o.retry_after for o in outcomes if o.status == RETRY])
                errors = "; ".join(o.error for o in outcomes if o.status == RETRY)
                await (
                    OutboxMessage.filter(id=message.id, claimed_by=message.claimed_by)
                    .using_db(conn)
                    .update(
                        available_at=now + timedelta(seconds=delay),
                        claimed_at=None,
                        claimed_by="",
                        last_error=mask(errors)[:1000],
                    )
                )

        result.inbox = len(inbox_rows)
        result.done, result.retried = len(done), len(retry)
        for send in sends:
            status = send.outcome.status
            if status == SENT:
                result.sent[send.channel] += 1
            elif status == GONE:
                result.gone += 1
            elif status == FAILED:
                result.failed += 1
        if retry:
            log.info(
                "outbox: %d message(s) to retry (%s)", len(retry), retry[0][1][0].error if retry[0][1] else ""
            )

    def backoff(self, attempts: int, asked: list[float | None]) -> float:
        """Exponential backoff with full jitter on the upper half; a Retry-After wins when longer."""
        ceiling = min(self.config.backoff_max, self.config.backoff_base * 2 ** max(0, attempts - 1))
        delay = ceiling / 2 + random.random() * ceiling / 2
        wanted = max((a for a in asked if a is not None), default=0.0)
        return min(self.config.backoff_max, max(delay, wanted))

    # --- running -------------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event, poll_interval: float | None = None) -> None:
        interval = self.config.poll_interval if poll_interval is None else poll_interval
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


def _inbox_row(message: OutboxMessage, zh: Rendered, en: Rendered) -> InboxMessage:
    return InboxMessage(
        user_id=message.recipient_id,
        outbox_id=message.id,
        kind=message.kind,
        template_version=zh.version,
        title=zh.title,
        body=zh.body,
        title_en=en.title,
        body_en=en.body,
        url=zh.url,
    )


async def deliver_batch(limit: int = 50, **worker_options) -> BatchResult:
    """Claim and deliver one batch with a worker made for the call (tests, one-off runs)."""
    worker = Worker(**worker_options)
    try:
        return await worker.deliver_batch(limit)
    finally:
        await worker.close()


async def run_worker(stop_event: asyncio.Event, poll_interval: float = 1.0, **worker_options) -> None:
    """Deliver until ``stop_event`` is set, looking for due rows every ``poll_interval`` seconds."""
    await Worker(**worker_options).run(stop_event, poll_interval)


class InlineWorker:
    """The worker as a background task of the app process (``NOTIFICATIONS_WORKER=inline``)."""

    def __init__(
        self, config: WorkerConfig, sms: SmsSender | None = None, endpoints: EndpointPolicy | None = None
    ) -> None:
        self.stop_event = asyncio.Event()
        self.worker = Worker(config, sms=sms, endpoints=endpoints)
        self.task: asyncio.Task | None = None

    def start(self) -> InlineWorker:
        self.task = asyncio.create_task(self.worker.run(self.stop_event), name="notification-worker")
        return self

    async def stop(self, grace: float = 10.0) -> None:
        self.stop_event.set()
        if self.task is None:
            return
        try:
            await asyncio.wait_for(asyncio.shield(self.task), grace)
        except TimeoutError:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task


async def start_in_app(settings, sms: SmsSender | None = None) -> InlineWorker | None:
    """At app start: make sure the VAPID key exists, and run the worker inline unless it is "off"."""
    await ensure_key()
    mode = settings.notifications_worker
    if mode == "off":
        log.info("notification worker off in this process (NOTIFICATIONS_WORKER=off)")
        return None
    if mode != "inline":
        raise ValueError(f"NOTIFICATIONS_WORKER must be inline or off, not {mode!r}")
    config = WorkerConfig.from_env(settings.public_base_url)
    return InlineWorker(config, sms, settings.push_endpoints).start()


async def _main() -> None:
    from tortoise import Tortoise

    from api import db
    from api.settings import Settings, tortoise_config

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    install_masking()
    settings = Settings.from_env()
    settings.setup_data_keys()
    db.ensure_sqlite_directory(settings.database_url)
    await Tortoise.init(config=tortoise_config(settings.database_url))
    try:
        await db.migrate(settings.database_url)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        config = WorkerConfig.from_env(settings.public_base_url)
        await Worker(config, endpoints=settings.push_endpoints).run(stop)
    finally:
        await Tortoise.close_connections()


if __name__ == "__main__":
    asyncio.run(_main())
