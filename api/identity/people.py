"""Reads about people for the GraphQL face: the signed-in person's account, a citizen's profile, staff and
API clients. Plain functions (the resolvers map what they return)."""

from __future__ import annotations

from dataclasses import dataclass

from api.identity.enums import ClaimStatus
from api.identity.models import ApiClient, IdNumberClaim, Organization, Passkey, User

MAX_LIST = 100


@dataclass(frozen=True)
class OwnAccount:
    """What the signed-in person sees of their own account."""

    user: User
    passkeys: list[Passkey]
    organizations: list[Organization]
    id_number_claim_open: bool  # the ID number given at sign-up is held by another account


@dataclass(frozen=True)
class CitizenProfile:
    user: User
    organizations: list[Organization]


async def signed_in_user(user_id: int | None) -> User:
    """The signed-in user with their department (the policy already required someone signed in)."""
    return await User.get(id=user_id).select_related("department")


async def own_account(user: User) -> OwnAccount:
    return OwnAccount(
        user=user,
        passkeys=await Passkey.filter(user=user).order_by("id"),
        organizations=await Organization.filter(representative=user),
        id_number_claim_open=await IdNumberClaim.filter(claimant=user, status=ClaimStatus.OPEN).exists(),
    )


async def citizen_profile(citizen_id: int) -> CitizenProfile | None:
    user = await User.get_or_none(id=citizen_id)
    if user is None:
        return None
    return CitizenProfile(user, await Organization.filter(representative=user))


@dataclass(frozen=True)
class StaffRow:
    user: User
    enrolled: bool  # has at least one passkey


async def staff_members(admin_id: int | None = None) -> list[StaffRow]:
    """Members of staff; an administrator who works in a hall sees that hall's staff only."""
    query = User.filter(staff=True)
    hall = await User.filter(id=admin_id).values_list("hall_id", flat=True) if admin_id else []
    if hall and hall[0] is not None:
        query = query.filter(hall_id=hall[0])
    users = await query.select_related("department", "hall").order_by("id").limit(MAX_LIST)
    enrolled = set(
        await Passkey.filter(user_id__in=[u.id for u in users]).distinct().values_list("user_id", flat=True)
    )
    return [StaffRow(u, u.id in enrolled) for u in users]


async def api_clients() -> list[ApiClient]:
    return await ApiClient.all().order_by("id").limit(MAX_LIST)
