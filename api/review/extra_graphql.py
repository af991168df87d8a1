"""The GraphQL face of extra correction lists (补充补正): an application's requests for the desk, and
a supervisor's decision. E-supervision lists them all (``api.supervision.graphql``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.types import Info

from api.applications.graphql import failures_as_data
from api.applications.models import Application
from api.applications.types import ApplicationResult
from api.applications.views import application_views
from api.graphql.ids import from_global_id, global_id
from api.graphql.permissions import allow
from api.identity.queries import current_user
from api.review import queries
from api.review.enums import ExtraCorrectionStatus
from api.review.models import ExtraCorrection
from api.review.policies import clerk_or_supervisor, is_supervisor
from api.review.services import extra_corrections


@strawberry.type
class ExtraCorrectionMaterial:
    material: str
    name: str
    note: str


@strawberry.type(description="A correction list after the one-time notice (补充补正)")
class ExtraCorrectionType:
    id: strawberry.ID
    application_id: strawberry.ID
    tracking_number: str | None
    catalog_name: str | None
    round: int = strawberry.field(description="2: the first list after the one-time notice")
    reason: str = strawberry.field(description="Why another list is needed (the applicant reads it)")
    summary: str
    materials: list[ExtraCorrectionMaterial]
    status: ExtraCorrectionStatus
    requested_by: str | None
    decided_by: str | None
    decision_note: str
    created_at: datetime
    decided_at: datetime | None

    @classmethod
    def of(cls, row: ExtraCorrection, application: Application | None = None) -> ExtraCorrectionType:
        materials: list[dict[str, Any]] = row.materials
        return cls(
            id=global_id("ExtraCorrection", row.id),
            application_id=global_id("Application", row.application_id),
            tracking_number=application.tracking_number if application else None,
            catalog_name=application.catalog_name if application else None,
            round=row.round,
            reason=row.reason,
            summary=row.summary,
            materials=[
                ExtraCorrectionMaterial(material=m["code"], name=m["name"], note=m["note"]) for m in materials
            ],
            status=row.status,
            requested_by=row.requested_by.name if row.requested_by_id and row.requested_by else None,
            decided_by=row.decided_by.name if row.decided_by_id and row.decided_by else None,
            decision_note=row.decision_note,
            created_at=row.created_at,
            decided_at=row.decided_at,
        )


@strawberry.type
class ExtraCorrectionQuery:
    @strawberry.field(
        description="An application's correction lists after the one-time notice (asked, sent, refused)",
        permission_classes=allow(clerk_or_supervisor),
    )
    async def extra_corrections(self, info: Info, id: strawberry.ID) -> list[ExtraCorrectionType]:
        return [
            ExtraCorrectionType.of(r)
            for r in await queries.extra_corrections_of(from_global_id(id, "Application"))
        ]


@strawberry.type
class ExtraCorrectionMutation:
    @strawberry.mutation(
        description="A supervisor approves (it is sent) or refuses (with why) an extra correction list",
        permission_classes=allow(is_supervisor),
    )
    @failures_as_data
    async def decide_extra_correction(
        self, info: Info, id: strawberry.ID, approve: bool, note: str = ""
    ) -> ApplicationResult:
        row = await extra_corrections.decide(
            from_global_id(id, "ExtraCorrection"), await current_user(info), approve, note
        )
        return (await application_views([await queries.application(row.application_id)]))[0]
