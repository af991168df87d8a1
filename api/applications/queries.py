"""Reading applications for the GraphQL face and the policies: plain functions, no rules."""

from __future__ import annotations

from contextvars import ContextVar

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, Task
from api.rows import by_pk


async def application(application_id: int) -> Application:
    return await Application.get(id=application_id)


# The rows the ``application`` field's policy read in this request, for its resolver: a query operation
# changes nothing between the two, so one SELECT serves both. Set per GraphQL request (``begin_request``).
_policy_rows: ContextVar[dict[int, Application] | None] = ContextVar("policy_rows", default=None)


def begin_request() -> None:
    _policy_rows.set({})


async def application_or_none(application_id: int | None) -> Application | None:
    if application_id is None:
        return None
    row = await by_pk(Application, application_id)
    kept = _policy_rows.get()
    if row is not None and kept is not None:
        kept[application_id] = row
    return row


async def application_read(application_id: int) -> Application:
    """The application the ``application`` field's policy just read (once), or a fresh read."""
    kept = _policy_rows.get()
    row = kept.pop(application_id, None) if kept is not None else None
    return row if row is not None else await application(application_id)


async def sent_to_department(application_id: int, department_id: int) -> bool:
    """The application has a task of this department."""
    return await Task.filter(application_id=application_id, department_id=department_id).exists()


def applications_of(user_id: int | None, drafts: bool) -> QuerySet[Application]:
    """A person's applications and drafts (as a helper: also the ones they filed), to page by id."""
    query = Application.filter(Q(applicant_id=user_id) | Q(filed_by_id=user_id))
    return query if drafts else query.exclude(status=S.DRAFT)
