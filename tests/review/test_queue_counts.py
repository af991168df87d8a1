"""The staff queues cost a constant number of SQL queries, for 10 rows or 200."""

from __future__ import annotations

from api.applications import services as applying
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, Task
from api.catalog.snapshot import CatalogCache
from api.graphql.context import Context
from api.graphql.ids import from_global_id
from api.identity.enums import Role
from api.identity.principal import Principal, PrincipalKind
from api.identity.runtime import IdentityRuntime
from api.schema import build_schema
from tests.applications.conftest import make_user, uploads_for
from tests.applications.test_submission import RESTAURANT, submission
from tests.conftest import count_queries, make_settings

QUEUE = "{ preReviewQueue(first: 100) { totalCount edges { node { claimedBy application { trackingNumber lanes { dueOn } materials { status } } } } } }"
TASKS = "{ departmentTasks(first: 100) { edges { node { id lane { departmentCode dueOn } application { trackingNumber } } } } }"


async def _grow_to(world, n: int) -> None:
    while await Application.all().count() < n:
        sub = submission(world, materials=await uploads_for(world, RESTAURANT))
        await applying.submit(world.catalog, world.citizen, world.as_citizen, sub)
    await Task.all().update(started_on="2026-11-02", due_on="2026-11-20")


async def test_queue_and_department_tasks_at_constant_queries(world, tmp_path):
    settings = make_settings(tmp_path, "sqlite://:memory:")
    schema = build_schema(settings)
    identity = IdentityRuntime.for_base_url(settings.public_base_url)
    clerk = await make_user("窗口", [Role.WINDOW_CLERK])
    counts = {}
    for size in (10, 200):
        await _grow_to(world, size)
        department_id = (await Task.all().order_by("id").first()).department_id
        reviewer = Principal(
            PrincipalKind.USER,
            user_id=clerk.id,
            roles=frozenset({Role.REVIEWER}),
            department_id=department_id,
        )
        as_clerk = Principal(PrincipalKind.USER, user_id=clerk.id, roles=frozenset({Role.WINDOW_CLERK}))
        for name, query, principal in (("queue", QUEUE, as_clerk), ("tasks", TASKS, reviewer)):
            context = Context(settings, CatalogCache(0), identity, principal)
            with count_queries() as counter:
                result = await schema.execute(query, context_value=context)
            assert result.errors is None, result.errors
            counts[(name, size)] = len(counter.queries)
        tasks = [edge["node"] for edge in result.data["departmentTasks"]["edges"]]
        assert len(tasks) == min(size, 100)
        assert {t["lane"]["departmentCode"] for t in tasks} == {
            (
                await Task.get(id=from_global_id(tasks[0]["id"], "DepartmentSystemTask")).prefetch_related(
                    "department"
                )
            ).department.code
        }  # only the reviewer's own department
    assert counts[("queue", 10)] == counts[("queue", 200)], counts
    assert counts[("tasks", 10)] == counts[("tasks", 200)], counts
    assert await Application.filter(status=S.SUBMITTED).count() == 200


async def _walk(schema, context, field: str, selection: str, size: int) -> list[dict]:
    """Every node of a list, a page of ``size`` at a time, following pageInfo.endCursor."""
    found: list[dict] = []
    after = None
    while True:
        query = (
            f"query($a: String) {{ {field}(first: {size}, after: $a) {{ edges {{ node {{ {selection} }} }} "
        )
        query += "pageInfo { hasNextPage endCursor } } }"
        result = await schema.execute(query, variable_values={"a": after}, context_value=context)
        assert result.errors is None, result.errors
        page = result.data[field]
        found += [edge["node"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            return found
        after = page["pageInfo"]["endCursor"]


async def test_the_queues_page_in_their_order_through_ties_and_stopped_clocks(world, tmp_path):
    settings = make_settings(tmp_path, "sqlite://:memory:")
    schema = build_schema(settings)
    identity = IdentityRuntime.for_base_url(settings.public_base_url)
    clerk = await make_user("窗口", [Role.WINDOW_CLERK])
    await _grow_to(world, 23)
    tasks = await Task.all().order_by("id")
    for i, task in enumerate(tasks):  # ties on the due date, and stopped clocks (no due date) among them
        task.due_on = None if i % 5 == 0 else f"2026-11-{10 + i % 3}"
        await task.save(update_fields=["due_on"])
    department_id = tasks[0].department_id
    reviewer = Principal(
        PrincipalKind.USER, user_id=clerk.id, roles=frozenset({Role.REVIEWER}), department_id=department_id
    )
    as_clerk = Principal(PrincipalKind.USER, user_id=clerk.id, roles=frozenset({Role.WINDOW_CLERK}))
    for field, selection, principal in (
        ("preReviewQueue", "application { id }", as_clerk),
        ("departmentTasks", "id lane { dueOn }", reviewer),
    ):
        context = Context(settings, CatalogCache(0), identity, principal)
        whole = await _walk(schema, context, field, selection, 100)
        assert len(whole) > 7
        assert await _walk(schema, context, field, selection, 4) == whole, field
    due = [t["lane"]["dueOn"] for t in whole]
    assert due == sorted(d for d in due if d) + [None] * due.count(None)  # soonest first, stopped last
