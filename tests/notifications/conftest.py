"""Notifications fixtures: people, applications and outbox rows made directly, and the fake push service."""

from __future__ import annotations

import asyncio
import secrets
from datetime import UTC, datetime

import pytest_asyncio
from webauthn.helpers import bytes_to_base64url

from api.applications.enums import ApplicationKind, ApplicationStatus
from api.applications.models import Application
from api.identity.enums import Role
from api.identity.models import User
from notifications import services
from notifications.endpoints import EndpointPolicy
from notifications.models import OutboxMessage
from notifications.worker import Worker, WorkerConfig
from tests.identity import ids
from tests.notifications.fake_push import BrowserSubscription, FakePushService

# retries come quickly in tests; a claim is taken over after half a second
FAST = WorkerConfig(
    backoff_base=0.02, backoff_max=0.1, claim_timeout=0.5, vapid_subject="mailto:ops@example.gov.cn"
)


@pytest_asyncio.fixture
async def push_service():
    async with FakePushService() as service:
        yield service


def allowing(service: FakePushService) -> EndpointPolicy:
    """The push rules with the fake service on loopback allowed (as ``PUSH_ALLOW_HOSTS`` does)."""
    return EndpointPolicy.from_setting(f"127.0.0.1:{service.port}")


def worker_for(service: FakePushService, config: WorkerConfig = FAST, **options) -> Worker:
    return Worker(config, endpoints=allowing(service), **options)


async def person(name: str = "张三", phone: str | None = None) -> User:
    return await User.create(
        user_handle=bytes_to_base64url(secrets.token_bytes(64)),
        name=name,
        phone=phone if phone is not None else ids.phone(),
        roles=[Role.CITIZEN.value],
    )


_serial = iter(range(100000, 999999))


async def application(
    user: User, status=ApplicationStatus.READY_FOR_PICKUP, name="出生一件事"
) -> Application:
    return await Application.create(
        tracking_number=f"TEST{next(_serial)}",
        kind=ApplicationKind.BUNDLE,
        catalog_code="B01",
        catalog_name=name,
        catalog_revision="test",
        form_schema={},
        applicant=user,
        status=status,
    )


async def outbox(user: User, kind: str, app: Application | None = None, **payload) -> OutboxMessage:
    base = {"trackingNumber": app.tracking_number, "name": app.catalog_name} if app else {}
    return await OutboxMessage.create(
        kind=kind,
        recipient=user,
        application=app,
        payload={**base, "status": kind, "reason": "", **payload},
        available_at=datetime.now(UTC),
    )


async def subscribe(service: FakePushService, user: User) -> BrowserSubscription:
    browser = service.subscribe()
    await services.subscribe(
        user.id, browser.endpoint, browser.p256dh, browser.auth, endpoints=allowing(service)
    )
    return browser


async def drain(worker: Worker, rounds: int = 400, pause: float = 0.01) -> int:
    """Deliver until no outbox row is left (retries wait for their backoff); returns the batches run."""
    for batch in range(rounds):
        await worker.deliver_batch()
        if not await OutboxMessage.filter(sent_at__isnull=True).exists():
            return batch + 1
        await asyncio.sleep(pause)
    raise AssertionError("the outbox did not drain")
