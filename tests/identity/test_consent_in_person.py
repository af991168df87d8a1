"""Consent for someone without a smartphone: the helper reads their ID number, the person confirms
with a texted code or a signature on the tablet; time-limited, and revocable at any window. SQLite and
PostgreSQL (the ``database`` fixture)."""

from __future__ import annotations

import base64
import io
import re

import pytest
from PIL import Image, ImageDraw

from api.failures import Failure
from api.identity import consents, consents_in_person
from api.identity.enums import ConsentConfirmation, ConsentScope, ConsentStatus, Role
from api.identity.models import AccessLog, Consent
from api.identity.principal import Principal, PrincipalKind
from api.identity.sms import RecordingSms, latest_message
from tests.applications.conftest import make_user

REQUEST = (ConsentScope.ITEM, "MZ04", "高龄老人生活补贴申领", 4)


def signature_png() -> str:
    image = Image.new("RGB", (300, 120), "white")
    ImageDraw.Draw(image).line([(20, 80), (120, 30), (200, 90), (280, 40)], fill="black", width=4)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode()


async def _people():
    citizen = await make_user("孙奶奶", [Role.CITIZEN])
    helper = await make_user("帮办员小周", [Role.HELPER])
    clerk = await make_user("钱窗口", [Role.WINDOW_CLERK])
    return citizen, helper, clerk


async def test_the_texted_code_confirms_and_a_wrong_one_does_not(database):
    citizen, helper, _clerk = await _people()
    found = await consents_in_person.person_by_id_number(citizen.id_number or "")
    assert found.id == citizen.id
    asked = await consents_in_person.request_in_person(
        RecordingSms(), helper, citizen, REQUEST, ConsentConfirmation.SMS
    )
    assert asked.status == ConsentStatus.PENDING and asked.citizen_id == citizen.id
    text = await latest_message(citizen.phone or "")
    assert text and "帮办员小周" in text and "高龄老人生活补贴申领" in text
    code = re.search(r"\d{6}", text).group()  # type: ignore[union-attr]
    # nobody can answer it with the QR code on their own phone: it is this person's
    with pytest.raises(Failure) as qr:
        await consents.answer_consent(await make_user("路人", [Role.CITIZEN]), asked.code, True)
    assert qr.value.code == "CONSENT_CODE_INVALID"
    with pytest.raises(Failure) as wrong:
        await consents_in_person.confirm_in_person(
            helper, asked.id, code="000000" if code != "000000" else "1"
        )
    assert wrong.value.code == "CONSENT_CONFIRMATION"
    done = await consents_in_person.confirm_in_person(helper, asked.id, code=code)
    assert done.status == ConsentStatus.ACTIVE and done.confirmed_by == ConsentConfirmation.SMS
    assert await consents.has_active_consent(helper.id, citizen.id, ConsentScope.ITEM, "MZ04")
    with pytest.raises(Failure):  # spent
        await consents_in_person.confirm_in_person(helper, asked.id, code=code)


async def test_five_wrong_codes_kill_the_request(database):
    citizen, helper, _clerk = await _people()
    asked = await consents_in_person.request_in_person(
        RecordingSms(), helper, citizen, REQUEST, ConsentConfirmation.SMS
    )
    code = re.search(r"\d{6}", await latest_message(citizen.phone or "") or "").group()  # type: ignore[union-attr]
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    for _ in range(consents_in_person.MAX_ATTEMPTS):
        with pytest.raises(Failure):
            await consents_in_person.confirm_in_person(helper, asked.id, code=wrong)
    with pytest.raises(Failure) as dead:
        await consents_in_person.confirm_in_person(helper, asked.id, code=code)
    assert dead.value.code == "CONSENT_CONFIRMATION"


async def test_a_signature_on_the_tablet_confirms_and_is_kept(database):
    citizen, helper, _clerk = await _people()
    asked = await consents_in_person.request_in_person(
        RecordingSms(), helper, citizen, REQUEST, ConsentConfirmation.SIGNATURE
    )
    assert await latest_message(citizen.phone or "") is None, "nothing texted"
    for bad in ("", "data:image/png;base64,AAAA", "data:image/jpeg;base64,/9j/"):
        with pytest.raises(Failure) as refused:
            await consents_in_person.confirm_in_person(helper, asked.id, signature=bad)
        assert refused.value.code == "SIGNATURE_INVALID"
    other_helper = await make_user("帮办员小吴", [Role.HELPER])
    with pytest.raises(Failure):  # only the helper who asked confirms on their tablet
        await consents_in_person.confirm_in_person(other_helper, asked.id, signature=signature_png())
    done = await consents_in_person.confirm_in_person(helper, asked.id, signature=signature_png())
    assert done.status == ConsentStatus.ACTIVE and done.confirmed_by == ConsentConfirmation.SIGNATURE
    assert (await Consent.get(id=asked.id)).signature == signature_png()


async def test_unknown_id_numbers_and_staff_are_not_people_to_act_for(database):
    _citizen, helper, _clerk = await _people()
    with pytest.raises(Failure) as unknown:
        await consents_in_person.person_by_id_number("11010519491231002X")
    assert unknown.value.code == "PERSON_NOT_REGISTERED"
    phoneless = await make_user("无手机老人", [Role.CITIZEN])
    phoneless.phone = None
    await phoneless.save(update_fields=["phone"])
    with pytest.raises(Failure) as no_phone:
        await consents_in_person.request_in_person(
            RecordingSms(), helper, phoneless, REQUEST, ConsentConfirmation.SMS
        )
    assert no_phone.value.code == "NO_PHONE_ON_FILE"


async def test_any_window_revokes_a_consent_and_the_look_is_logged(database):
    citizen, helper, clerk = await _people()
    asked = await consents_in_person.request_in_person(
        RecordingSms(), helper, citizen, REQUEST, ConsentConfirmation.SIGNATURE
    )
    await consents_in_person.confirm_in_person(helper, asked.id, signature=signature_png())
    window = Principal(PrincipalKind.USER, user_id=clerk.id, roles=frozenset({Role.WINDOW_CLERK}))
    [listed] = await consents_in_person.consents_at_window(window, citizen)
    assert listed.id == asked.id
    assert await AccessLog.filter(subject_id=citizen.id, actor_id=clerk.id, what="consents").exists()
    revoked = await consents_in_person.revoke_at_window(clerk, asked.id)
    assert revoked.status == ConsentStatus.REVOKED and revoked.revoked_by_id == clerk.id
    assert not await consents.has_active_consent(helper.id, citizen.id)
    again = await consents_in_person.revoke_at_window(clerk, asked.id)  # idempotent
    assert again.status == ConsentStatus.REVOKED
