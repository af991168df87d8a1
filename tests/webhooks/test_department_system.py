"""A department's system decides its task end to end, through GraphQL with its client principal:
application submitted → accepted → task created (webhook) → claimed and decided by the client (the
desk's own services, recorded as that client) → task decided and application decided (webhooks);
and the delivery log over GraphQL — SQLite and PostgreSQL."""

from __future__ import annotations

import pytest_asyncio

from api.applications.enums import ActorKind
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, ApplicationEvent, Task
from api.catalog.snapshot import CatalogCache
from api.graphql.context import Context
from api.graphql.ids import global_id
from api.identity import clients
from api.identity.enums import Role, Scope
from api.identity.principal import Principal, PrincipalKind
from api.identity.runtime import IdentityRuntime
from api.review import services as desk
from api.schema import build_schema
from api.webhooks.events import EventType
from api.webhooks.services import departments, subscriptions
from samples.python_client.webhooks import verify_signature
from tests.applications.conftest import make_user
from tests.conftest import make_settings
from tests.webhooks.conftest import drain

TASKS = """{ departmentSystemTasks(first: 10) { edges { cursor node { id status department itemCodes
  application { trackingNumber status } } } pageInfo { hasNextPage endCursor } } }"""
CLAIM = 'mutation { claimDepartmentTask(id: "%s") { __typename ... on DepartmentSystemTask { status } } }'
DECIDE = """mutation { decideDepartmentTask(id: "%s", approve: %s, note: "%s") { __typename
  ... on DepartmentSystemTask { status application { status } } ... on WebhookErrorType { code } } }"""
LOG = """{ webhookSubscriptions(first: 5) { edges { node { id url events active
  deliveries(first: %d) { edges { node { id eventId eventType status attempts responseStatus durationMs } }
  pageInfo { hasNextPage } } } } } }"""
CREATE = """mutation { createWebhookSubscription(url: "%s", events: [APPLICATION_ACCEPTED]) { __typename
  ... on CreatedWebhookSubscription { secret subscription { id events active } } } }"""
REPLAY = 'mutation { replayWebhookDelivery(id: "%s") { ... on WebhookDelivery { status attempts } } }'


@pytest_asyncio.fixture
async def api(hooks, tmp_path):
    settings = make_settings(tmp_path, "sqlite://unused", webhook_allow_hosts=hooks.receiver.allow)
    schema = build_schema(settings)
    identity = IdentityRuntime.for_base_url(settings.public_base_url)
    await identity.keys.load()

    async def execute(query: str, principal: Principal) -> dict:
        result = await schema.execute(
            query, context_value=Context(settings, CatalogCache(0), identity, principal)
        )
        return {"data": result.data, "errors": [e.formatted for e in result.errors or []]}

    return execute


def as_client(client, scopes) -> Principal:
    return Principal(PrincipalKind.CLIENT, client_id=client.id, scopes=frozenset(scopes))


