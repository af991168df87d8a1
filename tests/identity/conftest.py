from __future__ import annotations

import pytest
import pytest_asyncio

from api.identity import passkeys, tokens
from api.identity.passkeys import RelyingParty, SignUpProfile
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


async def sign_up(authenticator: SoftAuthenticator, name: str = "张三", phone: str | None = None):
    """A citizen signed up through the whole ceremony; returns the user."""
    profile = SignUpProfile(name, phone or ids.phone(), ids.resident_id())
    options = await passkeys.begin_sign_up(RP, profile)
    user, _ = await passkeys.finish_registration(RP, authenticator.create(options), "我的手机", None)
    return user
