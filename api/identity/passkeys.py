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
from datetime import datetime, timedelta
from typing import Any

from tortoise.transactions import in_transaction
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
from api.identity.enums import STAFF_ROLES, ChallengePurpose, Role
from api.identity.models import Passkey, StaffInvitation, User, WebAuthnChallenge

CHALLENGE_TTL = timedelta(minutes=5)
MAX_PASSKEYS = 10


@dataclass(frozen=True)
class RelyingParty:
    id: str  # the RP ID: the service's host name
    name: str
    origin: str  # the only origin whose ceremonies count


def _now() -> datetime:
    return clock.now()


def is_staff(user: User) -> bool:
    return any(Role(r) in STAFF_ROLES for r in user.roles)


def staff_need_passkeys() -> Failure:
    """What a member of staff hears when trying a texted code: staff sign in with passkeys only."""
    return Failure(
        "PASSKEY_REQUIRED", "工作人员须使用通行密钥登录", "Staff sign in with a passkey, not a text code"
    )


def new_user_handle() -> str:
    """A WebAuthn user handle: 64 random bytes (base64url), never the database id."""
    return bytes_to_base64url(secrets.token_bytes(64))


def _failure(code: str, message: str, message_en: str) -> Failure:
    return Failure(code, message, message_en)


def _ceremony_failed(exc: Exception) -> Failure:
    return _failure(
        "PASSKEY_REJECTED", f"通行密钥验证失败：{exc}", f"The passkey response was rejected: {exc}"
    )


async def _new_challenge(purpose: ChallengePurpose, **fields: Any) -> bytes:
    challenge = secrets.token_bytes(32)
    await WebAuthnChallenge.create(
        challenge=bytes_to_base64url(challenge),
        purpose=purpose,
        expires_at=_now() + CHALLENGE_TTL,
        **fields,
    )
    return challenge


async def _spend_challenge(credential: dict, purpose: ChallengePurpose) -> WebAuthnChallenge:
    """Find the challenge the authenticator signed and spend it: a second use is a replay."""
    try:
        client_data = parse_client_data_json(base64url_to_bytes(credential["response"]["clientDataJSON"]))
    except (KeyError, TypeError, ValueError, WebAuthnException) as exc:
        raise _ceremony_failed(exc) from exc
    challenge = bytes_to_base64url(client_data.challenge)
    row = await WebAuthnChallenge.get_or_none(challenge=challenge, purpose=purpose)
    if row is None:
        raise _failure("CHALLENGE_UNKNOWN", "验证请求无效，请重试", "Unknown challenge; start again")
    spent = await WebAuthnChallenge.filter(id=row.id, used_at=None).update(used_at=_now())
    if not spent:
        raise _failure(
            "CHALLENGE_USED", "验证请求已使用过，请重试", "This challenge was already used; start again"
        )
    if row.expires_at <= _now():
        raise _failure("CHALLENGE_EXPIRED", "验证已超时，请重试", "The challenge expired; start again")
    return row


