"""Next services on a finished life event and a bundle's guide; the ID card validity a citizen records."""

from __future__ import annotations

from datetime import timedelta

import pytest_asyncio

from api import clock
from api.catalog.loader import load_catalog
from api.catalog.snapshot import CatalogCache
from api.graphql.context import Context
from api.identity.enums import Role
from api.identity.principal import ANONYMOUS, Principal, PrincipalKind
from api.identity.runtime import IdentityRuntime
from api.schema import build_schema
from tests.conftest import gid, make_settings
from tests.reminders.test_jobs import _bundle_application
from tests.wallet.factories import citizen


@pytest_asyncio.fixture
async def run(database, demo_source, tmp_path):
    await load_catalog(demo_source)
    settings = make_settings(tmp_path, database)
    schema = build_schema(settings)
    identity = IdentityRuntime.for_base_url(settings.public_base_url)
    await identity.keys.load()

    async def execute(query: str, principal: Principal, **variables) -> dict:
        context = Context(settings, CatalogCache(0), identity, principal)
        result = await schema.execute(query, variable_values=variables, context_value=context)
        assert not result.errors, result.errors
        return result.data

    return execute


def person(user) -> Principal:
    return Principal(PrincipalKind.USER, user_id=user.id, roles=frozenset({Role.CITIZEN}))


NEXT = """query($id: ID!) { application(id: $id) { status nextServices {
  __typename ... on ServiceItem { code name nameEn } ... on Bundle { code name } } } }"""


async def test_a_finished_life_event_shows_the_next_services_and_an_unfinished_one_none(run):
    user = await citizen()
    done = await _bundle_application(user, "B04", "collected", ["approved", "approved"])
    busy = await _bundle_application(user, "B04", "in_progress", ["approved", "in_review"])
    data = await run(NEXT, person(user), id=gid("Application", done.id))
    assert [(e["__typename"], e["code"]) for e in data["application"]["nextServices"]] == [
        ("Bundle", "B01"),
        ("ServiceItem", "GJ02"),
    ]
    assert (await run(NEXT, person(user), id=gid("Application", busy.id)))["application"][
        "nextServices"
    ] == []


async def test_a_bundle_guide_lists_what_comes_next(run):
    data = await run(
        '{ guide(code: "B03") { ... on Bundle { nextServices { ... on ServiceItem { code } } } } }', ANONYMOUS
    )
    assert [e["code"] for e in data["guide"]["nextServices"]] == ["SW01", "RS02", "YH01"]


SET = """mutation($on: Date) { setIdCardValidUntil(validUntil: $on) {
  __typename ... on IdCardValidity { validUntil remindDaysBefore } ... on ReminderError { code messageEn } } }"""


async def test_a_citizen_records_the_id_card_expiry_and_a_wrong_date_is_a_typed_error(run):
    me = person(await citizen())
    on = (clock.today() + timedelta(days=400)).isoformat()
    saved = (await run(SET, me, on=on))["setIdCardValidUntil"]
    assert saved == {"__typename": "IdCardValidity", "validUntil": on, "remindDaysBefore": [90, 30]}
    assert (await run("{ myIdCard { validUntil } }", me))["myIdCard"]["validUntil"] == on
    wrong = (await run(SET, me, on="2099-01-01"))["setIdCardValidUntil"]
    assert wrong["__typename"] == "ReminderError" and wrong["code"] == "ID_CARD_DATE_INVALID"
    assert (await run(SET, me, on=None))["setIdCardValidUntil"]["validUntil"] is None
