"""The statistics send the same SQL statements for 10 applications and for 10,000 (rows seeded in bulk),
and the counter that says so does count."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from api.applications.models import Application, ApplicationEvent, Task
from api.catalog.loader import load_catalog
from api.catalog.models import Department
from api.catalog.snapshot import build_catalog
from api.clock import CHINA
from api.feedback.models import Rating
from api.identity.enums import Role
from api.statistics.scope import resolve
from api.statistics.services import report
from tests.applications.conftest import make_user
from tests.conftest import count_queries

START, END, TODAY = date(2026, 3, 1), date(2026, 3, 31), date(2026, 4, 10)
CODES = ("CG01", "GA02", "B11", "RS01")


async def _seed(n: int, first: int) -> None:
    """``n`` applications of March (ids from ``first``), each with a decided task, an event and a rating
    for one in ten: bulk inserts, a few statements per thousand rows."""
    citizen = await make_user(f"申请人{first}", [Role.CITIZEN])
    department = await Department.get(code="CG")
    apps, tasks, events, ratings = [], [], [], []
    for k in range(n):
        pk = first + k
        moment = datetime(2026, 3, 2 + k % 27, 10, tzinfo=CHINA)
        apps.append(
            Application(
                id=pk,
                kind="item",
                catalog_code=CODES[k % 4],
                catalog_name="办件",
                catalog_revision="1",
                form_schema={},
                applicant_id=citizen.id,
                status=("collected", "accepted", "closed")[k % 3],
                channel=("online", "counter", "helper")[k % 3],
                submitted_at=moment,
                accepted_at=moment,
            )
        )
        decided = moment + timedelta(days=k % 9)
        tasks.append(
            Task(
                application_id=pk,
                department_id=department.id,
                item_codes=[],
                item_names=[],
                status="approved",
                statutory_days=20,
                promised_days=5,
                started_on=moment.date(),
                due_on=moment.date() + timedelta(days=7),
                decided_at=decided,
            )
        )
        events.append(
            ApplicationEvent(application_id=pk, to_status="collected", actor_kind="window_clerk", at=decided)
        )
        if k % 10 == 0:
            ratings.append(
                Rating(application_id=pk, rater_id=citizen.id, level=1 + k % 5, created_at=decided)
            )
    await Application.bulk_create(apps, batch_size=1000)
    await Task.bulk_create(tasks, batch_size=1000)
    await ApplicationEvent.bulk_create(events, batch_size=1000)
    await Rating.bulk_create(ratings, batch_size=1000)


async def _statements() -> tuple[list[str], int]:
    scope = resolve(await build_catalog(), START, END, TODAY)  # the catalogue: cached in memory in the app
    with count_queries() as counter:
        r = await report(scope)
    return counter.queries, r.applications


async def test_the_query_counter_counts(database):
    with count_queries() as counter:
        await Application.all().count()
        await Task.filter(id=1).exists()
    assert len(counter.queries) == 2


async def test_as_many_queries_for_ten_thousand_applications_as_for_ten(database, demo_source):
    await load_catalog(demo_source)
    await _seed(10, 1)
    few, counted_few = await _statements()
    await _seed(9_990, 100)
    many, counted_many = await _statements()
    assert (counted_few, counted_many) == (10, 10_000)
    assert len(few) == len(many) == 8
