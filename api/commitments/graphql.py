"""The GraphQL face of 告知承诺's verification: a department's queue, its verdicts, and the overdue
checks e-supervision watches (thin resolvers over ``api.commitments.services``; who may:
``api.commitments.policies``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from api import clock
from api.commitments import services
from api.commitments.enums import Outcome, Urgency
from api.commitments.policies import commitment_checker, overdue_watcher
from api.graphql.connections import Connection, connection
from api.graphql.errors import Error, failures_as
from api.graphql.ids import from_global_id, global_id
from api.graphql.permissions import allow
from api.identity import access_log
from api.identity.queries import current_user
from api.review.policies import reviewing_department
from api.wallet.types import LicenceStatus


@strawberry.type
class CommitmentError(Error):
    pass


_failures_as_data = failures_as(CommitmentError)


@strawberry.type(description="A licence issued on the strength of a commitment")
class CommitmentLicence:
    number: str
    name: str
    status: LicenceStatus


@strawberry.type(description="告知承诺核查: one signed commitment to verify (or verified)")
class CommitmentCheck:
    id: strawberry.ID
    application_id: strawberry.ID
    tracking_number: str
    catalog_name: str
    holder_name: str = strawberry.field(description="The business or person it binds (from the form)")
    item: str
    item_name: str
    version: int
    replaces: list[str]
    signed_at: datetime
    signed_by_name: str | None
    signed_by_helper: bool
    accepted_at: datetime | None
    verify_by: date | None
    working_days_left: int | None = strawberry.field(description="Negative: working days overdue")
    urgency: Urgency
    outcome: Outcome
    checked_at: datetime | None
    checked_by_name: str | None
    findings: str
    escalated_on: date | None = strawberry.field(description="Reported overdue to the supervisors on")
    licences: list[CommitmentLicence]

    @classmethod
    def of(cls, check: services.Check) -> CommitmentCheck:
        c = check.commitment
        application = c.application
        data: dict[str, Any] = application.data if isinstance(application.data, dict) else {}
        holder = data.get("company_name") or data.get("applicant_name") or ""
        return cls(
            id=global_id("Commitment", c.id),
            application_id=global_id("Application", c.application_id),
            tracking_number=application.tracking_number or "",
            catalog_name=application.catalog_name,
            holder_name=str(holder),
            item=c.item_code,
            item_name=c.item_name,
            version=c.version,
            replaces=list(c.replaces or []),
            signed_at=c.signed_at,
            signed_by_name=c.signed_by.name if c.signed_by is not None else None,
            signed_by_helper=c.signed_by_id != c.applicant_id,
            accepted_at=application.accepted_at,
            verify_by=c.verify_by,
            working_days_left=check.working_days_left,
            urgency=check.urgency,
            outcome=Outcome(c.outcome),
            checked_at=c.checked_at,
            checked_by_name=c.checked_by.name if c.checked_by_id and c.checked_by is not None else None,
            findings=c.findings,
            escalated_on=c.escalated_on,
            licences=[
                CommitmentLicence(number=x.number, name=x.name, status=x.status) for x in check.licences
            ],
        )


@strawberry.type(description="A page of commitment checks, the earliest verify-by date first")
class CommitmentCheckConnection(Connection[CommitmentCheck]):
    total_count: int


CommitmentCheckResult = Annotated[
    CommitmentCheck | CommitmentError, strawberry.union("CommitmentCheckResult")
]
CommitmentCheckPageResult = Annotated[
    CommitmentCheckConnection | CommitmentError, strawberry.union("CommitmentCheckPageResult")
]


async def _page(info: Info, page: services.CheckPage, purpose: str) -> CommitmentCheckConnection:
    subjects = [n.commitment.applicant_id for n in page.nodes]
    await access_log.record_many(info.context.principal, subjects, "application", purpose)
    keys = [services.check_key(n) for n in page.nodes]
    built = connection([CommitmentCheck.of(n) for n in page.nodes], keys, page.has_next)
    return CommitmentCheckConnection(
        edges=built.edges, page_info=built.page_info, total_count=page.total_count
    )


@strawberry.type
class CommitmentQuery:
    @strawberry.field(
        description="告知承诺核查: my department's commitments accepted on, earliest verify-by date first "
        "(at most 100 a page)",
        permission_classes=allow(commitment_checker),
    )
    @_failures_as_data
    async def commitment_checks(
        self, info: Info, outcome: Outcome = Outcome.PENDING, first: int = 20, after: str | None = None
    ) -> CommitmentCheckPageResult:
        principal = info.context.principal
        department_id = reviewing_department(principal.roles, principal.department_id)
        assert department_id is not None  # the policy let only a department's reviewer in
        catalog = await info.context.catalog()
        page = await services.department_checks(department_id, outcome, clock.today(), catalog, first, after)
        return await _page(info, page, "告知承诺核查")

    @strawberry.field(
        description="电子监察: commitment checks past their verify-by date, longest overdue first "
        "(at most 100 a page)",
        permission_classes=allow(overdue_watcher),
    )
    @_failures_as_data
    async def overdue_commitment_checks(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> CommitmentCheckPageResult:
        catalog = await info.context.catalog()
        page = await services.overdue_checks(clock.today(), catalog, first, after)
        return await _page(info, page, "告知承诺核查超期督办")


@strawberry.type
class CommitmentMutation:
    @strawberry.mutation(
        description="Record a commitment check: VERIFIED, or FALSE (虚假承诺: revokes the licence issued "
        "for it and tells the holder; the findings are required)",
        permission_classes=allow(commitment_checker),
    )
    @_failures_as_data
    async def record_commitment_check(
        self, info: Info, id: strawberry.ID, outcome: Outcome, findings: str = ""
    ) -> CommitmentCheckResult:
        catalog = await info.context.catalog()
        me = await current_user(info)
        await services.record_check(from_global_id(id, "Commitment"), me, outcome, findings, catalog)
        return CommitmentCheck.of(
            await services.check_by_id(from_global_id(id, "Commitment"), clock.today(), catalog)
        )
