"""Signing up: a phone proven by a one-time code before any account exists.

The resident ID number given at sign-up is a claim. It binds to the new account only when no other
account holds it; otherwise the account is created without it and the claim waits for a window
clerk, who checks the ID card in person (``api.identity.id_claims``). A passkey is offered after
sign-up, never required: phone codes alone are enough for a citizen whose phone cannot make one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tortoise.exceptions import IntegrityError

from api.failures import Failure
from api.identity import phone_codes
from api.identity.enums import Role
from api.identity.errors import IdentityError
from api.identity.id_numbers import id_number_taken
from api.identity.models import IdNumberClaim, User
from api.identity.passkeys import new_user_handle
from api.identity.policies import is_staff
from api.unit_of_work import changing


class IdNumberStatus(StrEnum):
    BOUND = "bound"  # the number is on the new account (a claim until a clerk checks the card)
    CONFLICT = "conflict"  # another account holds it: show the ID card at a window
    EXISTING_ACCOUNT = "existing_account"  # the phone already had an account: signed in to it


@dataclass(frozen=True)
class SignUpOutcome:
    user: User
    id_number_status: IdNumberStatus


def valid_name(name: str) -> str:
    name = name.strip()
    if not 1 <= len(name) <= 64:
        raise Failure(IdentityError.INVALID_NAME, what="姓名", what_en="your name")
    return name


async def sign_up(phone: str, code: str, name: str, id_number: str, address: str) -> SignUpOutcome:
    """Create the citizen once the phone's code is answered (all inputs already normalised).

    A phone that already has an account signs in to it: the caller proved they hold the phone, and
    the answer is the same as for a new number, so sign-up reveals nothing to someone who does not.
    """
    await phone_codes.prove_phone(phone, code, address)
    try:
        async with changing():
            existing = await User.get_or_none(phone=phone)
            if existing is not None:
                return _signed_in_instead(existing)
            return await _create_citizen(phone, name, id_number, bind=not await id_number_taken(id_number))
    except IntegrityError:
        # a concurrent sign-up for the same phone, or for the same free ID number, won the race
        existing = await User.get_or_none(phone=phone)
        if existing is not None:
            return _signed_in_instead(existing)
        async with changing():  # the other sign-up bound the number: this one becomes a claim
            return await _create_citizen(phone, name, id_number, bind=False)


async def _create_citizen(phone: str, name: str, id_number: str, *, bind: bool) -> SignUpOutcome:
    """The new account, with the ID number bound, or without it and an open claim to it."""
    user = await User.create(
        user_handle=new_user_handle(),
        name=name,
        phone=phone,
        id_number=id_number if bind else None,
        roles=[Role.CITIZEN.value],
    )
    if bind:
        return SignUpOutcome(user, IdNumberStatus.BOUND)
    await IdNumberClaim.create(claimant=user, id_number=id_number)
    return SignUpOutcome(user, IdNumberStatus.CONFLICT)


def _signed_in_instead(user: User) -> SignUpOutcome:
    if user.disabled:
        raise Failure(IdentityError.ACCOUNT_DISABLED)
    if is_staff(user.roles):
        raise Failure(IdentityError.PASSKEY_REQUIRED)
    return SignUpOutcome(user, IdNumberStatus.EXISTING_ACCOUNT)
