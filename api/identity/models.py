"""Tortoise models of identity and access."""

from tortoise import fields
from tortoise.models import Model

from api.crypto_at_rest import EncryptedJSONField, EncryptedTextField
from api.identity import id_numbers
from api.identity.enums import (
    ChallengePurpose,
    ClaimStatus,
    ConsentConfirmation,
    ConsentScope,
    ConsentStatus,
    OrganizationProof,
)


class User(Model):
    """A person: a citizen (or a business's representative), or a member of staff."""

    id = fields.IntField(primary_key=True)
    # WebAuthn user handle: 64 random bytes (base64url), never the database id
    user_handle = fields.CharField(max_length=88, unique=True)
    name = fields.CharField(max_length=64)
    phone = fields.CharField(max_length=16, unique=True, null=True)
    # 居民身份证号码: a claim made at sign-up, bound only when no other account holds it. Encrypted at
    # rest (not queryable); lookups use its blind index below, which
    # save() keeps in step (api.identity.id_numbers)
    id_number = EncryptedTextField(
        context="identity_user.id_number",
        null=True,
        blind_index_field="id_number_hash",
        blind_index_of=id_numbers.id_number_hash,
    )
    id_number_hash = fields.CharField(max_length=64, unique=True, null=True)
    # set when a window clerk has checked the ID card in person (a claim until then)
    id_verified_at = fields.DatetimeField(null=True)
    roles = fields.JSONField(default=list)  # list of Role values
    staff = fields.BooleanField(default=False, db_index=True)  # has a staff role (lists, audits)
    department: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Department", related_name="staff", null=True, on_delete=fields.RESTRICT
    )  # the department a reviewer decides for
    department_id: int | None
    hall: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Hall", related_name="staff", null=True, on_delete=fields.RESTRICT
    )  # the service hall a member of staff works in (hall admins manage their hall's staff)
    hall_id: int | None
    disabled = fields.BooleanField(default=False)  # suspended: no sign-in, no refresh, no access token
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "identity_user"

    async def save(self, *args, **kwargs) -> None:
        self.id_number_hash = id_numbers.id_number_hash(self.id_number)
        update_fields = kwargs.get("update_fields")
        if (
            update_fields is not None
            and "id_number" in update_fields
            and "id_number_hash" not in update_fields
        ):
            kwargs["update_fields"] = [*update_fields, "id_number_hash"]
        await super().save(*args, **kwargs)


class Organization(Model):
    """A person's claim to represent a business (法人), identified by its unified social credit code.

    A claim binds only when proven (``verified_at``): by a business licence in the claimant's own
    wallet naming them, or by a window clerk's in-person check. Unproven claims bind nothing, so
    nobody can claim a credit code first and lock its real representative out.
    """

    id = fields.IntField(primary_key=True)
    credit_code = fields.CharField(max_length=18, db_index=True)  # 统一社会信用代码
    name = fields.CharField(max_length=128)
    representative: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="organizations", on_delete=fields.CASCADE
    )
    representative_id: int
    created_at = fields.DatetimeField(auto_now_add=True)
    verified_at = fields.DatetimeField(null=True)
    verification = fields.CharEnumField(OrganizationProof, max_length=16, null=True)
    verified_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="organizations_verified", null=True, on_delete=fields.SET_NULL
    )
    verified_by_id: int | None

    class Meta:
        table = "identity_organization"
        unique_together = (("credit_code", "representative"),)


class IdNumberClaim(Model):
    """A sign-up that claimed a resident ID number another account already holds.

    The new account is created without the number; a window clerk checks the ID card in person and
    either moves the number to this account (re-bind) or dismisses the claim.
    """

    id = fields.IntField(primary_key=True)
    claimant: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="id_number_claims", on_delete=fields.CASCADE
    )
    claimant_id: int
    id_number = EncryptedTextField(context="identity_id_number_claim.id_number")
    status = fields.CharEnumField(ClaimStatus, max_length=12, default=ClaimStatus.OPEN, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    resolved_at = fields.DatetimeField(null=True)
    resolved_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="id_number_claims_resolved", null=True, on_delete=fields.SET_NULL
    )
    resolved_by_id: int | None
    note = fields.CharField(max_length=200, default="")

    class Meta:
        table = "identity_id_number_claim"


