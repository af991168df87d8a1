"""Kept views (``api.applications.view_cache``): a read after any change shows the change, on SQLite and
PostgreSQL. Each case reads the application first (so a view is kept), changes it the way the product
does, and reads it again from a fresh row, as the next request would."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from api import clock
from api.applications import services as applying
from api.applications.enums import AcceptanceMode
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, Task
from api.applications.view_cache import LruCache, cached_views
from api.applications.views import VIEWS, application_views
from api.catalog.loader import load_catalog
from api.identity.enums import Role
from api.review import services as desk
from api.review.services.prereview import Verdict
from tests.applications.conftest import make_user
from tests.conftest import count_queries
from tests.review.test_desk import _submitted


async def _read(application_id: int):
    return (await application_views([await Application.get(id=application_id)]))[0]


async def test_an_unchanged_application_is_read_from_the_kept_view(world):
    application = await _submitted(world)
    first = await _read(application.id)
    row = await Application.get(id=application.id)
    with count_queries() as counted:
        again = (await application_views([row]))[0]
    assert again is first and counted.queries == []


async def test_every_change_gives_a_new_view(world):
    application = await _submitted(world)
    clerk = await make_user("窗口", [Role.WINDOW_CLERK])
    assert (await _read(application.id)).status == S.SUBMITTED

    claimed = await desk.claim(application.id, clerk)  # a move: the object returned is the new version
    assert (await application_views([claimed]))[0].status == S.PRE_REVIEW
    assert (await _read(application.id)).claimed_by is not None

    await desk.release(application.id, clerk)
    assert (await _read(application.id)).claimed_by is None

    await desk.claim(application.id, clerk)  # claimed again while in pre-review: no move, still news
    assert (await _read(application.id)).claimed_by is not None

    code = (await _read(application.id)).materials[0].material
    await desk.judge_materials(application.id, clerk, [Verdict(code, False, "照片不清晰")])
    judged = {m.material: m for m in (await _read(application.id)).materials}
    assert judged[code].status == "needs_correction" and judged[code].note == "照片不清晰"

    await desk.judge_materials(application.id, clerk, [Verdict(code, True)])
    await desk.accept(application.id, clerk, AcceptanceMode.NORMAL, [], clock.today())
    view = await _read(application.id)
    assert view.status == S.ACCEPTED and all(lane.due_on is not None for lane in view.lanes)


async def test_a_withdrawal_answers_with_the_withdrawn_view(world):
    application = await _submitted(world)
    await _read(application.id)
    withdrawn = await applying.withdraw(await Application.get(id=application.id), world.as_citizen, "不办了")
    assert (await application_views([withdrawn]))[0].status == S.WITHDRAWN


async def test_a_renamed_department_shows_its_new_name(world, demo_source):
    application = await _submitted(world)
    task = await Task.filter(application_id=application.id).select_related("department").first()
    assert task is not None
    old = task.department.name
    assert old in {lane.department_name for lane in (await _read(application.id)).lanes}
    renamed = [
        {**row, "name": row["name"] + "（新）"} if row["code"] == task.department.code else row
        for row in demo_source.departments
    ]
    await load_catalog(replace(demo_source, departments=renamed, digest="renamed"), force=True)
    assert old + "（新）" in {lane.department_name for lane in (await _read(application.id)).lanes}


async def test_a_view_is_kept_for_the_day_it_was_built(world):
    application = await _submitted(world)
    first = await _read(application.id)
    clock.travel(timedelta(days=1))
    try:
        assert await _read(application.id) is not first
    finally:
        clock.travel(timedelta(days=-1))


async def test_the_least_recently_used_views_go_first():
    cache: LruCache[str] = LruCache(2)
    built: list[int] = []

    async def build(rows, personal):
        built.extend(r.id for r in rows)
        return [f"view {r.id}" for r in rows]

    rows = [Application(id=i, version=1) for i in (1, 2, 3)]
    await cached_views(rows[:2], True, build, cache)
    await cached_views(rows[:1], True, build, cache)  # 1 is used again: 2 is now the oldest
    await cached_views(rows[2:], True, build, cache)  # 3 comes in, 2 goes
    assert len(cache) == 2
    await cached_views(rows, True, build, cache)
    assert built == [1, 2, 3, 2]
    assert VIEWS.capacity >= 1024