def _registration_options(
    rp: RelyingParty,
    challenge: bytes,
    user_handle: str,
    name: str,
    display: str,
    exclude: list[Passkey],
    uv_required: bool,
) -> str:
    options = generate_registration_options(
        rp_id=rp.id,
        rp_name=rp.name,
        challenge=challenge,
        user_id=base64url_to_bytes(user_handle),
        user_name=name,
        user_display_name=display,
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
    return _registration_options(
        rp, challenge, user.user_handle, user.phone or user.name, user.name, existing, True
    )


async def begin_add_passkey(rp: RelyingParty, user: User) -> str:
    existing = await Passkey.filter(user=user)
    if len(existing) >= MAX_PASSKEYS:
        raise _failure(
            "TOO_MANY_PASSKEYS", f"最多可添加 {MAX_PASSKEYS} 个通行密钥", f"At most {MAX_PASSKEYS} passkeys"
        )
    uv = is_staff(user)
    challenge = await _new_challenge(
        ChallengePurpose.REGISTER, user=user, user_handle=user.user_handle, require_user_verification=uv
    )
    return _registration_options(
        rp, challenge, user.user_handle, user.phone or user.name, user.name, existing, uv
    )


def _invitation_hash(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


async def _live_invitation(code: str) -> StaffInvitation:
    invitation = await StaffInvitation.get_or_none(code_hash=_invitation_hash(code)).select_related("user")
    if invitation is None or invitation.used_at is not None or invitation.expires_at <= _now():
        raise _failure(
            "INVITATION_INVALID",
            "邀请码无效或已过期，请联系管理员",
            "The invitation code is invalid or expired; ask an administrator",
        )
    return invitation


async def create_invitation(user: User, ttl: timedelta = timedelta(hours=72)) -> str:
    """A single-use enrollment code for a member of staff (shown once to the administrator)."""
    code = "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))
    await StaffInvitation.create(code_hash=_invitation_hash(code), user=user, expires_at=_now() + ttl)
    return code


def _parse_credential(credential_json: str) -> dict:
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
    profile = row.profile or {}
    adding = "invitation" not in profile
    if (
        row.user_id is None
        or adding != (signed_in_user_id is not None)
        or (adding and row.user_id != signed_in_user_id)
    ):
        # adding a passkey is for the signed-in owner only; enrollment for no one signed in
        raise _failure("CHALLENGE_UNKNOWN", "验证请求无效，请重试", "Unknown challenge; start again")
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
        raise _failure("PASSKEY_EXISTS", "该通行密钥已登记", "This passkey is already registered")
    transports = [
        t
        for t in credential.get("response", {}).get("transports", []) or []
        if t in set(AuthenticatorTransport)
    ]
    async with in_transaction():
        user = await User.get(id=row.user_id)
        if "invitation" in profile:
            used = await StaffInvitation.filter(id=profile["invitation"], used_at=None).update(used_at=_now())
            if not used:
                raise _failure(
                    "INVITATION_INVALID",
                    "邀请码已使用，请联系管理员",
                    "The invitation was already used; ask an administrator",
                )
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
        raise _failure("PASSKEY_UNKNOWN", "未找到该通行密钥，请先注册", "This passkey is not registered here")
    user = passkey.user
    user_handle = (credential.get("response") or {}).get("userHandle")
    if user_handle and user_handle != user.user_handle:
        raise _ceremony_failed(ValueError("user handle does not match the passkey"))
    if user.disabled:
        raise _failure("ACCOUNT_DISABLED", "账户已停用", "This account is disabled")
    try:
        verified = verify_authentication_response(
            credential=credential,
            expected_challenge=base64url_to_bytes(row.challenge),
            expected_rp_id=rp.id,
            expected_origin=rp.origin,
            credential_public_key=passkey.public_key,
            credential_current_sign_count=passkey.sign_count,
            require_user_verification=row.require_user_verification or is_staff(user),
        )
    except WebAuthnException as exc:
        if "sign count" in str(exc).lower():
            raise _failure(
                "PASSKEY_CLONED",
                "该通行密钥的计数器倒退，可能已被复制，已拒绝登录",
                "The passkey's signature counter went back: it may have been cloned",
            ) from exc
        raise _ceremony_failed(exc) from exc
    except (KeyError, TypeError, ValueError) as exc:
        raise _ceremony_failed(exc) from exc
    passkey.sign_count = verified.new_sign_count
    passkey.backed_up = verified.credential_backed_up
    passkey.last_used_at = _now()
    await passkey.save(update_fields=["sign_count", "backed_up", "last_used_at"])
    return user


async def remove_passkey(user: User, passkey_id: int) -> None:
    passkey = await Passkey.get_or_none(id=passkey_id, user=user)
    if passkey is None:
        raise _failure("NOT_FOUND", "未找到该通行密钥", "No such passkey")
    if await Passkey.filter(user=user).count() == 1 and (is_staff(user) or not user.phone):
        raise _failure(
            "LAST_PASSKEY",
            "这是最后一个通行密钥，删除后将无法登录",
            "This is your last passkey: without it you could not sign in",
        )
    await passkey.delete()
