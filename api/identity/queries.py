"""Identity queries: thin resolvers (policy → service → map)."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from api.failures import Failure
from api.graphql.ids import int_id
from api.graphql.permissions import allow
from api.identity import access_log, accounts, clients, consents, id_claims, policies
from api.identity.enums import ClaimStatus
from api.identity.models import ApiClient as ApiClientRow
from api.identity.models import IdNumberClaim as IdNumberClaimRow
from api.identity.models import Organization as OrganizationRow
from api.identity.models import Passkey as PasskeyRow
from api.identity.models import User
from api.identity.types import (
    AccessLogEntry,
    ApiClient,
    CitizenProfile,
    ClientGrant,
    Consent,
    IdNumberClaim,
    Me,
    Organization,
    Passkey,
    PendingOrganization,
    StaffMember,
)
from api.identity.validators import mask_id_number


async def current_user(info: Info) -> User:
    """The signed-in user (the policy already required one)."""
    return await User.get(id=info.context.principal.user_id).select_related("department")


def staff_member(user: User) -> StaffMember:
    return StaffMember(
        id=strawberry.ID(str(user.id)),
        name=user.name,
        phone=user.phone,
        roles=list(user.roles),
        department_code=user.department.code if user.department_id else None,
    )


@strawberry.type
class IdentityQuery:
    @strawberry.field(description="The signed-in person", permission_classes=allow(policies.signed_in))
    async def me(self, info: Info) -> Me:
        user = await current_user(info)
        return Me(
            id=strawberry.ID(str(user.id)),
            name=user.name,
            phone=user.phone,
            id_number_masked=mask_id_number(user.id_number) if user.id_number else None,
            roles=list(user.roles),
            department_code=user.department.code if user.department_id else None,
            passkeys=[Passkey.of(p) for p in await PasskeyRow.filter(user=user).order_by("id")],
            organizations=[Organization.of(o) for o in await OrganizationRow.filter(representative=user)],
            id_verified=user.id_verified_at is not None,
            id_number_claim_open=await IdNumberClaimRow.filter(
                claimant=user, status=ClaimStatus.OPEN
            ).exists(),
        )

    @strawberry.field(
        description="Consents I gave (citizen) or asked for (helper), newest first",
        permission_classes=allow(policies.signed_in),
    )
    async def my_consents(self, info: Info) -> list[Consent]:
        user = await current_user(info)
        return [Consent.of(c, show_code=c.helper_id == user.id) for c in await consents.consents_of(user)]

    @strawberry.field(
        description="Who looked at my personal data, newest first",
        permission_classes=allow(policies.signed_in),
    )
    async def my_access_log(self, info: Info) -> list[AccessLogEntry]:
        return [AccessLogEntry.of(r) for r in await access_log.entries_about(info.context.principal.user_id)]

    @strawberry.field(
        description="Mini-programs I let read my data", permission_classes=allow(policies.citizen)
    )
    async def my_client_grants(self, info: Info) -> list[ClientGrant]:
        return [ClientGrant.of(g) for g in await clients.grants_of(await current_user(info))]

    @strawberry.field(
        description="A helper's pending consent request, before the citizen answers it",
        permission_classes=allow(policies.citizen),
    )
    async def consent_request(self, info: Info, code: str) -> Consent | None:
        try:
            consent = await consents.pending_by_code(code)
        except Failure:  # an unknown or expired code is simply not there
            return None
        return Consent.of(consent, show_code=False)

    @strawberry.field(
        description="A citizen's profile; every read by someone else is recorded in their access log",
        permission_classes=allow(policies.may_read_citizen),
    )
    async def citizen(self, info: Info, id: strawberry.ID, purpose: str = "") -> CitizenProfile | None:
        user = await User.get_or_none(id=int_id(id))
        if user is None:
            return None
        await access_log.record(info.context.principal, user.id, "profile", purpose)
        return CitizenProfile.of(user, await OrganizationRow.filter(representative=user))

    @strawberry.field(
        description="Sign-ups whose ID number another account holds, oldest first (window clerks)",
        permission_classes=allow(policies.window_clerk),
    )
    async def id_number_claims(self, info: Info) -> list[IdNumberClaim]:
        return [IdNumberClaim.of(c) for c in await id_claims.open_claims()]

    @strawberry.field(
        description="Business claims waiting for an in-person check, oldest first (window clerks)",
        permission_classes=allow(policies.window_clerk),
    )
    async def pending_organizations(self, info: Info) -> list[PendingOrganization]:
        return [PendingOrganization.of(o) for o in await accounts.pending_organizations()]

    @strawberry.field(description="Registered API clients", permission_classes=allow(policies.administrator))
    async def api_clients(self, info: Info) -> list[ApiClient]:
        return [ApiClient.of(c) for c in await ApiClientRow.all().order_by("id").limit(100)]

    @strawberry.field(description="Members of staff", permission_classes=allow(policies.administrator))
    async def staff_members(self, info: Info) -> list[StaffMember]:
        users = await User.filter(staff=True).select_related("department").order_by("id").limit(100)
        return [staff_member(u) for u in users]
