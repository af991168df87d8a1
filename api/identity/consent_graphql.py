"""Consent in person (no smartphone) and at the window: thin resolvers over
``api.identity.consents_in_person``."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from api.failures import Failure
from api.graphql.errors import failures_as
from api.graphql.ids import from_global_id
from api.graphql.permissions import allow
from api.identity import consents, consents_in_person, policies
from api.identity.enums import ConsentConfirmation, ConsentScope
from api.identity.queries import current_user
from api.identity.types import Consent, ConsentResult, IdentityErrorType
from api.identity.validators import normalize_resident_id

failures_as_data = failures_as(IdentityErrorType)


@strawberry.type
class ConsentInPersonQuery:
    @strawberry.field(
        description="A window clerk looks up a person's helper consents by ID number (to revoke one)",
        permission_classes=allow(policies.window_clerk),
    )
    async def consents_at_window(self, info: Info, id_number: str) -> list[Consent]:
        try:
            citizen = await consents_in_person.person_by_id_number(normalize_resident_id(id_number))
        except Failure:  # a mistyped or unknown number: nobody's consents
            return []
        rows = await consents_in_person.consents_at_window(info.context.principal, citizen)
        return [Consent.of(c, show_code=False) for c in rows]


@strawberry.type
class ConsentInPersonMutation:
    @strawberry.mutation(
        description="A helper asks someone without a smartphone for consent: by their resident ID "
        "number; they confirm with a texted code (SMS) or a signature on the tablet (SIGNATURE)",
        permission_classes=allow(policies.helper),
    )
    @failures_as_data
    async def request_consent_in_person(
        self,
        info: Info,
        id_number: str,
        scope: ConsentScope,
        scope_ref: str,
        confirm_by: ConsentConfirmation,
        hours: int = 4,
    ) -> ConsentResult:
        catalog = await info.context.catalog()
        ref = consents.checked_scope_ref(catalog, scope, scope_ref)
        entry = catalog.entry(ref) if scope != ConsentScope.APPLICATION else None
        citizen = await consents_in_person.person_by_id_number(normalize_resident_id(id_number))
        consent = await consents_in_person.request_in_person(
            info.context.identity.sms,
            await current_user(info),
            citizen,
            (scope, ref, entry.name if entry else ref, hours),
            confirm_by,
        )
        return Consent.of(consent, show_code=True)

    @strawberry.mutation(
        description="The person's yes on the helper's tablet: the texted code, or their signature "
        "(a PNG data URL from the signature pad)",
        permission_classes=allow(policies.helper),
    )
    @failures_as_data
    async def confirm_consent_in_person(
        self, info: Info, id: strawberry.ID, code: str = "", signature: str = ""
    ) -> ConsentResult:
        consent = await consents_in_person.confirm_in_person(
            await current_user(info), from_global_id(id, "Consent"), code=code, signature=signature
        )
        return Consent.of(consent, show_code=True)

    @strawberry.mutation(
        description="Revoke a helper's consent for the person who gave it, at any window",
        permission_classes=allow(policies.window_clerk),
    )
    @failures_as_data
    async def revoke_consent_at_window(self, info: Info, id: strawberry.ID) -> ConsentResult:
        consent = await consents_in_person.revoke_at_window(
            await current_user(info), from_global_id(id, "Consent")
        )
        return Consent.of(consent, show_code=False)
