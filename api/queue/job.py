"""The queue's background loop in the app process: every minute, bookings not checked in 15 minutes
after their slot started become NO_SHOW (``services.mark_no_shows``, idempotent: every process may run
it, a run that fails is made up by the next)."""

from __future__ import annotations

import asyncio
import logging

from api.background import BackgroundLoop
from api.queue.services import mark_no_shows

log = logging.getLogger("onevisit.queue")

EVERY_SECONDS = 60.0


class NoShowMarker(BackgroundLoop):
    name = "queue-no-shows"

    def __init__(self, every: float = EVERY_SECONDS) -> None:
        super().__init__()
        self.every = every

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.every)  # after start-up: the first minute needs no marking
            try:
                marked = await mark_no_shows()
                if marked:
                    log.info("%d booking(s) marked NO_SHOW", marked)
            except Exception:
                log.exception("marking no-shows failed")
