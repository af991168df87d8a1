"""The GraphQL face of ratings, complaints and rectification cases (thin: policy → service → map)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import strawberry
from strawberry.types import Info

from api import clock
from api.failures import Failure
from api.feedback import enums, policies, services
from api.feedback.enums import CaseSource, CaseStatus
from api.feedback.errors import FeedbackError as Code
from api.feedback.models import Rating, RectificationCase
from api.graphql.connections import Connection, id_connection
from api.graphql.errors import Error, failures_as
from api.graphql.ids import from_global_id, global_id, parse_global_id
from api.graphql.permissions import allow
from api.identity import policies as identity_policies
from api.identity.principal import Principal

# the GraphQL enums are the Python enums themselves (decorated in place)
strawberry.enum(CaseStatus, description="受理 open → 转办 assigned → 反馈 answered → …")
strawberry.enum(CaseSource)


@strawberry.type
class FeedbackError(Error):
    pass


_failures_as_data = failures_as(FeedbackError)


# --- types ----------------------------------------------------------------------------------------------


@strawberry.type(
    name="RectificationCase",
    description="整改工单: a bad rating or a complaint, until the citizen confirms the answer",
)
class RectificationCaseType:
    id: strawberry.ID
    number: str = strawberry.field(description="工单编号: the case's number a person quotes on the phone")
    source: CaseSource
    status: CaseStatus
    application_id: strawberry.ID | None
    tracking_number: str
    catalog_code: str
    catalog_name: str
    department_code: str | None
    department_name: str | None
    rating_level: int | None
    summary: str
    contact_phone: str
    opened_on: date
    deadline: date = strawberry.field(description="Working days on the Chinese calendar (15 by default)")
    overdue: bool = strawberry.field(description="Still open after its deadline")
    assignee_id: strawberry.ID | None
    instruction: str
    answer: str
    answered_at: datetime | None
    satisfied: bool | None
    closed_at: datetime | None
    reopened_count: int


async def case_views(rows: list[RectificationCase], today: date | None = None) -> list[RectificationCaseType]:
    """Views of many cases with one more query (their departments), whatever their number."""
    today = today or clock.today()
    departments = await services.departments_of(rows)

    def view(c: RectificationCase) -> RectificationCaseType:
        department = departments.get(c.department_id) if c.department_id else None
        return RectificationCaseType(
            id=global_id("RectificationCase", c.id),
            number=str(c.id),
            source=c.source,
            status=c.status,
            application_id=global_id("Application", c.application_id) if c.application_id else None,
            tracking_number=c.tracking_number,
            catalog_code=c.catalog_code,
            catalog_name=c.catalog_name,
            department_code=department.code if department else None,
            department_name=department.name if department else None,
            rating_level=c.rating_level,
            summary=c.summary,
            contact_phone=c.contact_phone,
            opened_on=c.opened_on,
            deadline=c.deadline,
            overdue=services.is_overdue(c, today),
            assignee_id=global_id("User", c.assignee_id) if c.assignee_id else None,
            instruction=c.instruction,
            answer=c.answer,
            answered_at=c.answered_at,
            satisfied=c.satisfied,
            closed_at=c.closed_at,
            reopened_count=c.reopened_count,
        )

    return [view(c) for c in rows]


@strawberry.type(description="A page of rectification cases, newest first")
class RectificationCaseConnection(Connection[RectificationCaseType]):
    total_count: int | None = strawberry.field(default=None, description="Cases matching (staff lists only)")

    @classmethod
    async def of(cls, page: services.CasePage) -> RectificationCaseConnection:
        built = id_connection(page.window, nodes=await case_views(page.window.rows))
        return cls(edges=built.edges, page_info=built.page_info, total_count=page.total_count)


@strawberry.type(name="Rating", description="A 好差评 rating; 1 非常不满意 … 5 非常满意")
class RatingType:
    id: strawberry.ID
    application_id: strawberry.ID
    department_code: str | None
    level: int
    level_label: str
    level_label_en: str
    comment: str
    created_at: datetime
    changeable_until: datetime
    rectification_case: RectificationCaseType | None

    @classmethod
    async def of(cls, outcome: services.RatingOutcome) -> RatingType:
        r: Rating = outcome.rating
        label, label_en = enums.LEVEL_LABELS[r.level]
        case = (await case_views([outcome.case]))[0] if outcome.case else None
        return cls(
            id=global_id("Rating", r.id),
            application_id=global_id("Application", r.application_id),
            department_code=r.scope or None,
            level=r.level,
            level_label=label,
            level_label_en=label_en,
            comment=r.comment,
            created_at=r.created_at,
            changeable_until=r.created_at + services.RATING_CHANGE_WINDOW,
            rectification_case=case,
        )


@strawberry.type(description="A 办不成事 report received: quote the case number when you call")
class ComplaintReceipt:
    complaint_id: strawberry.ID
    case_id: strawberry.ID
    case_number: str = strawberry.field(description="工单编号: the number to quote when calling")
    deadline: date


RatingResult = Annotated[RatingType | FeedbackError, strawberry.union("RatingResult")]
ComplaintResult = Annotated[ComplaintReceipt | FeedbackError, strawberry.union("ComplaintResult")]
CaseResult = Annotated[RectificationCaseType | FeedbackError, strawberry.union("CaseResult")]


def _assignee(value: strawberry.ID | None) -> int | None:
    if value is None:
        return None
    assignee = parse_global_id(value, "User")
    if assignee is None:
        raise Failure(Code.INVALID_ASSIGNEE)
    return assignee


async def _case_result(case: RectificationCase) -> RectificationCaseType:
    return (await case_views([case]))[0]


# --- root fields ----------------------------------------------------------------------------------------


@strawberry.type
class FeedbackQuery:
    @strawberry.field(
        description="The rectification cases my ratings and reports opened, newest first (≤100 a page)",
        permission_classes=allow(identity_policies.signed_in),
    )
    async def my_cases(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> RectificationCaseConnection:
        page = await services.citizen_cases(info.context.principal.user_id, first, after)
        return await RectificationCaseConnection.of(page)

    @strawberry.field(
        description="Cases to work on: a supervisor sees all, a reviewer their department's (≤100 a page)",
        permission_classes=allow(policies.supervisor_or_reviewer),
    )
    async def rectification_cases(
        self,
        info: Info,
        status: CaseStatus | None = None,
        department: str | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> RectificationCaseConnection:
        principal: Principal = info.context.principal
        page = await services.staff_cases(
            only_department_id=policies.case_department(principal),
            status=status,
            department_code=department,
            first=first,
            after=after,
        )
        return await RectificationCaseConnection.of(page)


@strawberry.type
class FeedbackMutation:
    @strawberry.mutation(
        description="好差评: rate a finished application (or one department's part); changeable for 7 days",
        permission_classes=allow(policies.applicant_of_application),
    )
    @_failures_as_data
    async def rate_application(
        self,
        info: Info,
        application_id: strawberry.ID,
        level: int,
        comment: str = "",
        department_code: str | None = None,
    ) -> RatingResult:
        outcome = await services.rate(
            from_global_id(application_id, "Application"),
            info.context.principal.user_id,
            level,
            comment,
            department_code,
        )
        return await RatingType.of(outcome)

    @strawberry.mutation(
        description="办不成事: report a problem; anyone, anonymously with a phone to call back",
        permission_classes=allow(identity_policies.public),
    )
    @_failures_as_data
    async def report_problem(
        self,
        info: Info,
        description: str,
        code: str | None = None,
        contact_phone: str | None = None,
        idempotency_key: str | None = None,
    ) -> ComplaintResult:
        principal: Principal = info.context.principal
        reporter = await services.reporter(principal.user_id if principal.is_user else None)
        outcome = await services.report_problem(
            await info.context.catalog(),
            description,
            code,
            contact_phone,
            reporter,
            principal.address,
            idempotency_key=idempotency_key,
        )
        return ComplaintReceipt(
            complaint_id=global_id("Complaint", outcome.complaint.id),
            case_id=global_id("RectificationCase", outcome.case.id),
            case_number=str(outcome.case.id),
            deadline=outcome.case.deadline,
        )

    @strawberry.mutation(
        description="转办 / 督办: hand a case to a department (and maybe one of its staff)",
        permission_classes=allow(policies.supervisor),
    )
    @_failures_as_data
    async def assign_case(
        self,
        info: Info,
        id: strawberry.ID,
        department_code: str | None = None,
        assignee_id: strawberry.ID | None = None,
        instruction: str = "",
    ) -> CaseResult:
        case = await services.assign_case(
            from_global_id(id, "RectificationCase"),
            info.context.principal.user_id,
            department_code,
            _assignee(assignee_id),
            instruction,
        )
        return await _case_result(case)

    @strawberry.mutation(
        description="反馈: answer the citizen (a supervisor, or a reviewer of the case's department)",
        permission_classes=allow(policies.may_answer_case),
    )
    @_failures_as_data
    async def answer_case(self, info: Info, id: strawberry.ID, answer: str) -> CaseResult:
        only = policies.case_department(info.context.principal)
        case = await services.answer_case(
            from_global_id(id, "RectificationCase"),
            info.context.principal.user_id,
            answer,
            department_id=only,
        )
        return await _case_result(case)

    @strawberry.mutation(
        description="The citizen's word on the answer: satisfied closes the case, otherwise it is reopened",
        permission_classes=allow(policies.opener_of_case),
    )
    @_failures_as_data
    async def confirm_case(
        self, info: Info, id: strawberry.ID, satisfied: bool, comment: str = ""
    ) -> CaseResult:
        case = await services.confirm_case(
            from_global_id(id, "RectificationCase"), info.context.principal.user_id, satisfied, comment
        )
        return await _case_result(case)