class Passkey(Model):
    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="passkeys", on_delete=fields.CASCADE
    )
    user_id: int
    credential_id = fields.CharField(max_length=1400, unique=True)  # base64url
    public_key = fields.BinaryField()  # COSE
    sign_count = fields.BigIntField(default=0)
    transports = fields.JSONField(default=list)
    backed_up = fields.BooleanField(default=False)
    device_type = fields.CharField(max_length=32, default="single_device")
    name = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)
    last_used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "identity_passkey"


class WebAuthnChallenge(Model):
    """A server-side challenge: short-lived and single use."""

    id = fields.IntField(primary_key=True)
    challenge = fields.CharField(max_length=128, unique=True)  # base64url
    purpose = fields.CharEnumField(ChallengePurpose, max_length=16)
    user: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="challenges", null=True, on_delete=fields.CASCADE
    )
    user_id: int | None
    user_handle = fields.CharField(max_length=88, null=True)  # for sign-up, before the user exists
    # sign-up details (name, phone, ID number), checked before the ceremony; encrypted at rest
    profile = EncryptedJSONField(context="identity_webauthn_challenge.profile", null=True)
    require_user_verification = fields.BooleanField(default=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "identity_webauthn_challenge"


class StaffInvitation(Model):
    """An administrator's invitation: the member of staff enrolls a passkey with its code, once."""

    id = fields.IntField(primary_key=True)
    code_hash = fields.CharField(max_length=64, unique=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="invitations", on_delete=fields.CASCADE
    )
    user_id: int
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "identity_staff_invitation"


class SigningKey(Model):
    """A key that signs access tokens. The newest active key signs; retired keys still verify."""

    id = fields.IntField(primary_key=True)
    kid = fields.CharField(max_length=32, unique=True)
    private_pem = EncryptedTextField(context="identity_signing_key.private_pem")
    public_jwk = fields.JSONField()
    created_at = fields.DatetimeField(auto_now_add=True)
    retired_at = fields.DatetimeField(null=True)  # stops signing; verifies until tokens expire

    class Meta:
        table = "identity_signing_key"


class RefreshToken(Model):
    """Opaque, stored hashed, rotated on every use. Reuse of a used token revokes its whole family."""

    id = fields.IntField(primary_key=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    family = fields.CharField(max_length=32, db_index=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="refresh_tokens", on_delete=fields.CASCADE
    )
    user_id: int
    issued_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "identity_refresh_token"


class OneTimeCode(Model):
    """A phone one-time code (fallback where no passkey is possible); stored hashed."""

    id = fields.IntField(primary_key=True)
    phone = fields.CharField(max_length=16, db_index=True)
    code_hash = fields.CharField(max_length=64)
    expires_at = fields.DatetimeField()
    attempts = fields.SmallIntField(default=0)
    used_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "identity_one_time_code"


class SmsMessage(Model):
    """What the default SMS adapter records instead of sending (operators and tests read it)."""

    id = fields.IntField(primary_key=True)
    phone = fields.CharField(max_length=16, db_index=True)
    text = fields.TextField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "identity_sms_message"


class RateCounter(Model):
    """Fixed-window counters shared by every process (sign-in attempts, one-time codes)."""

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=128)
    window_start = fields.BigIntField()
    count = fields.IntField(default=0)

    class Meta:
        table = "identity_rate_counter"
        unique_together = (("key", "window_start"),)


class Consent(Model):
    """A citizen's consent for a helper (帮办代办) to act for them: scoped, time-limited, revocable."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=16, unique=True)  # shown as QR / typed by the citizen
    helper: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="consents_received", on_delete=fields.CASCADE
    )
    helper_id: int
    citizen: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="consents_given", null=True, on_delete=fields.CASCADE
    )
    citizen_id: int | None
    scope = fields.CharEnumField(ConsentScope, max_length=16)
    scope_ref = fields.CharField(max_length=32)
    status = fields.CharEnumField(ConsentStatus, max_length=16, default=ConsentStatus.PENDING)
    request_expires_at = fields.DatetimeField()  # the code must be answered before this
    valid_until = fields.DatetimeField()
    created_at = fields.DatetimeField(auto_now_add=True)
    answered_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    # in person (no smartphone): the helper reads the ID number, the citizen confirms with a texted
    # code (its hash here, with wrong tries counted) or signs on the tablet (the PNG, kept as proof)
    confirmed_by = fields.CharEnumField(ConsentConfirmation, max_length=16, null=True)
    sms_code_hash = fields.CharField(max_length=64, null=True)
    sms_attempts = fields.IntField(default=0)
    signature = fields.TextField(null=True)  # data:image/png;base64,…
    revoked_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="consents_revoked", null=True, on_delete=fields.SET_NULL
    )  # a window clerk who revoked it for the citizen (None: the citizen did)
    revoked_by_id: int | None

    class Meta:
        table = "identity_consent"


class ApiClient(Model):
    """A third-party mini-program with client credentials."""

    id = fields.IntField(primary_key=True)
    client_id = fields.CharField(max_length=32, unique=True)
    secret_hash = fields.CharField(max_length=128)
    name = fields.CharField(max_length=64)
    scopes = fields.JSONField(default=list)  # what it may ever ask for
    # the authorization code flow (api.oauth): where codes may be sent, compared exactly, and the web
    # origins that may call /graphql and /oauth/token from a browser (CORS)
    redirect_uris = fields.JSONField(default=list)
    web_origins = fields.JSONField(default=list)
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="clients_created", null=True, on_delete=fields.SET_NULL
    )
    created_by_id: int | None
    created_at = fields.DatetimeField(auto_now_add=True)
    disabled_at = fields.DatetimeField(null=True)  # suspended: no token, and its tokens stop working
    secret_rotated_at = fields.DatetimeField(null=True)
    disabled_at = fields.DatetimeField(null=True)
    # a department's own system (部门业务系统): with tasks:decide it decides that department's tasks
    department: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Department", related_name="clients", null=True, on_delete=fields.SET_NULL
    )
    department_id: int | None

    class Meta:
        table = "identity_api_client"


class ClientGrant(Model):
    """A citizen lets one client read some of their personal data; revocable."""

    id = fields.IntField(primary_key=True)
    citizen: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="client_grants", on_delete=fields.CASCADE
    )
    citizen_id: int
    client: fields.ForeignKeyRelation[ApiClient] = fields.ForeignKeyField(
        "models.ApiClient", related_name="grants", on_delete=fields.CASCADE
    )
    client_id: int
    scopes = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "identity_client_grant"


class AccessLog(Model):
    """Who read whose personal data, when and why ("who looked at my data")."""

    id = fields.BigIntField(primary_key=True)
    subject: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="access_log", on_delete=fields.CASCADE
    )
    subject_id: int
    actor: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="accesses_made", null=True, on_delete=fields.SET_NULL
    )
    actor_id: int | None
    client: fields.ForeignKeyNullableRelation[ApiClient] = fields.ForeignKeyField(
        "models.ApiClient", related_name="accesses_made", null=True, on_delete=fields.SET_NULL
    )
    client_id: int | None
    actor_role = fields.CharField(max_length=16)
    what = fields.CharField(max_length=64)  # e.g. "profile", "consents"
    purpose = fields.CharField(max_length=128, default="")
    at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "identity_access_log"
