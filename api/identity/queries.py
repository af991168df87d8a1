"""Identity queries: thin resolvers (policy → service → map)."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from api.failures import Failure
from api.graphql.ids import from_global_id, global_id
from api.graphql.permissions import allow
from api.identity import access_log, accounts, clients, consents, id_claims, people, policies
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
    return await people.signed_in_user(info.context.principal.user_id)


def department_code(user: User) -> str | None:
    department = user.department if user.department_id is not None else None
    return department.code if department is not None else None


def staff_member(user: User, enrolled: bool | None = None) -> StaffMember:
    hall = user.hall if user.hall_id is not None else None
    return StaffMember(
        id=global_id("User", user.id),
        name=user.name,
        phone=user.phone,
        roles=list(user.roles),
        department_code=department_code(user),
        hall_code=hall.code if hall is not None else None,
        suspended=user.disabled,
        enrolled=enrolled,
    )


@strawberry.type
class IdentityQuery:
    @strawberry.field(description="The signed-in person", permission_classes=allow(policies.signed_in))
    async def me(self, info: Info) -> Me:
        account = await people.own_account(await current_user(info))
        user = account.user
        return Me(
            id=global_id("User", user.id),
            name=user.name,
            phone=user.phone,
            id_number_masked=mask_id_number(user.id_number) if user.id_number else None,
            roles=list(user.roles),
            department_code=department_code(user),
            passkeys=[Passkey.of(p) for p in account.passkeys],
            organizations=[Organization.of(o) for o in account.organizations],
            id_verified=user.id_verified_at is not None,
            id_number_claim_open=account.id_number_claim_open,
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
        user_id = info.context.principal.user_id  # the policy required someone signed in
        return [AccessLogEntry.of(r) for r in await access_log.entries_about(user_id)] if user_id else []

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
        profile = await people.citizen_profile(from_global_id(id, "User"))
        if profile is None:
            return None
        await access_log.record(info.context.principal, profile.user.id, "profile", purpose)
        return CitizenProfile.of(profile.user, profile.organizations)

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

    @strawberry.field(
        description="Registered API clients",
        permission_classes=allow(policies.administrator),
        deprecation_reason="Use clientRegistry (a connection of RegisteredClient); removed in v3",
    )
    async def api_clients(self, info: Info) -> list[ApiClient]:
        return [ApiClient.of(c) for c in await people.api_clients()]

    @strawberry.field(description="Members of staff", permission_classes=allow(policies.administrator))
    async def staff_members(self, info: Info) -> list[StaffMember]:
        rows = await people.staff_members(info.context.principal.user_id)
        return [staff_member(r.user, r.enrolled) for r in rows]
