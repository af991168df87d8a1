"""GraphQL types of 告知承诺 that other domains' types carry: what the apply form offers, what an
application shows as signed, and the signature an applicant sends (no services, no ORM calls)."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from api.catalog.entities import Bundle, ServiceItem
from api.commitments.enums import Outcome
from api.commitments.models import Commitment
from api.commitments.rules import Offer
from api.graphql.ids import global_id


@strawberry.input(
    description="A commitment (告知承诺书) the applicant signs: the item, and the version they read"
)
class CommitmentSignatureInput:
    item: str = strawberry.field(description="The item's code, e.g. SJ04")
    version: int = strawberry.field(description="The version of the text shown (CommitmentOffer.version)")


@strawberry.type(description="A material, named")
class MaterialRef:
    code: str
    name: str
    name_en: str


@strawberry.type(
    description="告知承诺 offered for an item: sign its text instead of the materials it replaces"
)
class CommitmentOffer:
    item: str
    item_name: str
    item_name_en: str
    department_name: str
    version: int
    text: str
    text_en: str
    verify_within: int = strawberry.field(
        description="Working days after acceptance the department verifies it in"
    )
    replaces: list[MaterialRef]

    @classmethod
    def of(cls, offer: Offer, entry: ServiceItem | Bundle) -> CommitmentOffer:
        names = {line.material.code: line.material for line in entry.materials}
        return cls(
            item=offer.item.code,
            item_name=offer.item.name,
            item_name_en=offer.item.name_en,
            department_name=offer.item.department.name,
            version=offer.terms.version,
            text=offer.terms.text,
            text_en=offer.terms.text_en,
            verify_within=offer.terms.verify_within,
            replaces=[
                MaterialRef(code=code, name=names[code].name, name_en=names[code].name_en)
                for code in offer.terms.replaces
                if code in names
            ],
        )


@strawberry.type(description="A commitment signed on an application, and its verification")
class SignedCommitment:
    id: strawberry.ID
    item: str
    item_name: str
    version: int
    text: str = strawberry.field(description="Exactly the text that was shown and signed")
    replaces: list[str] = strawberry.field(description="Codes of the materials it stood for")
    signed_at: datetime
    signed_by_name: str | None
    signed_by_helper: bool = strawberry.field(description="Ticked by a helper (帮办代办) for the applicant")
    verify_within: int
    verify_by: date | None = strawberry.field(description="Set on acceptance on the commitment")
    outcome: Outcome
    checked_at: datetime | None
    findings: str

    @classmethod
    def of(cls, c: Commitment) -> SignedCommitment:
        return cls(
            id=global_id("Commitment", c.id),
            item=c.item_code,
            item_name=c.item_name,
            version=c.version,
            text=c.text,
            replaces=list(c.replaces or []),
            signed_at=c.signed_at,
            signed_by_name=c.signed_by.name if c.signed_by is not None else None,
            signed_by_helper=c.signed_by_id != c.applicant_id,
            verify_within=c.verify_within,
            verify_by=c.verify_by,
            outcome=Outcome(c.outcome),
            checked_at=c.checked_at,
            findings=c.findings,
        )
