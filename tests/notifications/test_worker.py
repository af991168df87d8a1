"""The outbox worker end to end: real database (SQLite and PostgreSQL), real pywebpush, and a push
service on 127.0.0.1 that checks VAPID and decrypts every message as the browser would."""

from __future__ import annotations

import asyncio
from collections import Counter

from api.identity.models import SmsMessage
from api.identity.sms import latest_message
from notifications import services
from notifications.models import ChannelPreference, Delivery, InboxMessage, OutboxMessage, PushSubscription
from notifications.worker import InlineWorker, Worker, deliver_batch
from tests.conftest import gid
from tests.notifications.conftest import (
    FAST,
    allowing,
    application,
    drain,
    outbox,
    person,
    subscribe,
    worker_for,
)


async def test_ready_for_pickup_arrives_once_with_the_pickup_code(database, push_service):
    citizen = await person(phone="13912345678")
    browser = await subscribe(push_service, citizen)
    app = await application(citizen)
    message = await outbox(
        citizen,
        "ready_for_pickup",
        app,
        pickupMethod="locker",
        lockerLocation="市民中心一楼",
        lockerCode="836201",
    )
    worker = worker_for(push_service)
    try:
        result = await worker.deliver_batch()
        assert (result.claimed, result.done, result.inbox, dict(result.sent)) == (
            1,
            1,
            1,
            {"push": 1, "sms": 1},
        )

        [pushed] = push_service.messages_for(browser)
        assert pushed["title"] == "已办结，请领取"
        assert "836201" in pushed["body"] and app.tracking_number in pushed["body"]
        assert pushed["url"] == f"/applications/{gid('Application', app.id)}"
        [request] = push_service.received
        assert request.headers["ttl"] == str(24 * 3600)
        assert request.headers["urgency"] == "high"
        assert request.headers["topic"] == f"app{app.id}"

        inbox = await InboxMessage.get(user=citizen)
        assert inbox.url == f"/applications/{gid('Application', app.id)}" and "836201" in inbox.body
        assert "pickup code 836201" in inbox.body_en
        assert "836201" in (await latest_message("13912345678") or "")
        assert (await OutboxMessage.get(id=message.id)).sent_at is not None
        assert await PushSubscription.filter(user=citizen, last_success_at__isnull=False).count() == 1

        # nothing more to do; and even a row forced back into the queue is not sent twice
        assert (await worker.deliver_batch()).claimed == 0
        await OutboxMessage.filter(id=message.id).update(sent_at=None, claimed_at=None)
        again = await worker.deliver_batch()
        assert again.claimed == 1 and not again.sent and again.inbox == 0
        assert len(push_service.received) == 1
        assert await InboxMessage.filter(user=citizen).count() == 1
        assert await SmsMessage.filter(phone="13912345678").count() == 1
    finally:
        await worker.close()


async def test_with_half_the_requests_failing_every_message_arrives_exactly_once(database, push_service):
    push_service.fail = lambda n: (500 if n % 4 == 1 else 429) if n % 2 else None
    push_service.retry_after = "0"
    browsers = []
    expected = Counter()
    for i in range(6):
        citizen = await person(f"市民{i}")
        await ChannelPreference.create(user=citizen, sms=False)
        mine = [await subscribe(push_service, citizen) for _ in range(2)]  # a phone and a laptop
        browsers += mine
        for kind in ("receipt", "accepted", "ready_for_pickup"):
            app = await application(citizen)
            message = await outbox(citizen, kind, app, window="A03", hall="市民中心")
            for b in mine:
                expected[(b.token, gid("OutboxMessage", message.id))] += 1
    worker = worker_for(push_service)
    try:
        await drain(worker)
    finally:
        await worker.close()

    got = Counter((r.token, r.data["messageId"]) for r in push_service.received)
    assert got == expected  # each message on each browser exactly once
    assert push_service.statuses.count(500) + push_service.statuses.count(429) >= len(expected) // 2
    assert await Delivery.filter(status="sent").count() == len(expected)
    assert await Delivery.exclude(status="sent").count() == 0
    assert await OutboxMessage.filter(attempts__gt=1).exists()
    assert await InboxMessage.all().count() == 18


