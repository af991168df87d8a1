"""Issuing inside someone else's unit of work (a department's approval): the licence is a savepoint of
that transaction, so it exists exactly when the approval does, and a drawn number that collides is
drawn again without spoiling the approval's transaction. A refused status change says why."""

from __future__ import annotations

import pytest
import pytest_asyncio

from api.catalog.loader import load_catalog
from api.catalog.models import Department
from api.failures import Failure
from api.unit_of_work import changing
from api.wallet import services
from api.wallet.enums import LicenceStatus
from api.wallet.models import Licence, LicenceEvent
from api.wallet.services import issuing
from tests.wallet.factories import business_licence, citizen


@pytest_asyncio.fixture
async def catalog(database, demo_source):
    await load_catalog(demo_source)


async def test_a_licence_issued_in_a_rolled_back_approval_does_not_exist(catalog):
    sj, holder = await Department.get(code="SJ"), await citizen()
    with pytest.raises(RuntimeError):
        async with changing():
            await services.issue_licence(sj, holder, "business_licence", {"name": "小吃店"})
            assert await Licence.filter(holder=holder).count() == 1  # inside: there
            raise RuntimeError("the approval failed")
    assert await Licence.filter(holder=holder).count() == 0
    assert await LicenceEvent.all().count() == 0


async def test_a_colliding_number_is_drawn_again_inside_the_callers_transaction(catalog, monkeypatch):
    sj = await Department.get(code="SJ")
    taken = await services.issue_licence(sj, await citizen(), "business_licence", {}, number="SJ-TAKEN")
    draws = iter(["SJ-TAKEN", "SJ-FRESH"])
    monkeypatch.setattr(issuing, "_new_number", lambda department, on: next(draws))
    holder = await citizen()
    async with changing():
        licence = await services.issue_licence(sj, holder, "business_licence", {})
        assert await Licence.filter(id=taken.id).exists()  # the transaction is still usable
    assert (await Licence.get(id=licence.id)).number == "SJ-FRESH"


async def test_a_refused_status_change_says_why(catalog):
    licence = await business_licence()
    await services.revoke(licence, None, "吊销")
    assert licence.status is LicenceStatus.REVOKED
    for change, message_en in (
        (services.suspend, "Only an active licence can be suspended"),
        (services.revoke, "The licence is already revoked"),
        (services.reinstate, "Only a suspended licence can be reinstated"),
    ):
        with pytest.raises(Failure) as refused:
            await change(licence, None, "再试")
        assert (refused.value.code, refused.value.message_en) == ("LICENCE_STATUS", message_en)
