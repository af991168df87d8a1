"""One unit of work per state change: the only place a service opens a write transaction.

    async with changing() as tx:
        await tx.move(application, S.READY_FOR_PICKUP, actor, reason, news=ReadyForPickup(...))
        await tx.notify(DeferredMaterialDue(...), to=application.applicant_id, application_id=...)

``changing()`` owns the transaction (every query inside it runs on the transaction's connection:
tortoise binds it to the task, so nobody passes ``using_db``), the event rows (``tx.move``,
``tx.move_task``), the outbox rows with typed payloads (``tx.notify``), the webhook events of those
moves (``api.webhooks.events``: every move that raises one enqueues it here, never in a service), the
version of every application it announces (bumped: what readers keep of it is out of date,
``api.applications.view_cache``), and the announcement to live subscriptions: queued inside the
transaction on PostgreSQL (``pg_notify`` is delivered only if it commits) and published after the commit
on SQLite. Nothing is announced when the block raises.

``changing(immediate=True)`` is for a read-then-write on a counter that must never be over-committed
(appointment slots): on SQLite it starts with ``BEGIN IMMEDIATE``, taking the write lock first (see
``api.locking``); on PostgreSQL it is an ordinary transaction. It cannot be nested.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator, Iterable
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F, Subquery
from tortoise.transactions import in_transaction

from api import clock
from api.applications import bus, workflow
from api.applications.enums import ApplicationStatus, TaskStatus
from api.applications.models import Application, ApplicationEvent, Task
from api.bulk_insert import placeholder
from api.locking import immediate_transaction
from api.webhooks import events as webhook_events
from api.webhooks.services import enqueue as webhooks
from notifications.models import OutboxMessage
from notifications.payloads import ApplicationNews, Payload


class Change:
    """What one unit of work did so far; made by ``changing()``."""

    def __init__(self, connection: BaseDBAsyncClient) -> None:
        self.connection = connection
        self.announced: set[int] = set()
        self.created: set[int] = set()  # applications written in this unit (their first version)
        self.rows: dict[int, dict[int, Application]] = {}  # the objects moved, by application id
        self.halls: set[str] = set()

    def announce(self, application_id: int, row: Application | None = None) -> None:
        """Live subscriptions of this application hear about it once the transaction commits. ``row``:
        the caller's object of it, given its new version (a view built from it is then the new one)."""
        self.announced.add(application_id)
        if row is not None:
            self.rows.setdefault(application_id, {})[id(row)] = row

    async def bump_versions(self) -> None:
        """A new version for each application announced and not created here (``view_cache``); the
        objects the moves were given get it too."""
        changed = sorted(self.announced - self.created)
        if not changed:
            return
        dialect = self.connection.capabilities.dialect
        marks = ",".join(placeholder(dialect, n) for n in range(1, len(changed) + 1))
        rows = await self.connection.execute_query_dict(
            f'UPDATE "applications_application" SET "version" = "version" + 1 WHERE "id" IN ({marks}) '
            'RETURNING "id", "version"',
            changed,
        )
        for row in rows:
            for application in self.rows.get(row["id"], {}).values():
                application.version = row["version"]

    def announce_hall(self, hall_code: str) -> None:
        """The hall's queue display hears about it once the transaction commits."""
        self.halls.add(bus.hall_key(hall_code))

    async def move(
        self,
        application: Application,
        target: ApplicationStatus,
        actor: workflow.Actor,
        reason: str = "",
        *,
        news: ApplicationNews | None = None,
    ) -> None:
        """The state machine's move, its event, and the applicant's notification: the one the new state
        has by default (``workflow.NOTIFY_ON``), or ``news`` when the caller knows more."""
        source = application.status
        await workflow.apply_move(application, target, actor, reason, news=news)
        self.announce(application.id, application)
        await self._application_events(application, str(source), actor, reason)

    async def submitted(
        self, application: Application, actor: workflow.Actor, reason: str = ""
    ) -> ApplicationEvent:
        """A submission written as submitted (no draft row moved): the event of the move from draft
        (returned), the receipt (``workflow.NOTIFY_ON``) and the webhook event."""
        event = await workflow.record(
            application, ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, actor, reason
        )
        self.announce(application.id)
        self.created.add(application.id)
        await self._application_events(application, ApplicationStatus.DRAFT.value, actor, reason)
        return event

    async def _application_events(
        self, application: Application, source: str, actor: workflow.Actor, reason: str
    ) -> None:
        event = webhook_events.APPLICATION_EVENTS.get(ApplicationStatus(application.status))
        if event is not None:
            payload = webhooks.application_payload(application, source, actor, reason)
            await webhooks.enqueue(event, application, payload)
        if application.status == ApplicationStatus.ACCEPTED:
            await webhooks.tasks_reached(application, actor)

    async def move_task(
        self, task: Task, target: TaskStatus, actor: workflow.Actor, reason: str = ""
    ) -> None:
        await workflow.apply_task_move(task, target, actor, reason)
        self.announce(task.application_id)
        if target in webhook_events.TASK_EVENTS:
            await webhooks.task_decided(task, actor)

    async def note(
        self, application: Application, actor: workflow.Actor, reason: str, *, task_id: int | None = None
    ) -> None:
        """An event in the application's history that moves no state (its live timeline hears it)."""
        await workflow.note(application, actor, reason, task_id)
        self.announce(application.id, application)

    async def notify(
        self,
        payload: Payload,
        *,
        to: int | Iterable[int],
        application_id: int | None = None,
        at: datetime | None = None,
    ) -> list[OutboxMessage]:
        """Outbox rows (one per recipient) sent by the worker from ``at`` (now by default)."""
        recipients = [to] if isinstance(to, int) else list(to)
        if not recipients:
            return []
        rows = [
            OutboxMessage(
                kind=payload.kind,
                recipient_id=recipient,
                application_id=application_id,
                payload=payload.to_json(),
                available_at=at or clock.now(),
            )
            for recipient in recipients
        ]
        if len(rows) == 1:
            await rows[0].save(using_db=self.connection)
        else:
            await OutboxMessage.bulk_create(rows, using_db=self.connection)
        return rows


async def department_renamed(department_id: int) -> None:
    """Every application with a task of the department shows its old name: a new version each (in the
    caller's unit of work)."""
    tasks = Task.filter(department_id=department_id).values("application_id")
    await Application.filter(id__in=Subquery(tasks)).update(version=F("version") + 1)


@contextlib.asynccontextmanager
async def changing(*, immediate: bool = False) -> AsyncGenerator[Change, None]:
    if immediate:  # the default connection, as in_transaction() takes it
        transaction = immediate_transaction(OutboxMessage._meta.db)  # pyright: ignore[reportPrivateUsage]
    else:
        transaction = in_transaction()
    async with transaction as connection:
        change = Change(connection)
        yield change
        await change.bump_versions()
        for application_id in sorted(change.announced):
            await bus.notify_in_transaction(connection, application_id)
        for hall in sorted(change.halls):
            await bus.notify_in_transaction(connection, hall)
    for application_id in sorted(change.announced):
        bus.after_commit(application_id)
    for hall in sorted(change.halls):
        bus.after_commit(hall)
