"""WebAuthn ceremonies: staff enrollment, adding a passkey, signing in.

Citizens sign up with a phone code (``api.identity.signup``) and may add a passkey afterwards.

Challenges are kept server-side, live five minutes and are spent by their first use. The user
handle is 64 random bytes, never the database id.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from webauthn import (
    generate_authentication_options,
    generate_registration_options,
    options_to_json,
    verify_authentication_response,
    verify_registration_response,
)
from webauthn.helpers import base64url_to_bytes, bytes_to_base64url, parse_client_data_json
from webauthn.helpers.exceptions import WebAuthnException
from webauthn.helpers.structs import (
    AuthenticatorSelectionCriteria,
    AuthenticatorTransport,
    PublicKeyCredentialDescriptor,
    ResidentKeyRequirement,
    UserVerificationRequirement,
)

from api import clock
from api.failures import Failure
from api.identity.enums import ChallengePurpose
from api.identity.errors import IdentityError
from api.identity.models import Passkey, StaffInvitation, User, WebAuthnChallenge
from api.identity.policies import is_staff
from api.unit_of_work import changing

CHALLENGE_TTL = timedelta(minutes=5)
MAX_PASSKEYS = 10


@dataclass(frozen=True)
class RelyingParty:
    id: str  # the RP ID: the service's host name
    name: str
    origin: str  # the only origin whose ceremonies count


def new_user_handle() -> str:
    """A WebAuthn user handle: 64 random bytes (base64url), never the database id."""
    return bytes_to_base64url(secrets.token_bytes(64))


def _ceremony_failed(exc: Exception) -> Failure:
    return Failure(IdentityError.PASSKEY_REJECTED, reason=str(exc))


async def _new_challenge(purpose: ChallengePurpose, **fields: Any) -> bytes:
    challenge = secrets.token_bytes(32)
    await WebAuthnChallenge.create(
        challenge=bytes_to_base64url(challenge),
        purpose=purpose,
        expires_at=clock.now() + CHALLENGE_TTL,
        **fields,
    )
    return challenge


async def _spend_challenge(credential: dict[str, Any], purpose: ChallengePurpose) -> WebAuthnChallenge:
    """Find the challenge the authenticator signed and spend it: a second use is a replay."""
    try:
        client_data = parse_client_data_json(base64url_to_bytes(credential["response"]["clientDataJSON"]))
    except (KeyError, TypeError, ValueError, WebAuthnException) as exc:
        raise _ceremony_failed(exc) from exc
    challenge = bytes_to_base64url(client_data.challenge)
    row = await WebAuthnChallenge.get_or_none(challenge=challenge, purpose=purpose)
    if row is None:
        raise Failure(IdentityError.CHALLENGE_UNKNOWN)
    spent = await WebAuthnChallenge.filter(id=row.id, used_at=None).update(used_at=clock.now())
    if not spent:
        raise Failure(IdentityError.CHALLENGE_USED)
    if row.expires_at <= clock.now():
        raise Failure(IdentityError.CHALLENGE_EXPIRED)
    return row


def _registration_options(
    rp: RelyingParty, challenge: bytes, user: User, exclude: list[Passkey], uv_required: bool
) -> str:
    """Options for ``navigator.credentials.create``: the user by their handle (never the database id),
    named by phone (or name) and shown by name; their existing passkeys excluded."""
    options = generate_registration_options(
        rp_id=rp.id,
        rp_name=rp.name,
        challenge=challenge,
        user_id=base64url_to_bytes(user.user_handle),
        user_name=user.phone or user.name,
        user_display_name=user.name,
        authenticator_selection=AuthenticatorSelectionCriteria(
            resident_key=ResidentKeyRequirement.REQUIRED,
            user_verification=(
                UserVerificationRequirement.REQUIRED if uv_required else UserVerificationRequirement.PREFERRED
            ),
        ),
        exclude_credentials=[
            PublicKeyCredentialDescriptor(id=base64url_to_bytes(p.credential_id)) for p in exclude
        ],
    )
    return options_to_json(options)


async def begin_enrollment(rp: RelyingParty, invitation_code: str) -> str:
    """Registration options for a member of staff holding an administrator's invitation."""
    invitation = await _live_invitation(invitation_code)
    user = invitation.user
    challenge = await _new_challenge(
        ChallengePurpose.REGISTER,
        user=user,
        user_handle=user.user_handle,
        profile={"invitation": invitation.id},
        require_user_verification=True,
    )
    existing = await Passkey.filter(user=user)
    return _registration_options(rp, challenge, user, existing, True)


async def begin_add_passkey(rp: RelyingParty, user: User) -> str:
    existing = await Passkey.filter(user=user)
    if len(existing) >= MAX_PASSKEYS:
        raise Failure(IdentityError.TOO_MANY_PASSKEYS, limit=MAX_PASSKEYS)
    uv = is_staff(user.roles)
    challenge = await _new_challenge(
        ChallengePurpose.REGISTER, user=user, user_handle=user.user_handle, require_user_verification=uv
    )
    return _registration_options(rp, challenge, user, existing, uv)


