"""Counter intake (前台综合受理) at the service level, on SQLite and PostgreSQL: a walk-in identified by
the ID number on the card (found, or made without a phone account), confirming by phone code or by a
signature, the same application as online with the channel COUNTER, exactly once per key; and the
printed documents (受理回执 · 一次性告知书 · 不予受理通知书) as PDF text."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from api.applications.enums import ActorKind, Channel
from api.applications.enums import ApplicationStatus as S
from api.applications.models import ApplicationEvent, Task
from api.counter import documents, services
from api.counter.printing import Width, render
from api.failures import Failure
from api.identity.enums import Role
from api.identity.models import SmsMessage, User
from api.identity.principal import Principal, PrincipalKind
from api.identity.sms import RecordingSms, latest_message
from api.review import services as desk
from notifications.models import OutboxMessage
from notifications.worker import WorkerConfig, deliver_batch
from tests.applications.conftest import make_upload, make_user, uploads_for
from tests.applications.test_submission import RESTAURANT, submission
from tests.identity import ids

BASE = "https://onevisit.example"


def _principal(clerk: User) -> Principal:
    return Principal(
        PrincipalKind.USER, user_id=clerk.id, roles=frozenset({Role.WINDOW_CLERK}), address="10.0.0.9"
    )


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


async def _walk_in(world, phone: str | None = None):
    clerk = await make_user("窗口张", [Role.WINDOW_CLERK])
    citizen = await services.identify(_principal(clerk), ids.resident_id(), "王大爷", phone)
    return clerk, citizen


async def _take_in(world, clerk, citizen, **confirm):
    sub = submission(world, materials=await uploads_for(world, RESTAURANT, owner=clerk))
    counter = services.CounterSubmission(sub, **confirm)
    return await services.take_in(world.catalog, clerk.id, citizen, counter, "10.0.0.9"), sub


async def test_a_walk_in_without_a_phone_is_found_again_by_the_id_number(world):
    clerk, citizen = await _walk_in(world)
    assert citizen.phone is None and citizen.id_verified_at is not None and citizen.roles == ["citizen"]
    again = await services.identify(_principal(clerk), citizen.id_number or "", "王大爷", None)
    assert again.id == citizen.id
    staff_user = await make_user("审批", [Role.REVIEWER])
    staff_user.id_number = ids.resident_id()
    await staff_user.save()
    with pytest.raises(Failure) as staff:
        await services.identify(_principal(clerk), staff_user.id_number, "审批", None)
    assert staff.value.code == "STAFF_ID_NUMBER"
    with pytest.raises(Failure) as taken:
        await services.identify(_principal(clerk), ids.resident_id(), "李四", world.citizen.phone)
    assert taken.value.code == "PHONE_TAKEN"


async def test_signed_at_the_counter_it_is_the_same_application_as_online_exactly_once(world):
    clerk, citizen = await _walk_in(world)
    with pytest.raises(Failure) as unconfirmed:
        await _take_in(world, clerk, citizen)
    assert unconfirmed.value.code == "CONFIRMATION_REQUIRED"
    with pytest.raises(Failure) as not_an_image:
        await _take_in(
            world, clerk, citizen, signature=(await make_upload(clerk, "application/pdf")).public_id
        )
    assert not_an_image.value.code == "SIGNATURE_INVALID"
    signature = await make_upload(clerk, "image/png")
    result, sub = await _take_in(world, clerk, citizen, signature=signature.public_id)
    application = result.application
    assert result.created and application.status == S.SUBMITTED and application.channel == Channel.COUNTER
    assert application.signature_id == signature.id and application.applicant_id == citizen.id
    assert application.tracking_number and application.verification_code
    assert await Task.filter(application=application).count() >= 2  # one per department (并联审批)
    event = await ApplicationEvent.get(application=application, to_status=S.SUBMITTED)
    assert (event.actor_id, event.actor_kind, event.acting_for_id) == (clerk.id, ActorKind.CLERK, citizen.id)
    assert await OutboxMessage.filter(application_id=application.id, recipient_id=citizen.id).exists()
    retry = await services.take_in(
        world.catalog, clerk.id, citizen, services.CounterSubmission(sub), "10.0.0.9"
    )  # same key, no confirmation asked again: the first application
    assert not retry.created and retry.application.id == application.id


async def test_a_walk_in_with_a_phone_confirms_with_the_texted_code(world):
    clerk, citizen = await _walk_in(world, ids.phone())
    assert citizen.phone
    await services.send_confirmation_code(RecordingSms(), citizen, "10.0.0.9")
    text = await latest_message(citizen.phone) or ""
    assert "窗口" in text
    code = text.split("确认码为 ")[1][:6]
    with pytest.raises(Failure) as wrong:
        await _take_in(world, clerk, citizen, phone_code="000000" if code != "000000" else "111111")
    assert wrong.value.code == "CODE_INVALID"
    bad = services.CounterSubmission(submission(world, data={}), phone_code=code)
    with pytest.raises(Failure):  # a form to fix first: the code is not spent by it
        await services.take_in(world.catalog, clerk.id, citizen, bad, "10.0.0.9")
    result, _ = await _take_in(world, clerk, citizen, phone_code=code)
    assert result.application.channel == Channel.COUNTER and result.application.signature_id is None
    with pytest.raises(Failure) as spent:  # once filed, the code confirms nothing else
        await _take_in(world, clerk, citizen, phone_code=code)
    assert spent.value.code == "CODE_INVALID"
    no_phone = await services.identify(_principal(clerk), ids.resident_id(), "赵奶奶", None)
    with pytest.raises(Failure) as missing:
        await services.send_confirmation_code(RecordingSms(), no_phone, "10.0.0.9")
    assert missing.value.code == "NO_PHONE"


async def test_the_receipt_the_correction_list_and_the_refusal_print_in_chinese(world):
    clerk, citizen = await _walk_in(world)
    signature = await make_upload(clerk, "image/png")
    application = (await _take_in(world, clerk, citizen, signature=signature.public_id))[0].application
    receipt = await documents.document("receipt", application, BASE)
    for width in Width:
        text = _text(render(receipt, width))
        assert "受理回执" in text and (application.tracking_number or "?") in text
        assert (application.verification_code or "?") in text and "窗口受理" in text
    roll = PdfReader(io.BytesIO(render(receipt, Width.ROLL))).pages[0]
    assert round(float(roll.mediabox.width) / 72 * 25.4) == 80
    with pytest.raises(Failure) as early:
        await documents.document("correction", application, BASE)
    assert early.value.code == "NOTHING_TO_PRINT"

    await desk.claim(application.id, clerk)
    material = await documents.ApplicationMaterial.filter(application=application).first()
    assert material is not None
    await desk.judge_materials(
        application.id, clerk, [desk.Verdict(material.material_code, False, "复印件不清晰")]
    )
    await desk.request_corrections(application.id, clerk, "请一次补齐")
    application = await documents.Application.get(id=application.id)
    text = _text(render(await documents.document("correction", application, BASE), Width.A4))
    assert "一次性告知书" in text and material.name in text and "复印件不清晰" in text

    await documents.Application.filter(id=application.id).update(status=S.REJECTED)
    await Task.filter(application=application).update(decision_note="选址不符合要求")
    application = await documents.Application.get(id=application.id)
    text = _text(render(await documents.document("refusal", application, BASE), Width.ROLL))
    assert "不予受理通知书" in text and "选址不符合要求" in text
    with pytest.raises(Failure):
        await documents.document("nonsense", application, BASE)


async def test_a_walk_in_with_a_phone_is_texted_every_step_not_only_the_urgent_ones(world):
    """Counter applications: every notification is texted (their applicant may have no smartphone);
    online ones keep the templates' choice (acceptance is not texted)."""
    clerk, citizen = await _walk_in(world, ids.phone())
    phone = citizen.phone or ""
    signature = await make_upload(clerk, "image/png")
    application = (await _take_in(world, clerk, citizen, signature=signature.public_id))[0].application
    await desk.claim(application.id, clerk)
    await desk.accept(application.id, clerk)
    online = (await services_online_submit(world)).application
    await desk.claim(online.id, clerk)
    await desk.accept(online.id, clerk)
    await deliver_batch(50, config=WorkerConfig(vapid_subject="mailto:ops@example.gov.cn"))
    texts = await SmsMessage.filter(phone=phone).order_by("id").values_list("text", flat=True)
    assert any("已提交" in str(t) for t in texts) and any("已正式受理" in str(t) for t in texts), texts
    online_texts = await SmsMessage.filter(phone=world.citizen.phone).values_list("text", flat=True)
    assert not any("已正式受理" in str(t) for t in online_texts), online_texts


async def services_online_submit(world):
    from api.applications import services as applying

    sub = submission(world, materials=await uploads_for(world, RESTAURANT))
    return await applying.submit(world.catalog, world.citizen, world.as_citizen, sub)