async def test_a_department_system_decides_its_task_and_nobody_re_keys_it(hooks, api):
    application = await hooks.submit()
    tasks = await Task.filter(application=application).order_by("id").prefetch_related("department")
    mine, others = tasks[0], tasks[1:]
    system, _ = await clients.register_client("市场监管业务系统", frozenset({Scope.TASKS_DECIDE}), None)
    system = await departments.bind(system.client_id, mine.department.code)
    _, secret = await subscriptions.subscribe(
        system.id,
        hooks.receiver.url + "/dept",
        [EventType.TASK_CREATED, EventType.TASK_DECIDED],
        hooks.policy,
    )
    principal = as_client(system, {Scope.TASKS_DECIDE})
    assert (await api(TASKS, principal))["data"]["departmentSystemTasks"]["edges"] == []  # not accepted yet

    clerk = await make_user("窗口甲", [Role.WINDOW_CLERK])
    await desk.claim(application.id, clerk)
    await desk.accept(application.id, clerk)
    worker = hooks.worker()
    await drain(worker)
    dept = [r for r in hooks.receiver.requests if r.path.endswith("/dept")]
    assert [r.event["type"] for r in dept] == ["task.created"]  # only its own department's task
    verify_signature(secret, dept[0].headers, dept[0].body)
    created = dept[0].event["data"]
    assert created["task"]["department"] == mine.department.code
    assert created["application"]["trackingNumber"] == application.tracking_number

    listed = (await api(TASKS, principal))["data"]["departmentSystemTasks"]
    [edge] = listed["edges"]
    assert edge["node"]["id"] == created["task"]["id"] and edge["node"]["status"] == "PENDING"
    assert listed["pageInfo"] == {"hasNextPage": False, "endCursor": edge["cursor"]}
    task_id = edge["node"]["id"]
    claimed = await api(CLAIM % task_id, principal)
    assert claimed["data"]["claimDepartmentTask"] == {
        "__typename": "DepartmentSystemTask",
        "status": "IN_REVIEW",
    }
    refused = await api(DECIDE % (task_id, "false", ""), principal)  # a rejection needs its reason
    assert refused["data"]["decideDepartmentTask"]["code"] == "REASON_REQUIRED"
    for task in others:  # the other departments' reviewers decide theirs at the desk
        reviewer = await make_user(f"审批{task.department.code}", [Role.REVIEWER])
        reviewer.department_id = task.department_id
        await reviewer.save(update_fields=["department_id"])
        await desk.start_review(task.id, reviewer)
        await desk.decide(task.id, reviewer, True, "同意", hooks.world.catalog)
    decided = await api(DECIDE % (task_id, "true", "系统审批通过"), principal)
    assert decided["data"]["decideDepartmentTask"]["status"] == "APPROVED"
    assert (await Application.get(id=application.id)).status == S.COMPLETED

    # in the event log as that client acting, with the note it sent
    event = await ApplicationEvent.get(task_id=mine.id, to_status="approved")
    assert (event.client_id, event.actor_id, event.actor_kind) == (system.id, None, ActorKind.REVIEWER)
    assert event.reason == "系统审批通过"
    await drain(worker)
    dept = [r.event for r in hooks.receiver.requests if r.path.endswith("/dept")]
    assert [e["type"] for e in dept] == ["task.created", "task.decided"]
    assert dept[1]["data"]["task"]["status"] == "approved" and dept[1]["data"]["actor"]["client"]
    assert [e for e in hooks.receiver.events() if e.startswith("application.")] == [
        "application.submitted",
        "application.accepted",
        "application.decided",
    ]

    # another department's task is not this system's
    other = (await Task.filter(application=application).exclude(id=mine.id).first()).id
    stranger = await api(CLAIM % global_id("DepartmentSystemTask", other), principal)
    assert stranger["data"]["claimDepartmentTask"]["__typename"] == "WebhookErrorType"


async def test_an_unbound_client_decides_nothing(hooks, api):
    loose, _ = await clients.register_client("未绑定系统", frozenset({Scope.TASKS_DECIDE}), None)
    result = await api(TASKS, as_client(loose, {Scope.TASKS_DECIDE}))
    assert result["errors"][0]["extensions"]["code"] == "NOT_A_DEPARTMENT_SYSTEM"


async def test_subscribing_and_the_delivery_log_over_graphql(hooks, api):
    me = as_client(hooks.client, {Scope.APPLICATIONS_READ})
    created = await api(CREATE % hooks.receiver.url, me)
    made = created["data"]["createWebhookSubscription"]
    assert made["secret"].startswith("whsec_") and made["subscription"]["events"] == ["APPLICATION_ACCEPTED"]
    unsafe = await api(
        'mutation { createWebhookSubscription(url: "https://10.0.0.8/hooks", events: [TASK_CREATED]) '
        "{ ... on WebhookErrorType { code } } }",
        me,
    )
    assert unsafe["data"]["createWebhookSubscription"] == {"code": "UNSAFE_URL"}

    hooks.receiver.statuses.append(500)
    await hooks.submit()
    await drain(hooks.worker())
    log = await api(LOG % 10, me)
    nodes = [e["node"] for e in log["data"]["webhookSubscriptions"]["edges"]]
    assert [n["id"] for n in nodes] == [made["subscription"]["id"], nodes[1]["id"]]  # newest first
    [delivery] = [e["node"] for e in nodes[1]["deliveries"]["edges"]]
    assert delivery["eventType"] == "application.submitted" and delivery["status"] == "SENT"
    assert delivery["attempts"] == 2 and delivery["responseStatus"] == 200
    assert delivery["eventId"] == hooks.receiver.requests[-1].event_id
    assert nodes[0]["deliveries"]["edges"] == []

    replayed = await api(REPLAY % delivery["id"], me)
    assert replayed["data"]["replayWebhookDelivery"] == {"status": "PENDING", "attempts": 0}
    too_many = await api(LOG % 1000, me)
    assert too_many["errors"][0]["extensions"]["code"] == "PAGE_SIZE_OUT_OF_RANGE"
    stranger, _ = await clients.register_client("别的应用", frozenset(), None)
    theirs = await api(LOG % 10, as_client(stranger, set()))
    assert theirs["data"]["webhookSubscriptions"]["edges"] == []