async def test_gone_subscription_is_removed_and_the_inbox_still_has_the_message(database, push_service):
    citizen = await person()
    await ChannelPreference.create(user=citizen, sms=False)
    stale, fresh = await subscribe(push_service, citizen), await subscribe(push_service, citizen)
    push_service.expire(stale)
    app = await application(citizen)
    await outbox(citizen, "correction_needed", app, reason="缺少出生医学证明")

    result = await deliver_batch(10, config=FAST, endpoints=allowing(push_service))
    assert (result.done, result.gone, result.sent["push"]) == (1, 1, 1)
    assert await PushSubscription.filter(endpoint=stale.endpoint).count() == 0
    assert await PushSubscription.filter(endpoint=fresh.endpoint).count() == 1
    [pushed] = push_service.messages_for(fresh)
    assert "缺少出生医学证明" in pushed["body"]
    assert await Delivery.filter(status="gone").count() == 1
    assert await InboxMessage.filter(user=citizen, kind="correction_needed").count() == 1


async def test_a_crash_between_claim_and_send_loses_nothing(database, push_service):
    citizen = await person()
    browser = await subscribe(push_service, citizen)
    app = await application(citizen)
    messages = [await outbox(citizen, kind, app) for kind in ("receipt", "accepted", "please_rate")]

    crashed = worker_for(push_service, name="crashed")
    assert len(await crashed.claim(10)) == 3  # ... and the process dies here

    survivor = worker_for(push_service, name="survivor")
    try:
        assert (await survivor.deliver_batch()).claimed == 0  # the claims are fresh: not taken yet
        await asyncio.sleep(FAST.claim_timeout + 0.1)
        result = await survivor.deliver_batch()
    finally:
        await survivor.close()
    assert result.claimed == 3 and result.done == 3
    assert sorted(m["messageId"] for m in push_service.messages_for(browser)) == sorted(
        gid("OutboxMessage", m.id) for m in messages
    )
    assert await OutboxMessage.filter(sent_at__isnull=True).count() == 0


async def test_two_concurrent_workers_never_take_the_same_row(database, push_service):
    """On PostgreSQL the claims are SELECT … FOR UPDATE SKIP LOCKED on a connection pool: really
    concurrent transactions. Every row is claimed exactly once and pushed exactly once."""
    citizens = [await person(f"市民{i}") for i in range(4)]
    browsers = {}
    for citizen in citizens:
        await ChannelPreference.create(user=citizen, sms=False)
        browsers[citizen.id] = await subscribe(push_service, citizen)
    count = 120
    for i in range(count):
        await outbox(citizens[i % 4], "accepted", None, name=f"事项{i}", trackingNumber=f"T{i}")

    claims = Counter()

    async def work(worker: Worker) -> None:
        try:
            while await OutboxMessage.filter(sent_at__isnull=True).exists():
                claims[worker.name] += (await worker.deliver_batch(7)).claimed
                await asyncio.sleep(0)
        finally:
            await worker.close()

    await asyncio.gather(
        work(worker_for(push_service, name="one")), work(worker_for(push_service, name="two"))
    )
    assert sum(claims.values()) == count, claims  # no row claimed twice
    assert claims["one"] > 0 and claims["two"] > 0, claims
    pushed = Counter(r.data["messageId"] for r in push_service.received)
    assert len(pushed) == count and set(pushed.values()) == {1}


async def test_preferences_choose_the_channels_and_the_language(database, push_service):
    quiet = await person(phone="13700000001")
    browser = await subscribe(push_service, quiet)
    await services.set_preferences(quiet.id, push=False, sms=False)
    english = await person(phone="13700000002")
    english_browser = await subscribe(push_service, english)
    await services.set_preferences(english.id, locale="en")
    for citizen in (quiet, english):
        await outbox(citizen, "ready_for_pickup", await application(citizen), window="5", hall="政务大厅")

    result = await deliver_batch(config=FAST, endpoints=allowing(push_service))
    assert result.done == 2
    assert push_service.messages_for(browser) == []
    assert await SmsMessage.filter(phone="13700000001").count() == 0
    assert await InboxMessage.filter(user=quiet).count() == 1  # the inbox is always written
    [pushed] = push_service.messages_for(english_browser)
    assert pushed["title"] == "Ready for pickup" and "window 5" in pushed["body"]
    assert (await latest_message("13700000002") or "").startswith("[OneVisit] ")


async def test_the_inline_worker_delivers_in_the_background_and_stops(database, push_service):
    citizen = await person()
    browser = await subscribe(push_service, citizen)
    inline = InlineWorker(
        FAST.__class__(**{**FAST.__dict__, "poll_interval": 0.05}), endpoints=allowing(push_service)
    ).start()
    try:
        await outbox(citizen, "receipt", await application(citizen))
        for _ in range(200):
            if push_service.messages_for(browser):
                break
            await asyncio.sleep(0.02)
    finally:
        await inline.stop()
    assert len(push_service.messages_for(browser)) == 1
    assert inline.task is not None and inline.task.done() and inline.task.exception() is None
