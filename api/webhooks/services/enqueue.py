"""Events written in the transaction of the change that raised them (called by ``api.unit_of_work``
on every move, never by a service): one ``WebhookEvent`` and one pending ``WebhookDelivery`` per
subscription that may receive it.

Who receives what: application events go to the clients the applicant granted ``applications:read``
(a grant not revoked, a client not disabled); task events go to the clients bound to the task's
department (a department's system). An event nobody subscribed to writes nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from typing import Any

from tortoise import timezone

from api import clock
from api.applications.models import Application, Task
from api.applications.workflow import Actor
from api.bulk_insert import placeholder
from api.graphql.ids import global_id
from api.identity.enums import Scope
from api.webhooks.events import TASK_TYPES, EventType
from api.webhooks.models import WebhookDelivery, WebhookEvent, WebhookSubscription


def _application(application: Application) -> dict[str, Any]:
    return {
        "id": global_id("Application", application.id),
        "trackingNumber": application.tracking_number,
        "status": str(application.status),
        "catalogCode": application.catalog_code,
        "catalogName": application.catalog_name,
    }


def _actor(actor: Actor) -> dict[str, Any]:
    found: dict[str, Any] = {"kind": str(actor.kind)}
    if actor.client_id is not None:
        found["client"] = global_id("ApiClient", actor.client_id)
    return found


def application_payload(application: Application, source: str, actor: Actor, reason: str) -> dict[str, Any]:
    return {
        "application": _application(application),
        "from": source,
        "to": str(application.status),
        "actor": _actor(actor),
        "reason": reason,
    }


def task_payload(
    task: Task, department_code: str, application: Application, actor: Actor | None
) -> dict[str, Any]:
    found: dict[str, Any] = {
        "task": {
            "id": global_id("DepartmentSystemTask", task.id),
            "status": str(task.status),
            "department": department_code,
            "itemCodes": list(task.item_codes),
            "dueOn": task.due_on.isoformat() if task.due_on else None,
        },
        "application": _application(application),
    }
    if actor is not None:
        found["actor"] = _actor(actor)
    return found


async def _subscribers(event: EventType, applicant_id: int, department_id: int | None) -> list[int]:
    """The active subscriptions to ``event`` that may receive it (ids, in order)."""
    if event in TASK_TYPES:
        if department_id is None:
            return []
        query = WebhookSubscription.filter(
            active=True, client__disabled_at=None, client__department_id=department_id
        )
        rows = await query.order_by("id").values_list("id", "events")
        return [pk for pk, events in rows if event.value in events]
    return await _applicant_subscribers(event, applicant_id)


# One statement on every application event (a submission's included): the subscriptions of the clients
# the applicant granted ``applications:read``. Written out once: building it with the ORM cost a
# submission more than the round trip.
_GRANTED = (
    'SELECT s."id", s."events", g."scopes" FROM "webhooks_subscription" s '
    'JOIN "identity_api_client" c ON c."id" = s."client_id" '
    'JOIN "identity_client_grant" g ON g."client_id" = s."client_id" '
    'WHERE s."active" AND c."disabled_at" IS NULL AND g."revoked_at" IS NULL AND g."citizen_id" = {} '
    'ORDER BY s."id"'
)


async def _applicant_subscribers(event: EventType, applicant_id: int) -> list[int]:
    db = WebhookSubscription._meta.db  # pyright: ignore[reportPrivateUsage]
    sql = _GRANTED.format(placeholder(db.capabilities.dialect, 1))
    rows = await db.execute_query_dict(sql, [applicant_id])
    found: dict[int, None] = {}
    for row in rows:
        events, scopes = (_json_list(row[key]) for key in ("events", "scopes"))
        if event.value in events and Scope.APPLICATIONS_READ.value in scopes:
            found[row["id"]] = None
    return list(found)


def _json_list(value: object) -> list[Any]:
    """A JSON column as the driver gives it (text on both databases here)."""
    if isinstance(value, (str, bytes)):
        return json.loads(value)
    return list(value) if isinstance(value, list) else []


async def enqueue(
    event: EventType,
    application: Application,
    payload: dict[str, Any],
    *,
    department_id: int | None = None,
) -> WebhookEvent | None:
    """The event and its deliveries, in the caller's transaction (None: nobody receives it)."""
    subscriptions = await _subscribers(event, application.applicant_id, department_id)
    if not subscriptions:
        return None
    row = await WebhookEvent.create(
        event_id="evt_" + uuid.uuid4().hex,
        type=event.value,
        application_id=application.id,
        payload=payload,
        created_at=clock.now(),
    )
    await _deliveries(row, subscriptions)
    return row


async def _deliveries(row: WebhookEvent, subscriptions: Sequence[int]) -> None:
    # due at once, in the database's terms (the worker compares with tortoise's local time: the
    # demo clock may run ahead of it)
    now = timezone.localtime()
    await WebhookDelivery.bulk_create(
        [
            WebhookDelivery(
                subscription_id=pk, event_id=row.id, application_id=row.application_id, available_at=now
            )
            for pk in subscriptions
        ]
    )


async def tasks_reached(application: Application, actor: Actor) -> None:
    """``task.created`` for each of the application's tasks (at acceptance: they reach the departments)."""
    for task in await Task.filter(application_id=application.id).select_related("department").order_by("id"):
        payload = task_payload(task, task.department.code, application, actor)
        await enqueue(EventType.TASK_CREATED, application, payload, department_id=task.department_id)


async def task_decided(task: Task, actor: Actor) -> None:
    found = await Task.get(id=task.id).select_related("department", "application")
    payload = task_payload(found, found.department.code, found.application, actor)
    await enqueue(EventType.TASK_DECIDED, found.application, payload, department_id=found.department_id)
