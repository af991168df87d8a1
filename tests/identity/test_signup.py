"""Signing up with a proven phone, ID numbers as claims, businesses bound only by proof.

The account pre-hijack of issue 9 is replayed here: an attacker who knows a victim's phone and ID
number but cannot read the victim's texts must not be able to create the victim's account.
"""

from __future__ import annotations

import pytest

from api.applications.services import represented_organization
from api.catalog.loader import load_catalog
from api.failures import Failure
from api.identity import accounts, id_claims, passkeys, phone_codes, signup
from api.identity.enums import ClaimStatus, OrganizationProof, Role
from api.identity.models import AccessLog, IdNumberClaim, Organization, Passkey, SmsMessage, User
from api.identity.principal import Principal, PrincipalKind
from api.identity.signup import IdNumberStatus
from api.identity.sms import RecordingSms
from api.wallet.demo import issue_demo_licence
from tests.identity import ids
from tests.identity.conftest import RP, code_sent_to, sign_up_by_phone
from tests.identity.soft_authenticator import SoftAuthenticator

SMS = RecordingSms()


async def _clerk() -> Principal:
    clerk, _ = await accounts.invite_staff("窗口小王", ids.phone(), [Role.WINDOW_CLERK], None)
    return Principal(PrincipalKind.USER, user_id=clerk.id, roles=frozenset({Role.WINDOW_CLERK}))


async def test_the_pre_hijack_fails_without_the_victims_texts(database):
    victim_phone, victim_id = ids.phone(), ids.resident_id()
    # the attacker asks for a code for the victim's phone: it goes to the victim's phone only
    await phone_codes.send_code(SMS, victim_phone, "203.0.113.7")
    for guess in ("000000", "123456", "999999"):
        with pytest.raises(Failure) as refused:
            await signup.sign_up(victim_phone, guess, "攻击者", victim_id, "203.0.113.7")
        assert refused.value.code == "CODE_INVALID"
    assert not await User.filter(phone=victim_phone).exists()
    # there is no way to create an account without a code: the passkey sign-up is gone
    assert not hasattr(passkeys, "begin_sign_up")

    # the victim signs up with the code from their own phone and is the only holder of the account
    outcome = await signup.sign_up(
        victim_phone, await code_sent_to(victim_phone), "真实用户", victim_id, "198.51.100.2"
    )
    assert outcome.id_number_status is IdNumberStatus.BOUND
    assert outcome.user.id_number == victim_id and outcome.user.name == "真实用户"
    assert not await Passkey.filter(user=outcome.user).exists()  # no one else's passkey on it


async def test_phone_codes_alone_are_enough_and_a_passkey_can_come_later(database):
    user = (await sign_up_by_phone("钱奶奶")).user
    assert user.roles == [Role.CITIZEN.value] and user.id_verified_at is None
    await phone_codes.send_code(SMS, user.phone, "10.8.0.1")
    signed_in = await phone_codes.verify_code(user.phone, await code_sent_to(user.phone), "10.8.0.1")
    assert signed_in.id == user.id

    key = SoftAuthenticator(origin=RP.origin, rp_id=RP.id)
    await passkeys.finish_registration(
        RP, key.create(await passkeys.begin_add_passkey(RP, user)), "手机", user.id
    )
    assert (await passkeys.finish_sign_in(RP, key.get(await passkeys.begin_sign_in(RP)))).id == user.id


async def test_signing_up_again_with_a_proven_phone_signs_in_to_the_same_account(database):
    first = await sign_up_by_phone("孙大爷")
    again = await sign_up_by_phone("别的名字", phone=first.user.phone, id_number=ids.resident_id())
    assert again.id_number_status is IdNumberStatus.EXISTING_ACCOUNT
    assert again.user.id == first.user.id
    assert (await User.get(id=first.user.id)).name == "孙大爷"  # nothing about the account changed
    assert await User.filter(phone=first.user.phone).count() == 1


async def test_staff_phones_cannot_sign_up(database):
    clerk = await _clerk()
    staff = await User.get(id=clerk.user_id)
    await phone_codes.send_code(SMS, staff.phone, "10.8.0.2")
    assert not await SmsMessage.filter(phone=staff.phone).exists()
    with pytest.raises(Failure) as refused:
        await signup.sign_up(staff.phone, "123456", "冒充", ids.resident_id(), "10.8.0.2")
    assert refused.value.code == "CODE_INVALID"


