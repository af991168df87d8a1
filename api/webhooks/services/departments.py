"""A department's own system (部门业务系统) as an API client: bound to its department by an admin, with
``tasks:decide`` it lists that department's open tasks, claims one and decides it through the staff
desk's own services (``api.review.services``), recorded in the event log as that client — so nobody
re-keys a decision already made in the department's system (二次录入)."""

from __future__ import annotations

from api.applications.enums import ApplicationStatus as S
from api.applications.enums import TaskStatus
from api.applications.models import Task
from api.catalog.entities import Catalog
from api.catalog.models import Department
from api.failures import Failure
from api.graphql.connections import Window, id_window
from api.identity.models import ApiClient
from api.review import services as desk
from api.review.policies import system_department
from api.webhooks.errors import WebhookError

OPEN = (TaskStatus.PENDING, TaskStatus.IN_REVIEW)


async def bind(client_id: str, department_code: str | None) -> ApiClient:
    """Bind a client to a department (None: unbind)."""
    client = await ApiClient.get_or_none(client_id=client_id)
    if client is None:
        raise Failure(WebhookError.CLIENT_NOT_FOUND)
    department = None
    if department_code is not None:
        department = await Department.get_or_none(code=department_code.strip())
        if department is None:
            raise Failure(WebhookError.DEPARTMENT_NOT_FOUND, code=department_code)
    client.department_id = department.id if department else None
    await client.save(update_fields=["department_id"])
    return client


async def department_system(client_pk: int) -> ApiClient:
    """The calling client, when it is a department's system (bound, enabled, may decide tasks)."""
    client = await ApiClient.get_or_none(id=client_pk)
    if client is None or system_department(client) is None:
        raise Failure(WebhookError.NOT_A_DEPARTMENT_SYSTEM)
    return client


async def open_tasks(client: ApiClient, first: int, after: str | None) -> Window[Task]:
    """The department's started tasks not decided yet (oldest first), with their applications."""
    query = Task.filter(
        department_id=system_department(client),
        status__in=OPEN,
        started_on__isnull=False,
        application__status__in=(S.ACCEPTED, S.IN_PROGRESS),
    ).select_related("application", "department")
    return await id_window(query, first, after, newest_first=False)


async def claim(client: ApiClient, task_id: int) -> Task:
    """Take the task up (pending → in review), as the department's reviewers do."""
    await desk.start_review(task_id, client)
    return await Task.get(id=task_id).select_related("application", "department")


async def decide(client: ApiClient, task_id: int, approve: bool, note: str, catalog: Catalog) -> Task:
    """Approve, or reject with the reason: the desk's decision, with everything it does (certificates
    into the wallet, the application completed when the last task is decided, the webhook events)."""
    await desk.decide(task_id, client, approve, note, catalog)
    return await Task.get(id=task_id).select_related("application", "department")
