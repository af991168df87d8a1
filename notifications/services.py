"""What a person does with notifications: subscribe a browser to Web Push, choose channels, read the
inbox. Plain async functions with explicit arguments (the GraphQL layer maps them)."""

from __future__ import annotations

import binascii
from dataclasses import dataclass

from tortoise import timezone
from tortoise.queryset import QuerySet

from api.failures import Failure
from api.unit_of_work import changing
from notifications.endpoints import EndpointPolicy, EndpointRefused
from notifications.errors import NotificationError
from notifications.models import ChannelPreference, InboxMessage, PushSubscription
from notifications.preferences import Channels
from notifications.templates import LOCALES
from notifications.vapid import b64url_decode

MAX_SUBSCRIPTIONS = 10  # per person: the oldest go when a new browser subscribes
MAX_PAGE = 100


def _invalid(what: str, what_en: str) -> Failure:
    return Failure(NotificationError.INVALID_SUBSCRIPTION, what=what, what_en=what_en)


async def check_endpoint(endpoint: str, endpoints: EndpointPolicy) -> str:
    """Push services are public HTTPS hosts; the server POSTs to this URL, so nothing else is taken
    (the rules, and the loopback allow-list for tests, are in ``notifications.endpoints``)."""
    endpoint = endpoint.strip()
    try:
        await endpoints.vet(endpoint)
    except EndpointRefused as exc:  # the reason stays out of the answer: it may name internal addresses
        raise _invalid("必须是公网 HTTPS 推送服务地址", "not a public https push service") from exc
    return endpoint


def check_keys(p256dh: str, auth: str) -> tuple[str, str]:
    try:
        point, secret = b64url_decode(p256dh), b64url_decode(auth)
    except (binascii.Error, ValueError) as exc:
        raise _invalid("密钥格式错误", "keys are not base64url") from exc
    if len(point) != 65 or point[0] != 4:
        raise _invalid("p256dh 不是 P-256 公钥", "p256dh is not an uncompressed P-256 point")
    if len(secret) != 16:
        raise _invalid("auth 长度错误", "auth must be 16 bytes")
    return p256dh.strip(), auth.strip()


async def subscribe(
    user_id: int,
    endpoint: str,
    p256dh: str,
    auth: str,
    user_agent: str = "",
    *,
    endpoints: EndpointPolicy | None = None,
) -> PushSubscription:
    """Store (or move to this person) the browser's subscription; idempotent per endpoint."""
    p256dh, auth = check_keys(p256dh, auth)
    endpoint = await check_endpoint(endpoint, endpoints or EndpointPolicy())
    values = {"user_id": user_id, "p256dh": p256dh, "auth": auth, "user_agent": user_agent[:256]}
    async with changing():
        # the same browser signed in as someone else takes the endpoint over
        subscription, _ = await PushSubscription.update_or_create(defaults=values, endpoint=endpoint)
        keep = (
            await PushSubscription.filter(user_id=user_id)
            .order_by("-id")
            .limit(MAX_SUBSCRIPTIONS)
            .values_list("id", flat=True)
        )
        await PushSubscription.filter(user_id=user_id).exclude(id__in=keep).delete()
    return subscription


async def unsubscribe(user_id: int, endpoint: str) -> bool:
    return bool(await PushSubscription.filter(user_id=user_id, endpoint=endpoint.strip()).delete())


@dataclass(frozen=True)
class Preferences:
    push: bool
    sms: bool
    locale: str
    push_devices: int


async def preferences(user_id: int) -> Preferences:
    chosen = Channels.of(await ChannelPreference.get_or_none(user_id=user_id))
    devices = await PushSubscription.filter(user_id=user_id).count()
    return Preferences(push=chosen.push, sms=chosen.sms, locale=chosen.locale, push_devices=devices)


async def set_preferences(
    user_id: int, push: bool | None = None, sms: bool | None = None, locale: str | None = None
) -> Preferences:
    if locale is not None and locale not in LOCALES:
        raise Failure(NotificationError.INVALID_LOCALE, locales=", ".join(LOCALES))
    changes = {k: v for k, v in {"push": push, "sms": sms, "locale": locale}.items() if v is not None}
    row = await ChannelPreference.get_or_none(user_id=user_id)
    if row is None:
        await ChannelPreference.get_or_create(defaults=changes, user_id=user_id)
    elif changes:
        await ChannelPreference.filter(id=row.id).update(**changes, updated_at=timezone.localtime())
    return await preferences(user_id)


def inbox(user_id: int) -> QuerySet[InboxMessage]:
    """A person's inbox, to page by id (newest first)."""
    return InboxMessage.filter(user_id=user_id)


async def unread_count(user_id: int) -> int:
    return await InboxMessage.filter(user_id=user_id, read_at__isnull=True).count()


async def mark_read(user_id: int, ids: list[int], message_ids: list[int] | None = None) -> int:
    """Mark the person's own messages read (others' ids are ignored); returns how many changed.

    ``message_ids`` are the ``messageId`` of push payloads (outbox rows): a tapped notification marks
    its inbox message read even though the push went out before the inbox row was written."""
    ids, message_ids = ids[:MAX_PAGE], (message_ids or [])[:MAX_PAGE]
    if not ids and not message_ids:
        return 0
    mine = InboxMessage.filter(user_id=user_id, read_at__isnull=True)
    changed = await mine.filter(id__in=ids).update(read_at=timezone.localtime()) if ids else 0
    if message_ids:
        changed += await mine.filter(outbox_id__in=message_ids).update(read_at=timezone.localtime())
    return changed
