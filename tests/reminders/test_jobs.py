"""The reminder jobs on SQLite and PostgreSQL: each reminder goes out once, however often they run."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
import pytest_asyncio

from api import clock
from api.applications.models import Application, Task
from api.catalog.loader import load_catalog
from api.catalog.models import Department
from api.catalog.snapshot import build_catalog
from api.failures import Failure
from api.reminders.models import SentReminder
from api.reminders.services import run_reminders, set_id_card_valid_until
from api.wallet import services as wallet
from notifications.models import OutboxMessage
from notifications.templates import render
from tests.conftest import gid
from tests.wallet.factories import business_licence, citizen

TODAY = clock.today()


@pytest_asyncio.fixture
async def catalog(database, demo_source):
    await load_catalog(demo_source)
    return await build_catalog()


async def outbox(kind: str) -> list[OutboxMessage]:
    return await OutboxMessage.filter(kind=kind).order_by("id")


async def test_a_licence_is_reminded_60_then_30_days_before_and_never_twice(catalog):
    holder = await citizen()
    licence = await business_licence(holder, expires_on=TODAY + timedelta(days=60))
    assert (await run_reminders(TODAY, catalog))["licences"] == 1
    assert (await run_reminders(TODAY, catalog))["licences"] == 0
    assert (await run_reminders(TODAY + timedelta(days=1), catalog))["licences"] == 0  # 59 days: sent
    assert (await run_reminders(TODAY + timedelta(days=30), catalog))["licences"] == 1
    assert (await run_reminders(TODAY + timedelta(days=31), catalog))["licences"] == 0
    rows = await outbox("licence_expiring")
    assert [r.payload["daysLeft"] for r in rows] == [60, 30]
    assert {r.recipient_id for r in rows} == {holder.id}
    text = render(rows[0].kind, rows[0].payload)
    assert licence.expires_on.isoformat() in text.body and "60 天" in text.body
    assert text.url == "/wallet" and text.sms
    en = render(rows[0].kind, rows[0].payload, locale="en")
    assert "Business licence" in en.body or "licence" in en.body.lower()


async def test_a_missed_run_sends_only_the_nearest_reminder_and_revoked_or_lifelong_licences_none(catalog):
    await business_licence(expires_on=TODAY + timedelta(days=20))
    await business_licence(expires_on=None)
    revoked = await business_licence(expires_on=TODAY + timedelta(days=30))
    await wallet.revoke(revoked, None, "测试")
    assert (await run_reminders(TODAY, catalog))["licences"] == 1
    assert [r.payload["daysLeft"] for r in await outbox("licence_expiring")] == [20]


async def test_a_renewed_licence_is_reminded_again_for_its_new_date(catalog):
    licence = await business_licence(expires_on=TODAY + timedelta(days=30))
    assert (await run_reminders(TODAY, catalog))["licences"] == 1
    licence.expires_on = TODAY + timedelta(days=25)  # a new date (say, corrected by the department)
    await licence.save(update_fields=["expires_on"])
    assert (await run_reminders(TODAY, catalog))["licences"] == 1
    assert (await run_reminders(TODAY, catalog))["licences"] == 0


async def test_an_id_card_is_reminded_90_and_30_days_before(catalog):
    person = await citizen()
    await set_id_card_valid_until(person.id, TODAY + timedelta(days=90))
    assert (await run_reminders(TODAY, catalog))["id_cards"] == 1
    assert (await run_reminders(TODAY, catalog))["id_cards"] == 0
    assert (await run_reminders(TODAY + timedelta(days=60), catalog))["id_cards"] == 1
    rows = await outbox("id_card_expiring")
    assert [r.payload["daysLeft"] for r in rows] == [90, 30]
    rendered = render(rows[0].kind, rows[0].payload)
    assert rendered.url == "/g/GA02"  # the guide of 居民身份证换领
    assert "身份证" in rendered.title


async def test_an_id_card_date_out_of_range_is_refused_and_null_forgets_it(catalog):
    person = await citizen()
    with pytest.raises(Failure) as refused:
        await set_id_card_valid_until(person.id, TODAY + timedelta(days=30 * 366))
    assert refused.value.code == "ID_CARD_DATE_INVALID"
    await set_id_card_valid_until(person.id, TODAY + timedelta(days=10))
    await set_id_card_valid_until(person.id, None)  # a card valid for life
    assert (await run_reminders(TODAY, catalog))["id_cards"] == 0


async def _bundle_application(applicant, code: str, status: str, task_states: list[str]) -> Application:
    application = await Application.create(
        kind="bundle",
        catalog_code=code,
        catalog_name="我要开餐馆",
        catalog_revision="1",
        form_schema={},
        applicant=applicant,
        status=status,
    )
    departments = await Department.all().order_by("code").limit(len(task_states))
    for department, state in zip(departments, task_states, strict=True):
        await Task.create(
            application=application,
            department=department,
            item_codes=["X"],
            item_names=["X"],
            status=state,
            statutory_days=20,
            promised_days=10,
        )
    return application


async def test_after_a_life_event_the_next_services_are_suggested_once(catalog):
    person = await citizen()
    done = await _bundle_application(person, "B03", "ready_for_pickup", ["approved", "approved"])
    await _bundle_application(person, "B03", "in_progress", ["approved", "in_review"])
    await _bundle_application(person, "B03", "closed", ["approved", "rejected"])
    await _bundle_application(person, "B10", "closed", ["approved", "approved"])  # no `next` in the data
    assert (await run_reminders(TODAY, catalog))["next_services"] == 1
    assert (await run_reminders(TODAY, catalog))["next_services"] == 0
    done.status = "collected"
    await done.save(update_fields=["status"])
    assert (await run_reminders(TODAY, catalog))["next_services"] == 0  # once per application
    (row,) = await outbox("next_services")
    assert row.application_id == done.id and row.recipient_id == person.id
    rendered = render(row.kind, row.payload, application_id=done.id)
    assert "您可能还需要" in rendered.title
    assert (
        "新办纳税人涉税事项" in rendered.body
        and rendered.url == f"/applications/{gid('Application', done.id)}"
    )
    en = render(row.kind, row.payload, locale="en").body
    assert en.startswith("Opening a restaurant is done") and "deposit account" in en


async def test_two_runs_at_once_send_each_reminder_once(catalog):
    person = await citizen()
    await business_licence(person, expires_on=TODAY + timedelta(days=45))
    await set_id_card_valid_until(person.id, TODAY + timedelta(days=15))
    await _bundle_application(person, "B01", "collected", ["approved"])
    results = await asyncio.gather(run_reminders(TODAY, catalog), run_reminders(TODAY, catalog))
    assert sum(r["licences"] + r["id_cards"] + r["next_services"] for r in results) == 3
    assert await OutboxMessage.all().count() == 3
    assert await SentReminder.all().count() == 3
