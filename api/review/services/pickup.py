"""How the result reaches the applicant — as they chose (``api.applications.delivery``): window,
24-hour locker with a one-time code, or mail with the carrier's tracking number — the 领件通知 that
says so, and the end of the loop for every method: collected at the window, opened from the locker
with the code, or the mail delivered (recorded by the clerk, or a carrier's callback). Each ends in
COLLECTED, which asks the applicant to rate the service (``workflow.NOTIFY_ON``: PleaseRate)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from api import clock
from api.applications.delivery import NAMES, desk_method
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

    method: PickupMethod | None = None  # None: as the applicant chose (the window when they did not)
    window: str = ""  # window number, e.g. "12号窗口"
    hours: str = ""  # opening hours
    locker: str = ""  # locker number (the one-time code is generated)
    carrier: str = ""
    tracking: str = ""  # the carrier's tracking number


def pickup_details(pickup: Pickup, now: datetime) -> dict[str, Any]:
    """What ``Application.pickup`` stores (the applicant's screen reads it): the clerk's answers, and for
    a locker a fresh one-time code valid LOCKER_CODE_HOURS."""
    method = pickup.method or PickupMethod.WINDOW
    details: dict[str, Any] = {"method": method.value}
    if method == PickupMethod.WINDOW:
        if not pickup.window.strip():
            raise Failure(ReviewError.WINDOW_REQUIRED)
        return details | {"window": pickup.window.strip(), "hours": pickup.hours.strip()}
    if method == PickupMethod.LOCKER:
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


def as_chosen(pickup: Pickup, chosen: str | None) -> Pickup:
    """The clerk delivers the way the applicant chose (``delivery.desk_method``), nothing else."""
    method = desk_method(chosen)
    if chosen is None and pickup.method not in (None, method):
        raise Failure(ReviewError.DELIVERY_NOT_CHOSEN)
    if pickup.method is not None and pickup.method != method:
        zh, en = NAMES[method]
        raise Failure(ReviewError.NOT_THE_CHOSEN_METHOD, chosen=zh, chosen_en=en)
    return replace(pickup, method=method)


async def set_pickup(application_id: int, clerk: User, pickup: Pickup) -> Application:
    """How the result reaches the applicant (as they chose); the 领件通知 carries the window, locker code
    or carrier and tracking number."""
    application = await queries.application(application_id)
    details = pickup_details(as_chosen(pickup, application.delivery), clock.now())
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
    """Collected at the window (or a locker's content handed over there), the collector's ID checked."""
    if not identity_checked:
        raise Failure(ReviewError.IDENTITY_NOT_CHECKED)
    application = await queries.application(application_id)
    if _method(application) == PickupMethod.MAIL:
        raise Failure(ReviewError.NOT_THE_CHOSEN_METHOD, chosen="邮寄", chosen_en="mail")
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


def _method(application: Application) -> str | None:
    pickup: dict[str, Any] = application.pickup or {}
    return pickup.get("method")


async def mail_delivered(application_id: int, actor: Actor, signed_by: str = "") -> Application:
    """A mailed result delivered: recorded by a clerk (``window_clerk_actor``) from the carrier's
    tracking, or by the carrier's callback (a SYSTEM actor). The loop closes as for the window and the
    locker: COLLECTED, and the applicant is asked to rate the service."""
    application = await queries.application(application_id)
    if _method(application) != PickupMethod.MAIL:
        raise Failure(ReviewError.NOT_MAILED)
    pickup: dict[str, Any] = application.pickup or {}
    who = f"，签收人：{signed_by.strip()[:40]}" if signed_by.strip() else ""
    reason = f"邮件已送达（{pickup.get('carrier', '')} {pickup.get('tracking', '')}）{who}"
    async with changing() as tx:
        await tx.move(application, S.COLLECTED, actor, reason)
    return application
