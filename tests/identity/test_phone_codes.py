"""The phone one-time code fallback, and the rate limits on it."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from api.failures import Failure
from api.identity import accounts, phone_codes, ratelimit
from api.identity.enums import Role
from api.identity.models import OneTimeCode, SmsMessage
from api.identity.sms import RecordingSms, latest_message
from tests.identity import ids
from tests.identity.conftest import sign_up

SMS = RecordingSms()


async def _code_sent_to(phone: str) -> str:
    text = await latest_message(phone)
    assert text is not None
    return re.search(r"\d{6}", text).group()


async def test_a_registered_citizen_signs_in_with_a_texted_code(database, authenticator):
    user = await sign_up(authenticator)
    await phone_codes.send_code(SMS, user.phone, "10.0.0.1")
    code = await _code_sent_to(user.phone)
    assert (await phone_codes.verify_code(user.phone, code, "10.0.0.1")).id == user.id
    with pytest.raises(Failure) as spent:
        await phone_codes.verify_code(user.phone, code, "10.0.0.1")
    assert spent.value.code == "CODE_INVALID"


async def test_a_new_number_gets_a_sign_up_code_that_signing_in_does_not_spend(database):
    number = ids.phone()
    await phone_codes.send_code(SMS, number, "10.0.0.2")  # same answer as for a registered number
    assert "注册" in await latest_message(number)
    code = await _code_sent_to(number)
    with pytest.raises(Failure) as unknown:
        await phone_codes.verify_code(number, code, "10.0.0.2")
    assert unknown.value.code == "NOT_REGISTERED"  # only the phone's holder can learn this
    await phone_codes.prove_phone(number, code, "10.0.0.2")  # still live for signing up
    with pytest.raises(Failure) as spent:
        await phone_codes.prove_phone(number, code, "10.0.0.2")
    assert spent.value.code == "CODE_INVALID"


async def test_over_long_or_empty_codes_are_simply_wrong(database, authenticator):
    user = await sign_up(authenticator)
    await phone_codes.send_code(SMS, user.phone, "10.0.0.5")
    for junk in ("", "   ", "1" * 10_000):
        with pytest.raises(Failure) as wrong:
            await phone_codes.verify_code(user.phone, junk, "10.0.0.5")
        assert wrong.value.code == "CODE_INVALID"


async def test_five_wrong_guesses_kill_the_code(database, authenticator):
    user = await sign_up(authenticator)
    await phone_codes.send_code(SMS, user.phone, "10.0.0.3")
    code = await _code_sent_to(user.phone)
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    for _ in range(phone_codes.MAX_ATTEMPTS):
        with pytest.raises(Failure):
            await phone_codes.verify_code(user.phone, wrong, "10.0.0.3")
    with pytest.raises(Failure) as dead:
        await phone_codes.verify_code(user.phone, code, "10.0.0.3")
    assert dead.value.code == "CODE_INVALID"


async def test_a_newer_code_replaces_the_older(database, authenticator):
    user = await sign_up(authenticator)
    await phone_codes.send_code(SMS, user.phone, "10.0.0.4")
    old = await _code_sent_to(user.phone)
    await phone_codes.send_code(SMS, user.phone, "10.0.0.4")
    new = await _code_sent_to(user.phone)
    if old != new:
        with pytest.raises(Failure):
            await phone_codes.verify_code(user.phone, old, "10.0.0.4")
    assert (await phone_codes.verify_code(user.phone, new, "10.0.0.4")).id == user.id


async def test_code_requests_are_limited_per_phone_and_per_address(database, authenticator):
    user = await sign_up(authenticator)  # its sign-up code was the first request
    for n in range(ratelimit.CODE_REQUESTS_PER_PHONE.count - 1):
        await phone_codes.send_code(SMS, user.phone, f"10.1.0.{n}")  # a new address each time
    with pytest.raises(ratelimit.RateLimited) as per_phone:
        await phone_codes.send_code(SMS, user.phone, "10.1.1.1")
    assert per_phone.value.code == "RATE_LIMITED"
    assert await SmsMessage.filter(phone=user.phone).count() == ratelimit.CODE_REQUESTS_PER_PHONE.count

    for _ in range(ratelimit.CODE_REQUESTS_PER_ADDRESS.count):
        await phone_codes.send_code(SMS, ids.phone(), "10.2.0.1")  # a new number each time
    with pytest.raises(ratelimit.RateLimited) as per_address:
        await phone_codes.send_code(SMS, ids.phone(), "10.2.0.1")
    assert per_address.value.code == "RATE_LIMITED"


async def test_sign_in_attempts_are_limited_per_phone(database, authenticator):
    user = await sign_up(authenticator)  # answering its sign-up code was the first attempt
    for n in range(ratelimit.SIGN_IN_PER_PHONE.count - 1):
        with pytest.raises(Failure) as attempt:
            await phone_codes.verify_code(user.phone, "000000", f"10.3.0.{n}")
        assert attempt.value.code == "CODE_INVALID"
    with pytest.raises(ratelimit.RateLimited) as limited:
        await phone_codes.verify_code(user.phone, "000000", "10.3.1.1")
    assert limited.value.code == "RATE_LIMITED"


async def test_windows_reset(database):
    limit = ratelimit.Limit("test", 2, 60)
    await ratelimit.hit(limit, "x", now=1000.0)
    await ratelimit.hit(limit, "x", now=1001.0)
    with pytest.raises(ratelimit.RateLimited):
        await ratelimit.hit(limit, "x", now=1002.0)
    await ratelimit.hit(limit, "x", now=1060.0)  # next window


async def test_staff_cannot_use_text_codes(database):
    staff, _ = await accounts.invite_staff("周窗口", ids.phone(), [Role.WINDOW_CLERK], None)
    await phone_codes.send_code(SMS, staff.phone, "10.4.0.1")
    assert not await SmsMessage.filter(phone=staff.phone).exists()
    # even a code planted in the database does not let a member of staff in
    await OneTimeCode.create(
        phone=staff.phone,
        code_hash=phone_codes._hash(staff.phone, "123456"),
        expires_at=datetime.now(UTC) + timedelta(minutes=1),
    )
    with pytest.raises(Failure) as refused:
        await phone_codes.verify_code(staff.phone, "123456", "10.4.0.1")
    assert refused.value.code == "PASSKEY_REQUIRED"
