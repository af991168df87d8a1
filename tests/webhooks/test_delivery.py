"""Webhook deliveries through the real worker path to a real receiver on 127.0.0.1: signed, retried
with backoff, ordered per application, deduplicated, replayable, logged — SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

import pytest
from tortoise.exceptions import IntegrityError

from api import clock
from api.applications.enums import ActorKind
from api.applications.enums import ApplicationStatus as S
from api.applications.models import ApplicationEvent
from api.applications.workflow import Actor
from api.failures import Failure
from api.identity import clients
from api.identity.enums import Role
from api.identity.models import ClientGrant
from api.review import services as desk
from api.unit_of_work import changing
from api.webhooks.events import EventType
from api.webhooks.models import WebhookDelivery, WebhookEvent
from api.webhooks.services import subscriptions
from samples.python_client.webhooks import InvalidSignature, verify_signature
from tests.applications.conftest import make_user
from tests.webhooks.conftest import APPLICATION_EVENTS, batch, drain


async def test_an_event_is_written_with_the_move_and_delivered_signed(hooks):
    application = await hooks.submit()
    event = await WebhookEvent.get(application_id=application.id)
    assert event.type == "application.submitted" and event.event_id.startswith("evt_")
    assert await WebhookDelivery.filter(event=event, status="pending").count() == 1

    await drain(hooks.worker())
    [received] = hooks.receiver.requests
    assert received.path == "/hooks"
    assert received.headers["OneVisit-Event-Type"] == "application.submitted"
    assert received.event_id == event.event_id
    body = received.event
    assert body["id"] == event.event_id and body["type"] == "application.submitted"
    assert body["data"]["application"]["trackingNumber"] == application.tracking_number
    assert body["data"]["from"] == "draft" and body["data"]["to"] == "submitted"
    # the signature verifies with the subscription's secret, and only with it
    verify_signature(hooks.secret, received.headers, received.body)
    with pytest.raises(InvalidSignature):
        verify_signature("whsec_other", received.headers, received.body)
    with pytest.raises(InvalidSignature):  # a body changed on the way
        verify_signature(hooks.secret, received.headers, received.body.replace(b"submitted", b"accepted"))
    with pytest.raises(InvalidSignature):  # an old request sent again later
        verify_signature(hooks.secret, received.headers, received.body, tolerance=300, now=time.time() + 301)
    delivery = await WebhookDelivery.get(event=event)
    assert delivery.status == "sent" and delivery.attempts == 1 and delivery.response_status == 200
    assert delivery.duration_ms is not None and delivery.sent_at is not None


async def test_a_500_is_retried_then_delivered(hooks):
    hooks.receiver.statuses.extend([500, 503])
    await hooks.submit()
    worker = hooks.worker()
    await batch(worker)
    delivery = await WebhookDelivery.get(subscription=hooks.subscription)
    assert delivery.status == "pending" and delivery.attempts == 1 and delivery.response_status == 500
    assert delivery.last_error == "HTTP 500"
    await drain(worker)
    delivery = await WebhookDelivery.get(id=delivery.id)
    assert delivery.status == "sent" and delivery.attempts == 3 and delivery.response_status == 200
    assert [r.status for r in hooks.receiver.requests] == [500, 503, 200]
    assert len({r.event_id for r in hooks.receiver.requests}) == 1  # the same event each time


async def test_backoff_holds_a_failed_delivery_and_everything_after_it_for_that_application(hooks):
    hooks.receiver.statuses.append(500)
    application = await hooks.submit()
    clerk = await make_user("窗口甲", [Role.WINDOW_CLERK])
    await desk.claim(application.id, clerk)
    await desk.accept(application.id, clerk)  # a second event for the first application
    worker = hooks.worker(backoff_base=3600.0, backoff_max=3600.0)
    await batch(worker)  # the first event: 500, due again in an hour
    other = await hooks.submit()  # another application: its line is not held
    await batch(worker)
    await batch(worker)
    sent = [
        (r.event["type"], r.event["data"]["application"]["trackingNumber"], r.status)
        for r in hooks.receiver.requests
    ]
    assert sent == [
        ("application.submitted", application.tracking_number, 500),
        ("application.submitted", other.tracking_number, 200),
    ]
    held = await WebhookDelivery.filter(application_id=application.id, status="pending").order_by("id")
    assert [d.attempts for d in held] == [1, 0]
    assert held[0].available_at > clock.now() + timedelta(minutes=50)


async def test_ordered_per_application_under_retries(hooks):
    hooks.receiver.statuses.extend([500, 500])  # the first event fails twice
    application = await hooks.submit()
    clerk = await make_user("窗口甲", [Role.WINDOW_CLERK])
    await desk.claim(application.id, clerk)
    await desk.accept(application.id, clerk)  # application.accepted (task.created goes to nobody here)
    assert await WebhookDelivery.filter(subscription=hooks.subscription).count() == 2
    worker = hooks.worker()
    first = await batch(worker)
    assert first.claimed == 1  # the second event waits for the first
    await drain(worker)
    assert hooks.receiver.events(ok_only=False) == [
        "application.submitted",
        "application.submitted",
        "application.submitted",
        "application.accepted",
    ]


async def test_given_up_after_max_attempts_then_the_next_one_goes(hooks):
    hooks.receiver.statuses.extend([500, 500])
    application = await hooks.submit()
    clerk = await make_user("窗口甲", [Role.WINDOW_CLERK])
    await desk.claim(application.id, clerk)
    await desk.accept(application.id, clerk)
    await drain(hooks.worker(max_attempts=2))
    statuses = {d.event.type: d.status for d in await WebhookDelivery.all().select_related("event")}
    assert statuses == {"application.submitted": "failed", "application.accepted": "sent"}
    failed = await WebhookDelivery.get(status="failed")
    assert failed.attempts == 2 and failed.last_error.startswith("gave up after 2 attempts")


async def test_redirects_are_not_followed(hooks):
    hooks.receiver.statuses.append(302)
    await hooks.submit()
    await batch(hooks.worker())
    assert len(hooks.receiver.requests) == 1  # the Location was not visited
    delivery = await WebhookDelivery.get(subscription=hooks.subscription)
    assert delivery.status == "pending" and delivery.response_status == 302


async def test_event_ids_are_unique_and_a_subscription_gets_an_event_once(hooks):
    await hooks.submit()
    event = await WebhookEvent.get()
    with pytest.raises(IntegrityError):
        await WebhookEvent.create(
            event_id=event.event_id, type=event.type, payload={}, created_at=event.created_at
        )
    with pytest.raises(IntegrityError):
        await WebhookDelivery.create(
            subscription=hooks.subscription,
            event=event,
            application_id=event.application_id,
            available_at=clock.now(),
        )


async def test_replay_one_and_all_since_a_time(hooks):
    first = await hooks.submit()
    await hooks.submit()
    worker = hooks.worker()
    await drain(worker)
    assert len(hooks.receiver.requests) == 2
    delivery = await WebhookDelivery.get(application_id=first.id)
    replayed = await subscriptions.replay_one(hooks.client.id, delivery.id)
    assert replayed.status == "pending" and replayed.attempts == 0
    await drain(worker)
    assert len(hooks.receiver.requests) == 3
    event = await WebhookEvent.get(id=delivery.event_id)
    assert hooks.receiver.requests[2].event_id == event.event_id  # the same id: receivers dedup by it
    assert [r.event_id for r in hooks.receiver.requests[:2]].count(event.event_id) == 1

    since = (await WebhookEvent.all().order_by("id").first()).created_at
    assert await subscriptions.replay_since(hooks.client.id, hooks.subscription.id, since) == 2
    await drain(worker)
    assert len(hooks.receiver.requests) == 5
    # another client cannot replay this one's deliveries
    stranger, _ = await clients.register_client("别的应用", frozenset(), None)
    with pytest.raises(Failure) as refused:
        await subscriptions.replay_one(stranger.id, delivery.id)
    assert refused.value.code == "DELIVERY_NOT_FOUND"


async def test_only_clients_the_applicant_granted_receive_application_events(hooks):
    await ClientGrant.filter(client=hooks.client).update(revoked_at=clock.now())
    await hooks.submit()
    assert not await WebhookEvent.exists()
    await ClientGrant.filter(client=hooks.client).update(revoked_at=None)
    await subscriptions.set_active(hooks.client.id, hooks.subscription.id, False)
    await hooks.submit()
    assert not await WebhookEvent.exists()  # nobody active subscribed


async def test_subscriptions_refuse_unsafe_urls(hooks):
    for url in (
        "http://127.0.0.1:9/x",
        "https://10.0.0.1/x",
        "https://169.254.169.254/latest",
        "ftp://a.example/",
    ):
        with pytest.raises(Failure) as refused:
            await subscriptions.subscribe(hooks.client.id, url, APPLICATION_EVENTS, type(hooks.policy)())
        assert refused.value.code == "UNSAFE_URL"
    with pytest.raises(Failure):
        await subscriptions.subscribe(hooks.client.id, hooks.receiver.url, [], hooks.policy)


async def test_the_secret_is_encrypted_at_rest(hooks):
    conn = hooks.subscription._meta.db
    rows = await conn.execute_query_dict("SELECT secret FROM webhooks_subscription")
    assert rows[0]["secret"].startswith("ov1.") and hooks.secret not in rows[0]["secret"]


async def test_every_move_with_an_event_type_enqueues_in_its_transaction(hooks):
    application = await hooks.submit()
    with pytest.raises(RuntimeError):
        async with changing() as tx:
            clerk = await make_user("窗口乙", [Role.WINDOW_CLERK])
            await tx.move(application, S.NEEDS_CORRECTION, Actor(ActorKind.CLERK, clerk.id), "请补正")
            raise RuntimeError("rolled back")
    assert await WebhookEvent.filter(type=EventType.APPLICATION_CORRECTIONS_REQUESTED.value).count() == 0
    assert (
        await ApplicationEvent.filter(application_id=application.id, to_status=S.NEEDS_CORRECTION).count()
        == 0
    )


async def test_two_workers_never_send_the_same_delivery(hooks):
    for _ in range(6):
        await hooks.submit()
    first, second = hooks.worker(), hooks.worker()
    for _ in range(4):
        await asyncio.gather(batch(first), batch(second))
    ids = [r.event_id for r in hooks.receiver.requests]
    assert len(ids) == 6 and len(set(ids)) == 6
    assert await WebhookDelivery.filter(status="sent", attempts=1).count() == 6
