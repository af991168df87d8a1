"""How the result reaches the applicant (window, 24-hour locker with a one-time code, or mail), the
领件通知 that says so, and the collection (at the window, or from the locker with the code)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from api import clock
from api.applications.enums import ApplicationStatus as S
from api.applications.enums import PickupMethod
from api.applications.models import Application
from api.applications.workflow import Actor
from api.failures import Failure
from api.identity import ratelimit
from api.identity.models import User
from api.review import queries
from api.review.errors import ReviewError
from api.review.policies import window_clerk_actor
from api.unit_of_work import changing
from notifications import payloads

LOCKER_CODE_HOURS = 24


@dataclass(frozen=True)
class Pickup:
    """What the clerk says about the pickup."""

    method: PickupMethod
    window: str = ""  # window number, e.g. "12号窗口"
    hours: str = ""  # opening hours
    locker: str = ""  # locker number (the one-time code is generated)
    carrier: str = ""
    tracking: str = ""  # the carrier's tracking number


def pickup_details(pickup: Pickup, now: datetime) -> dict[str, Any]:
    """What ``Application.pickup`` stores (the applicant's screen reads it): the clerk's answers, and for
    a locker a fresh one-time code valid LOCKER_CODE_HOURS."""
    details: dict[str, Any] = {"method": pickup.method.value}
    if pickup.method == PickupMethod.WINDOW:
        if not pickup.window.strip():
            raise Failure(ReviewError.WINDOW_REQUIRED)
        return details | {"window": pickup.window.strip(), "hours": pickup.hours.strip()}
    if pickup.method == PickupMethod.LOCKER:
        if not pickup.locker.strip():
            raise Failure(ReviewError.LOCKER_REQUIRED)
        return details | {
            "locker": pickup.locker.strip(),
            "code": f"{secrets.randbelow(1_000_000):06d}",
            "expiresAt": (now + timedelta(hours=LOCKER_CODE_HOURS)).isoformat(),
        }
    if not (pickup.carrier.strip() and pickup.tracking.strip()):
        raise Failure(ReviewError.TRACKING_REQUIRED)
    return details | {"carrier": pickup.carrier.strip(), "tracking": pickup.tracking.strip()}


def pickup_notice(details: dict[str, Any]) -> payloads.Pickup:
    """The pickup part of the 领件通知 (notifications.templates renders it)."""
    return payloads.Pickup(
        pickup_method=details["method"],
        window=details.get("window", ""),
        locker_location=details.get("locker", ""),
        locker_code=details.get("code", ""),
        carrier=details.get("carrier", ""),
        mail_tracking_number=details.get("tracking", ""),
    )


def pickup_text(details: dict[str, Any]) -> str:
    """The event's reason (the timeline shows it; the locker code is not in it)."""
    if details["method"] == PickupMethod.WINDOW:
        return f"请到{details['window']}领取" + (f"（{details['hours']}）" if details.get("hours") else "")
    if details["method"] == PickupMethod.LOCKER:
        return f"已放入24小时智能柜{details['locker']}号格口，取件码见通知，{LOCKER_CODE_HOURS}小时内有效"
    return f"已邮寄：{details['carrier']} {details['tracking']}"


async def set_pickup(application_id: int, clerk: User, pickup: Pickup) -> Application:
    """How the result reaches the applicant; the 领件通知 carries the window, locker code or tracking."""
    application = await queries.application(application_id)
    details = pickup_details(pickup, clock.now())
    news = payloads.ReadyForPickup(
        tracking_number=application.tracking_number or "",
        name=application.catalog_name,
        status=str(S.READY_FOR_PICKUP),
        pickup=pickup_notice(details),
    )
    async with changing() as tx:
        await Application.filter(id=application.id).update(pickup=details)
        application.pickup = details
        await tx.move(
            application, S.READY_FOR_PICKUP, window_clerk_actor(clerk), pickup_text(details), news=news
        )
    return application


async def collect(application_id: int, clerk: User, collected_by: str, identity_checked: bool) -> Application:
    if not identity_checked:
        raise Failure(ReviewError.IDENTITY_NOT_CHECKED)
    application = await queries.application(application_id)
    reason = f"由{collected_by.strip() or '申请人'}领取，已核验身份"
    async with changing() as tx:
        await tx.move(application, S.COLLECTED, window_clerk_actor(clerk), reason)
    return application


async def collect_from_locker(application: Application, actor: Actor, code: str) -> Application:
    """The applicant (or their helper) opens the locker with the one-time code (5 tries an hour)."""
    await ratelimit.hit(ratelimit.PICKUP_CODE_TRIES, str(application.id))
    pickup: dict[str, Any] = application.pickup or {}
    if pickup.get("method") != PickupMethod.LOCKER or not secrets.compare_digest(
        str(pickup.get("code", "")).encode(), code.strip().encode()
    ):
        raise Failure(ReviewError.CODE_INVALID)
    if datetime.fromisoformat(pickup["expiresAt"]) < clock.now():
        raise Failure(ReviewError.CODE_EXPIRED)
    async with changing() as tx:
        await tx.move(application, S.COLLECTED, actor, "智能柜取件")
    return application
