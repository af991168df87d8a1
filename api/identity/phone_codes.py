"""Phone one-time codes: the sign-in fallback where no passkey is possible."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from tortoise.expressions import F

from api import clock
from api.failures import Failure
from api.identity import ratelimit
from api.identity.models import OneTimeCode, User
from api.identity.passkeys import is_staff
from api.identity.sms import SmsSender

CODE_TTL = timedelta(minutes=5)
MAX_ATTEMPTS = 5  # wrong guesses before a code is dead


def _now() -> datetime:
    return clock.now()


def _hash(phone: str, code: str) -> str:
    return hashlib.sha256(f"{phone}:{code}".encode()).hexdigest()


async def send_code(sms: SmsSender, phone: str, address: str) -> None:
    """Text a six-digit code to a registered citizen's phone.

    Unknown numbers (and staff) get the same answer and no message, so the form does not reveal who
    is registered.
    """
    await ratelimit.hit(ratelimit.CODE_REQUESTS_PER_ADDRESS, address)
    await ratelimit.hit(ratelimit.CODE_REQUESTS_PER_PHONE, phone)
    user = await User.get_or_none(phone=phone, disabled=False)
    if user is None or is_staff(user):  # staff sign in with passkeys only
        return
    code = f"{secrets.randbelow(1_000_000):06d}"
    await OneTimeCode.filter(phone=phone, used_at=None).update(used_at=_now())  # one live code at a time
    await OneTimeCode.create(phone=phone, code_hash=_hash(phone, code), expires_at=_now() + CODE_TTL)
    await sms.send(phone, f"【一次办】您的登录验证码为 {code}，5分钟内有效。请勿告诉他人。")


def _wrong() -> Failure:
    return Failure("CODE_INVALID", "验证码错误或已过期", "The code is wrong or has expired")


async def verify_code(phone: str, code: str, address: str) -> User:
    await ratelimit.hit(ratelimit.SIGN_IN_PER_ADDRESS, address)
    await ratelimit.hit(ratelimit.SIGN_IN_PER_PHONE, phone)
    row = await OneTimeCode.filter(phone=phone, used_at=None).order_by("-id").first()
    if row is None or row.expires_at <= _now() or row.attempts >= MAX_ATTEMPTS:
        raise _wrong()
    if not hmac.compare_digest(row.code_hash, _hash(phone, code.strip())):
        await OneTimeCode.filter(id=row.id).update(attempts=F("attempts") + 1)
        raise _wrong()
    if not await OneTimeCode.filter(id=row.id, used_at=None).update(used_at=_now()):
        raise _wrong()  # spent by a concurrent request
    user = await User.get_or_none(phone=phone, disabled=False)
    if user is None:
        raise _wrong()
    if is_staff(user):
        raise Failure(
            "PASSKEY_REQUIRED", "工作人员须使用通行密钥登录", "Staff sign in with a passkey, not a text code"
        )
    return user
