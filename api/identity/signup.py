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
from tortoise.transactions import in_transaction

from api.failures import Failure
from api.identity import phone_codes
from api.identity.enums import Role
from api.identity.id_numbers import id_number_taken
from api.identity.models import IdNumberClaim, User
from api.identity.passkeys import is_staff, new_user_handle, staff_need_passkeys


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
        raise Failure("INVALID_NAME", "请填写姓名", "Enter your name")
    return name


async def sign_up(phone: str, code: str, name: str, id_number: str, address: str) -> SignUpOutcome:
    """Create the citizen once the phone's code is answered (all inputs already normalised).

    A phone that already has an account signs in to it: the caller proved they hold the phone, and
    the answer is the same as for a new number, so sign-up reveals nothing to someone who does not.
    """
    await phone_codes.prove_phone(phone, code, address)
    try:
        async with in_transaction():
            existing = await User.get_or_none(phone=phone)
            if existing is not None:
                return _signed_in_instead(existing)
            return await _create_citizen(phone, name, id_number, bind=not await id_number_taken(id_number))
    except IntegrityError:
        # a concurrent sign-up for the same phone, or for the same free ID number, won the race
        existing = await User.get_or_none(phone=phone)
        if existing is not None:
            return _signed_in_instead(existing)
        async with in_transaction():  # the other sign-up bound the number: this one becomes a claim
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
        raise Failure(
            "ACCOUNT_DISABLED", "账户已停用，请到窗口咨询", "This account is disabled; ask at a window"
        )
    if is_staff(user):
        raise staff_need_passkeys()
    return SignUpOutcome(user, IdNumberStatus.EXISTING_ACCOUNT)
