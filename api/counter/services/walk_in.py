"""Who the walk-in is: the citizen record found by the resident ID number the clerk entered (checked
by GB 11643 before it gets here), or made for them — a record without a phone account: they never
sign in with it, the clerk acts for them at the window. The clerk saw the ID card, so the number is
verified."""

from __future__ import annotations

from api import clock
from api.counter.errors import CounterError
from api.failures import Failure
from api.identity import access_log
from api.identity.enums import Role
from api.identity.id_numbers import user_with_id_number
from api.identity.models import User
from api.identity.passkeys import new_user_handle
from api.identity.policies import is_staff
from api.identity.principal import Principal
from api.identity.signup import valid_name
from api.unit_of_work import changing


async def identify(principal: Principal, id_number: str, name: str, phone: str | None) -> User:
    """The citizen with this (normalised) ID number, made when there is none. A phone given for
    someone without one on file is recorded, so they get the texts (SMS) of each step."""
    async with changing():
        user = await user_with_id_number(id_number)
        if user is not None and is_staff(user.roles):
            raise Failure(CounterError.STAFF_ID_NUMBER)
        if phone:
            holder = await User.get_or_none(phone=phone)
            if holder is not None and (user is None or holder.id != user.id):
                raise Failure(CounterError.PHONE_TAKEN)
        if user is None:
            user = await User.create(
                user_handle=new_user_handle(),
                name=valid_name(name),
                phone=phone or None,
                id_number=id_number,
                id_verified_at=clock.now(),
                roles=[Role.CITIZEN.value],
            )
        elif phone and not user.phone:
            user.phone = phone
            await user.save(update_fields=["phone"])
        await access_log.record(principal, user.id, "profile", "前台综合受理：核验身份")
    return user


async def walk_in(citizen_id: int | None) -> User:
    """A citizen the clerk identified before (never staff)."""
    user = await User.get_or_none(id=citizen_id) if citizen_id is not None else None
    if user is None or is_staff(user.roles) or user.disabled:
        raise Failure(CounterError.CITIZEN_NOT_FOUND)
    return user