def _invitation_hash(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


async def _live_invitation(code: str) -> StaffInvitation:
    invitation = await StaffInvitation.get_or_none(code_hash=_invitation_hash(code)).select_related("user")
    if invitation is None or invitation.used_at is not None or invitation.expires_at <= clock.now():
        raise Failure(
            IdentityError.INVITATION_INVALID, state="无效或已过期", state_en="code is invalid or expired"
        )
    return invitation


def _invitation_of(challenge: WebAuthnChallenge) -> int | None:
    """The staff invitation a registration challenge enrolls for (None: adding a passkey)."""
    profile: object = challenge.profile  # encrypted JSON: a dict, or None
    if not isinstance(profile, dict):
        return None
    invitation = profile.get("invitation")
    return invitation if isinstance(invitation, int) else None


async def create_invitation(user: User, ttl: timedelta = timedelta(hours=72)) -> str:
    """A single-use enrollment code for a member of staff (shown once to the administrator)."""
    code = "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))
    await StaffInvitation.create(code_hash=_invitation_hash(code), user=user, expires_at=clock.now() + ttl)
    return code


def _parse_credential(credential_json: str) -> dict[str, Any]:
    try:
        credential = json.loads(credential_json)
    except (TypeError, ValueError) as exc:
        raise _ceremony_failed(exc) from exc
    if not isinstance(credential, dict):
        raise _ceremony_failed(ValueError("credential must be a JSON object"))
    return credential


async def finish_registration(
    rp: RelyingParty, credential_json: str, passkey_name: str, signed_in_user_id: int | None
) -> tuple[User, Passkey]:
    """Verify the new credential and store it: enrolling a member of staff (invitation) or adding a
    passkey to the signed-in user."""
    credential = _parse_credential(credential_json)
    row = await _spend_challenge(credential, ChallengePurpose.REGISTER)
    invitation_id = _invitation_of(row)
    adding = invitation_id is None
    if (
        row.user_id is None
        or adding != (signed_in_user_id is not None)
        or (adding and row.user_id != signed_in_user_id)
    ):
        # adding a passkey is for the signed-in owner only; enrollment for no one signed in
        raise Failure(IdentityError.CHALLENGE_UNKNOWN)
    try:
        verified = verify_registration_response(
            credential=credential,
            expected_challenge=base64url_to_bytes(row.challenge),
            expected_rp_id=rp.id,
            expected_origin=rp.origin,
            require_user_verification=row.require_user_verification,
        )
    except (WebAuthnException, KeyError, TypeError, ValueError) as exc:
        raise _ceremony_failed(exc) from exc
    credential_id = bytes_to_base64url(verified.credential_id)
    if await Passkey.filter(credential_id=credential_id).exists():
        raise Failure(IdentityError.PASSKEY_EXISTS)
    transports = [
        t
        for t in credential.get("response", {}).get("transports", []) or []
        if t in set(AuthenticatorTransport)
    ]
    async with changing():
        user = await User.get(id=row.user_id)
        if invitation_id is not None:
            used = await StaffInvitation.filter(id=invitation_id, used_at=None).update(used_at=clock.now())
            if not used:
                raise Failure(IdentityError.INVITATION_INVALID, state="已使用", state_en="was already used")
        passkey = await Passkey.create(
            user=user,
            credential_id=credential_id,
            public_key=verified.credential_public_key,
            sign_count=verified.sign_count,
            transports=transports,
            backed_up=verified.credential_backed_up,
            device_type=str(verified.credential_device_type.value),
            name=(passkey_name.strip() or "通行密钥")[:64],
        )
    return user, passkey


async def begin_sign_in(rp: RelyingParty, *, staff: bool = False) -> str:
    """Options for a discoverable-credential sign-in (the phone offers its passkeys itself)."""
    challenge = await _new_challenge(ChallengePurpose.AUTHENTICATE, require_user_verification=staff)
    options = generate_authentication_options(
        rp_id=rp.id,
        challenge=challenge,
        user_verification=UserVerificationRequirement.REQUIRED
        if staff
        else UserVerificationRequirement.PREFERRED,
    )
    return options_to_json(options)


async def finish_sign_in(rp: RelyingParty, credential_json: str) -> User:
    """Verify an assertion; staff must have verified themselves (PIN or biometrics) on the device."""
    credential = _parse_credential(credential_json)
    row = await _spend_challenge(credential, ChallengePurpose.AUTHENTICATE)
    passkey = await Passkey.get_or_none(credential_id=str(credential.get("id", ""))).select_related("user")
    if passkey is None:
        raise Failure(IdentityError.PASSKEY_UNKNOWN)
    user = passkey.user
    user_handle = (credential.get("response") or {}).get("userHandle")
    if user_handle and user_handle != user.user_handle:
        raise _ceremony_failed(ValueError("user handle does not match the passkey"))
    if user.disabled:
        raise Failure(IdentityError.ACCOUNT_DISABLED)
    try:
        verified = verify_authentication_response(
            credential=credential,
            expected_challenge=base64url_to_bytes(row.challenge),
            expected_rp_id=rp.id,
            expected_origin=rp.origin,
            credential_public_key=passkey.public_key,
            credential_current_sign_count=passkey.sign_count,
            require_user_verification=row.require_user_verification or is_staff(user.roles),
        )
    except WebAuthnException as exc:
        if "sign count" in str(exc).lower():
            raise Failure(IdentityError.PASSKEY_CLONED) from exc
        raise _ceremony_failed(exc) from exc
    except (KeyError, TypeError, ValueError) as exc:
        raise _ceremony_failed(exc) from exc
    passkey.sign_count = verified.new_sign_count
    passkey.backed_up = verified.credential_backed_up
    passkey.last_used_at = clock.now()
    await passkey.save(update_fields=["sign_count", "backed_up", "last_used_at"])
    return user


async def remove_passkey(user: User, passkey_id: int) -> None:
    passkey = await Passkey.get_or_none(id=passkey_id, user=user)
    if passkey is None:
        raise Failure(IdentityError.NOT_FOUND, what="该通行密钥", what_en="passkey")
    if await Passkey.filter(user=user).count() == 1 and (is_staff(user.roles) or not user.phone):
        raise Failure(IdentityError.LAST_PASSKEY)
    await passkey.delete()
