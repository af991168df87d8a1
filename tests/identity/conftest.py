from __future__ import annotations

import re

import pytest
import pytest_asyncio

from api.identity import passkeys, phone_codes, signup, tokens
from api.identity.passkeys import RelyingParty
from api.identity.sms import RecordingSms, latest_message
from tests.identity import ids
from tests.identity.soft_authenticator import SoftAuthenticator

ORIGIN = "https://hall.example.gov.cn"
RP = RelyingParty(id="hall.example.gov.cn", name="一次办", origin=ORIGIN)


@pytest.fixture
def rp() -> RelyingParty:
    return RP


@pytest.fixture
def authenticator() -> SoftAuthenticator:
    return SoftAuthenticator(origin=ORIGIN, rp_id=RP.id)


@pytest_asyncio.fixture
async def keys(database) -> tokens.KeyRing:
    ring = tokens.KeyRing(issuer=ORIGIN, audience="onevisit-api")
    await ring.load()
    return ring


async def code_sent_to(phone: str) -> str:
    """The six-digit code in the last text message recorded for ``phone``."""
    text = await latest_message(phone)
    assert text is not None, f"no text message to {phone}"
    return re.search(r"\d{6}", text).group()


async def sign_up_by_phone(
    name: str = "张三", phone: str | None = None, id_number: str | None = None, address: str = "10.9.0.1"
) -> signup.SignUpOutcome:
    """A citizen signed up with a texted code (no passkey)."""
    phone = phone or ids.phone()
    await phone_codes.send_code(RecordingSms(), phone, address)
    return await signup.sign_up(
        phone, await code_sent_to(phone), name, id_number or ids.resident_id(), address
    )


async def sign_up(authenticator: SoftAuthenticator, name: str = "张三", phone: str | None = None):
    """A citizen signed up with a texted code who then added a passkey; returns the user."""
    user = (await sign_up_by_phone(name, phone)).user
    options = await passkeys.begin_add_passkey(RP, user)
    await passkeys.finish_registration(RP, authenticator.create(options), "我的手机", user.id)
    return user
