"""Phone one-time codes: proof that the caller holds a phone, for signing up and signing in.

A code is sent to any valid number (except staff, who use passkeys) and the answer is always the
same, so the form reveals nothing about who is registered. The text itself differs: only the
phone's holder reads it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from tortoise.expressions import F

from api import clock
from api.failures import Failure
from api.identity import ratelimit
from api.identity.errors import IdentityError
from api.identity.models import OneTimeCode, User
from api.identity.policies import is_staff
from api.identity.sms import SmsSender
from api.unit_of_work import changing

CODE_TTL = timedelta(minutes=5)
MAX_ATTEMPTS = 5  # wrong guesses before a code is dead
MAX_CODE_LENGTH = 12  # anything longer is not a code we sent

SIGN_IN_TEXT = "【一次办】您的登录验证码为 {code}，5分钟内有效。请勿告诉他人。"
SIGN_UP_TEXT = "【一次办】您正在注册一次办账户，验证码为 {code}，5分钟内有效。如非本人操作，请忽略。"


def _hash(phone: str, code: str) -> str:
    return hashlib.sha256(f"{phone}:{code}".encode()).hexdigest()


async def send_code(sms: SmsSender, phone: str, address: str, *, text: str | None = None) -> None:
    """Text a six-digit code: a sign-in code to a citizen's phone, a sign-up code to a new number
    (or ``text``: a walk-in confirming an application at the window, ``api.counter``).

    Staff and disabled accounts get the same answer and no message.
    """
    await ratelimit.hit(ratelimit.CODE_REQUESTS_PER_ADDRESS, address)
    await ratelimit.hit(ratelimit.CODE_REQUESTS_PER_PHONE, phone)
    user = await User.get_or_none(phone=phone)
    if user is not None and (user.disabled or is_staff(user.roles)):  # staff sign in with passkeys only
        return
    code = f"{secrets.randbelow(1_000_000):06d}"
    now = clock.now()
    async with changing():
        await OneTimeCode.filter(phone=phone, used_at=None).update(used_at=now)  # one live code at a time
        await OneTimeCode.create(phone=phone, code_hash=_hash(phone, code), expires_at=now + CODE_TTL)
    await sms.send(phone, (text or (SIGN_IN_TEXT if user else SIGN_UP_TEXT)).format(code=code))


def _wrong() -> Failure:
    return Failure(IdentityError.CODE_INVALID)


async def _matching_code(phone: str, code: str, address: str) -> OneTimeCode:
    """The phone's live code if ``code`` is it (not spent yet); a wrong guess counts against it."""
    await ratelimit.hit(ratelimit.SIGN_IN_PER_ADDRESS, address)
    await ratelimit.hit(ratelimit.SIGN_IN_PER_PHONE, phone)
    code = code.strip()
    if not code or len(code) > MAX_CODE_LENGTH:
        raise _wrong()
    row = await OneTimeCode.filter(phone=phone, used_at=None).order_by("-id").first()
    if row is None or row.expires_at <= clock.now() or row.attempts >= MAX_ATTEMPTS:
        raise _wrong()
    if not hmac.compare_digest(row.code_hash, _hash(phone, code)):
        await OneTimeCode.filter(id=row.id).update(attempts=F("attempts") + 1)
        raise _wrong()
    return row


async def _spend(row: OneTimeCode) -> None:
    if not await OneTimeCode.filter(id=row.id, used_at=None).update(used_at=clock.now()):
        raise _wrong()  # spent by a concurrent request


async def held_code(phone: str, code: str, address: str) -> OneTimeCode:
    """The phone's live code if ``code`` is it, not spent yet: spend it with ``spend`` once what it
    confirms is done (counter intake: a form to fix does not cost the person a new text)."""
    return await _matching_code(phone, code, address)


async def spend(row: OneTimeCode) -> None:
    await _spend(row)


async def prove_phone(phone: str, code: str, address: str) -> None:
    """Spend the phone's code: the caller holds the phone (sign-up)."""
    await _spend(await _matching_code(phone, code, address))


async def verify_code(phone: str, code: str, address: str) -> User:
    """Sign in with a code. A right code for a number with no account is not spent, so its holder
    can go on to sign up with it."""
    row = await _matching_code(phone, code, address)
    user = await User.get_or_none(phone=phone, disabled=False)
    if user is None:
        raise Failure(IdentityError.NOT_REGISTERED)
    if is_staff(user.roles):
        raise Failure(IdentityError.PASSKEY_REQUIRED)
    await _spend(row)
    return user
