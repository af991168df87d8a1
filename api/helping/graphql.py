"""Help requests (请帮办员协助) over GraphQL: thin resolvers over ``api.helping.requests``."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry.types import Info

from api.graphql.errors import Error, failures_as
from api.graphql.ids import from_global_id, global_id
from api.graphql.permissions import allow
from api.helping import requests
from api.helping.enums import STATUS_LABELS, HelpStatus, TeamLevel
from api.helping.models import HelpRequest
from api.identity import policies
from api.identity.queries import current_user

strawberry.enum(TeamLevel, description="市 city / 县区 county / 乡镇街道 township / 村社区 community")
strawberry.enum(HelpStatus)


@strawberry.type
class HelpingError(Error):
    pass


_failures_as_data = failures_as(HelpingError)


@strawberry.type
class HelpTeam:
    name: str
    name_en: str | None = strawberry.field(description="English; null when there is none (show the Chinese)")
    level: TeamLevel


@strawberry.type(name="HelpRequest", description="A citizen's request for a helper (请帮办员协助)")
class HelpRequestType:
    id: strawberry.ID
    item_code: str
    item_name: str
    phone: str
    address: str
    note: str
    status: HelpStatus
    status_zh: str
    status_en: str
    team: HelpTeam | None
    helper_name: str | None
    citizen_name: str | None = strawberry.field(description="For the helper's list")
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, row: HelpRequest, *, citizen_name: str | None = None) -> HelpRequestType:
        zh, en = STATUS_LABELS[HelpStatus(row.status)]
        team = row.team if row.team_id is not None else None
        return cls(
            id=global_id("HelpRequest", row.id),
            item_code=row.catalog_code,
            item_name=row.catalog_name,
            phone=row.phone,
            address=row.address,
            note=row.note,
            status=row.status,
            status_zh=zh,
            status_en=en,
            team=None if team is None else HelpTeam(name=team.name, name_en=team.name_en, level=team.level),
            helper_name=row.helper.name if row.helper_id is not None and row.helper is not None else None,
            citizen_name=citizen_name,
            created_at=row.created_at,
            updated_at=row.updated_at,
        )


HelpRequestResult = Annotated[HelpRequestType | HelpingError, strawberry.union("HelpRequestResult")]


@strawberry.type
class HelpingQuery:
    @strawberry.field(
        description="My requests for a helper, newest first", permission_classes=allow(policies.citizen)
    )
    async def my_help_requests(self, info: Info) -> list[HelpRequestType]:
        return [HelpRequestType.of(r) for r in await requests.of_citizen((await current_user(info)).id)]

    @strawberry.field(
        description="A helper's work: open requests of their teams, and the ones they took",
        permission_classes=allow(policies.helper),
    )
    async def help_requests_for_me(self, info: Info) -> list[HelpRequestType]:
        rows = await requests.for_helper((await current_user(info)).id)
        return [HelpRequestType.of(r, citizen_name=r.citizen.name) for r in rows]


@strawberry.type
class HelpingMutation:
    @strawberry.mutation(
        description="请帮办员协助: ask for a helper (from a guide page), with a phone and an address",
        permission_classes=allow(policies.citizen),
    )
    @_failures_as_data
    async def request_help(
        self, info: Info, phone: str, address: str, code: str = "", note: str = ""
    ) -> HelpRequestResult:
        catalog = await info.context.catalog()
        row = await requests.request_help(catalog, await current_user(info), code, phone, address, note)
        return HelpRequestType.of(row)

    @strawberry.mutation(permission_classes=allow(policies.citizen))
    @_failures_as_data
    async def cancel_help_request(self, info: Info, id: strawberry.ID) -> HelpRequestResult:
        return HelpRequestType.of(
            await requests.cancel(await current_user(info), from_global_id(id, "HelpRequest"))
        )

    @strawberry.mutation(
        description="A helper of the request's team takes it (assigned to them)",
        permission_classes=allow(policies.helper),
    )
    @_failures_as_data
    async def take_help_request(self, info: Info, id: strawberry.ID) -> HelpRequestResult:
        return HelpRequestType.of(
            await requests.take(await current_user(info), from_global_id(id, "HelpRequest"))
        )

    @strawberry.mutation(permission_classes=allow(policies.helper))
    @_failures_as_data
    async def finish_help_request(self, info: Info, id: strawberry.ID) -> HelpRequestResult:
        return HelpRequestType.of(
            await requests.finish(await current_user(info), from_global_id(id, "HelpRequest"))
        )
