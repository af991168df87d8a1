"""Rules of identity that live in one place: who is staff, what a consent may be for, and the failure
codes (one enum, codes unchanged)."""

from __future__ import annotations

import pytest

from api.failures import Failure
from api.identity import consents, policies
from api.identity.enums import STAFF_ROLES, ConsentScope, Role
from api.identity.errors import IdentityError
from api.identity.principal import Principal, PrincipalKind
from tests.catalog import factories as f

KNOWN = {role.value for role in Role}


@pytest.mark.parametrize(
    ("roles", "staff"),
    [
        ([], False),
        (["citizen"], False),
        (["window_clerk"], True),
        (["citizen", "helper"], True),
        ([Role.ADMIN], True),
        (["unknown"], False),
    ],
)
def test_who_is_staff(roles, staff):
    assert policies.is_staff(roles) is staff
    principal = Principal(
        PrincipalKind.USER, user_id=1, roles=frozenset(Role(r) for r in roles if r in KNOWN)
    )
    assert policies.staff(principal, {}) is staff  # the GraphQL policy asks the same rule


def test_every_staff_role_is_staff():
    assert all(policies.is_staff([role]) for role in STAFF_ROLES)
    assert not policies.staff(Principal(PrincipalKind.CLIENT, client_id=1), {})


CATALOG = f.catalog(
    [f.item("CG01", 5), f.item("CG02", 5)], [f.bundle("B01", [f.item("CG03", 5), f.item("CG04", 5)])]
)


@pytest.mark.parametrize(
    ("scope", "ref", "code"),
    [
        (ConsentScope.BUNDLE, "B99", "UNKNOWN_BUNDLE"),
        (ConsentScope.BUNDLE, "CG01", "UNKNOWN_BUNDLE"),  # an item is not a bundle
        (ConsentScope.ITEM, "B01", "UNKNOWN_ITEM"),
        (ConsentScope.ITEM, "  ", "UNKNOWN_ITEM"),
        (ConsentScope.APPLICATION, " ", "SCOPE_REQUIRED"),
    ],
)
def test_a_consent_is_for_something_that_exists(scope, ref, code):
    with pytest.raises(Failure) as refused:
        consents.checked_scope_ref(CATALOG, scope, ref)
    assert refused.value.code == code
    if code != "SCOPE_REQUIRED":
        assert ref.strip() in refused.value.message and ref.strip() in refused.value.message_en


@pytest.mark.parametrize(
    ("scope", "ref"),
    [(ConsentScope.BUNDLE, " B01 "), (ConsentScope.ITEM, "CG02"), (ConsentScope.APPLICATION, "XA2025")],
)
def test_a_consent_scope_is_trimmed(scope, ref):
    assert consents.checked_scope_ref(CATALOG, scope, ref) == ref.strip()


def test_identity_failure_codes_are_distinct_and_their_messages_fill_in():
    assert len(IdentityError.__members__) == len(list(IdentityError))  # no member aliases another
    failure = Failure(IdentityError.NOT_FOUND, what="该通行密钥", what_en="passkey")
    assert (failure.code, failure.message, failure.message_en) == (
        "NOT_FOUND",
        "未找到该通行密钥",
        "No such passkey",
    )
    for codes in (("invalid_client", "invalid_scope"), ("RATE_LIMITED", "TOKEN_EXPIRED", "PASSKEY_REQUIRED")):
        assert all(code in IdentityError.__members__ for code in codes)
