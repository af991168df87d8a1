"""The worker inside the app process (``NOTIFICATIONS_WORKER=inline``, the default), started and
stopped with the app."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from api.identity.sms import SmsSender
from api.settings import Settings
from notifications.endpoints import EndpointPolicy
from notifications.vapid import ensure_key
from notifications.worker.config import WorkerConfig
from notifications.worker.runner import Worker

log = logging.getLogger("onevisit.notifications")


class InlineWorker:
    """The worker as a background task of the app process."""

    def __init__(
        self,
        config: WorkerConfig,
        sms: SmsSender | None = None,
        endpoints: EndpointPolicy | None = None,
        webhook_endpoints: EndpointPolicy | None = None,
    ) -> None:
        self.stop_event = asyncio.Event()
        self.worker = Worker(config, sms=sms, endpoints=endpoints, webhook_endpoints=webhook_endpoints)
        self.task: asyncio.Task[None] | None = None

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


async def start_in_app(settings: Settings, sms: SmsSender | None = None) -> InlineWorker | None:
    """At app start: make sure the VAPID key exists, and run the worker inline unless it is "off"."""
    await ensure_key()
    mode = settings.notifications_worker
    if mode == "off":
        log.info("notification worker off in this process (NOTIFICATIONS_WORKER=off)")
        return None
    if mode != "inline":
        raise ValueError(f"NOTIFICATIONS_WORKER must be inline or off, not {mode!r}")
    config = WorkerConfig.from_env(settings.public_base_url)
    return InlineWorker(config, sms, settings.push_endpoints, settings.webhook_endpoints).start()
