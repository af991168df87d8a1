"""The channels a message goes out on besides the inbox: Web Push (pywebpush's async client, VAPID)
and SMS (the identity adapter). Each send answers with an ``Outcome``; none raises."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Protocol, cast

import aiohttp
from py_vapid import _check_sub  # pyright: ignore[reportPrivateUsage]  (py_vapid's own check of `sub`)
from pywebpush import WebPushException, webpush_async

from api.graphql.ids import global_id
from api.identity.sms import SmsSender
from api.logs import mask
from notifications.endpoints import AddressRefused, EndpointPolicy, EndpointRefused, PinnedSession
from notifications.templates import Rendered
from notifications.vapid import VapidKeys

log = logging.getLogger("onevisit.notifications")

SENT, RETRY, GONE, FAILED = "sent", "retry", "gone", "failed"


@dataclass(frozen=True)
class Outcome:
    status: str  # sent | retry (429, 5xx, network) | gone (404/410: drop the subscription) | failed
    error: str = ""
    retry_after: float | None = None  # seconds the service asked us to wait (429/503 Retry-After)


OK = Outcome(SENT)


@dataclass(frozen=True)
class PushTarget:
    endpoint: str
    p256dh: str
    auth: str


class PushSender(Protocol):
    async def send(self, target: PushTarget, data: bytes, *, urgency: str, topic: str) -> Outcome: ...


def push_data(rendered: Rendered, message_id: int, application_id: int | None) -> bytes:
    """What the service worker's ``push`` handler receives (decrypted): enough to show the notification."""
    tag = f"application-{application_id}" if application_id else f"message-{message_id}"
    payload = {
        "title": rendered.title,
        "body": rendered.body,
        "url": rendered.url,
        "kind": rendered.kind,
        "tag": tag,
        "messageId": global_id("OutboxMessage", message_id),
    }
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def topic_for(message_id: int, application_id: int | None) -> str:
    """Topic (≤32 base64url characters): a newer message about the same application replaces one the
    push service still holds for a sleeping phone (and a resend of the same one never shows twice)."""
    return f"app{application_id}" if application_id else f"msg{message_id}"


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def classify(status: int | None, retry_after: str | None = None) -> Outcome:
    if status is None:
        return Outcome(FAILED, "not sent: invalid subscription")
    if status in (404, 410):
        return Outcome(GONE, f"HTTP {status}")
    if status == 429 or status >= 500:
        return Outcome(RETRY, f"HTTP {status}", _retry_after(retry_after))
    return Outcome(FAILED, f"HTTP {status}")  # 400 bad request, 403 wrong VAPID key, 413 too big


class _NoRedirects:
    """The session as pywebpush sees it: its POSTs never follow a redirect (a 3xx is the answer)."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self._session = session

    def post(self, url: str, **kwargs: Any) -> Any:  # aiohttp's request context manager
        return self._session.post(url, allow_redirects=False, **kwargs)


class WebPush:
    """Sends through one pooled aiohttp session; the VAPID claims are a fresh dict per send (pywebpush
    writes ``aud`` and ``exp`` into the dict it is given).

    Every endpoint is checked again at send time (``notifications.endpoints``): its URL statically,
    and every new connection's addresses by ``PinnedSession``'s resolver (no DNS cache), so a
    name that rebinds to a private address after it was subscribed is refused, not connected to. A
    refused endpoint counts as gone (the subscription is dropped); redirects are not followed."""

    def __init__(
        self,
        keys: VapidKeys,
        subject: str,
        *,
        ttl: int = 24 * 3600,
        timeout: float = 15.0,
        connections: int = 32,
        endpoints: EndpointPolicy | None = None,
    ) -> None:
        if not _check_sub(subject):
            raise ValueError(f"VAPID subject must be mailto: or an https:// origin, not {subject!r}")
        self.keys = keys
        self.subject = subject
        self.ttl = ttl  # 0 would drop the message when the phone is asleep
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.endpoints = endpoints or EndpointPolicy()
        self._http = PinnedSession(self.endpoints, self.timeout, connections)

    async def __aenter__(self) -> WebPush:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        await self._http.close()

    async def send(self, target: PushTarget, data: bytes, *, urgency: str, topic: str) -> Outcome:
        info: dict[str, str | bytes | dict[str, str | bytes]] = {
            "endpoint": target.endpoint,
            "keys": {"p256dh": target.p256dh, "auth": target.auth},
        }
        try:
            self.endpoints.target(target.endpoint)
        except EndpointRefused as exc:
            return _refused(exc.reason)
        try:
            # pywebpush's hints are narrower than what it does: it encrypts bytes as they are, hands
            # `timeout` to aiohttp (which takes a ClientTimeout) and only calls the session's post()
            await webpush_async(
                subscription_info=info,
                data=data,  # pyright: ignore[reportArgumentType]
                vapid_private_key=self.keys.signer,
                vapid_claims={"sub": self.subject},
                ttl=self.ttl,
                headers={"Urgency": urgency, "Topic": topic},
                timeout=self.timeout,  # pyright: ignore[reportArgumentType]
                aiohttp_session=cast(aiohttp.ClientSession, _NoRedirects(self._http.get())),
            )
        except WebPushException as exc:
            return classify(exc.status_code, exc.retry_after)
        except aiohttp.ClientConnectorDNSError as exc:
            if isinstance(exc.os_error, AddressRefused):
                return _refused(exc.os_error.reason)
            return Outcome(RETRY, "network: name not resolved")
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            return Outcome(RETRY, f"network: {type(exc).__name__}")
        except (ValueError, TypeError) as exc:  # keys that are not a P-256 point / auth secret
            return Outcome(FAILED, f"not sent: {type(exc).__name__}")
        return OK


def _refused(reason: str) -> Outcome:
    log.warning("push endpoint refused: %s", reason)
    return Outcome(GONE, f"refused: {reason}")


class Sms:
    """The SMS channel over the identity adapter (``RecordingSms`` unless the operator plugs one in)."""

    def __init__(self, sender: SmsSender, timeout: float = 15.0) -> None:
        self.sender = sender
        self.timeout = timeout

    async def send(self, phone: str, text: str) -> Outcome:
        try:
            async with asyncio.timeout(self.timeout):
                await self.sender.send(phone, text)
        except TimeoutError:
            return Outcome(RETRY, "sms: timeout")
        except Exception as exc:  # an operator's adapter may raise anything: retry, log without personal data
            log.warning("sms to %s failed: %s", mask(phone), mask(str(exc)))
            return Outcome(RETRY, mask(f"sms: {type(exc).__name__}: {exc}")[:200])
        return OK
