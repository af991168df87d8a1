"""GraphQL inputs of applications: what a citizen, a helper or a clerk sends to file one."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON

from api.applications.delivery import Delivery
from api.applications.enums import PickupMethod
from api.catalog.situation_types import SituationAnswerInput
from api.commitments.types import CommitmentSignatureInput


@strawberry.input
class MaterialInput:
    material: str = strawberry.field(description="Material code, e.g. business_licence")
    upload: str = strawberry.field(description="The id /uploads returned")


@strawberry.input(description="How the applicant wants the result: window, 24-hour locker or mail")
class DeliveryInput:
    method: PickupMethod
    recipient: str = strawberry.field(default="", description="Mail: who receives it")
    phone: str = strawberry.field(default="", description="Mail: the recipient's mobile number")
    address: str = strawberry.field(default="", description="Mail: the full address")

    def chosen(self) -> Delivery:
        return Delivery(PickupMethod(self.method), self.recipient, self.phone, self.address)


@strawberry.input
class ApplicationInput:
    code: str = strawberry.field(description="Item or bundle code")
    data: JSON = strawberry.field(description="Form values by field code")
    materials: list[MaterialInput] = strawberry.field(default_factory=list)
    idempotency_key: str = strawberry.field(
        default="", description="The client's key for this submission: retries return the first result"
    )
    draft_id: strawberry.ID | None = None
    organization_credit_code: str | None = None
    on_behalf_of: strawberry.ID | None = strawberry.field(
        default=None, description="A helper filing for a citizen who consented (the citizen's id)"
    )
    commitments: list[CommitmentSignatureInput] = strawberry.field(
        default_factory=list,
        description="告知承诺 signed (submission only): the materials they replace are waived",
    )
    delivery: DeliveryInput | None = strawberry.field(
        default=None, description="How to receive the result (it can also be chosen later)"
    )
    answers: list[SituationAnswerInput] = strawberry.field(
        default_factory=list,
        description="情形引导 (submission): an answer to every question the item or bundle asks",
    )
    items: list[str] | None = strawberry.field(
        default=None, description="点菜 (submission): the bundle's items chosen; null: as it offers them"
    )
