"""Staff onboarding after the invitation: suspend, reinstate, re-enrol, hall admins' reach — on SQLite
and PostgreSQL."""

from __future__ import annotations

import pytest

from api.catalog.models import Hall
from api.failures import Failure
from api.identity import accounts, passkeys, staff, tokens
from api.identity.enums import Role
from api.identity.models import Passkey, RefreshToken, User
from api.identity.people import staff_members
from api.identity.principal import Principal, PrincipalKind
from api.web.auth import authenticate
from tests.identity import ids
from tests.identity.conftest import RP
from tests.identity.soft_authenticator import SoftAuthenticator


def admin_of(user: User) -> Principal:
    return Principal(PrincipalKind.USER, user_id=user.id, roles=frozenset({Role.ADMIN}))


def bearer(token: str) -> dict:
    return {"headers": [(b"authorization", f"Bearer {token}".encode())], "client": ("10.0.0.9", 1)}


async def enrolled_clerk(authenticator: SoftAuthenticator, hall: Hall | None = None) -> User:
    clerk, code = await accounts.invite_staff(
        "周窗口", ids.phone(), [Role.WINDOW_CLERK], None, hall.code if hall else None
    )
    await passkeys.finish_registration(
        RP, authenticator.create(await passkeys.begin_enrollment(RP, code)), "窗口电脑", None
    )
    return clerk


async def test_a_suspended_members_tokens_stop_working_until_reinstated(database, authenticator, keys):
    admin, _ = await accounts.invite_staff("管理员", ids.phone(), [Role.ADMIN], None)
    clerk = await enrolled_clerk(authenticator)
    session = await tokens.start_session(keys, clerk)
    assert (await authenticate(bearer(session.access_token), keys)).user_id == clerk.id

    suspended = await staff.suspend(admin_of(admin), clerk.id)
    assert suspended.disabled
    with pytest.raises(tokens.TokenRejected) as rejected:  # the unexpired access token, at once
        await authenticate(bearer(session.access_token), keys)
    assert rejected.value.code == "ACCOUNT_DISABLED"
    with pytest.raises(Failure):  # the refresh token too
        await tokens.refresh_session(keys, session.refresh_token)
    with pytest.raises(Failure) as signing_in:  # and the passkey
        await passkeys.finish_sign_in(RP, authenticator.get(await passkeys.begin_sign_in(RP, staff=True)))
    assert signing_in.value.code == "ACCOUNT_DISABLED"

    await staff.reinstate(admin_of(admin), clerk.id)
    again = await passkeys.finish_sign_in(RP, authenticator.get(await passkeys.begin_sign_in(RP, staff=True)))
    assert again.id == clerk.id  # the same passkey works again; the old sessions stay ended
    assert not await RefreshToken.filter(user=clerk, revoked_at=None).exists()


async def test_re_enrolment_revokes_the_old_passkeys_and_gives_a_new_code(database, authenticator, keys):
    admin, _ = await accounts.invite_staff("管理员", ids.phone(), [Role.ADMIN], None)
    clerk = await enrolled_clerk(authenticator)
    session = await tokens.start_session(keys, clerk)

    _, code = await staff.reenroll(admin_of(admin), clerk.id)
    assert not await Passkey.filter(user=clerk).exists()
    with pytest.raises(Failure) as lost:  # the lost device's passkey no longer signs in
        await passkeys.finish_sign_in(RP, authenticator.get(await passkeys.begin_sign_in(RP, staff=True)))
    assert lost.value.code == "PASSKEY_UNKNOWN"
    with pytest.raises(Failure):
        await tokens.refresh_session(keys, session.refresh_token)

    new_device = SoftAuthenticator(origin=RP.origin, rp_id=RP.id)
    enrolled, _ = await passkeys.finish_registration(
        RP, new_device.create(await passkeys.begin_enrollment(RP, code)), "新电脑", None
    )
    assert enrolled.id == clerk.id
    assert (
        await passkeys.finish_sign_in(RP, new_device.get(await passkeys.begin_sign_in(RP, staff=True)))
    ).id == clerk.id


async def test_administrators_cannot_lock_themselves_out(database):
    admin, _ = await accounts.invite_staff("管理员", ids.phone(), [Role.ADMIN], None)
    for action in (staff.suspend, staff.reenroll):
        with pytest.raises(Failure) as refused:
            await action(admin_of(admin), admin.id)
        assert refused.value.code == "STAFF_SELF"


async def test_a_hall_admin_invites_into_and_manages_their_own_hall_only(database, authenticator):
    ca = await Hall.create(
        code="CA", name="市民中心", name_en="Civic centre", address="-", hours="-", phone="-"
    )
    sm = await Hall.create(code="SM", name="三明", name_en="Sanming", address="-", hours="-", phone="-")
    hall_admin, _ = await accounts.invite_staff("大厅管理员", ids.phone(), [Role.ADMIN], None, "CA")
    elsewhere = await enrolled_clerk(authenticator, sm)
    invited, _ = await accounts.invite_staff(
        "新窗口", ids.phone(), [Role.WINDOW_CLERK], None, "SM", invited_by=hall_admin.id
    )
    assert invited.hall_id == ca.id  # into the admin's own hall, whatever was asked

    listed = await staff_members(hall_admin.id)
    assert {r.user.id for r in listed} == {hall_admin.id, invited.id}
    assert [r.enrolled for r in listed] == [False, False]
    with pytest.raises(Failure) as outside:
        await staff.suspend(admin_of(hall_admin), elsewhere.id)
    assert outside.value.code == "NOT_FOUND"
    everyone = await staff_members(None)  # the first administrator (no hall) sees every hall
    assert {r.user.id: r.enrolled for r in everyone}[elsewhere.id] is True

    with pytest.raises(Failure) as unknown:
        await accounts.invite_staff("某人", ids.phone(), [Role.WINDOW_CLERK], None, "ZZ")
    assert unknown.value.code == "UNKNOWN_HALL"
