"""The GraphQL face of a department's system: its open tasks (a connection), claiming and deciding
one through the staff desk's services; and an administrator's binding of a client to a department."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry
from strawberry.types import Info

from api.applications.enums import TaskStatus
from api.applications.models import Task
from api.applications.types import ApplicationType
from api.applications.views import application_views
from api.graphql.connections import Connection, id_connection, page_size
from api.graphql.ids import from_global_id, global_id
from api.graphql.permissions import allow
from api.identity import access_log
from api.identity import policies as identity_policies
from api.webhooks import policies
from api.webhooks.graphql import WebhookErrorType, failures_as_data
from api.webhooks.services import departments

MAX_PAGE = 100


@strawberry.type(description="A task of the department this system is bound to")
class DepartmentSystemTask:
    id: strawberry.ID
    status: TaskStatus
    department: str = strawberry.field(description="The department's code")
    item_codes: list[str]
    item_names: list[str]
    due_on: date | None
    application: ApplicationType


@strawberry.type(description="A client bound to a department (null: unbound)")
class BoundClient:
    client_id: str
    name: str
    department: str | None


TaskResult = Annotated[
    DepartmentSystemTask | WebhookErrorType, strawberry.union("DepartmentSystemTaskResult")
]
BindResult = Annotated[BoundClient | WebhookErrorType, strawberry.union("BindClientDepartmentResult")]


async def _views(info: Info, tasks: list[Task]) -> list[DepartmentSystemTask]:
    applications = {t.application_id: t.application for t in tasks}
    views = dict(zip(applications, await application_views(list(applications.values())), strict=True))
    subjects = [a.applicant_id for a in applications.values()]
    await access_log.record_many(info.context.principal, subjects, "application", "部门业务系统")
    return [
        DepartmentSystemTask(
            id=global_id("DepartmentSystemTask", t.id),
            status=TaskStatus(t.status),
            department=t.department.code,
            item_codes=list(t.item_codes),
            item_names=list(t.item_names),
            due_on=t.due_on,
            application=views[t.application_id],
        )
        for t in tasks
    ]


async def _system(info: Info):
    return await departments.department_system(policies.client_pk(info.context.principal))


@strawberry.type
class DepartmentSystemQuery:
    @strawberry.field(
        description="My department's open tasks (started, not decided), oldest first: a department "
        "system's client token with tasks:decide",
        permission_classes=allow(policies.department_system),
    )
    async def department_system_tasks(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> Connection[DepartmentSystemTask]:
        window = await departments.open_tasks(await _system(info), page_size(first, MAX_PAGE), after)
        return id_connection(window, nodes=await _views(info, window.rows))


@strawberry.type
class DepartmentSystemMutation:
    @strawberry.mutation(
        description="Take up one of my department's tasks (pending → in review)",
        permission_classes=allow(policies.department_system),
    )
    @failures_as_data
    async def claim_department_task(self, info: Info, id: strawberry.ID) -> TaskResult:
        task_id = from_global_id(id, "DepartmentSystemTask")
        task = await departments.claim(await _system(info), task_id)
        return (await _views(info, [task]))[0]

    @strawberry.mutation(
        description="Approve, or reject with the reason, a task I took up: the desk's own decision",
        permission_classes=allow(policies.department_system),
    )
    @failures_as_data
    async def decide_department_task(
        self, info: Info, id: strawberry.ID, approve: bool, note: str = ""
    ) -> TaskResult:
        task_id = from_global_id(id, "DepartmentSystemTask")
        catalog = await info.context.catalog()
        task = await departments.decide(await _system(info), task_id, approve, note, catalog)
        return (await _views(info, [task]))[0]

    @strawberry.mutation(
        description="Bind an API client to a department (its system decides that department's tasks with "
        "tasks:decide); a null department unbinds it",
        permission_classes=allow(identity_policies.administrator),
    )
    @failures_as_data
    async def bind_client_department(
        self, info: Info, client_id: str, department_code: str | None
    ) -> BindResult:
        client = await departments.bind(client_id, department_code)
        code = department_code.strip() if client.department_id is not None and department_code else None
        return BoundClient(client_id=client.client_id, name=client.name, department=code)
