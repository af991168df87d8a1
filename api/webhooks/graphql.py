"""The GraphQL face of webhooks and registered documents: thin resolvers over ``services``; a client
sees and changes only its own (``policies``)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated

import strawberry
from graphql import GraphQLError, OperationDefinitionNode, parse, validate
from strawberry.types import Info

from api.failures import Failure
from api.graphql.connections import Connection, id_connection, id_window, page_size
from api.graphql.errors import Error, failures_as
from api.graphql.ids import from_global_id, global_id
from api.graphql.permissions import allow
from api.webhooks import policies
from api.webhooks.errors import WebhookError
from api.webhooks.events import EventType
from api.webhooks.models import WebhookDelivery, WebhookSubscription
from api.webhooks.services import documents as registry
from api.webhooks.services import subscriptions

MAX_PAGE = 100


@strawberry.enum(name="WebhookDeliveryStatus")
class DeliveryStatus(StrEnum):
    PENDING = "pending"  # first try, or a retry due at nextAttemptAt
    SENT = "sent"
    FAILED = "failed"  # given up after the last attempt


@strawberry.type
class WebhookErrorType(Error):
    pass


failures_as_data = failures_as(WebhookErrorType)


@strawberry.type(name="WebhookDelivery", description="One event sent (or to send) to one subscription")
class WebhookDeliveryType:
    id: strawberry.ID
    event_id: str = strawberry.field(description="The OneVisit-Event-Id header: deduplicate by it")
    event_type: str
    status: DeliveryStatus = strawberry.field(
        description="pending (first try or a retry due), sent, or failed (given up)"
    )
    attempts: int
    response_status: int | None = strawberry.field(description="The receiver's last HTTP status")
    duration_ms: int | None
    last_error: str
    last_attempt_at: datetime | None
    next_attempt_at: datetime | None = strawberry.field(description="While pending: when it is due")
    sent_at: datetime | None
    created_at: datetime

    @classmethod
    def of(cls, row: WebhookDelivery) -> WebhookDeliveryType:
        pending = row.status == "pending"
        return cls(
            id=global_id("WebhookDelivery", row.id),
            event_id=row.event.event_id,
            event_type=row.event.type,
            status=DeliveryStatus(row.status),
            attempts=row.attempts,
            response_status=row.response_status,
            duration_ms=row.duration_ms,
            last_error=row.last_error,
            last_attempt_at=row.last_attempt_at,
            next_attempt_at=row.available_at if pending else None,
            sent_at=row.sent_at,
            created_at=row.created_at,
        )


@strawberry.type(name="WebhookSubscription")
class WebhookSubscriptionType:
    id: strawberry.ID
    url: str
    events: list[EventType]
    active: bool
    created_at: datetime
    pk: strawberry.Private[int]

    @classmethod
    def of(cls, row: WebhookSubscription) -> WebhookSubscriptionType:
        return cls(
            id=global_id("WebhookSubscription", row.id),
            url=row.url,
            events=[EventType(e) for e in row.events],
            active=row.active,
            created_at=row.created_at,
            pk=row.id,
        )

    @strawberry.field(description="The delivery log, newest first")
    async def deliveries(
        self, first: int = 20, after: str | None = None, status: DeliveryStatus | None = None
    ) -> Connection[WebhookDeliveryType]:
        query = WebhookDelivery.filter(subscription_id=self.pk).select_related("event")
        if status is not None:
            query = query.filter(status=status.value)
        window = await id_window(query, page_size(first, MAX_PAGE), after)
        return id_connection(window, WebhookDeliveryType.of)


@strawberry.type(description="A new subscription and its signing secret: shown this once, keep it")
class CreatedWebhookSubscription:
    subscription: WebhookSubscriptionType
    secret: str


@strawberry.type
class ReplayedDeliveries:
    count: int


@strawberry.type(description="A registered document: send its sha256 instead of its text")
class RegisteredDocument:
    sha256: str
    name: str


@strawberry.type
class RegisteredDocuments:
    documents: list[RegisteredDocument]


CreateResult = Annotated[
    CreatedWebhookSubscription | WebhookErrorType, strawberry.union("CreateWebhookSubscriptionResult")
]
SubscriptionResult = Annotated[
    WebhookSubscriptionType | WebhookErrorType, strawberry.union("WebhookSubscriptionResult")
]
DeliveryResult = Annotated[WebhookDeliveryType | WebhookErrorType, strawberry.union("WebhookDeliveryResult")]
ReplayResult = Annotated[
    ReplayedDeliveries | WebhookErrorType, strawberry.union("ReplayWebhookDeliveriesResult")
]
DocumentsResult = Annotated[
    RegisteredDocuments | WebhookErrorType, strawberry.union("RegisterDocumentsResult")
]


def _me(info: Info) -> int:
    return policies.client_pk(info.context.principal)


def checked_document(info: Info, text: str) -> registry.Checked:
    """A document that parses and validates against this schema, with its operation's name."""
    try:
        node = parse(text)
    except GraphQLError as exc:
        raise Failure(WebhookError.DOCUMENT_INVALID, why=exc.message[:200]) from exc
    problems = validate(info.schema._schema, node)  # pyright: ignore[reportPrivateUsage]
    if problems:
        raise Failure(WebhookError.DOCUMENT_INVALID, why=problems[0].message[:200])
    names = [d.name.value for d in node.definitions if isinstance(d, OperationDefinitionNode) and d.name]
    return registry.Checked(text, names[0] if names else "")


