"""A hall kiosk's lookup (办件查询): the tracking number and the applicant's verification code,
rate-limited per address; a wrong number and a wrong code look the same."""

from __future__ import annotations

import hmac

from api.applications.errors import ApplicationsError
from api.applications.models import Application
from api.applications.tracking import is_valid_tracking_number, normalize_tracking_number
from api.failures import Failure
from api.identity import ratelimit


async def lookup(tracking_number: str, verification_code: str, address: str) -> Application:
    await ratelimit.hit(ratelimit.TRACKING_LOOKUPS_PER_ADDRESS, address)
    number = normalize_tracking_number(tracking_number)
    application = (
        await Application.get_or_none(tracking_number=number) if is_valid_tracking_number(number) else None
    )
    if application is None or not hmac.compare_digest(
        (application.verification_code or "").encode(), verification_code.strip().encode()
    ):
        raise Failure(ApplicationsError.NOT_FOUND)
    return application
