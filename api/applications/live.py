"""Live updates of one application (the ``applicationUpdated`` subscription), for as long as the
caller may still see them.

A subscription is an open-ended read: authorization is checked again before every event is pushed,
when a grant, consent or client is revoked (the bus's "access changed" announcement), at the access
token's expiry, and on a timer (a consent's time limit passes without any event). The first failed
check ends the stream with a typed error. Every event shown to someone other than the applicant is
written to the access log, like a read.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import jwt

from api.applications import policies
from api.applications.bus import BUS
from api.applications.errors import ApplicationsError
from api.applications.models import Application
from api.failures import Failure
from api.graphql.errors import PublicError
from api.identity.models import User
from api.identity.principal import Principal


class LiveEnded(PublicError):
    """The stream stopped because the caller may no longer see it; ``code`` says why."""

    def __init__(self, error: ApplicationsError) -> None:
        failure = Failure(error)
        super().__init__(failure)
        self.code = failure.code


def token_expiry(bearer: str | None) -> float | None:
    """The ``exp`` (epoch seconds) of an access token that was already verified, or None."""
    if not bearer:
        return None
    token = bearer.partition(" ")[2].strip() if " " in bearer else bearer.strip()
    try:
        exp = jwt.decode(token, options={"verify_signature": False}).get("exp")
    except jwt.PyJWTError:
        return None
    return float(exp) if isinstance(exp, int | float) else None


async def refusal(
    principal: Principal, application: Application, expires_at: float | None
) -> LiveEnded | None:
    """Why the caller may no longer follow this application, or None while they may."""
    if expires_at is not None and time.time() >= expires_at:
        return LiveEnded(ApplicationsError.TOKEN_EXPIRED)
    if principal.is_user and not await User.filter(id=principal.user_id, disabled=False).exists():
        return LiveEnded(ApplicationsError.ACCOUNT_DISABLED)
    if not await policies.may_follow(principal, application):
        return LiveEnded(ApplicationsError.ACCESS_REVOKED)
    return None


async def follow(
    principal: Principal, application_id: int, *, expires_at: float | None, recheck_seconds: float
) -> AsyncIterator[Application]:
    """The application now and after each change, until the caller's access ends (then LiveEnded)."""

    async def still_allowed() -> Application:
        application = await Application.get(id=application_id)
        ended = await refusal(principal, application, expires_at)
        if ended is not None:
            raise ended
        return application

    async def shown() -> Application:
        application = await still_allowed()
        await policies.record_read(principal, application)
        return application

    async with BUS.subscribe(application_id) as queue:
        yield await shown()
        while True:
            wait = recheck_seconds
            if expires_at is not None:
                wait = max(0.0, min(wait, expires_at - time.time()))
            try:
                announcements = {await asyncio.wait_for(queue.get(), wait)}
            except TimeoutError:  # nothing happened: is the caller still allowed?
                announcements = {0}
            while not queue.empty():  # a burst of changes: show the latest once
                announcements.add(queue.get_nowait())
            if announcements == {0}:  # only "access changed", or the timer: check, push nothing
                await still_allowed()
                continue
            yield await shown()
