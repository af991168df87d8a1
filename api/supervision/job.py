"""The daily supervision run inside the app process: at 01:00 Asia/Shanghai, escalate what became
overdue, forget rate-limit windows that are over, and send the day's proactive reminders
(``api.reminders``; ``python -m api remind`` from cron). Every process may run it (the escalation is
unique per task); ``python -m api supervise`` does the same from cron, and
``supervision_job = "off"`` in ``Settings.extra`` turns this loop off."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, time, timedelta

from api import clock
from api.background import BackgroundLoop
from api.clock import CHINA
from api.identity import ratelimit
from api.reminders.services import run_reminders
from api.supervision.services import run_supervision

log = logging.getLogger("onevisit.supervision")

RUN_AT = time(1, 0)


def seconds_until(at: time, now: datetime) -> float:
    """Seconds from ``now`` to the next ``at`` (local time in China)."""
    local = now.astimezone(CHINA)
    target = datetime.combine(local.date(), at, tzinfo=CHINA)
    if target <= local:
        target += timedelta(days=1)
    return (target - local).total_seconds()


class DailySupervision(BackgroundLoop):
    name = "daily-supervision"

    def __init__(self, at: time = RUN_AT) -> None:
        super().__init__()
        self.at = at

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(seconds_until(self.at, clock.now()))
            try:
                await run_supervision(clock.today())
                await ratelimit.prune()  # yesterday's rate-limit windows are over
            except Exception:  # the next day tries again; nothing is lost (it is idempotent)
                log.exception("the daily supervision run failed")
            try:
                await run_reminders(clock.today())
            except Exception:  # idempotent too: tomorrow's run sends what today's could not
                log.exception("the daily reminders run failed")


def start_in_app(extra: dict) -> DailySupervision | None:
    if str(extra.get("supervision_job", "inline")).lower() == "off":
        return None
    return DailySupervision().start()
