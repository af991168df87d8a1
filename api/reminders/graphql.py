"""The GraphQL face of proactive reminders: the citizen's ID card validity (for the renewal reminder)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry
from strawberry.types import Info

from api.graphql.errors import Error, failures_as
from api.graphql.permissions import allow
from api.identity import policies as identity_policies
from api.reminders import policies, services


@strawberry.type
class ReminderError(Error):
    pass


@strawberry.type(description="My resident ID card's validity, as I entered it: only for the renewal reminder")
class IdCardValidity:
    valid_until: date | None = strawberry.field(description="Null: not given, or valid for life (长期)")
    remind_days_before: list[int] = strawberry.field(description="Reminders go out this many days before")

    @classmethod
    def of(cls, valid_until: date | None) -> IdCardValidity:
        return cls(valid_until=valid_until, remind_days_before=list(policies.ID_CARD_DAYS_BEFORE))


IdCardResult = Annotated[IdCardValidity | ReminderError, strawberry.union("IdCardResult")]


@strawberry.type
class ReminderQuery:
    @strawberry.field(
        description="My ID card's validity (for the renewal reminder)",
        permission_classes=allow(identity_policies.signed_in),
    )
    async def my_id_card(self, info: Info) -> IdCardValidity:
        return IdCardValidity.of(await services.id_card_valid_until(info.context.principal.user_id))


@strawberry.type
class ReminderMutation:
    @strawberry.mutation(
        description="Record my ID card's expiry date (the back of the card; null: valid for life or "
        "forget it): I am reminded `remindDaysBefore` days before",
        permission_classes=allow(identity_policies.signed_in),
    )
    @failures_as(ReminderError)
    async def set_id_card_valid_until(self, info: Info, valid_until: date | None) -> IdCardResult:
        saved = await services.set_id_card_valid_until(info.context.principal.user_id, valid_until)
        return IdCardValidity.of(saved)
