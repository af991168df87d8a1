"""The composition: each domain's Query, Mutation and Subscription in one schema, plus the limits.

It lives outside ``api/graphql`` (the kernel the domains import) so that arrows run one way: domains
import the kernel, this module imports the domains (tests/graphql/test_kernel_imports.py)."""

from __future__ import annotations

from functools import partial

import strawberry
from graphql.validation import ASTValidationRule
from strawberry.extensions import (
    AddValidationRules,
    DisableIntrospection,
    MaxTokensLimiter,
    ParserCache,
    ValidationCache,
)
from strawberry.extensions.max_aliases import create_validator as alias_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule
from strawberry.schema.config import StrawberryConfig

from api.applications.graphql import ApplicationMutation, ApplicationQuery, ApplicationSubscription
from api.appointments.graphql import AppointmentMutation, AppointmentQuery
from api.catalog.queries import CatalogQuery
from api.catalog.types import NotFoundType
from api.catalog_admin.graphql import CatalogueAdminMutation, CatalogueAdminQuery
from api.commitments.graphql import CommitmentMutation, CommitmentQuery
from api.counter.graphql import CounterMutation, CounterQuery
from api.feedback.graphql import FeedbackMutation, FeedbackQuery
from api.graphql.cost import CostBudget, CostMeter, QueryCost
from api.graphql.errors import ErrorCode, log_internal_errors, masked_errors
from api.helping.graphql import HelpingMutation, HelpingQuery
from api.identity.consent_graphql import ConsentInPersonMutation, ConsentInPersonQuery
from api.identity.mutations import IdentityMutation
from api.identity.queries import IdentityQuery
from api.identity.staff_mutations import StaffMutation
from api.oauth.graphql import OAuthMutation, OAuthQuery
from api.queue.graphql import QueueMutation, QueueQuery, QueueSubscription
from api.reminders.graphql import ReminderMutation, ReminderQuery
from api.review.extra_graphql import ExtraCorrectionMutation, ExtraCorrectionQuery
from api.review.graphql import ReviewMutation, ReviewQuery
from api.settings import Settings
from api.statistics.graphql import StatisticsQuery
from api.supervision.graphql import SupervisionQuery
from api.wallet.graphql import WalletMutation, WalletQuery
from api.webhooks.departments_graphql import DepartmentSystemMutation, DepartmentSystemQuery
from api.webhooks.graphql import WebhookMutation, WebhookQuery
from notifications.graphql import NotificationMutation, NotificationQuery


@strawberry.type
class Query(
    CatalogQuery,
    IdentityQuery,
    ConsentInPersonQuery,
    HelpingQuery,
    ApplicationQuery,
    ReviewQuery,
    ExtraCorrectionQuery,
    NotificationQuery,
    AppointmentQuery,
    QueueQuery,
    FeedbackQuery,
    SupervisionQuery,
    StatisticsQuery,
    WalletQuery,
    ReminderQuery,
    CommitmentQuery,
    CounterQuery,
    OAuthQuery,
    WebhookQuery,
    DepartmentSystemQuery,
    CatalogueAdminQuery,
):
    pass


@strawberry.type
class Mutation(
    IdentityMutation,
    StaffMutation,
    ConsentInPersonMutation,
    HelpingMutation,
    ApplicationMutation,
    ReviewMutation,
    ExtraCorrectionMutation,
    NotificationMutation,
    AppointmentMutation,
    QueueMutation,
    FeedbackMutation,
    WalletMutation,
    ReminderMutation,
    CommitmentMutation,
    CounterMutation,
    OAuthMutation,
    WebhookMutation,
    DepartmentSystemMutation,
    CatalogueAdminMutation,
):
    pass


@strawberry.type
class Subscription(ApplicationSubscription, QueueSubscription):
    pass


class Schema(strawberry.Schema):
    meter: CostMeter  # the cost limit and budgets, for answers served without strawberry (the public cache)

    def process_errors(self, errors, execution_context=None) -> None:
        # strawberry logs every error with the document and a traceback: a permission refusal or a
        # typed failure is an answer, not an incident
        log_internal_errors(errors)


def build_schema(settings: Settings) -> Schema:
    # Validation rules are built once here: a rule class built per request would defeat the
    # ValidationCache (its key includes the rule classes).
    limits: list[type[ASTValidationRule]] = [
        depth_rule(settings.graphql_max_depth, None),
        alias_rule(settings.graphql_max_aliases),
    ]
    # The cost limit and the budgets of this schema (one app): built once, shared by its requests.
    meter = CostMeter(
        settings.graphql_max_cost, CostBudget(settings.graphql_cost_budget, settings.graphql_cost_window)
    )
    extensions = [
        partial(MaxTokensLimiter, settings.graphql_max_tokens),
        ParserCache,
        partial(AddValidationRules, limits),
        ValidationCache,
        QueryCost.factory(meter),
        masked_errors,
    ]
    if not settings.introspection:
        extensions.append(DisableIntrospection)
    built = Schema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        types=[NotFoundType, ErrorCode],
        extensions=extensions,
        config=StrawberryConfig(disable_field_suggestions=settings.production),
    )
    built.meter = meter
    return built


# `strawberry export-schema api.schema:schema` writes schema.graphql from this.
schema = build_schema(Settings())
