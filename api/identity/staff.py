"""Staff onboarding after the invitation (``accounts.invite_staff``): suspend, reinstate, re-enrol.

One home for "may this member of staff still act": ``active_staff`` is asked on every request of a
staff principal (``api.web.auth``), so a suspended member's unexpired access tokens stop working at
once; suspension also revokes every refresh token and every pending invitation.
"""

from __future__ import annotations

from api import clock
from api.failures import Failure
from api.identity.errors import IdentityError
from api.identity.models import Passkey, RefreshToken, StaffInvitation, User
from api.identity.passkeys import create_invitation
from api.identity.principal import Principal
from api.unit_of_work import changing


async def _member(admin: Principal, user_id: int) -> User:
    """The member an administrator may manage: any, or their own hall's when they work in one."""
    user = await User.get_or_none(id=user_id, staff=True).select_related("department", "hall")
    admin_hall = (
        await User.filter(id=admin.user_id).values_list("hall_id", flat=True) if admin.user_id else []
    )
    outside = (
        bool(admin_hall) and admin_hall[0] is not None and user is not None and user.hall_id != admin_hall[0]
    )
    if user is None or outside:
        raise Failure(IdentityError.NOT_FOUND, what="该工作人员", what_en="member of staff")
    return user


async def _end_sessions(user: User) -> None:
    now = clock.now()
    await RefreshToken.filter(user=user, revoked_at=None).update(revoked_at=now)
    await StaffInvitation.filter(user=user, used_at=None).update(used_at=now)


async def suspend(admin: Principal, user_id: int) -> User:
    """停用: no sign-in, refresh or access token works until reinstated."""
    if admin.user_id == user_id:
        raise Failure(IdentityError.STAFF_SELF)
    async with changing():
        user = await _member(admin, user_id)
        if not user.disabled:
            user.disabled = True
            await user.save(update_fields=["disabled"])
        await _end_sessions(user)
    return user


async def reinstate(admin: Principal, user_id: int) -> User:
    """恢复: the member signs in again with the passkeys they had (re-enrol if those are lost)."""
    async with changing():
        user = await _member(admin, user_id)
        if user.disabled:
            user.disabled = False
            await user.save(update_fields=["disabled"])
    return user


async def reenroll(admin: Principal, user_id: int) -> tuple[User, str]:
    """重新登记: a lost or compromised device. Every passkey, session and earlier invitation of the
    member ends; a new single-use code enrols a new passkey."""
    if admin.user_id == user_id:
        raise Failure(IdentityError.STAFF_SELF)
    async with changing():
        user = await _member(admin, user_id)
        if user.disabled:
            raise Failure(IdentityError.ACCOUNT_DISABLED)
        await Passkey.filter(user=user).delete()
        await _end_sessions(user)
        code = await create_invitation(user)
    return user, code


async def active_staff(user_id: int | None) -> bool:
    """A staff principal's token is honoured only while its member is not suspended."""
    return user_id is not None and await User.filter(id=user_id, disabled=False).exists()


def enroll_url(public_base_url: str) -> str:
    """Where an invited member enrols a passkey (the invitation code is given separately)."""
    return f"{public_base_url.rstrip('/')}/enroll"
