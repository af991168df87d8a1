"""Rate limits: counted per subject in shared windows; being limited is a RateLimited error that says
when to come back, never a domain failure."""

from __future__ import annotations

import pytest

from api.failures import Failure
from api.identity import ratelimit
from api.identity.enums import Role
from api.identity.principal import ANONYMOUS, Principal, PrincipalKind

LIMIT = ratelimit.Limit("test-limit", 2, 60)


async def test_the_error_says_how_long_to_wait(database):
    await ratelimit.hit(LIMIT, "x", now=1200.0)
    await ratelimit.hit(LIMIT, "x", now=1210.0)
    with pytest.raises(ratelimit.RateLimited) as limited:
        await ratelimit.hit(LIMIT, "x", now=1215.0)
    assert limited.value.retry_after == 45  # the window 1200..1260 ends in 45 s
    assert limited.value.extensions == {
        "code": "RATE_LIMITED",
        "retryAfter": 45,
        "messageEn": "Too many attempts; try again in 1 min",
    }
    assert not isinstance(limited.value, Failure)  # failures_as lets it through to errors[]
    await ratelimit.hit(LIMIT, "y", now=1215.0)  # another subject has its own count


async def test_signed_in_callers_count_per_account_and_per_address(database):
    alice = Principal(PrincipalKind.USER, user_id=1, roles=frozenset({Role.CITIZEN}), address="10.9.0.1")
    bob = Principal(PrincipalKind.USER, user_id=2, roles=frozenset({Role.CITIZEN}), address="10.9.0.1")
    per_account, per_address = ratelimit.Limit("t-acct", 2, 60), ratelimit.Limit("t-addr", 3, 60)
    await ratelimit.hit_caller(alice, per_account, per_address, now=0.0)
    await ratelimit.hit_caller(alice, per_account, per_address, now=0.0)
    with pytest.raises(ratelimit.RateLimited) as by_account:
        await ratelimit.hit_caller(alice, per_account, per_address, now=0.0)
    assert by_account.value.limit is per_account
    # Alice's limit is hers; Bob behind the same NAT is limited only by the address's larger count
    # (the refused attempt above was counted before the address was)
    await ratelimit.hit_caller(bob, per_account, per_address, now=0.0)
    with pytest.raises(ratelimit.RateLimited) as by_address:
        await ratelimit.hit_caller(bob, per_account, per_address, now=0.0)
    assert by_address.value.limit is per_address


def test_accounts_are_people_or_clients():
    assert ratelimit.account_of(ANONYMOUS) is None
    assert ratelimit.account_of(Principal(PrincipalKind.USER, user_id=7)) == "user:7"
    assert ratelimit.account_of(Principal(PrincipalKind.CLIENT, client_id=3)) == "client:3"
