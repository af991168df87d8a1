"""The GraphQL face of the citizen's pickup choice and of extra correction lists: who sees the mail
address, the desk delivering as chosen, the supervisor's decision and the e-supervision flag."""

from __future__ import annotations

from typing import Any

import pytest

from api.applications import services as applying
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application
from api.catalog.snapshot import CatalogCache
from api.graphql.context import Context
from api.identity.enums import Role
from api.identity.principal import Principal, PrincipalKind
from api.identity.runtime import IdentityRuntime
from api.review import services as desk
from api.schema import build_schema
from notifications.models import OutboxMessage
from tests.applications.conftest import make_upload, make_user
from tests.conftest import gid, make_settings
from tests.review.test_desk import _completed, _reviewers, _submitted

FIELDS = "status delivery { method recipient phone address } deliveryOptions pickup"
APP = f"... on ApplicationType {{ {FIELDS} }}"
ERR = "... on ApplicationError { code message }"


@pytest.fixture
def gql(tmp_path):
    settings = make_settings(tmp_path, "sqlite://:memory:")
    schema, identity = build_schema(settings), IdentityRuntime.for_base_url(settings.public_base_url)

    async def run(user, roles, query: str, **variables: Any) -> dict[str, Any]:
        principal = Principal(
            PrincipalKind.USER, user_id=user.id, roles=frozenset(roles), department_id=user.department_id
        )
        result = await schema.execute(
            query,
            variable_values=variables,
            context_value=Context(settings, CatalogCache(0), identity, principal),
        )
        assert result.errors is None, result.errors
        assert result.data is not None
        return result.data

    return run


async def test_the_citizen_chooses_mail_and_the_clerk_records_tracking_and_delivery(world, gql):
    clerk = await make_user("窗口卯", [Role.WINDOW_CLERK])
    application = await _completed(world, clerk)
    choose = f"""mutation($id: ID!, $d: DeliveryInput!) {{ chooseDelivery(id: $id, delivery: $d) {{ {APP} {ERR} }} }}"""
    bad = await gql(
        world.citizen, [Role.CITIZEN], choose, id=gid("Application", application.id), d={"method": "MAIL"}
    )
    assert bad["chooseDelivery"]["code"] == "ADDRESS_INCOMPLETE"
    address = {
        "method": "MAIL",
        "recipient": "申请人甲",
        "phone": "13912345678",
        "address": "西安市长安区航天大道1号",
    }
    mine = (
        await gql(world.citizen, [Role.CITIZEN], choose, id=gid("Application", application.id), d=address)
    )["chooseDelivery"]
    assert mine["delivery"] == {**address, "method": "MAIL"}
    assert mine["deliveryOptions"] == ["WINDOW", "LOCKER", "MAIL"]
    stranger = await gql(
        world.other, [Role.CITIZEN], choose, id=gid("Application", application.id), d=address
    )
    assert stranger["chooseDelivery"]["code"] == "NOT_ALLOWED"

    read = f"query($id: ID!) {{ application(id: $id) {{ {FIELDS} }} }}"
    at_desk = (await gql(clerk, [Role.WINDOW_CLERK], read, id=gid("Application", application.id)))[
        "application"
    ]
    assert at_desk["delivery"]["address"] == address["address"]  # the clerk mails it
    reviewer, _ = next(iter((await _reviewers(application)).values()))
    theirs = (await gql(reviewer, [Role.REVIEWER], read, id=gid("Application", application.id)))[
        "application"
    ]
    assert theirs["delivery"] == {"method": "MAIL", "recipient": None, "phone": None, "address": None}

    set_pickup = (
        f"""mutation($id: ID!, $p: PickupInput!) {{ setPickup(id: $id, pickup: $p) {{ {APP} {ERR} }} }}"""
    )
    ready = await gql(
        clerk,
        [Role.WINDOW_CLERK],
        set_pickup,
        id=gid("Application", application.id),
        p={"carrier": "EMS", "tracking": "1187654321"},
    )
    assert (
        ready["setPickup"]["status"] == "READY_FOR_PICKUP"
        and ready["setPickup"]["pickup"]["tracking"] == "1187654321"
    )
    delivered = (
        f"""mutation($id: ID!) {{ recordMailDelivered(id: $id, signedBy: "本人") {{ {APP} {ERR} }} }}"""
    )
    done = await gql(clerk, [Role.WINDOW_CLERK], delivered, id=gid("Application", application.id))
    assert done["recordMailDelivered"]["status"] == "COLLECTED"
    assert await OutboxMessage.filter(application_id=application.id, kind="please_rate").exists()


async def test_an_extra_list_asked_at_the_desk_decided_by_a_supervisor_and_flagged(world, gql):
    application = await _submitted(world)
    clerk = await make_user("窗口辰", [Role.WINDOW_CLERK])
    await desk.claim(application.id, clerk)
    await desk.judge_materials(application.id, clerk, [desk.Verdict("floor_plan", False, "请标注灶台")])
    await desk.request_corrections(application.id, clerk)
    fix = applying.MaterialInput("floor_plan", (await make_upload(world.citizen)).public_id)
    await applying.answer_correction(await Application.get(id=application.id), world.as_citizen, [fix], None)
    await desk.claim(application.id, clerk)
    await desk.judge_materials(application.id, clerk, [desk.Verdict("signboard_design", False, "尺寸不符")])

    ask = (
        f"""mutation($id: ID!, $r: String!) {{ requestCorrections(id: $id, reason: $r) {{ {APP} {ERR} }} }}"""
    )
    refused = await gql(clerk, [Role.WINDOW_CLERK], ask, id=gid("Application", application.id), r="")
    assert refused["requestCorrections"]["code"] == "EXTRA_NEEDS_REASON"
    asked = await gql(clerk, [Role.WINDOW_CLERK], ask, id=gid("Application", application.id), r="首次遗漏")
    assert asked["requestCorrections"]["status"] == "PRE_REVIEW"
    listed = await gql(
        clerk,
        [Role.WINDOW_CLERK],
        "query($id: ID!) { extraCorrections(id: $id) { id round status reason materials { material note } } }",
        id=gid("Application", application.id),
    )
    [row] = listed["extraCorrections"]
    assert (
        row["round"] == 2
        and row["status"] == "PENDING"
        and row["materials"] == [{"material": "signboard_design", "note": "尺寸不符"}]
    )

    boss = await make_user("主管巳", [Role.SUPERVISOR])
    flagged = "{ flaggedExtraCorrections(status: PENDING) { ... on ExtraCorrectionConnection { totalCount edges { node { id trackingNumber requestedBy } } } } }"
    page = (await gql(boss, [Role.SUPERVISOR], flagged))["flaggedExtraCorrections"]
    first = page["edges"][0]["node"]
    assert page["totalCount"] == 1 and first["trackingNumber"] == application.tracking_number
    assert first["requestedBy"] == "窗口辰"
    decide = f"""mutation($id: ID!) {{ decideExtraCorrection(id: $id, approve: true) {{ {APP} {ERR} }} }}"""
    sent = await gql(boss, [Role.SUPERVISOR], decide, id=row["id"])
    assert sent["decideExtraCorrection"]["status"] == "NEEDS_CORRECTION"
    assert (await Application.get(id=application.id)).status == S.NEEDS_CORRECTION
