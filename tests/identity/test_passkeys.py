"""WebAuthn ceremonies against a software authenticator, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from api.failures import Failure
from api.identity import accounts, passkeys
from api.identity.enums import Role
from api.identity.models import Passkey, WebAuthnChallenge
from tests.identity import ids
from tests.identity.conftest import RP, sign_up, sign_up_by_phone
from tests.identity.soft_authenticator import SoftAuthenticator


async def test_sign_up_then_sign_in_with_the_same_passkey(database, authenticator):
    user = await sign_up(authenticator, "李四")
    assert user.roles == [Role.CITIZEN.value]
    stored = await Passkey.get(user=user)
    assert stored.name == "我的手机" and stored.backed_up and stored.transports == ["internal", "hybrid"]
    # the user handle is random bytes, not the database id
    assert len(user.user_handle) >= 86 and str(user.id) != user.user_handle

    options = await passkeys.begin_sign_in(RP)
    assert json.loads(options)["allowCredentials"] == []  # discoverable: the phone offers its passkey
    signed_in = await passkeys.finish_sign_in(RP, authenticator.get(options))
    assert signed_in.id == user.id
    assert (await Passkey.get(user=user)).sign_count == 1


async def test_a_challenge_is_spent_by_its_first_use(database, authenticator):
    await sign_up(authenticator)
    options = await passkeys.begin_sign_in(RP)
    assertion = authenticator.get(options)
    await passkeys.finish_sign_in(RP, assertion)
    with pytest.raises(Failure) as replay:
        await passkeys.finish_sign_in(RP, assertion)
    assert replay.value.code == "CHALLENGE_USED"


async def test_an_expired_challenge_is_refused(database, authenticator):
    await sign_up(authenticator)
    options = await passkeys.begin_sign_in(RP)
    await WebAuthnChallenge.all().update(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    with pytest.raises(Failure) as expired:
        await passkeys.finish_sign_in(RP, authenticator.get(options))
    assert expired.value.code == "CHALLENGE_EXPIRED"


async def test_a_made_up_challenge_is_refused(database, authenticator):
    await sign_up(authenticator)
    options = json.loads(await passkeys.begin_sign_in(RP))
    options["challenge"] = "A" * 43
    with pytest.raises(Failure) as unknown:
        await passkeys.finish_sign_in(RP, authenticator.get(json.dumps(options)))
    assert unknown.value.code == "CHALLENGE_UNKNOWN"


@pytest.mark.parametrize(
    ("where", "value"), [("origin", "https://phishing.example.com"), ("rp_id", "phishing.example.com")]
)
async def test_wrong_origin_or_rp_id_is_refused(database, authenticator, where, value):
    await sign_up(authenticator)
    options = await passkeys.begin_sign_in(RP)
    with pytest.raises(Failure) as wrong:
        await passkeys.finish_sign_in(RP, authenticator.get(options, **{where: value}))
    assert wrong.value.code == "PASSKEY_REJECTED"

    # and when adding a passkey too
    user = (await sign_up_by_phone("王五")).user
    options = await passkeys.begin_add_passkey(RP, user)
    with pytest.raises(Failure) as wrong:
        await passkeys.finish_registration(RP, authenticator.create(options, **{where: value}), "", user.id)
    assert wrong.value.code == "PASSKEY_REJECTED"
    assert not await Passkey.filter(user=user).exists()


async def test_a_cloned_authenticator_is_detected_by_its_counter(database, authenticator):
    await sign_up(authenticator)
    for _ in range(3):
        await passkeys.finish_sign_in(RP, authenticator.get(await passkeys.begin_sign_in(RP)))
    clone_counter = 2  # the copy lags behind the original
    with pytest.raises(Failure) as cloned:
        options = await passkeys.begin_sign_in(RP)
        await passkeys.finish_sign_in(RP, authenticator.get(options, sign_count=clone_counter))
    assert cloned.value.code == "PASSKEY_CLONED"


async def test_a_signature_by_another_key_is_refused(database, authenticator):
    await sign_up(authenticator)
    thief = SoftAuthenticator(origin=RP.origin, rp_id=RP.id)
    thief.create(json.dumps({"rp": {"id": RP.id}, "user": {"id": "AAAA"}, "challenge": "AAAA"}))
    # the thief's own key, presented under the victim's credential id
    thief.credentials[0].credential_id = authenticator.credentials[0].credential_id
    options = await passkeys.begin_sign_in(RP)
    with pytest.raises(Failure) as forged:
        await passkeys.finish_sign_in(RP, thief.get(options))
    assert forged.value.code == "PASSKEY_REJECTED"


async def test_staff_enroll_with_an_invitation_and_must_verify_themselves(database, authenticator):
    staff, code = await accounts.invite_staff("陈审批", ids.phone(), [Role.WINDOW_CLERK], None)
    options = await passkeys.begin_enrollment(RP, code)
    assert json.loads(options)["authenticatorSelection"]["userVerification"] == "required"
    enrolled, _ = await passkeys.finish_registration(RP, authenticator.create(options), "窗口电脑", None)
    assert enrolled.id == staff.id
    with pytest.raises(Failure) as again:
        await passkeys.begin_enrollment(RP, code)
    assert again.value.code == "INVITATION_INVALID"

    authenticator.user_verified = False  # touched the key but gave no PIN or fingerprint
    with pytest.raises(Failure) as unverified:
        await passkeys.finish_sign_in(RP, authenticator.get(await passkeys.begin_sign_in(RP)))
    assert unverified.value.code == "PASSKEY_REJECTED"
    authenticator.user_verified = True
    options = await passkeys.begin_sign_in(RP, staff=True)
    assert (await passkeys.finish_sign_in(RP, authenticator.get(options))).id == staff.id


async def test_add_list_and_remove_passkeys(database, authenticator):
    user = await sign_up(authenticator)
    laptop = SoftAuthenticator(origin=RP.origin, rp_id=RP.id)
    options = await passkeys.begin_add_passkey(RP, user)
    excluded = json.loads(options)["excludeCredentials"]
    assert [e["id"] for e in excluded] == [(await Passkey.get(user=user)).credential_id]
    # someone else cannot finish my ceremony, nor can anyone finish it signed out
    with pytest.raises(Failure):
        await passkeys.finish_registration(RP, laptop.create(options), "笔记本", user.id + 1000)
    with pytest.raises(Failure):
        await passkeys.finish_registration(
            RP, laptop.create(await passkeys.begin_add_passkey(RP, user)), "", None
        )
    options = await passkeys.begin_add_passkey(RP, user)
    _, added = await passkeys.finish_registration(RP, laptop.create(options), "笔记本", user.id)
    assert await Passkey.filter(user=user).count() == 2
    assert (await passkeys.finish_sign_in(RP, laptop.get(await passkeys.begin_sign_in(RP)))).id == user.id

    await passkeys.remove_passkey(user, added.id)
    with pytest.raises(Failure) as gone:
        await passkeys.finish_sign_in(RP, laptop.get(await passkeys.begin_sign_in(RP)))
    assert gone.value.code == "PASSKEY_UNKNOWN"
    other = await sign_up(SoftAuthenticator(origin=RP.origin, rp_id=RP.id))
    with pytest.raises(Failure) as not_mine:
        await passkeys.remove_passkey(other, (await Passkey.get(user=user)).id)
    assert not_mine.value.code == "NOT_FOUND"
