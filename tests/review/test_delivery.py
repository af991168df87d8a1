"""The pickup the applicant chooses (window, 24-hour locker, mail to an address kept encrypted), the
desk delivering it that way, and the loop closing for every method: collected, opened with the code,
or the mail delivered — each ends in COLLECTED with a "please rate". On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from api.applications import delivery
from api.applications import services as applying
from api.applications.delivery import Delivery
from api.applications.enums import ActorKind, PickupMethod
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application
from api.applications.workflow import Actor
from api.failures import Failure
from api.identity.enums import Role
from api.review import services as desk
from api.review.policies import window_clerk_actor
from notifications.models import OutboxMessage
from notifications.templates import render
from tests.applications.conftest import make_user
from tests.applications.test_submission import submission
from tests.review.test_desk import _completed, _submitted
from tests.test_crypto_at_rest import _raw

HOME = Delivery(PickupMethod.MAIL, " 申请人  甲 ", "139 1234 5678", "陕西省西安市长安区韦曲街道航天大道1号")


def test_what_is_offered_comes_from_the_catalogue_channels(world):
    catalog = world.catalog
    assert delivery.offered(catalog.entry("B03")) == (
        PickupMethod.WINDOW,
        PickupMethod.LOCKER,
        PickupMethod.MAIL,
    )
    assert delivery.offered(catalog.entry("GA07")) == (PickupMethod.WINDOW, PickupMethod.LOCKER)
    # a bundle has one pickup: mail only when every item of it may be mailed
    assert delivery.offered(catalog.entry("B01")) == (PickupMethod.WINDOW,)


async def test_choosing_at_submission_keeps_the_address_encrypted(world):
    from tests.applications.conftest import uploads_for

    sub = submission(world, materials=await uploads_for(world, "B03"), delivery=HOME)
    application = (await applying.submit(world.catalog, world.citizen, world.as_citizen, sub)).application
    stored = await Application.get(id=application.id)
    assert stored.delivery == PickupMethod.MAIL
    assert stored.delivery_address == {
        "recipient": "申请人 甲",
        "phone": "13912345678",
        "address": "陕西省西安市长安区韦曲街道航天大道1号",
    }
    raw = (await _raw(Application, application.id, "delivery_address"))["delivery_address"]
    assert raw.startswith("ov1.test1.") and "航天大道" not in raw and "13912345678" not in raw


async def test_choosing_later_checks_what_is_offered_and_the_address_and_stops_when_ready(world):
    application = await _submitted(world)
    choose = applying.choose_delivery
    for bad in (
        Delivery(PickupMethod.MAIL, "", "13912345678", "陕西省西安市长安区韦曲街道航天大道1号"),
        Delivery(PickupMethod.MAIL, "甲", "12345", "陕西省西安市长安区韦曲街道航天大道1号"),
        Delivery(PickupMethod.MAIL, "甲", "13912345678", "西安"),
    ):
        with pytest.raises(Failure) as refused:
            await choose(world.catalog, application, bad)
        assert refused.value.code == "ADDRESS_INCOMPLETE"
    chosen = await choose(world.catalog, application, HOME)
    assert chosen.delivery == PickupMethod.MAIL
    # changing to the window forgets the address
    chosen = await choose(world.catalog, chosen, Delivery(PickupMethod.WINDOW, "x", "y", "z"))
    assert chosen.delivery == PickupMethod.WINDOW and chosen.delivery_address is None

    clerk = await make_user("窗口子", [Role.WINDOW_CLERK])
    done = await _completed(world, clerk)
    await choose(world.catalog, done, Delivery(PickupMethod.LOCKER))  # decided, not ready yet: still fine
    await desk.set_pickup(done.id, clerk, desk.Pickup(locker="C-01"))
    with pytest.raises(Failure) as late:
        await choose(world.catalog, await Application.get(id=done.id), HOME)
    assert late.value.code == "DELIVERY_TOO_LATE"


async def test_an_item_without_mail_refuses_it(world):
    from tests.applications.conftest import uploads_for

    sub = submission(world, "GA07", materials=await uploads_for(world, "GA07"))
    application = (await applying.submit(world.catalog, world.citizen, world.as_citizen, sub)).application
    with pytest.raises(Failure) as refused:
        await applying.choose_delivery(world.catalog, application, HOME)
    assert refused.value.code == "DELIVERY_NOT_OFFERED" and "邮寄" in refused.value.message


async def _rated(application: Application) -> bool:
    return await OutboxMessage.filter(application_id=application.id, kind="please_rate").exists()


@pytest.mark.parametrize("method", list(PickupMethod))
async def test_every_choice_closes_the_loop_with_a_please_rate(world, method):
    clerk = await make_user("窗口丑", [Role.WINDOW_CLERK])
    application = await _completed(world, clerk)
    await applying.choose_delivery(
        world.catalog, application, Delivery(method, HOME.recipient, HOME.phone, HOME.address)
    )
    # the desk delivers the way the applicant chose, nothing else
    other = PickupMethod.WINDOW if method != PickupMethod.WINDOW else PickupMethod.MAIL
    with pytest.raises(Failure) as wrong:
        await desk.set_pickup(
            application.id, clerk, desk.Pickup(other, window="1", locker="1", carrier="EMS", tracking="1")
        )
    assert wrong.value.code == "NOT_THE_CHOSEN_METHOD"
    pickup = desk.Pickup(window="12号窗口", locker="A-07", carrier="EMS", tracking="1187654321")
    ready = await desk.set_pickup(application.id, clerk, pickup)
    assert ready.status == S.READY_FOR_PICKUP and ready.pickup["method"] == method.value
    notice = await OutboxMessage.get(application_id=application.id, kind="ready_for_pickup")
    text = render(notice.kind, notice.payload).body
    assert not await _rated(application)

    app = await Application.get(id=application.id)
    if method == PickupMethod.WINDOW:
        assert "12号窗口" in text
        with pytest.raises(Failure) as not_mailed:
            await desk.mail_delivered(app.id, window_clerk_actor(clerk))
        assert not_mailed.value.code == "NOT_MAILED"
        await desk.collect(app.id, clerk, "申请人甲", True)
    elif method == PickupMethod.LOCKER:
        assert app.pickup["code"] in text
        await desk.collect_from_locker(app, world.as_citizen, app.pickup["code"])
    else:
        assert "EMS" in text and "1187654321" in text and "航天大道" not in text  # no address in an SMS
        with pytest.raises(Failure) as at_window:
            await desk.collect(app.id, clerk, "申请人甲", True)
        assert at_window.value.code == "NOT_THE_CHOSEN_METHOD"
        await desk.mail_delivered(app.id, window_clerk_actor(clerk), "本人")
    collected = await Application.get(id=application.id)
    assert collected.status == S.COLLECTED
    assert await _rated(application)
    please_rate = await OutboxMessage.get(application_id=application.id, kind="please_rate")
    words = render(please_rate.kind, please_rate.payload).body
    assert ("已送达" if method == PickupMethod.MAIL else "已领取") in words  # mail is received, not collected


async def test_a_carrier_callback_may_record_the_delivery(world):
    clerk = await make_user("窗口寅", [Role.WINDOW_CLERK])
    application = await _completed(world, clerk)
    await applying.choose_delivery(world.catalog, application, HOME)
    await desk.set_pickup(application.id, clerk, desk.Pickup(carrier="中国邮政EMS", tracking="1187654321"))
    await desk.mail_delivered(application.id, Actor(ActorKind.SYSTEM), "家人代收")
    assert (await Application.get(id=application.id)).status == S.COLLECTED
    assert await _rated(application)
