"""Identity mutations: thin resolvers. Each returns its result or an ``IdentityError`` (never a 500)."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from api.failures import Failure
from api.graphql.errors import failures_as
from api.graphql.ids import from_global_id, global_id
from api.graphql.permissions import allow
from api.identity import (
    accounts,
    clients,
    consents,
    id_claims,
    passkeys,
    phone_codes,
    policies,
    ratelimit,
    signup,
    tokens,
)
from api.identity.errors import IdentityError
from api.identity.models import User
from api.identity.queries import current_user
from api.identity.types import (
    ApiClient,
    ApiClientResult,
    CeremonyResult,
    ClientCredentials,
    ClientCredentialsResult,
    ClientGrant,
    ClientGrantResult,
    Consent,
    ConsentResult,
    ConsentScope,
    Done,
    DoneResult,
    IdentityErrorType,
    IdNumberClaim,
    IdNumberClaimResult,
    Organization,
    OrganizationResult,
    Passkey,
    PasskeyCeremony,
    PasskeyResult,
    PhoneCodeResult,
    PhoneCodeSent,
    Scope,
    Session,
    SessionResult,
    SignedUp,
    SignedUpResult,
)
from api.identity.validators import normalize_phone, normalize_resident_id

failures_as_data = failures_as(IdentityErrorType)


def session_of(session: tokens.Session) -> Session:
    return Session(
        access_token=session.access_token,
        expires_in=session.expires_in,
        user_id=global_id("User", session.user.id),
        name=session.user.name,
        roles=list(session.user.roles),
    )


async def new_session(info: Info, user: User) -> Session:
    """Start a session for someone who just proved who they are: the access token in the answer, the
    refresh token in an HttpOnly cookie on the HTTP response (never in the data)."""
    keep = info.context.keep_refresh_token
    if keep is None:
        raise Failure(IdentityError.HTTP_REQUIRED)
    session = await tokens.start_session(info.context.identity.keys, user)
    keep(session.refresh_token)
    return session_of(session)


@strawberry.type
class IdentityMutation:
    # --- signing up ---------------------------------------------------------------------------
    @strawberry.mutation(
        description=(
            "Sign up with the code texted by requestPhoneCode: the phone is proven before the account "
            "exists. A phone that already has an account signs in to it. Add a passkey afterwards."
        ),
        permission_classes=allow(policies.public),
    )
    @failures_as_data
    async def sign_up_with_phone_code(
        self, info: Info, phone: str, code: str, name: str, id_number: str
    ) -> SignedUpResult:
        outcome = await signup.sign_up(
            normalize_phone(phone),
            code,
            signup.valid_name(name),
            normalize_resident_id(id_number),
            info.context.principal.address,
        )
        return SignedUp(
            session=await new_session(info, outcome.user), id_number_status=outcome.id_number_status
        )

    # --- passkeys -------------------------------------------------------------------------------
    @strawberry.mutation(
        description="Step 1 of a staff member's enrollment with an administrator's invitation code",
        permission_classes=allow(policies.public),
    )
    @failures_as_data
    async def begin_staff_enrollment(self, info: Info, invitation_code: str) -> CeremonyResult:
        options = await passkeys.begin_enrollment(info.context.identity.rp, invitation_code)
        return PasskeyCeremony(options_json=options)

    @strawberry.mutation(
        description="Step 2 of a staff member's enrollment: the new passkey (PublicKeyCredential JSON)",
        permission_classes=allow(policies.public),
    )
    @failures_as_data
    async def finish_registration(self, info: Info, credential: str, passkey_name: str = "") -> SessionResult:
        user, _ = await passkeys.finish_registration(info.context.identity.rp, credential, passkey_name, None)
        return await new_session(info, user)

    @strawberry.mutation(permission_classes=allow(policies.signed_in))
    @failures_as_data
    async def begin_add_passkey(self, info: Info) -> CeremonyResult:
        options = await passkeys.begin_add_passkey(info.context.identity.rp, await current_user(info))
        return PasskeyCeremony(options_json=options)

    @strawberry.mutation(permission_classes=allow(policies.signed_in))
    @failures_as_data
    async def finish_add_passkey(self, info: Info, credential: str, passkey_name: str = "") -> PasskeyResult:
        _, passkey = await passkeys.finish_registration(
            info.context.identity.rp, credential, passkey_name, info.context.principal.user_id
        )
        return Passkey.of(passkey)

    @strawberry.mutation(permission_classes=allow(policies.signed_in))
    @failures_as_data
    async def remove_passkey(self, info: Info, id: strawberry.ID) -> DoneResult:
        await passkeys.remove_passkey(await current_user(info), from_global_id(id, "Passkey"))
        return Done()

    @strawberry.mutation(
        description="Step 1 of signing in with a passkey (staff: user verification required)",
        permission_classes=allow(policies.public),
    )
    @failures_as_data
    async def begin_sign_in(self, info: Info, staff: bool = False) -> CeremonyResult:
        return PasskeyCeremony(
            options_json=await passkeys.begin_sign_in(info.context.identity.rp, staff=staff)
        )

    @strawberry.mutation(
        description="Step 2 of signing in: the assertion (PublicKeyCredential JSON)",
        permission_classes=allow(policies.public),
    )
    @failures_as_data
    async def finish_sign_in(self, info: Info, credential: str) -> SessionResult:
        await ratelimit.hit(ratelimit.SIGN_IN_PER_ADDRESS, info.context.principal.address)
        return await new_session(info, await passkeys.finish_sign_in(info.context.identity.rp, credential))

    # --- phone codes, sessions ------------------------------------------------------------------
    @strawberry.mutation(
        description=(
            "Text a one-time code to sign in or to sign up; the answer is the same for every number"
        ),
        permission_classes=allow(policies.public),
    )
    @failures_as_data
    async def request_phone_code(self, info: Info, phone: str) -> PhoneCodeResult:
        phone = normalize_phone(phone)
        await phone_codes.send_code(info.context.identity.sms, phone, info.context.principal.address)
        return PhoneCodeSent(
            expires_in=int(phone_codes.CODE_TTL.total_seconds()),
            message="验证码已发送，请查看短信",
        )

    @strawberry.mutation(permission_classes=allow(policies.public))
    @failures_as_data
    async def sign_in_with_phone_code(self, info: Info, phone: str, code: str) -> SessionResult:
        user = await phone_codes.verify_code(normalize_phone(phone), code, info.context.principal.address)
        return await new_session(info, user)

    # Refreshing and signing out are POST /auth/refresh and POST /auth/sign-out (api.web.session_cookie):
    # the refresh token is an HttpOnly cookie that only those routes receive.

    # --- businesses -----------------------------------------------------------------------------
    @strawberry.mutation(
        description=(
            "Claim to represent a business by its unified social credit code; it binds at once when a "
            "business licence in my wallet names me, else after a window clerk's in-person check"
        ),
        permission_classes=allow(policies.citizen),
    )
    @failures_as_data
    async def register_organization(self, info: Info, credit_code: str, name: str) -> OrganizationResult:
        return Organization.of(
            await accounts.register_organization(await current_user(info), credit_code, name)
        )

    @strawberry.mutation(
        description="A window clerk checked the business licence and ID card in person: the claim binds",
        permission_classes=allow(policies.window_clerk),
    )
    @failures_as_data
    async def verify_organization(self, info: Info, id: strawberry.ID, note: str = "") -> OrganizationResult:
        return Organization.of(
            await accounts.verify_organization(
                info.context.principal, from_global_id(id, "Organization"), note
            )
        )

    # --- resident ID numbers checked in person ----------------------------------------------------
    @strawberry.mutation(
        description="A window clerk checked the claimant's ID card: the number moves to their account",
        permission_classes=allow(policies.window_clerk),
    )
    @failures_as_data
    async def rebind_id_number(
        self, info: Info, claim_id: strawberry.ID, note: str = ""
    ) -> IdNumberClaimResult:
        claim = await id_claims.rebind(
            info.context.principal, from_global_id(claim_id, "IdNumberClaim"), note
        )
        return IdNumberClaim.of(claim)

    @strawberry.mutation(
        description="A window clerk refuses an ID number claim after checking in person",
        permission_classes=allow(policies.window_clerk),
    )
    @failures_as_data
    async def dismiss_id_number_claim(
        self, info: Info, claim_id: strawberry.ID, note: str = ""
    ) -> IdNumberClaimResult:
        return IdNumberClaim.of(
            await id_claims.dismiss(info.context.principal, from_global_id(claim_id, "IdNumberClaim"), note)
        )

    @strawberry.mutation(
        description="A window clerk read the citizen's ID card and it matches their account",
        permission_classes=allow(policies.window_clerk),
    )
    @failures_as_data
    async def verify_id_number_in_person(
        self, info: Info, citizen_id: strawberry.ID, id_number: str
    ) -> DoneResult:
        await id_claims.verify_in_person(
            info.context.principal, from_global_id(citizen_id, "User"), normalize_resident_id(id_number)
        )
        return Done()

    # --- helpers' consent -----------------------------------------------------------------------
    @strawberry.mutation(
        description="A helper asks a citizen for consent; the code is shown to the citizen as a QR",
        permission_classes=allow(policies.helper),
    )
    @failures_as_data
    async def request_consent(
        self, info: Info, scope: ConsentScope, scope_ref: str, hours: int = 4
    ) -> ConsentResult:
        ref = consents.checked_scope_ref(await info.context.catalog(), scope, scope_ref)
        consent = await consents.request_consent(await current_user(info), scope, ref, hours)
        return Consent.of(consent, show_code=True)

    @strawberry.mutation(
        description="The citizen approves or declines a helper's request",
        permission_classes=allow(policies.citizen),
    )
    @failures_as_data
    async def answer_consent(self, info: Info, code: str, approve: bool) -> ConsentResult:
        return Consent.of(
            await consents.answer_consent(await current_user(info), code, approve), show_code=False
        )

    @strawberry.mutation(permission_classes=allow(policies.citizen))
    @failures_as_data
    async def revoke_consent(self, info: Info, id: strawberry.ID) -> ConsentResult:
        consent = await consents.revoke_consent(await current_user(info), from_global_id(id, "Consent"))
        return Consent.of(consent, show_code=False)

    # --- API clients ----------------------------------------------------------------------------
    @strawberry.mutation(
        description="Let a mini-program read some of my data (revocable)",
        permission_classes=allow(policies.citizen),
        deprecation_reason=(
            "The mini-program asks through /oauth/authorize and the citizen answers with "
            "approveAuthorization; removed in v3"
        ),
    )
    @failures_as_data
    async def grant_client(self, info: Info, client_id: str, scopes: list[Scope]) -> ClientGrantResult:
        grant = await clients.grant(await current_user(info), client_id, frozenset(scopes))
        return ClientGrant.of(grant)

    @strawberry.mutation(permission_classes=allow(policies.citizen))
    @failures_as_data
    async def revoke_client_grant(self, info: Info, id: strawberry.ID) -> ClientGrantResult:
        return ClientGrant.of(
            await clients.revoke_grant(await current_user(info), from_global_id(id, "ClientGrant"))
        )

    @strawberry.mutation(
        description="Register a third-party mini-program; its secret is shown once",
        permission_classes=allow(policies.administrator),
        deprecation_reason="Use registerClient (redirect URIs, web origins); removed in v3",
    )
    @failures_as_data
    async def register_api_client(
        self, info: Info, name: str, scopes: list[Scope]
    ) -> ClientCredentialsResult:
        client, secret = await clients.register_client(name, frozenset(scopes), await current_user(info))
        return ClientCredentials(client=ApiClient.of(client), client_secret=secret)

    @strawberry.mutation(
        permission_classes=allow(policies.administrator),
        deprecation_reason="Use suspendClient (reactivateClient undoes it); removed in v3",
    )
    @failures_as_data
    async def disable_api_client(self, info: Info, client_id: str) -> ApiClientResult:
        return ApiClient.of(await clients.disable_client(client_id))