@strawberry.type
class WebhookQuery:
    @strawberry.field(
        description="My webhook subscriptions (an API client's), newest first",
        permission_classes=allow(policies.api_client),
    )
    async def webhook_subscriptions(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> Connection[WebhookSubscriptionType]:
        query = WebhookSubscription.filter(client_id=_me(info))
        window = await id_window(query, page_size(first, MAX_PAGE), after)
        return id_connection(window, WebhookSubscriptionType.of)


@strawberry.type
class WebhookMutation:
    @strawberry.mutation(
        description="Subscribe an https URL to events; the answer carries the signing secret, once",
        permission_classes=allow(policies.api_client),
    )
    @failures_as_data
    async def create_webhook_subscription(
        self, info: Info, url: str, events: list[EventType]
    ) -> CreateResult:
        endpoints = info.context.settings.webhook_endpoints
        row, secret = await subscriptions.subscribe(_me(info), url, events, endpoints)
        return CreatedWebhookSubscription(subscription=WebhookSubscriptionType.of(row), secret=secret)

    @strawberry.mutation(
        description="Switch a subscription off (deliveries wait) or on",
        permission_classes=allow(policies.api_client),
    )
    @failures_as_data
    async def set_webhook_subscription_active(
        self, info: Info, id: strawberry.ID, active: bool
    ) -> SubscriptionResult:
        pk = from_global_id(id, "WebhookSubscription")
        return WebhookSubscriptionType.of(await subscriptions.set_active(_me(info), pk, active))

    @strawberry.mutation(
        description="Send one delivery again (same event id)", permission_classes=allow(policies.api_client)
    )
    @failures_as_data
    async def replay_webhook_delivery(self, info: Info, id: strawberry.ID) -> DeliveryResult:
        pk = from_global_id(id, "WebhookDelivery")
        return WebhookDeliveryType.of(await subscriptions.replay_one(_me(info), pk))

    @strawberry.mutation(
        description="Send again every delivery of a subscription whose event happened at or after `since`",
        permission_classes=allow(policies.api_client),
    )
    @failures_as_data
    async def replay_webhook_deliveries(
        self, info: Info, subscription_id: strawberry.ID, since: datetime
    ) -> ReplayResult:
        pk = from_global_id(subscription_id, "WebhookSubscription")
        return ReplayedDeliveries(count=await subscriptions.replay_since(_me(info), pk, since))

    @strawberry.mutation(
        description="Register GraphQL documents (my allow-list); each is then known by its sha256",
        permission_classes=allow(policies.api_client),
    )
    @failures_as_data
    async def register_documents(self, info: Info, documents: list[str]) -> DocumentsResult:
        if len(documents) > registry.MAX_AT_ONCE:
            raise Failure(WebhookError.TOO_MANY_DOCUMENTS, limit=registry.MAX_AT_ONCE)
        checked = [checked_document(info, text) for text in documents]
        rows = await registry.register(_me(info), checked)
        return RegisteredDocuments(documents=[RegisteredDocument(sha256=r.sha256, name=r.name) for r in rows])
