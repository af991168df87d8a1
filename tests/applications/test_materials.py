"""The material plan: one record type, built from the catalogue or from an application's rows, and
the uploads that may stand for its lines."""

from __future__ import annotations

import pytest

from api.applications.enums import ActorKind, MaterialStatus
from api.applications.errors import ApplicationsError
from api.applications.services.materials import (
    MaterialInput,
    PlannedMaterial,
    chosen_uploads,
    material_plan,
    missing_failure,
    parties,
    planned,
)
from api.applications.workflow import Actor
from api.failures import Failure
from tests.applications.conftest import make_upload

RESTAURANT = "B03"


def _line(status: MaterialStatus, *, required: bool = True, deferrable: bool = False) -> PlannedMaterial:
    return PlannedMaterial("floor_plan", "经营场所平面布置图", required, deferrable, status)


async def test_a_row_is_provided_exactly_when_an_upload_stands_for_it(world):
    upload = await make_upload(world.citizen)
    provided = _line(MaterialStatus.MISSING).row(7, upload)
    assert (provided.application_id, provided.status, provided.upload_id) == (
        7,
        MaterialStatus.PROVIDED,
        upload.id,
    )
    lost = _line(MaterialStatus.PROVIDED).row(7)  # a draft's line whose upload did not come along
    assert (lost.status, lost.upload_id) == (MaterialStatus.MISSING, None)
    waived = _line(MaterialStatus.WAIVED).row(7)
    assert waived.status == MaterialStatus.WAIVED


def test_what_must_be_handed_in_now():
    assert _line(MaterialStatus.MISSING).needed_now
    assert not _line(MaterialStatus.MISSING, required=False).needed_now
    assert not _line(MaterialStatus.MISSING, deferrable=True).needed_now  # 容缺: due later
    assert (
        not _line(MaterialStatus.WAIVED).needed_now
        and _line(MaterialStatus.WAIVED).supplied_for_the_applicant
    )
    assert _line(MaterialStatus.PRODUCED).supplied_for_the_applicant


async def test_the_plan_from_the_catalogue_and_from_stored_rows_is_the_same(world):
    plan = material_plan(world.catalog.entry(RESTAURANT))
    assert len({line.material_code for line in plan}) == len(plan)  # merged: each material once
    assert {line.status for line in plan} >= {MaterialStatus.WAIVED, MaterialStatus.MISSING}
    assert [planned(line.row(1)) for line in plan] == plan


async def test_uploads_must_be_the_parties_own_and_for_a_line_the_plan_asks_for(world):
    plan = material_plan(world.catalog.entry(RESTAURANT))
    needed = next(line for line in plan if line.status == MaterialStatus.MISSING)
    waived = next(line for line in plan if line.status == MaterialStatus.WAIVED)
    as_helper = Actor(ActorKind.HELPER, world.helper.id, acting_for_id=world.citizen.id)
    owners = parties(world.citizen.id, as_helper)
    assert owners == {world.citizen.id, world.helper.id}
    by_helper = await make_upload(world.helper)
    chosen = await chosen_uploads([MaterialInput(needed.material_code, by_helper.public_id)], plan, owners)
    assert chosen[needed.material_code].id == by_helper.id

    strangers = await make_upload(world.other)
    refusals = {
        ApplicationsError.UPLOAD_NOT_FOUND: MaterialInput(needed.material_code, strangers.public_id),
        ApplicationsError.MATERIAL_NOT_NEEDED: MaterialInput(waived.material_code, by_helper.public_id),
        ApplicationsError.UNKNOWN_MATERIAL: MaterialInput("no_such_material", by_helper.public_id),
    }
    for error, given in refusals.items():
        with pytest.raises(Failure) as refused:
            await chosen_uploads([given], plan, owners)
        assert refused.value.error == error


def test_missing_materials_are_named_in_plan_order():
    lines = [
        PlannedMaterial("b_doc", "乙材料", True, False, MaterialStatus.MISSING),
        PlannedMaterial("a_doc", "甲材料", True, False, MaterialStatus.MISSING),
    ]
    failure = missing_failure(lines)
    assert failure.code == "MATERIALS_MISSING"
    assert (
        failure.message == "还缺少材料：乙材料、甲材料"
        and failure.message_en == "Missing materials: 乙材料、甲材料"
    )


def test_every_failure_code_has_its_own_messages():
    # members with equal (zh, en) would silently become aliases of each other
    assert len(ApplicationsError.__members__) == len(list(ApplicationsError))
