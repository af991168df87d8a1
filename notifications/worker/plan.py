"""What one batch of claimed outbox rows turns into: an inbox row per message (in both languages),
and the sends still owed on each channel target — a push per subscribed browser and a text message,
as the person's channel choices and the kind's template allow. A target whose delivery already
ended (sent, gone, given up) is never sent again, whatever the worker retries."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field

from api.applications.enums import Channel
from api.applications.models import Application
from api.identity.models import User
from notifications import channels
from notifications.channels import FAILED, GONE, SENT, Outcome, PushSender, PushTarget, Sms
from notifications.models import ChannelPreference, Delivery, InboxMessage, OutboxMessage, PushSubscription
from notifications.preferences import Channels
from notifications.templates import DEFAULT_LOCALE, LOCALES, Rendered, render

FINAL = frozenset({SENT, GONE, FAILED})  # a delivery in one of these states is not attempted again


@dataclass
class Send:
    """One message on one channel target (``push``/``sub:<id>`` or ``sms``/``phone``)."""

    message: OutboxMessage
    channel: str
    target: str
    attempts: int  # of this target, this one included
    call: Callable[[], Awaitable[Outcome]]
    subscription_id: int | None = None


@dataclass
class Plan:
    inbox: list[InboxMessage] = field(default_factory=lambda: [])
    sends: list[Send] = field(default_factory=lambda: [])


@dataclass(frozen=True)
class Recipients:
    """What the batch needs to know of the people it writes to (four queries per batch)."""

    phones: dict[int, str]
    channels: dict[int, Channels]
    subscriptions: dict[int, list[PushSubscription]]
    # applications filed at the counter (前台综合受理): their applicant may have no smartphone, so every
    # step of them is texted, not only the kinds whose template asks for SMS
    counter_applications: frozenset[int] = frozenset()

    @classmethod
    async def load(cls, user_ids: set[int], application_ids: set[int] | None = None) -> Recipients:
        phones: dict[int, str] = dict(await User.filter(id__in=user_ids).values_list("id", "phone"))
        chosen = {p.user_id: Channels.of(p) for p in await ChannelPreference.filter(user_id__in=user_ids)}
        subscriptions: dict[int, list[PushSubscription]] = defaultdict(list)
        for sub in await PushSubscription.filter(user_id__in=user_ids).order_by("id"):
            subscriptions[sub.user_id].append(sub)
        counter: list[int] = []
        if application_ids:
            counter = await Application.filter(id__in=application_ids, channel=Channel.COUNTER).values_list(
                "id", flat=True
            )  # type: ignore[assignment]
        return cls(phones, chosen, subscriptions, frozenset(counter))

    def texted(self, message: OutboxMessage, rendered: Rendered) -> bool:
        """Whether this message is worth a text: its template says so, or the application came in at the
        counter (the one home of that rule)."""
        return rendered.sms or message.application_id in self.counter_applications

    def channels_of(self, user_id: int) -> Channels:
        return self.channels.get(user_id) or Channels()


@dataclass(frozen=True)
class Earlier:
    """What earlier attempts at these messages already did (nothing, on a first attempt)."""

    deliveries: dict[tuple[int, str, str], Delivery]
    inboxed: frozenset[int]

    @classmethod
    async def load(cls, messages: list[OutboxMessage]) -> Earlier:
        if all(m.attempts <= 1 for m in messages):  # the common path: skip the two look-ups
            return cls({}, frozenset())
        ids = [m.id for m in messages]
        found = await Delivery.filter(message_id__in=ids)
        deliveries = {(d.message_id, d.channel, d.target): d for d in found}
        inboxed = await InboxMessage.filter(outbox_id__in=ids).values_list("outbox_id", flat=True)
        return cls(deliveries, frozenset(i for i in inboxed if isinstance(i, int)))

    def attempt(self, message: OutboxMessage, channel: str, target: str) -> int | None:
        """The number of the next attempt at this target, or None when its delivery has ended."""
        earlier = self.deliveries.get((message.id, channel, target))
        if earlier is None:
            return 1
        return None if earlier.status in FINAL else earlier.attempts + 1


def inbox_row(message: OutboxMessage, zh: Rendered, en: Rendered) -> InboxMessage:
    return InboxMessage(
        user_id=message.recipient_id,
        outbox_id=message.id,
        kind=message.kind,
        template_version=zh.version,
        title=zh.title,
        body=zh.body,
        title_en=en.title,
        body_en=en.body,
        url=zh.url,
    )


async def plan(
    messages: Iterable[OutboxMessage],
    recipients: Recipients,
    earlier: Earlier,
    push: Callable[[], Awaitable[PushSender]],
    sms: Sms,
) -> Plan:
    """The inbox rows and sends of a batch; ``push()`` is asked for only when a push is due."""
    out = Plan()
    sender: PushSender | None = None
    for message in messages:
        chosen = recipients.channels_of(message.recipient_id)
        texts = {
            locale: render(
                message.kind, message.payload or {}, locale=locale, application_id=message.application_id
            )
            for locale in LOCALES
        }
        rendered = texts.get(chosen.locale, texts[DEFAULT_LOCALE])
        if message.id not in earlier.inboxed:
            out.inbox.append(inbox_row(message, texts["zh-CN"], texts["en"]))
        if chosen.push:
            for sub in recipients.subscriptions.get(message.recipient_id, ()):
                target = f"sub:{sub.id}"
                attempt = earlier.attempt(message, "push", target)
                if attempt is None:
                    continue
                sender = sender or await push()
                call = functools.partial(
                    sender.send,
                    PushTarget(sub.endpoint, sub.p256dh, sub.auth),
                    channels.push_data(rendered, message.id, message.application_id),
                    urgency=rendered.urgency,
                    topic=channels.topic_for(message.id, message.application_id),
                )
                out.sends.append(Send(message, "push", target, attempt, call, subscription_id=sub.id))
        phone = recipients.phones.get(message.recipient_id)
        if recipients.texted(message, rendered) and phone and chosen.sms:
            attempt = earlier.attempt(message, "sms", "phone")
            if attempt is not None:
                call = functools.partial(sms.send, phone, rendered.sms_text)
                out.sends.append(Send(message, "sms", "phone", attempt, call))
    return out
