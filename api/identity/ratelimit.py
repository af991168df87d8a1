"""Fixed-window rate limits kept in the database, so every process of the service shares them.

Limits count per phone number, per account (a signed-in person or an API client: ``account_of``) and
per network address. An address alone is never the only count where a better subject exists: a hall's
Wi-Fi or a carrier's NAT is one address for many people, so per-address limits are generous and the
tight ones are per phone or per account.

Being limited raises ``RateLimited``: GraphQL shows it in ``errors[]`` with ``extensions.code =
RATE_LIMITED`` and ``extensions.retryAfter`` (seconds); HTTP routes answer 429 with ``Retry-After``
(``api.web.auth.too_many_requests``). It is deliberately not a ``Failure``: ``failures_as`` lets it
through, so it is never a member of a result union.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F

from api.graphql.errors import PublicError
from api.identity.errors import IdentityError
from api.identity.models import RateCounter
from api.identity.principal import Principal


@dataclass(frozen=True)
class Limit:
    name: str
    count: int  # allowed hits per window
    window: int  # seconds


# Per phone number and per network address: guessing codes or flooding a phone with SMS must fail.
# Every sign-up and every code sign-in goes through these; a hall's Wi-Fi (or a carrier's NAT) is one
# address for hundreds of people, so the per-phone limits are the tight ones and the per-address ones
# only stop one machine from spraying many numbers.
CODE_REQUESTS_PER_PHONE = Limit("code-phone", 5, 3600)
CODE_REQUESTS_PER_ADDRESS = Limit("code-addr", 200, 3600)
SIGN_IN_PER_PHONE = Limit("signin-phone", 10, 900)
SIGN_IN_PER_ADDRESS = Limit("signin-addr", 150, 900)
# A hall kiosk (or the hall's Wi-Fi) is one address for many people; a pickup code has 10^6 values.
TRACKING_LOOKUPS_PER_ADDRESS = Limit("track-addr", 300, 900)
PICKUP_CODE_TRIES = Limit("locker-code", 5, 3600)
# What a signed-in caller could repeat to spam someone or guess a code.
CONSENT_REQUESTS_PER_ACCOUNT = Limit("consent-req-acct", 60, 3600)  # a helper's busy day, not a flood
CONSENT_ANSWERS_PER_ACCOUNT = Limit("consent-ans-acct", 30, 900)  # guessing other people's codes
UPLOADS_PER_ACCOUNT = Limit("upload-acct", 120, 3600)
UPLOADS_PER_ADDRESS = Limit("upload-addr", 1000, 3600)
# /oauth/token: guessing a client's secret, per client and per address.
CLIENT_TOKENS_PER_CLIENT = Limit("oauth-client", 60, 900)
CLIENT_TOKENS_PER_ADDRESS = Limit("oauth-addr", 300, 900)


class RateLimited(PublicError):
    """The allowance of ``limit`` is used up; ``retry_after`` seconds until the window ends."""

    error = IdentityError.RATE_LIMITED

    def __init__(self, limit: Limit, retry_after: int):
        minutes = max(1, (retry_after + 59) // 60)
        message = self.error.zh.format(minutes=minutes)
        message_en = self.error.en.format(minutes=minutes)
        self.code = self.error.name
        super().__init__(
            f"{message} {message_en}",
            extensions={"code": self.code, "retryAfter": retry_after, "messageEn": message_en},
        )
        self.limit = limit
        self.retry_after = retry_after
        self.message_en = message_en


def user_account(user_id: int) -> str:
    """The account subject of a signed-in person (what ``account_of`` gives for their principal)."""
    return f"user:{user_id}"


def account_of(principal: Principal) -> str | None:
    """The account a caller is counted under: ``user:<id>``, ``client:<id>``, or None (anonymous)."""
    if principal.is_user:
        return user_account(principal.user_id or 0)
    if principal.is_client:
        return f"client:{principal.client_id}"
    return None


async def hit(limit: Limit, subject: str, *, now: float | None = None) -> None:
    """Count one attempt; raise ``RateLimited`` when the window's allowance is used up."""
    now = now if now is not None else time.time()
    start = int(now // limit.window * limit.window)
    key = f"{limit.name}:{subject}"
    updated = await RateCounter.filter(key=key, window_start=start).update(count=F("count") + 1)
    if not updated:
        try:
            await RateCounter.create(key=key, window_start=start, count=1)
        except IntegrityError:  # another request created it first
            await RateCounter.filter(key=key, window_start=start).update(count=F("count") + 1)
    row = await RateCounter.get(key=key, window_start=start)
    if row.count > limit.count:
        raise RateLimited(limit, max(1, start + limit.window - int(now)))


async def hit_caller(
    principal: Principal, per_account: Limit | None, per_address: Limit | None, *, now: float | None = None
) -> None:
    """Count one attempt of a caller: under its account when signed in, and under its address."""
    account = account_of(principal)
    if per_account is not None and account is not None:
        await hit(per_account, account, now=now)
    if per_address is not None:
        await hit(per_address, principal.address or "unknown", now=now)


async def prune(before: float | None = None) -> int:
    """Forget windows that ended (called by maintenance; counters are tiny)."""
    cutoff = int((before if before is not None else time.time()) - 86400)
    return await RateCounter.filter(window_start__lt=cutoff).delete()
