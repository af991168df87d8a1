"""What applying starts from: the catalogue entry, the business represented, and the merged form
prefilled from what the applicant already gave (一次采集，多次复用)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from api import clock
from api.applications.errors import ApplicationsError
from api.applications.services.materials import PlannedMaterial, material_plan
from api.catalog import forms, situations
from api.catalog.entities import Bundle, Catalog, ServiceItem
from api.failures import Failure
from api.identity.models import Organization, User
from api.wallet.enums import LicenceStatus
from api.wallet.models import Licence


def fitted_schema(whole: forms.FormSchema, fitted: forms.FormSchema) -> forms.FormSchema:
    """The form as frozen (a draft's, or the catalogue's) asking only what the situation asks, each
    field required as the situation requires it."""
    asked = {f.code: f for f in fitted.fields}
    return forms.FormSchema(
        code=whole.code,
        revision=whole.revision,
        fields=tuple(
            replace(f, required=f.required and asked[f.code].required)
            for f in whole.fields
            if f.code in asked
        ),
    )


def not_asked_dropped(
    data: dict[str, Any], whole: forms.FormSchema, fitted: forms.FormSchema
) -> dict[str, Any]:
    """The values given without those of fields the answers leave out (typed before an answer
    changed). A field of no form at all is still refused by the form's checks."""
    return {k: v for k, v in data.items() if fitted.field(k) is not None or whole.field(k) is None}


def situation_kept(offered: ServiceItem | Bundle, fitted: situations.Fit) -> dict[str, Any] | None:
    """What an application keeps of the situation: the answers as the applicant read them and, for a
    bundle offering a choice of items (点菜), the items chosen. None when the entry asks nothing."""
    choice = isinstance(offered, Bundle) and bool(offered.optional or offered.extras)
    if not fitted.questions and not choice:
        return None
    return {"answers": fitted.answered(), "items": list(fitted.chosen)}


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

    entry: ServiceItem | Bundle  # tailored to the situation (api.catalog.situations)
    schema: forms.FormSchema
    prefill: dict[str, Any]
    materials: list[PlannedMaterial]
    fit: situations.Fit | None = None


async def form_to_apply(
    catalog: Catalog,
    entry: ServiceItem | Bundle,
    applicant: User,
    organization_credit_code: str | None,
    answers: dict[str, str] | None = None,
    items: list[str] | None = None,
) -> FormToApply:
    """The form for the answers given so far and the items chosen: what depends on a question not
    yet answered is still in it."""
    organization = await represented_organization(applicant, organization_credit_code)
    fitted = situations.fit(entry, answers or {}, items)
    schema = fitted.entry.form_schema
    prefill = forms.prefill(schema, await prefill_sources(applicant, organization))
    return FormToApply(fitted.entry, schema, prefill, material_plan(fitted.entry), fitted)
