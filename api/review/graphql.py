"""The staff desk's GraphQL face: thin resolvers over ``api.review.services`` (reads: ``queries``; who
may: ``policies``)."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.types import Info

from api.applications import acting
from api.applications.enums import AcceptanceMode, PickupMethod, TaskStatus
from api.applications.graphql import failures_as_data, may_read_application
from api.applications.types import ApplicationResult, ApplicationType, Lane
from api.applications.views import application_views
from api.graphql.connections import Connection, id_connection
from api.graphql.ids import from_global_id, global_id
from api.graphql.permissions import allow
from api.identity import access_log, policies
from api.identity.models import User
from api.identity.queries import current_user
from api.review import queries, services
from api.review.policies import (
    department_reviewer,
    message_author,
    reviewing_department,
    window_clerk_actor,
)


@strawberry.input
class VerdictInput:
    material: str
    ok: bool
    note: str = ""


@strawberry.input(
    description="容缺: a material accepted without; its due date follows from the catalogue's terms"
)
class DeferredInput:
    material: str


@strawberry.input
class PickupInput:
    method: PickupMethod | None = strawberry.field(
        default=None, description="As the applicant chose (omit it); the window when they did not choose"
    )
    window: str = ""
    hours: str = ""
    locker: str = ""
    carrier: str = ""
    tracking: str = ""


@strawberry.type
class QueueEntry:
    application: ApplicationType
    claimed_by: str | None
    claimed_by_me: bool


@strawberry.type(description="Applications waiting for pre-review, oldest first")
class QueueConnection(Connection[QueueEntry]):
    total_count: int


@strawberry.type
class DepartmentTask:
    id: strawberry.ID
    status: TaskStatus
    application: ApplicationType
    lane: Lane


@strawberry.type
class MessageType:
    id: strawberry.ID
    at: datetime
    author_name: str | None
    author_kind: str
    body: str
    attachment: str | None


async def _me(info: Info) -> User:
    return await current_user(info)


async def _view(application_id: int) -> ApplicationType:
    return (await application_views([await queries.application(application_id)]))[0]


@strawberry.type
class ReviewQuery:
    @strawberry.field(
        description="Applications waiting for pre-review, oldest first (mine and unclaimed; ≤100 a page)",
        permission_classes=allow(policies.window_clerk),
    )
    async def pre_review_queue(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> QueueConnection:
        me = info.context.principal.user_id
        queue = await queries.pre_review_queue(first, after)
        views = await application_views(queue.rows)
        await access_log.record_many(
            info.context.principal, [r.applicant_id for r in queue.rows], "application", "预审队列"
        )
        nodes = [
            QueueEntry(
                application=view,
                claimed_by=row.claimed_by.name if row.claimed_by is not None else None,
                claimed_by_me=row.claimed_by_id == me,
            )
            for row, view in zip(queue.rows, views, strict=True)
        ]
        built = id_connection(queue.window, nodes=nodes)
        return QueueConnection(edges=built.edges, page_info=built.page_info, total_count=queue.total_count)

    @strawberry.field(
        description="My department's tasks, soonest due first, stopped clocks last (at most 100 a page)",
        permission_classes=allow(department_reviewer),
    )
    async def department_tasks(
        self, info: Info, status: TaskStatus | None = None, first: int = 20, after: str | None = None
    ) -> Connection[DepartmentTask]:
        principal = info.context.principal
        department_id = reviewing_department(principal.roles, principal.department_id)
        assert department_id is not None  # the policy let only a department's reviewer in
        window = await queries.department_tasks(department_id, status, first, after)
        tasks = window.rows
        applications = {t.application.id: t.application for t in tasks}
        views = dict(zip(applications, await application_views(list(applications.values())), strict=True))
        subjects = [a.applicant_id for a in applications.values()]
        await access_log.record_many(principal, subjects, "application", "部门审批任务")
        result: list[DepartmentTask] = []
        for task in tasks:
            view = views[task.application_id]
            task_id = global_id("DepartmentSystemTask", task.id)
            lane = next(x for x in view.lanes if x.task_id == task_id)
            result.append(DepartmentTask(id=task_id, status=task.status, application=view, lane=lane))
        return id_connection(window, nodes=result)

    @strawberry.field(
        description="The consultation thread of an application",
        permission_classes=allow(may_read_application),
    )
    async def messages(self, info: Info, id: strawberry.ID) -> list[MessageType]:
        return [
            MessageType(
                id=global_id("Message", m.id),
                at=m.at,
                author_name=m.author.name if m.author is not None else None,
                author_kind=str(m.author_kind),
                body=m.body,
                attachment=m.attachment.public_id if m.attachment is not None else None,
            )
            for m in await queries.thread(from_global_id(id, "Application"))
        ]


@strawberry.type
class ReviewMutation:
    @strawberry.mutation(
        description="Lock an application to me for pre-review",
        permission_classes=allow(policies.window_clerk),
    )
    @failures_as_data
    async def claim_application(self, info: Info, id: strawberry.ID) -> ApplicationResult:
        application = await services.claim(from_global_id(id, "Application"), await _me(info))
        return await _view(application.id)

    @strawberry.mutation(permission_classes=allow(policies.window_clerk))
    @failures_as_data
    async def release_application(self, info: Info, id: strawberry.ID) -> ApplicationResult:
        await services.release(from_global_id(id, "Application"), await _me(info))
        return await _view(from_global_id(id, "Application"))

    @strawberry.mutation(
        description="Mark materials OK or needing correction (with the reason)",
        permission_classes=allow(policies.window_clerk),
    )
    @failures_as_data
    async def judge_materials(
        self, info: Info, id: strawberry.ID, verdicts: list[VerdictInput]
    ) -> ApplicationResult:
        await services.judge_materials(
            from_global_id(id, "Application"),
            await _me(info),
            [services.Verdict(v.material, v.ok, v.note) for v in verdicts],
        )
        return await _view(from_global_id(id, "Application"))

    @strawberry.mutation(
        description="Send the one complete correction list (一次性告知). After it, another list needs "
        "`reason` (the applicant reads it) and a supervisor: a supervisor's is sent at once, a clerk's "
        "waits for approval (extraCorrections)",
        permission_classes=allow(policies.window_clerk),
    )
    @failures_as_data
    async def request_corrections(
        self, info: Info, id: strawberry.ID, summary: str = "", reason: str = ""
    ) -> ApplicationResult:
        await services.request_corrections(
            from_global_id(id, "Application"), await _me(info), summary, reason
        )
        return await _view(from_global_id(id, "Application"))

    @strawberry.mutation(
        description="受理: normal, 容缺 (deferred materials, due by the catalogue's terms) or 告知承诺",
        permission_classes=allow(policies.window_clerk),
    )
    @failures_as_data
    async def accept_application(
        self,
        info: Info,
        id: strawberry.ID,
        mode: AcceptanceMode = AcceptanceMode.NORMAL,
        deferred: list[DeferredInput] | None = None,
    ) -> ApplicationResult:
        items = [services.Deferred(d.material.strip()) for d in deferred or []]
        await services.accept(from_global_id(id, "Application"), await _me(info), mode, items)
        return await _view(from_global_id(id, "Application"))

    @strawberry.mutation(
        description="容缺: check a deferred material handed in after acceptance (a sending back needs why)",
        permission_classes=allow(policies.window_clerk),
    )
    @failures_as_data
    async def verify_owed_material(
        self, info: Info, id: strawberry.ID, material: str, ok: bool, note: str = ""
    ) -> ApplicationResult:
        catalog = await info.context.catalog()
        await services.verify_owed(
            from_global_id(id, "Application"), await _me(info), material.strip(), ok, note, catalog
        )
        return await _view(from_global_id(id, "Application"))

    @strawberry.mutation(permission_classes=allow(department_reviewer))
    @failures_as_data
    async def start_task_review(self, info: Info, id: strawberry.ID) -> ApplicationResult:
        task = await services.start_review(from_global_id(id, "DepartmentSystemTask"), await _me(info))
        return await _view(task.application_id)

    @strawberry.mutation(
        description="Approve or reject my department's task (a rejection needs the reason)",
        permission_classes=allow(department_reviewer),
    )
    @failures_as_data
    async def decide_task(
        self, info: Info, id: strawberry.ID, approve: bool, note: str = ""
    ) -> ApplicationResult:
        catalog = await info.context.catalog()
        task = await services.decide(
            from_global_id(id, "DepartmentSystemTask"), await _me(info), approve, note, catalog
        )
        return await _view(task.application_id)

    @strawberry.mutation(
        description="Deliver the result as the applicant chose: window, 24h locker (code) or mail (tracking)",
        permission_classes=allow(policies.window_clerk),
    )
    @failures_as_data
    async def set_pickup(self, info: Info, id: strawberry.ID, pickup: PickupInput) -> ApplicationResult:
        details = services.Pickup(
            method=PickupMethod(pickup.method) if pickup.method else None,
            window=pickup.window,
            hours=pickup.hours,
            locker=pickup.locker,
            carrier=pickup.carrier,
            tracking=pickup.tracking,
        )
        await services.set_pickup(from_global_id(id, "Application"), await _me(info), details)
        return await _view(from_global_id(id, "Application"))

    @strawberry.mutation(
        description="Record who collected the result at the window (identity checked)",
        permission_classes=allow(policies.window_clerk),
    )
    @failures_as_data
    async def record_collection(
        self, info: Info, id: strawberry.ID, collected_by: str, identity_checked: bool
    ) -> ApplicationResult:
        await services.collect(
            from_global_id(id, "Application"), await _me(info), collected_by, identity_checked
        )
        return await _view(from_global_id(id, "Application"))

    @strawberry.mutation(
        description="A mailed result was delivered (the carrier's tracking says so): asks for a rating",
        permission_classes=allow(policies.window_clerk),
    )
    @failures_as_data
    async def record_mail_delivered(
        self, info: Info, id: strawberry.ID, signed_by: str = ""
    ) -> ApplicationResult:
        actor = window_clerk_actor(await _me(info))
        await services.mail_delivered(from_global_id(id, "Application"), actor, signed_by)
        return await _view(from_global_id(id, "Application"))

    @strawberry.mutation(
        description="Open the 24-hour locker with the one-time code (the applicant or their helper)",
        permission_classes=allow(policies.citizen_or_helper),
    )
    @failures_as_data
    async def collect_from_locker(self, info: Info, id: strawberry.ID, code: str) -> ApplicationResult:
        application = await queries.application(from_global_id(id, "Application"))
        actor = await acting.actor_for(info.context.principal, application)
        await services.collect_from_locker(application, actor, code)
        return await _view(application.id)

    @strawberry.mutation(
        description="Write in the consultation thread (the applicant's side or staff)",
        permission_classes=allow(may_read_application),
    )
    @failures_as_data
    async def post_message(
        self, info: Info, id: strawberry.ID, body: str, attachment: str | None = None
    ) -> ApplicationResult:
        principal = info.context.principal
        application = await queries.application(from_global_id(id, "Application"))
        kind = message_author(principal, application.applicant_id)
        me = await _me(info)
        upload = await queries.own_upload(me.id, attachment) if attachment else None
        await services.post_message(application, me, kind, body, upload)
        return await _view(application.id)
