"""Signing 告知承诺 when applying, and accepting on it: per-item eligibility from the catalogue, the
versioned text stored with who signed it for whom, the replaced materials waived, the verify-by date
on the working-day calendar — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from api.applications import services as applying
from api.applications.enums import AcceptanceMode, MaterialStatus
from api.applications.models import Application, ApplicationEvent, ApplicationMaterial
from api.calendar.working_days import add_working_days, working_days_between
from api.commitments.enums import Outcome
from api.commitments.models import Commitment
from api.commitments.rules import offers, waived_materials
from api.commitments.services import Signature
from api.failures import Failure
from api.identity.enums import Role
from api.review import services as desk
from tests.applications.conftest import make_user
from tests.applications.test_submission import submission
from tests.commitments.conftest import FOOD, REPLACED, accept_on_commitment, apply_on_commitment
from tests.review.test_desk import _submitted


async def test_the_catalogue_says_which_items_offer_it_and_what_it_replaces(world):
    food = world.catalog.entry(FOOD)
    assert food.commitment is not None and food.commitment.version == 1
    assert set(food.commitment.replaces) == REPLACED and food.commitment.verify_within == 20
    assert "20个工作日" in food.commitment.text and "20 working days" in food.commitment.text_en
    restaurant = world.catalog.entry("B03")  # 开餐馆: 营业执照, 食品经营许可, 牌匾, 消防
    assert [o.item.code for o in offers(restaurant)] == ["SJ01", "SJ04", "XF01"]
    assert offers(world.catalog.entry("B01")) == []  # 出生一件事: none of its items
    # in a bundle a material is waived only when every item asking for it was signed for
    assert waived_materials(restaurant, {"SJ04"}) == REPLACED
    assert "premises_proof" not in waived_materials(restaurant, {"SJ01", "XF01"})  # 牌匾 (CG01) needs it
    assert waived_materials(world.catalog.entry("SJ05"), {"SJ05"}) == {"premises_proof"}


async def test_signing_waives_the_replaced_materials_and_stores_the_text_signed(world):
    application = await apply_on_commitment(world)
    lines = {m.material_code: m.status for m in await ApplicationMaterial.filter(application=application)}
    assert {code for code, status in lines.items() if status == MaterialStatus.COMMITTED} == REPLACED
    [signed] = await Commitment.filter(application=application)
    terms = world.catalog.entry(FOOD).commitment
    assert (signed.item_code, signed.version, signed.text) == (FOOD, 1, terms.text)
    assert set(signed.replaces) == REPLACED and signed.verify_within == 20
    assert signed.applicant_id == signed.signed_by_id == world.citizen.id
    assert signed.outcome == Outcome.PENDING and signed.verify_by is None
    event = await ApplicationEvent.get(application=application, to_status="submitted")
    assert event.reason == "签署告知承诺书：食品经营许可（第 1 版）"


async def test_a_helper_signs_for_the_applicant_and_both_are_recorded(world):
    application = await apply_on_commitment(world, helper=True)
    [signed] = await Commitment.filter(application=application)
    assert signed.applicant_id == world.citizen.id and signed.signed_by_id == world.helper.id


async def test_without_signing_nothing_is_waived(world):
    sub = submission(world, FOOD, materials=[])
    with pytest.raises(Failure) as missing:
        await applying.submit(world.catalog, world.citizen, world.as_citizen, sub)
    assert missing.value.code == "MATERIALS_MISSING"
    application = await apply_on_commitment(world, signatures=[])
    lines = {m.material_code: m.status for m in await ApplicationMaterial.filter(application=application)}
    assert all(lines[code] == MaterialStatus.PROVIDED for code in REPLACED)  # handed in
    assert not await Commitment.filter(application=application).exists()


@pytest.mark.parametrize(
    ("signature", "code"),
    [
        (Signature(FOOD, 2), "COMMITMENT_OUTDATED"),  # read another version of the text
        (Signature("SJ02", 1), "COMMITMENT_NOT_OFFERED"),  # not an item of this application
    ],
)
async def test_a_stale_or_foreign_signature_is_refused(world, signature, code):
    with pytest.raises(Failure) as refused:
        await apply_on_commitment(world, signatures=[signature])
    assert refused.value.code == code
    assert await Application.filter(catalog_code=FOOD).count() == 0


async def test_an_item_without_commitment_terms_refuses_one(world):
    with pytest.raises(Failure) as refused:
        await apply_on_commitment(world, code="CG01", signatures=[Signature("CG01", 1)])
    assert refused.value.code == "COMMITMENT_NOT_OFFERED"


async def test_accepted_on_the_commitment_with_a_verify_by_date_in_working_days(world):
    application = await apply_on_commitment(world)
    clerk = await make_user("窗口甲", [Role.WINDOW_CLERK])
    await desk.claim(application.id, clerk)
    with pytest.raises(Failure) as normal:
        await desk.accept(application.id, clerk, AcceptanceMode.NORMAL)
    assert normal.value.code == "COMMITMENT_SIGNED"  # its waived materials are verified, never skipped
    accepted_on = date(2026, 2, 13)  # the Friday before the Spring Festival holiday
    await desk.accept(application.id, clerk, AcceptanceMode.COMMITMENT, today=accepted_on)
    [signed] = await Commitment.filter(application=application)
    assert signed.verify_by == add_working_days(accepted_on, 20)
    assert working_days_between(accepted_on, signed.verify_by) == 20
    assert (signed.verify_by - accepted_on).days > 28  # the holiday week does not count
    app = await Application.get(id=application.id)
    assert app.acceptance == AcceptanceMode.COMMITMENT and app.commitment_verify_by == signed.verify_by
    assert await ApplicationEvent.filter(
        application=application, to_status="accepted", reason__contains=signed.verify_by.isoformat()
    ).exists()


async def test_no_commitment_signed_no_acceptance_on_one(world):
    application = await _submitted(world)
    with pytest.raises(Failure) as refused:
        await accept_on_commitment(application, date(2026, 3, 2))
    assert refused.value.code == "COMMITMENT_MISSING"
