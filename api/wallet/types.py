"""GraphQL types of the licence wallet (mapped from models and service results by the resolvers)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated

import strawberry

from api.catalog.labels import LicenceLabels
from api.graphql.connections import Connection
from api.graphql.errors import Error
from api.identity import disclosure
from api.wallet import services
from api.wallet.enums import LicenceStatus, Verdict
from api.wallet.labels import ordered
from api.wallet.models import Licence as LicenceRow

# the GraphQL enums are the Python enums themselves (decorated in place)
strawberry.enum(LicenceStatus)
strawberry.enum(Verdict, description="What checking a presented licence found")


@strawberry.type
class WalletError(Error):
    pass


@strawberry.type(description="A field of a licence, labelled from the catalogue")
class LicenceField:
    key: str
    label: str
    label_en: str
    value: str = strawberry.field(description="As issued (and signed)")
    value_label: str = strawberry.field(description="As shown: a choice's name (llc → 有限责任公司)")
    value_label_en: str

    @classmethod
    def all(
        cls, values: dict, labels: LicenceLabels, type_code: str | None, *, mask_id_numbers: bool = False
    ) -> list[LicenceField]:
        out = []
        for k, v in ordered({str(k): str(v) for k, v in values.items()}):
            value = disclosure.mask_text(v) if mask_id_numbers else v
            label, label_en = labels.label(type_code, k)
            shown, shown_en = labels.value(k, value)
            out.append(
                cls(
                    key=k,
                    label=label,
                    label_en=label_en,
                    value=value,
                    value_label=shown,
                    value_label_en=shown_en,
                )
            )
        return out


@strawberry.type
class LicenceIssuer:
    code: str
    name: str
    name_en: str


@strawberry.type(description="An electronic licence (电子证照) in its holder's wallet")
class Licence:
    id: strawberry.ID
    type_code: str = strawberry.field(description="Catalogue material code, e.g. business_licence")
    name: str
    number: str
    holder_name: str
    organization_name: str | None
    fields: list[LicenceField]
    issuer: LicenceIssuer
    issued_on: date
    expires_on: date | None
    status: LicenceStatus
    status_changed_at: datetime | None
    default_disclosure: list[str] = strawberry.field(
        description='What presentLicence shows unless told: "holder", "number" and the non-sensitive '
        "fields (as many of them as fit in the QR code)"
    )

    @classmethod
    def of(cls, row: LicenceRow, labels: LicenceLabels, *, mask_id_numbers: bool = False) -> Licence:
        """``row`` with department, holder and organization fetched (select_related); for an API client
        without ``identity_numbers:read``, ID numbers masked."""
        return cls(
            id=strawberry.ID(row.public_id),
            type_code=row.type_code,
            name=row.name,
            number=disclosure.mask_text(row.number) if mask_id_numbers else row.number,
            holder_name=row.holder.name,
            organization_name=row.organization.name if row.organization is not None else None,
            fields=LicenceField.all(row.key_fields, labels, row.type_code, mask_id_numbers=mask_id_numbers),
            issuer=LicenceIssuer(
                code=row.department.code, name=row.department.name, name_en=row.department.name_en
            ),
            issued_on=row.issued_on,
            expires_on=row.expires_on,
            status=row.status,
            status_changed_at=row.status_changed_at,
            default_disclosure=services.default_disclosure(row),
        )


LicenceConnection = Connection[Licence]


@strawberry.type(description="A licence as a signed QR code, verifiable offline")
class LicencePresentation:
    token: str = strawberry.field(description="Compact JWS (what the QR code holds)")
    qr_svg: str
    qr_version: int = strawberry.field(description="QR version (size): at most 20")
    expires_at: datetime | None
    disclosed: list[str]


@strawberry.type(description="The result of checking a presented licence, with what it disclosed")
class LicenceVerification:
    result: Verdict
    valid: bool
    message: str
    message_en: str
    issuer: LicenceIssuer | None
    type_code: str | None
    number: str | None = strawberry.field(description="When the holder disclosed it")
    holder_name: str | None = strawberry.field(description="Masked unless the holder disclosed it")
    fields: list[LicenceField]
    issued_on: date | None
    expires_on: date | None
    presented_at: datetime | None
    valid_until: datetime | None

    @classmethod
    def of(cls, result: services.Verification, labels: LicenceLabels) -> LicenceVerification:
        c = result.claims
        issuer = None
        if result.issuer_name is not None:
            issuer = LicenceIssuer(
                code=str(c.get("iss")), name=result.issuer_name, name_en=result.issuer_name_en or ""
            )
        return cls(
            result=result.verdict,
            valid=result.valid,
            message=result.message,
            message_en=result.message_en,
            issuer=issuer,
            type_code=_str(c.get("lt")),
            number=_str(c.get("no")),
            holder_name=_str(c.get("hn")),
            fields=LicenceField.all(c["f"], labels, _str(c.get("lt")))
            if isinstance(c.get("f"), dict)
            else [],
            issued_on=_date(c.get("io")),
            expires_on=_date(c.get("eo")),
            presented_at=_time(c.get("iat")),
            valid_until=_time(c.get("exp")),
        )


def _str(value) -> str | None:
    return value if isinstance(value, str) else None


def _date(value) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _time(value) -> datetime | None:
    return datetime.fromtimestamp(value, UTC) if isinstance(value, int) else None


LicenceResult = Annotated[Licence | WalletError, strawberry.union("LicenceResult")]
PresentLicenceResult = Annotated[LicencePresentation | WalletError, strawberry.union("PresentLicenceResult")]
