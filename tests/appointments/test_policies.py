"""Whose booking a caller makes: the rule lives in ``api.appointments.policies`` (the resolvers call it)."""

from __future__ import annotations

import pytest

from api.appointments import policies
from api.failures import Failure
from api.identity.enums import Role
from api.identity.principal import ANONYMOUS, Principal, PrincipalKind


def user(user_id: int, *roles: Role) -> Principal:
    return Principal(PrincipalKind.USER, user_id=user_id, roles=frozenset(roles))


async def refusal(principal: Principal, on_behalf_of: int | None, item: str = "CG01") -> str:
    with pytest.raises(Failure) as refused:
        await policies.booking_party(principal, on_behalf_of, item)
    return refused.value.code


async def test_a_citizen_books_for_themself():
    me = user(7, Role.CITIZEN)
    assert await policies.booking_party(me, None, "") == policies.BookingParty(7, None)
    assert await policies.booking_party(me, 7, "") == policies.BookingParty(7, None)


async def test_only_citizens_book_for_themselves_and_only_helpers_for_others():
    assert await refusal(user(7, Role.WINDOW_CLERK), None) == "NOT_A_CITIZEN"
    assert await refusal(ANONYMOUS, None) == "NOT_A_CITIZEN"
    assert await refusal(user(7, Role.CITIZEN), 8) == "NOT_A_HELPER"


async def test_a_helper_needs_the_citizens_consent_to_the_item(database):
    assert await refusal(user(7, Role.HELPER), 8, "") == "NO_CONSENT"  # no item: nothing to consent to
    assert await refusal(user(7, Role.HELPER), 8) == "NO_CONSENT"


def test_slot_managers():
    assert policies.slot_manager(user(1, Role.WINDOW_CLERK), {})
    assert not policies.slot_manager(user(1, Role.CITIZEN), {})
