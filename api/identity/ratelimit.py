"""Fixed-window rate limits kept in the database, so every process of the service shares them."""

from __future__ import annotations

import time
from dataclasses import dataclass

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F

from api.failures import Failure
from api.identity.models import RateCounter


@dataclass(frozen=True)
class Limit:
    name: str
    count: int  # allowed hits per window
    window: int  # seconds


# Per phone number and per network address: guessing codes or flooding a phone with SMS must fail.
CODE_REQUESTS_PER_PHONE = Limit("code-phone", 5, 3600)
CODE_REQUESTS_PER_ADDRESS = Limit("code-addr", 20, 3600)
SIGN_IN_PER_PHONE = Limit("signin-phone", 10, 900)
SIGN_IN_PER_ADDRESS = Limit("signin-addr", 30, 900)
# A hall kiosk (or the hall's Wi-Fi) is one address for many people; a pickup code has 10^6 values.
TRACKING_LOOKUPS_PER_ADDRESS = Limit("track-addr", 300, 900)
PICKUP_CODE_TRIES = Limit("locker-code", 5, 3600)


async def hit(limit: Limit, subject: str, *, now: float | None = None) -> None:
    """Count one attempt; raise RATE_LIMITED when the window's allowance is used up."""
    start = int((now if now is not None else time.time()) // limit.window * limit.window)
    key = f"{limit.name}:{subject}"
    updated = await RateCounter.filter(key=key, window_start=start).update(count=F("count") + 1)
    if not updated:
        try:
            await RateCounter.create(key=key, window_start=start, count=1)
        except IntegrityError:  # another request created it first
            await RateCounter.filter(key=key, window_start=start).update(count=F("count") + 1)
    row = await RateCounter.get(key=key, window_start=start)
    if row.count > limit.count:
        wait = start + limit.window - int(now if now is not None else time.time())
        raise Failure(
            "RATE_LIMITED",
            f"尝试次数过多，请 {max(1, wait // 60)} 分钟后再试",
            f"Too many attempts; try again in {max(1, wait // 60)} min",
        )


async def prune(before: float | None = None) -> int:
    """Forget windows that ended (called by maintenance; counters are tiny)."""
    cutoff = int((before if before is not None else time.time()) - 86400)
    return await RateCounter.filter(window_start__lt=cutoff).delete()
