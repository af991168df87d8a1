"""GraphQL types of identity and access (mapped from the models by the resolvers)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from api.graphql.errors import Error
from api.graphql.ids import global_id
from api.identity import enums, models
from api.identity.signup import IdNumberStatus
from api.identity.validators import mask_id_number

# The domain's enums are the GraphQL enums (registered here, annotated with the classes themselves).
strawberry.enum(enums.Role)
strawberry.enum(enums.Scope, description="What an API client may ask for")
strawberry.enum(enums.ConsentScope)
strawberry.enum(enums.ConsentStatus)
strawberry.enum(enums.ConsentConfirmation)
strawberry.enum(enums.OrganizationProof)
strawberry.enum(enums.ClaimStatus)
strawberry.enum(IdNumberStatus, description="What became of the ID number given at sign-up")
Role = enums.Role
Scope = enums.Scope
ConsentScope = enums.ConsentScope
ConsentStatus = enums.ConsentStatus
OrganizationProof = enums.OrganizationProof
ClaimStatus = enums.ClaimStatus


@strawberry.type(name="IdentityError")
class IdentityErrorType(Error):
    pass


@strawberry.type
class Passkey:
    id: strawberry.ID
    name: str
    created_at: datetime
    last_used_at: datetime | None
    backed_up: bool = strawberry.field(description="Synced to the platform's cloud (multi-device)")
    transports: list[str]

    @classmethod
    def of(cls, row: models.Passkey) -> Passkey:
        return cls(
            id=global_id("Passkey", row.id),
            name=row.name,
            created_at=row.created_at,
            last_used_at=row.last_used_at,
            backed_up=row.backed_up,
            transports=list(row.transports),
        )


@strawberry.type(description="A claim to represent a business; it binds once verified")
class Organization:
    id: strawberry.ID
    credit_code: str
    name: str
    verified: bool = strawberry.field(description="Proven by a wallet licence or a clerk's in-person check")
    verification: OrganizationProof | None

    @classmethod
    def of(cls, row: models.Organization) -> Organization:
        return cls(
            id=global_id("Organization", row.id),
            credit_code=row.credit_code,
            name=row.name,
            verified=row.verified_at is not None,
            verification=row.verification,
        )


@strawberry.type(description="A business claim waiting for a window clerk's in-person check")
class PendingOrganization:
    organization: Organization
    representative_name: str
    representative_id: strawberry.ID
    created_at: datetime

    @classmethod
    def of(cls, row: models.Organization) -> PendingOrganization:
        return cls(
            organization=Organization.of(row),
            representative_name=row.representative.name,
            representative_id=global_id("User", row.representative_id),
            created_at=row.created_at,
        )


@strawberry.type(description="A sign-up whose ID number another account holds; a clerk checks the card")
class IdNumberClaim:
    id: strawberry.ID
    claimant_name: str
    claimant_phone: str | None
    id_number_masked: str
    status: ClaimStatus
    created_at: datetime
    resolved_at: datetime | None

    @classmethod
    def of(cls, row: models.IdNumberClaim) -> IdNumberClaim:
        return cls(
            id=global_id("IdNumberClaim", row.id),
            claimant_name=row.claimant.name,
            claimant_phone=row.claimant.phone,
            id_number_masked=mask_id_number(row.id_number),
            status=row.status,
            created_at=row.created_at,
            resolved_at=row.resolved_at,
        )


@strawberry.type(description="The signed-in person")
class Me:
    id: strawberry.ID
    name: str
    phone: str | None
    id_number_masked: str | None
    roles: list[Role]
    department_code: str | None
    passkeys: list[Passkey]
    organizations: list[Organization]
    id_verified: bool = strawberry.field(description="A window clerk checked the ID card in person")
    id_number_claim_open: bool = strawberry.field(
        description="The ID number given at sign-up is held by another account: show the card at a window"
    )


@strawberry.type(description="A citizen's profile as someone else may see it")
class CitizenProfile:
    id: strawberry.ID
    name: str
    phone: str | None
    id_number_masked: str | None
    organizations: list[Organization]

    @classmethod
    def of(cls, user: models.User, organizations: list[models.Organization]) -> CitizenProfile:
        return cls(
            id=global_id("User", user.id),
            name=user.name,
            phone=user.phone,
            id_number_masked=mask_id_number(user.id_number) if user.id_number else None,
            organizations=[Organization.of(o) for o in organizations],
        )


@strawberry.type(
    description="A signed-in session. Its refresh token is not in the data: over HTTP the answer sets it as "
    "an HttpOnly cookie for POST /auth/refresh and POST /auth/sign-out"
)
class Session:
    access_token: str
    expires_in: int = strawberry.field(description="Seconds the access token lives")
    user_id: strawberry.ID
    name: str
    roles: list[Role]


@strawberry.type(description="A new account (or, for a phone that had one, that account), signed in")
class SignedUp:
    session: Session
    id_number_status: IdNumberStatus


@strawberry.type(description="WebAuthn options for navigator.credentials.create/get, as JSON")
class PasskeyCeremony:
    options_json: str


@strawberry.type
class PhoneCodeSent:
    expires_in: int
    message: str


@strawberry.type
class Person:
    name: str


def _name(row: models.User | models.ApiClient | None) -> str | None:
    return row.name if row is not None else None


def _person(user: models.User | None) -> Person | None:
    return Person(name=user.name) if user is not None else None


@strawberry.type(description="A helper's (帮办代办) permission to act for a citizen")
class Consent:
    id: strawberry.ID
    request_code: str | None = strawberry.field(description="Shown to the helper while it awaits an answer")
    asked_by_me: bool = strawberry.field(description="A helper's own request (not a consent I gave)")
    helper: Person
    citizen: Person | None
    citizen_id: strawberry.ID | None = strawberry.field(
        description="The person a helper acts for (onBehalfOf), once they consented"
    )
    scope: ConsentScope
    scope_ref: str
    status: ConsentStatus
    request_expires_at: datetime
    valid_until: datetime
    created_at: datetime
    answered_at: datetime | None
    revoked_at: datetime | None
    confirmed_by: enums.ConsentConfirmation | None = strawberry.field(
        default=None, description="How the citizen said yes: their phone, a texted code, or a signature"
    )
    revoked_at_window: bool = strawberry.field(default=False, description="Revoked by a window clerk")
    phone_hint: str | None = strawberry.field(
        default=None, description="In person by SMS, while pending: where the code went (138****5678)"
    )

    @classmethod
    def of(cls, row: models.Consent, *, show_code: bool) -> Consent:
        phone = row.citizen.phone if row.citizen_id is not None and row.citizen is not None else None
        texted = show_code and row.status == enums.ConsentStatus.PENDING and row.sms_code_hash and phone
        return cls(
            confirmed_by=row.confirmed_by,
            revoked_at_window=row.revoked_by_id is not None,
            phone_hint=f"{phone[:3]}****{phone[-4:]}" if texted and phone else None,
            id=global_id("Consent", row.id),
            request_code=row.code if show_code and row.status == enums.ConsentStatus.PENDING else None,
            asked_by_me=show_code,
            helper=Person(name=row.helper.name),
            citizen=_person(row.citizen if row.citizen_id is not None else None),
            citizen_id=global_id("User", row.citizen_id) if row.citizen_id is not None else None,
            scope=row.scope,
            scope_ref=row.scope_ref,
            status=row.status,
            request_expires_at=row.request_expires_at,
            valid_until=row.valid_until,
            created_at=row.created_at,
            answered_at=row.answered_at,
            revoked_at=row.revoked_at,
        )


@strawberry.type(description="One read of my personal data by someone else")
class AccessLogEntry:
    at: datetime
    actor_name: str | None
    actor_role: str
    client_name: str | None
    what: str
    purpose: str

    @classmethod
    def of(cls, row: models.AccessLog) -> AccessLogEntry:
        return cls(
            at=row.at,
            actor_name=_name(row.actor if row.actor_id is not None else None),
            actor_role=row.actor_role,
            client_name=_name(row.client if row.client_id is not None else None),
            what=row.what,
            purpose=row.purpose,
        )


@strawberry.type
class ApiClient:
    client_id: str
    name: str
    scopes: list[Scope]
    created_at: datetime
    disabled_at: datetime | None

    @classmethod
    def of(cls, row: models.ApiClient) -> ApiClient:
        return cls(
            client_id=row.client_id,
            name=row.name,
            scopes=[enums.Scope(s) for s in row.scopes],
            created_at=row.created_at,
            disabled_at=row.disabled_at,
        )


@strawberry.type(description="A new client's credentials: the secret is shown this once")
class ClientCredentials:
    client: ApiClient
    client_secret: str


@strawberry.type(description="A citizen's permission for one client to read some of their data")
class ClientGrant:
    id: strawberry.ID
    client_id: str
    client_name: str
    scopes: list[Scope]
    created_at: datetime
    revoked_at: datetime | None

    @classmethod
    def of(cls, row: models.ClientGrant) -> ClientGrant:
        return cls(
            id=global_id("ClientGrant", row.id),
            client_id=row.client.client_id,
            client_name=row.client.name,
            scopes=[enums.Scope(s) for s in row.scopes],
            created_at=row.created_at,
            revoked_at=row.revoked_at,
        )


@strawberry.type
class StaffMember:
    id: strawberry.ID
    name: str
    phone: str | None
    roles: list[Role]
    department_code: str | None
    hall_code: str | None = None
    suspended: bool = False
    enrolled: bool | None = strawberry.field(default=None, description="Has a passkey (in staff lists)")


@strawberry.type(description="A member of staff and the single-use code to enroll their passkey")
class StaffInvitation:
    staff: StaffMember
    invitation_code: str
    enroll_url: str = strawberry.field(description="Where to enrol: the public base URL's /enroll")


@strawberry.type
class StaffMemberUpdated:
    staff: StaffMember


@strawberry.type
class Done:
    ok: bool = True


# What each mutation returns: its result or an IdentityError.
SessionResult = Annotated[Session | IdentityErrorType, strawberry.union("SessionResult")]
CeremonyResult = Annotated[PasskeyCeremony | IdentityErrorType, strawberry.union("CeremonyResult")]
PasskeyResult = Annotated[Passkey | IdentityErrorType, strawberry.union("PasskeyResult")]
DoneResult = Annotated[Done | IdentityErrorType, strawberry.union("DoneResult")]
PhoneCodeResult = Annotated[PhoneCodeSent | IdentityErrorType, strawberry.union("PhoneCodeResult")]
OrganizationResult = Annotated[Organization | IdentityErrorType, strawberry.union("OrganizationResult")]
SignedUpResult = Annotated[SignedUp | IdentityErrorType, strawberry.union("SignedUpResult")]
IdNumberClaimResult = Annotated[IdNumberClaim | IdentityErrorType, strawberry.union("IdNumberClaimResult")]
ConsentResult = Annotated[Consent | IdentityErrorType, strawberry.union("ConsentResult")]
ClientGrantResult = Annotated[ClientGrant | IdentityErrorType, strawberry.union("ClientGrantResult")]
ClientCredentialsResult = Annotated[
    ClientCredentials | IdentityErrorType, strawberry.union("ClientCredentialsResult")
]
ApiClientResult = Annotated[ApiClient | IdentityErrorType, strawberry.union("ApiClientResult")]
StaffMemberResult = Annotated[StaffMemberUpdated | IdentityErrorType, strawberry.union("StaffMemberResult")]
StaffInvitationResult = Annotated[
    StaffInvitation | IdentityErrorType, strawberry.union("StaffInvitationResult")
]
