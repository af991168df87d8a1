"""GraphQL types of counter intake."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.scalars import JSON

from api.applications.inputs import DeliveryInput, MaterialInput
from api.applications.types import ApplicationError
from api.catalog.situation_types import SituationAnswerInput
from api.graphql.ids import global_id
from api.identity.models import User
from api.identity.validators import mask_id_number


@strawberry.type
class WalkIn:
    """The person at the window, as the clerk identified them (ID card checked)."""

    citizen_id: strawberry.ID
    name: str
    id_number_masked: str
    phone_masked: str | None = strawberry.field(description="Null: no phone on file (sign on the tablet)")

    @classmethod
    def of(cls, user: User) -> WalkIn:
        phone = user.phone
        return cls(
            citizen_id=global_id("User", user.id),
            name=user.name,
            id_number_masked=mask_id_number(user.id_number) if user.id_number else "",
            phone_masked=f"{phone[:3]}****{phone[-4:]}" if phone else None,
        )


@strawberry.type
class CounterCodeSent:
    expires_in: int
    phone_masked: str


@strawberry.input
class CounterApplicationInput:
    citizen_id: strawberry.ID
    code: str = strawberry.field(description="Item or bundle code")
    data: JSON = strawberry.field(description="Form values by field code")
    materials: list[MaterialInput] = strawberry.field(default_factory=list)
    idempotency_key: str = strawberry.field(description="The tablet's key: retries return the first result")
    phone_code: str | None = strawberry.field(default=None, description="The code texted to the person")
    signature: str | None = strawberry.field(
        default=None, description="Or: the id /uploads returned for the signature drawn on the tablet"
    )
    delivery: DeliveryInput | None = None
    answers: list[SituationAnswerInput] = strawberry.field(
        default_factory=list, description="情形引导: an answer to every question the item or bundle asks"
    )
    items: list[str] | None = strawberry.field(default=None, description="点菜: the bundle's items chosen")


WalkInResult = Annotated[WalkIn | ApplicationError, strawberry.union("WalkInResult")]
CounterCodeResult = Annotated[CounterCodeSent | ApplicationError, strawberry.union("CounterCodeResult")]
