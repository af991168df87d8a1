"""The GraphQL face of notifications: the inbox, Web Push subscriptions and channel preferences."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry.types import Info

from api.graphql.connections import Connection, id_connection, id_window, page_size
from api.graphql.errors import Error, failures_as
from api.graphql.ids import global_id, parse_global_id
from api.graphql.permissions import allow
from api.identity import policies
from notifications import services, vapid
from notifications.models import InboxMessage as InboxRow


@strawberry.type
class NotificationError(Error):
    pass


_failures_as_data = failures_as(NotificationError)


@strawberry.type(description="A message in the in-app inbox (both languages: show the reader's)")
class InboxMessage:
    id: strawberry.ID
    kind: str
    title: str
    body: str
    title_en: str
    body_en: str
    url: str = strawberry.field(description="Where the app opens when the message is tapped")
    created_at: datetime
    read_at: datetime | None

    @classmethod
    def of(cls, row: InboxRow) -> InboxMessage:
        return cls(
            id=global_id("InboxMessage", row.id),
            kind=row.kind,
            title=row.title,
            body=row.body,
            title_en=row.title_en,
            body_en=row.body_en,
            url=row.url,
            created_at=row.created_at,
            read_at=row.read_at,
        )


@strawberry.type(description="A page of my inbox, newest first, and how many messages are unread")
class InboxConnection(Connection[InboxMessage]):
    unread_count: int


@strawberry.type(description="Channels besides the inbox, which is always on")
class NotificationPreferences:
    push: bool
    sms: bool
    locale: str = strawberry.field(description="Language of push and SMS texts: zh-CN or en")
    push_devices: int = strawberry.field(description="Browsers subscribed to Web Push")
    inbox: bool = True

    @classmethod
    def of(cls, p: services.Preferences) -> NotificationPreferences:
        return cls(push=p.push, sms=p.sms, locale=p.locale, push_devices=p.push_devices)


@strawberry.type
class PushSubscribed:
    endpoint: str
    push_devices: int


@strawberry.type
class PushUnsubscribed:
    removed: bool


@strawberry.type
class InboxMarked:
    marked: int
    unread_count: int


SubscribePushResult = Annotated[PushSubscribed | NotificationError, strawberry.union("SubscribePushResult")]
PreferencesResult = Annotated[
    NotificationPreferences | NotificationError, strawberry.union("NotificationPreferencesResult")
]


def _me(info: Info) -> int:
    return info.context.principal.user_id


def _ids(values: list[strawberry.ID], type_name: str) -> list[int]:
    """Ids to mark read: a malformed one names no message of mine, so it is skipped."""
    return [n for n in (parse_global_id(v, type_name) for v in values) if n is not None]


@strawberry.type
class NotificationQuery:
    @strawberry.field(
        description=f"My inbox, newest first (at most {services.MAX_PAGE} a page)",
        permission_classes=allow(policies.signed_in),
    )
    async def my_inbox(self, info: Info, first: int = 20, after: str | None = None) -> InboxConnection:
        window = await id_window(services.inbox(_me(info)), page_size(first, services.MAX_PAGE), after)
        page = id_connection(window, InboxMessage.of)
        unread = await services.unread_count(_me(info))
        return InboxConnection(edges=page.edges, page_info=page.page_info, unread_count=unread)

    @strawberry.field(
        description="The VAPID public key (base64url): PushManager.subscribe's applicationServerKey",
        permission_classes=allow(policies.public),
    )
    async def vapid_public_key(self) -> str:
        return await vapid.public_key()

    @strawberry.field(permission_classes=allow(policies.signed_in))
    async def my_notification_preferences(self, info: Info) -> NotificationPreferences:
        return NotificationPreferences.of(await services.preferences(_me(info)))


@strawberry.type
class NotificationMutation:
    @strawberry.mutation(
        description="Store this browser's PushSubscription (endpoint and keys from subscription.toJSON())",
        permission_classes=allow(policies.signed_in),
    )
    @_failures_as_data
    async def subscribe_push(
        self, info: Info, endpoint: str, p256dh: str, auth: str, user_agent: str = ""
    ) -> SubscribePushResult:
        me = _me(info)
        subscription = await services.subscribe(
            me, endpoint, p256dh, auth, user_agent, endpoints=info.context.settings.push_endpoints
        )
        devices = (await services.preferences(me)).push_devices
        return PushSubscribed(endpoint=subscription.endpoint, push_devices=devices)

    @strawberry.mutation(permission_classes=allow(policies.signed_in))
    async def unsubscribe_push(self, info: Info, endpoint: str) -> PushUnsubscribed:
        return PushUnsubscribed(removed=await services.unsubscribe(_me(info), endpoint))

    @strawberry.mutation(
        description="Mark my inbox messages read (at most 100 ids; or the messageId of tapped pushes)",
        permission_classes=allow(policies.signed_in),
    )
    async def mark_inbox_read(
        self, info: Info, ids: list[strawberry.ID], message_ids: list[strawberry.ID] | None = None
    ) -> InboxMarked:
        me = _me(info)
        marked = await services.mark_read(
            me, _ids(ids, "InboxMessage"), _ids(message_ids or [], "OutboxMessage")
        )
        return InboxMarked(marked=marked, unread_count=await services.unread_count(me))

    @strawberry.mutation(permission_classes=allow(policies.signed_in))
    @_failures_as_data
    async def set_notification_preferences(
        self, info: Info, push: bool | None = None, sms: bool | None = None, locale: str | None = None
    ) -> PreferencesResult:
        return NotificationPreferences.of(await services.set_preferences(_me(info), push, sms, locale))