async def test_an_id_number_held_by_another_phone_waits_for_a_window_clerk(database):
    id_number = ids.resident_id()
    holder = (await sign_up_by_phone("先注册的人", id_number=id_number)).user
    outcome = await sign_up_by_phone("持证本人", id_number=id_number)
    assert outcome.id_number_status is IdNumberStatus.CONFLICT
    claimant = await User.get(id=outcome.user.id)
    assert claimant.id_number is None  # never silently bound
    assert (await User.get(id=holder.id)).id_number == id_number
    claim = await IdNumberClaim.get(claimant=claimant)
    assert claim.status == ClaimStatus.OPEN and claim.id_number == id_number
    assert [c.id for c in await id_claims.open_claims()] == [claim.id]

    clerk = await _clerk()
    resolved = await id_claims.rebind(clerk, claim.id, "核验身份证原件")
    assert resolved.status == ClaimStatus.REBOUND and resolved.resolved_by_id == clerk.user_id
    claimant = await User.get(id=claimant.id)
    assert claimant.id_number == id_number and claimant.id_verified_at is not None
    assert (await User.get(id=holder.id)).id_number is None
    # both people see the clerk's decision in "who looked at my data"
    logged = await AccessLog.filter(what="id_number_rebound").order_by("subject_id")
    assert sorted(e.subject_id for e in logged) == sorted([holder.id, claimant.id])
    assert {e.actor_id for e in logged} == {clerk.user_id}
    with pytest.raises(Failure) as twice:
        await id_claims.rebind(clerk, claim.id, "")
    assert twice.value.code == "CLAIM_RESOLVED"


async def test_a_clerk_may_dismiss_a_claim_and_verify_a_card_in_person(database):
    id_number = ids.resident_id()
    holder = (await sign_up_by_phone("本人", id_number=id_number)).user
    impostor = await sign_up_by_phone("冒名者", id_number=id_number)
    clerk = await _clerk()
    claim = await IdNumberClaim.get(claimant_id=impostor.user.id)
    assert (await id_claims.dismiss(clerk, claim.id, "证件不符")).status == ClaimStatus.DISMISSED
    assert (await User.get(id=holder.id)).id_number == id_number
    assert await id_claims.open_claims() == []

    with pytest.raises(Failure) as mismatch:
        await id_claims.verify_in_person(clerk, holder.id, ids.resident_id())
    assert mismatch.value.code == "ID_NUMBER_MISMATCH"
    verified = await id_claims.verify_in_person(clerk, holder.id, id_number)
    assert verified.id_verified_at is not None


async def test_nobody_can_claim_a_credit_code_first(database):
    code = ids.credit_code()
    squatter = (await sign_up_by_phone("抢注者")).user
    owner = (await sign_up_by_phone("真正的经办人")).user
    first = await accounts.register_organization(squatter, code, "某某餐饮有限公司")
    assert first.verified_at is None  # a claim, binding nothing
    second = await accounts.register_organization(owner, code, "某某餐饮有限公司")
    assert second.verified_at is None and second.id != first.id

    clerk = await _clerk()
    verified = await accounts.verify_organization(clerk, second.id, "核验营业执照和身份证")
    assert verified.verification == OrganizationProof.IN_PERSON and verified.verified_by_id == clerk.user_id
    assert [o.id for o in await accounts.pending_organizations()] == [first.id]
    # only the verified representative may apply for the business
    assert (await represented_organization(owner, code)).id == second.id
    with pytest.raises(Failure) as not_theirs:
        await represented_organization(squatter, code)
    assert not_theirs.value.code == "ORGANIZATION_NOT_FOUND"


async def test_a_business_licence_in_my_wallet_proves_the_claim_once_my_id_is_checked(database, demo_source):
    await load_catalog(demo_source)
    licence = await issue_demo_licence("business_licence")  # held by the demo citizen, 演示市民
    holder = await User.get(id=licence.holder_id)
    holder.id_number = ids.resident_id()
    await holder.save(update_fields=["id_number"])
    credit_code = licence.key_fields.get("credit_code") or licence.number
    unproven = await accounts.register_organization(holder, credit_code, "演示小吃店")
    assert unproven.verified_at is None  # the ID number is still only a claim

    clerk = await _clerk()
    await id_claims.verify_in_person(clerk, holder.id, holder.id_number)
    proven = await accounts.register_organization(await User.get(id=holder.id), credit_code, "演示小吃店")
    assert proven.id == unproven.id and proven.verification == OrganizationProof.WALLET_LICENCE

    # a licence for another business, or naming someone else, proves nothing
    other = (await sign_up_by_phone("另一个人")).user
    await id_claims.verify_in_person(clerk, other.id, other.id_number)
    claim = await accounts.register_organization(await User.get(id=other.id), credit_code, "演示小吃店")
    assert claim.verified_at is None
    assert await Organization.filter(credit_code=credit_code).exclude(verified_at=None).count() == 1


async def test_a_clerks_check_moves_a_business_to_its_new_representative(database):
    code = ids.credit_code()
    old = (await sign_up_by_phone("原经办人")).user
    new = (await sign_up_by_phone("新经办人")).user
    clerk = await _clerk()
    first = await accounts.verify_organization(
        clerk, (await accounts.register_organization(old, code, "某公司")).id, ""
    )
    second = await accounts.verify_organization(
        clerk, (await accounts.register_organization(new, code, "某公司")).id, "变更经办人"
    )
    assert (await Organization.get(id=first.id)).verified_at is None
    assert (await Organization.get(id=second.id)).verified_at is not None
    assert (await represented_organization(new, code)).id == second.id
    with pytest.raises(Failure):
        await represented_organization(old, code)
    logged = await AccessLog.filter(what="organization_verified", purpose__contains="变更经办人")
    assert sorted(e.subject_id for e in logged) == sorted([old.id, new.id])
