"""What the staff desk reads: plain functions over the database (no GraphQL here; the resolvers and
the services call them)."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.expressions import Q

from api.applications import task_clock
from api.applications.enums import ApplicationStatus as S
from api.applications.enums import TaskStatus
from api.applications.models import Application, ApplicationEvent, Message, Task
from api.failures import Failure
from api.graphql.connections import Window, id_after, page_size
from api.graphql.error_codes import KernelError
from api.review.errors import ReviewError, no_such_application, no_such_task
from api.review.models import ExtraCorrection
from api.uploads.models import Upload

MAX_PAGE = 100


async def application(application_id: int) -> Application:
    found = await Application.get_or_none(id=application_id)
    if found is None:
        raise no_such_application()
    return found


async def task(task_id: int) -> Task:
    """A department task with its application."""
    found = await Task.get_or_none(id=task_id).select_related("application")
    if found is None:
        raise no_such_task()
    return found


@dataclass(frozen=True)
class Queue:
    window: Window[Application]  # with ``claimed_by``
    total_count: int

    @property
    def rows(self) -> list[Application]:
        return self.window.rows


async def pre_review_queue(first: int, after: str | None = None) -> Queue:
    """Applications waiting for pre-review, oldest first (claimed or not): three queries at most.
    The cursor names the last row; the next page starts after its (submitted_at, id)."""
    first = page_size(first, MAX_PAGE)
    query = Application.filter(status__in=[S.SUBMITTED, S.PRE_REVIEW])
    total = await query.count()
    pk = id_after(after)
    if pk is not None:
        anchor = await Application.get_or_none(id=pk).only("id", "submitted_at")
        if anchor is None:
            raise Failure(KernelError.INVALID_CURSOR)
        moment = anchor.submitted_at
        query = query.filter(Q(submitted_at__gt=moment) | Q(submitted_at=moment, id__gt=pk))
    rows = await query.order_by("submitted_at", "id").limit(first + 1).select_related("claimed_by")
    return Queue(Window.of(rows, first), total)


async def department_tasks(
    department_id: int, status: TaskStatus | None, first: int, after: str | None = None
) -> Window[Task]:
    """A department's started tasks (with their applications), soonest due first,
    stopped clocks last (``task_clock.queue_order``): one query, two after a cursor (the last
    task's due date is read back to continue after it)."""
    first = page_size(first, MAX_PAGE)
    query = Task.filter(
        department_id=department_id, application__status__not=S.DRAFT, started_on__isnull=False
    )
    if status is not None:
        query = query.filter(status=status)
    pk = id_after(after)
    if pk is not None:
        anchor = await Task.get_or_none(id=pk).only("id", "due_on")
        if anchor is None:
            raise Failure(KernelError.INVALID_CURSOR)
        due = anchor.due_on
        later = Q(due_on__isnull=True, id__gt=pk)
        if due is not None:
            later = Q(due_on__gt=due) | Q(due_on=due, id__gt=pk) | Q(due_on__isnull=True)
        query = query.filter(later)
    ordered = task_clock.queue_order(query)
    return Window.of(await ordered.limit(first + 1).select_related("application"), first)


async def thread(application_id: int) -> list[Message]:
    """The consultation thread (its first 200 messages), with authors and attachments."""
    query = Message.filter(application_id=application_id).order_by("id")
    return await query.select_related("author", "attachment").limit(200)


async def own_upload(owner_id: int, public_id: str) -> Upload:
    upload = await Upload.get_or_none(public_id=public_id, owner_id=owner_id)
    if upload is None:
        raise Failure(ReviewError.UPLOAD_NOT_FOUND)
    return upload


async def correction_lists_sent(application_id: int) -> int:
    """How many correction lists the applicant received (the one-time notice, then extra ones)."""
    return await ApplicationEvent.filter(
        application_id=application_id, task_id=None, to_status=S.NEEDS_CORRECTION
    ).count()


async def extra_correction(request_id: int) -> ExtraCorrection:
    found = await ExtraCorrection.get_or_none(id=request_id)
    if found is None:
        raise Failure(ReviewError.NOT_FOUND, what="补充补正申请", what_en="extra correction request")
    return found


async def extra_corrections_of(application_id: int) -> list[ExtraCorrection]:
    """An application's extra correction lists (asked, sent, refused), oldest first, with their people."""
    query = ExtraCorrection.filter(application_id=application_id).order_by("id")
    return await query.select_related("requested_by", "decided_by").limit(MAX_PAGE)
