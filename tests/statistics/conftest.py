"""A small world counted by hand (the expected figures are in test_services.py, each with its sum).

Period: March 2026 (every weekday a working day, no holiday); "today" is 2026-04-10. Moments are
in China time (Asia/Shanghai).

| app | entry | channel | submitted    | accepted | tasks: dept decided (due)            | status           | events that are trips          |
| A1  | CG01  | online  | 03-02 10:00  | 03-02    | CG 03-05 (03-10) on time             | collected        | collected 03-06 (window)       |
| A2  | CG01  | counter | 03-03 09:00  | 03-03    | CG 03-13 (03-11) late                | closed           | submitted by clerk 03-03, collected 03-16 |
| A3  | GA02  | helper  | 03-10 11:00  | 03-10    | GA pending                           | in_progress      |                                |
| A4  | B11   | online  | 03-20 15:00  | 03-20    | RS 03-24 (03-30) on time, YB 03-26 (03-25) late | ready_for_pickup |                     |
| A5  | CG01  | online  | 02-27 (before the period) | 02-27 | CG 03-04 (03-04) on time     | completed        |                                |
| A6  | GA02  | online  | (draft)      |          |                                      | draft            |                                |
| A7  | CG01  | online  | 03-31 23:30  |          |                                      | submitted        |                                |
| A8  | CG01  | online  | 04-01 00:10 (after: 03-31 16:10 UTC) |  |                           | submitted        |                                |
| A9  | GA02  | online  | 03-05 10:00  | 03-05    | GA 03-12 (03-26) on time             | collected (mail) | collected 03-20 (mail: no trip) |
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest_asyncio

from api.applications.models import Application, ApplicationEvent, Task
from api.appointments.models import Booking, Slot
from api.catalog.loader import load_catalog
from api.catalog.models import Department
from api.clock import CHINA
from api.feedback.models import Rating, RectificationCase
from api.identity.enums import Role
from api.identity.models import Consent, User
from tests.applications.conftest import make_user

START, END, TODAY = date(2026, 3, 1), date(2026, 3, 31), date(2026, 4, 10)


def at(month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=CHINA)


@dataclass
class World:
    citizen: User
    helper: User
    leader: User
    apps: dict[str, Application]


async def _app(citizen: User, code: str, kind: str, status: str, **values) -> Application:
    return await Application.create(
        kind=kind,
        catalog_code=code,
        catalog_name=code,
        catalog_revision="1",
        form_schema={},
        applicant=citizen,
        status=status,
        **values,
    )


async def _task(
    app: Application, department: str, decided: datetime | None, due: date, started: date
) -> None:
    dept = await Department.get(code=department)
    await Task.create(
        application=app,
        department=dept,
        item_codes=[app.catalog_code],
        item_names=[app.catalog_code],
        status="approved" if decided else "in_review",
        statutory_days=20,
        promised_days=5,
        started_on=started,
        due_on=due,
        decided_at=decided,
    )


async def _event(
    app: Application, to_status: str, moment: datetime, actor_kind: str = "window_clerk"
) -> None:
    await ApplicationEvent.create(application=app, to_status=to_status, actor_kind=actor_kind, at=moment)


async def build_world(demo_source) -> World:
    await load_catalog(demo_source)
    citizen = await make_user("申请人", [Role.CITIZEN])
    helper = await make_user("帮办员", [Role.HELPER])
    leader = await make_user("领导", [Role.LEADER])
    a: dict[str, Application] = {}
    a["A1"] = await _app(
        citizen, "CG01", "item", "collected", submitted_at=at(3, 2), accepted_at=at(3, 2, 11)
    )
    a["A2"] = await _app(
        citizen,
        "CG01",
        "item",
        "closed",
        channel="counter",
        submitted_at=at(3, 3, 9),
        accepted_at=at(3, 3, 9, 30),
    )
    a["A3"] = await _app(
        citizen,
        "GA02",
        "item",
        "in_progress",
        channel="helper",
        filed_by=helper,
        submitted_at=at(3, 10, 11),
        accepted_at=at(3, 10, 12),
    )
    a["A4"] = await _app(
        citizen, "B11", "bundle", "ready_for_pickup", submitted_at=at(3, 20, 15), accepted_at=at(3, 20, 16)
    )
    a["A5"] = await _app(citizen, "CG01", "item", "completed", submitted_at=at(2, 27), accepted_at=at(2, 27))
    a["A6"] = await _app(citizen, "GA02", "item", "draft")
    a["A7"] = await _app(citizen, "CG01", "item", "submitted", submitted_at=at(3, 31, 23, 30))
    a["A8"] = await _app(citizen, "CG01", "item", "submitted", submitted_at=at(4, 1, 0, 10))
    a["A9"] = await _app(
        citizen, "GA02", "item", "collected", delivery="mail", submitted_at=at(3, 5), accepted_at=at(3, 5, 11)
    )
    await _task(a["A1"], "CG", at(3, 5, 16), date(2026, 3, 10), date(2026, 3, 2))
    await _task(a["A2"], "CG", at(3, 13, 9), date(2026, 3, 11), date(2026, 3, 3))
    await _task(a["A3"], "GA", None, date(2026, 3, 31), date(2026, 3, 10))
    await _task(a["A4"], "RS", at(3, 24), date(2026, 3, 30), date(2026, 3, 20))
    await _task(
        a["A4"], "YB", at(3, 26, 0, 30), date(2026, 3, 25), date(2026, 3, 20)
    )  # 00:30 China: the 26th
    await _task(a["A5"], "CG", at(3, 4, 17), date(2026, 3, 4), date(2026, 2, 27))
    await _task(a["A9"], "GA", at(3, 12), date(2026, 3, 26), date(2026, 3, 5))
    await _event(a["A1"], "collected", at(3, 6, 9))
    await _event(a["A2"], "submitted", at(3, 3, 9))
    await _event(a["A2"], "accepted", at(3, 3, 9, 30))  # same day: still one trip
    await _event(a["A2"], "collected", at(3, 16, 10))
    await _event(a["A2"], "closed", at(3, 17, 10))
    await _event(a["A3"], "submitted", at(3, 10, 11), actor_kind="helper")  # at the citizen's home
    await _event(a["A4"], "accepted", at(3, 20, 16))  # a clerk accepting an online application: no trip
    await _event(a["A9"], "collected", at(3, 20), actor_kind="system")
    await _feedback(a, citizen)
    await _helpers_and_bookings(citizen, helper)
    return World(citizen, helper, leader, a)


async def _feedback(a: dict[str, Application], citizen: User) -> None:
    cg = await Department.get(code="CG")
    await Rating.create(application=a["A1"], rater=citizen, level=5, created_at=at(3, 7))
    bad = await Rating.create(application=a["A2"], rater=citizen, level=2, created_at=at(3, 17))
    await Rating.create(
        application=a["A2"], rater=citizen, level=1, scope="CG", department=cg, created_at=at(3, 17)
    )
    await Rating.create(application=a["A9"], rater=citizen, level=4, created_at=at(3, 21))
    await Rating.create(application=a["A5"], rater=citizen, level=3, created_at=at(4, 2))  # after the period

    async def case(source: str, opened: date, deadline: date, closed: datetime | None, **more) -> None:
        await RectificationCase.create(
            source=source, opened_on=opened, deadline=deadline, closed_at=closed, catalog_code="CG01", **more
        )

    await case("rating", date(2026, 3, 17), date(2026, 3, 24), at(3, 20), rating=bad, department=cg)
    await case("complaint", date(2026, 3, 10), date(2026, 3, 17), at(3, 19), department=cg)  # closed late
    await case("complaint", date(2026, 3, 25), date(2026, 4, 1), None)  # open past its deadline
    await case("complaint", date(2026, 3, 30), date(2026, 4, 13), None)  # open, not yet due
    await case("complaint", date(2026, 2, 20), date(2026, 2, 27), None)  # before the period


async def _helpers_and_bookings(citizen: User, helper: User) -> None:
    for n, (status, created) in enumerate(
        [
            ("active", at(3, 9)),
            ("revoked", at(3, 10)),
            ("declined", at(3, 11)),
            ("pending", at(3, 31, 22)),
            ("active", at(4, 1, 9)),
        ]
    ):
        await Consent.create(
            code=f"C{n:07d}",
            helper=helper,
            citizen=citizen,
            scope="item",
            scope_ref="GA02",
            status=status,
            request_expires_at=created,
            valid_until=created,
            created_at=created,
        )
    march = await Slot.create(
        hall_code="CA", item_code="", starts_at=at(3, 12), ends_at=at(3, 12, 11), capacity=9
    )
    april = await Slot.create(
        hall_code="CA", item_code="", starts_at=at(4, 2), ends_at=at(4, 2, 11), capacity=9
    )
    for n, (slot, status, by) in enumerate(
        [
            (march, "attended", None),
            (march, "no_show", None),
            (march, "cancelled", None),
            (march, "booked", helper),
            (april, "attended", None),
        ]
    ):
        await Booking.create(
            slot=slot, user=citizen, booked_by=by, item_code="CG01", status=status, code=f"K{n:05d}"
        )


@pytest_asyncio.fixture
async def world(database, demo_source) -> World:
    return await build_world(demo_source)
