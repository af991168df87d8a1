"""A citizen, a mini-program they granted applications:read, its subscription to a real local
receiver, and a worker whose retries are due at once (backoff 0) unless a test says otherwise."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest_asyncio

from api.applications import services as applying
from api.applications.models import Application
from api.identity import clients
from api.identity.enums import Scope
from api.identity.models import ApiClient
from api.webhooks.events import EventType
from api.webhooks.models import WebhookSubscription
from api.webhooks.services import subscriptions
from notifications.endpoints import EndpointPolicy
from notifications.worker import BatchResult, Worker, WorkerConfig
from tests.applications.conftest import (
    World,
    uploads_for,
    world,  # noqa: F401 (a fixture)
)
from tests.applications.test_submission import RESTAURANT, submission
from tests.webhooks.receiver import Receiver

APPLICATION_EVENTS = [e for e in EventType if e.value.startswith("application.")]


@dataclass
class Hooks:
    world: World
    receiver: Receiver
    policy: EndpointPolicy
    client: ApiClient
    subscription: WebhookSubscription
    secret: str
    workers: list[Worker] = field(default_factory=list)

    def worker(self, **config: float) -> Worker:
        settings = {"backoff_base": 0.0, "backoff_max": 0.0, "max_attempts": 3, **config}
        made = Worker(WorkerConfig(**settings), webhook_endpoints=self.policy)  # type: ignore[arg-type]
        self.workers.append(made)
        return made

    async def submit(self) -> Application:
        sub = submission(self.world, materials=await uploads_for(self.world, RESTAURANT))
        return (
            await applying.submit(self.world.catalog, self.world.citizen, self.world.as_citizen, sub)
        ).application


async def batch(worker: Worker) -> BatchResult:
    result = BatchResult()
    await worker.deliver_webhooks(50, result)
    return result


async def drain(worker: Worker, rounds: int = 20) -> int:
    """Deliver until nothing is due (bounded); returns the number of batches that claimed something."""
    for n in range(rounds):
        if not (await batch(worker)).claimed:
            return n
    raise AssertionError(f"deliveries still due after {rounds} batches")


@pytest_asyncio.fixture
async def hooks(world):  # noqa: F811 (the fixture above)
    with Receiver() as receiver:
        policy = EndpointPolicy.from_setting(receiver.allow)
        client, _ = await clients.register_client("社区小程序", frozenset({Scope.APPLICATIONS_READ}), None)
        await clients.grant(world.citizen, client.client_id, frozenset({Scope.APPLICATIONS_READ}))
        subscription, secret = await subscriptions.subscribe(
            client.id, receiver.url, APPLICATION_EVENTS, policy
        )
        made = Hooks(world, receiver, policy, client, subscription, secret)
        yield made
        for worker in made.workers:
            await worker.close()
