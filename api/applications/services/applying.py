"""What applying starts from: the catalogue entry, the business represented, and the merged form
prefilled from what the applicant already gave (一次采集，多次复用)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from api import clock
from api.applications.errors import ApplicationsError
from api.applications.services.materials import PlannedMaterial, material_plan
from api.catalog import forms
from api.catalog.entities import Bundle, Catalog, ServiceItem
from api.failures import Failure
from api.identity.models import Organization, User
from api.wallet.enums import LicenceStatus
from api.wallet.models import Licence


def catalog_entry(catalog: Catalog, code: str) -> ServiceItem | Bundle:
    entry = catalog.entry(code)
    if entry is None:
        raise Failure(ApplicationsError.UNKNOWN_CODE, code=code)
    return entry


async def represented_organization(applicant: User, credit_code: str | None) -> Organization | None:
    """The business the applicant applies for, if any: one they are the verified representative of."""
    if not credit_code:
        return None
    organization = (
        await Organization.filter(credit_code=credit_code.strip().upper(), representative=applicant)
        .exclude(verified_at=None)
        .first()
    )
    if organization is None:
        raise Failure(ApplicationsError.ORGANIZATION_NOT_FOUND)
    return organization


async def prefill_sources(user: User, organization: Organization | None) -> dict[str, str]:
    """What the form may be prefilled from: the profile, the business represented, and the fields of
    the active e-licences in the applicant's wallet (一次采集，多次复用)."""
    sources = {
        "profile.name": user.name,
        "profile.phone": user.phone or "",
        "profile.id_number": user.id_number or "",
    }
    if organization is not None:
        sources |= {
            "organization.name": organization.name,
            "organization.credit_code": organization.credit_code,
        }
    for licence in await Licence.filter(holder=user, status=LicenceStatus.ACTIVE).order_by("issued_on"):
        if licence.expires_on is None or licence.expires_on >= clock.today():
            for key, value in licence.key_fields.items():
                sources[f"licence.{licence.type_code}.{key}"] = str(value)
    return {k: v for k, v in sources.items() if v}


@dataclass(frozen=True)
class FormToApply:
    """Everything the merged form needs: the schema, prefilled values and the material plan."""

    entry: ServiceItem | Bundle
    schema: forms.FormSchema
    prefill: dict[str, Any]
    materials: list[PlannedMaterial]


async def form_to_apply(
    catalog: Catalog, entry: ServiceItem | Bundle, applicant: User, organization_credit_code: str | None
) -> FormToApply:
    organization = await represented_organization(applicant, organization_credit_code)
    schema = forms.form_for(catalog, entry.code)
    prefill = forms.prefill(schema, await prefill_sources(applicant, organization))
    return FormToApply(entry, schema, prefill, material_plan(entry))
