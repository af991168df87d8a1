"""Public catalogue queries: thin resolvers over ``services``.

The snapshot's entities are the root values of the GraphQL types (resolved by attribute, told apart by
``is_type_of``): mapping thousands of them would cost more than the query, so the resolvers return
them as they are, ``cast`` to the GraphQL type they stand for."""

from __future__ import annotations

from typing import cast

import strawberry
from strawberry.types import Info

from api.catalog import services, situations
from api.catalog.entities import NotFound
from api.catalog.errors import CatalogError
from api.catalog.situation_types import (
    SituationAnswerInput,
    SituationError,
    SituationResult,
    SituationType,
    answers_of,
    chosen_items,
)
from api.catalog.types import (
    BundleType,
    CatalogEntry,
    DepartmentType,
    Guide,
    HallType,
    LifeNodeType,
    SearchHitType,
    SearchResultType,
    ServiceItemConnection,
    ServiceItemType,
    Subject,
)
from api.failures import Failure
from api.graphql.connections import connection, decode_cursor
from api.graphql.errors import failures_as
from api.graphql.permissions import allow
from api.identity import policies


@strawberry.type
class CatalogQuery:
    @strawberry.field(
        permission_classes=allow(policies.public),
        description="The guide behind a QR code: a service item, a bundle, or NotFound",
    )
    async def guide(self, info: Info, code: str) -> Guide:
        return cast(Guide, services.guide(await info.context.catalog(), code))

    @strawberry.field(
        permission_classes=allow(policies.public),
        description="Service items in code order, at most 100 a page",
    )
    async def catalog_items(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        department: str | None = None,
        subject: Subject | None = None,
    ) -> ServiceItemConnection:
        found = decode_cursor(after)
        catalog = await info.context.catalog()
        items, total, more = services.browse_items(
            catalog, first, found[0] if found else None, department, subject
        )
        page = connection(cast(list[ServiceItemType], items), [(i.code,) for i in items], more)
        return ServiceItemConnection(edges=page.edges, page_info=page.page_info, total_count=total)

    @strawberry.field(permission_classes=allow(policies.public), description="Every bundle (一件事)")
    async def bundles(self, info: Info) -> list[BundleType]:
        return list((await info.context.catalog()).bundles)

    @strawberry.field(permission_classes=allow(policies.public))
    async def departments(self, info: Info) -> list[DepartmentType]:
        return list((await info.context.catalog()).departments)

    @strawberry.field(permission_classes=allow(policies.public))
    async def halls(self, info: Info) -> list[HallType]:
        return list((await info.context.catalog()).halls)

    @strawberry.field(
        permission_classes=allow(policies.public),
        description="The life-cycle tree (全生命周期树), optionally for one subject",
        metadata={"cost_size": 2},  # natural and legal persons
    )
    async def life_cycle(self, info: Info, subject: Subject | None = None) -> list[LifeNodeType]:
        return cast(list[LifeNodeType], list(services.life_cycle(await info.context.catalog(), subject)))

    @strawberry.field(
        permission_classes=allow(policies.public),
        description="情形引导 and 点菜: an item or a bundle for these answers and chosen items (null: the "
        "bundle as offered): only the materials, fields, items and departments that apply",
    )
    @failures_as(SituationError)
    async def situation(
        self,
        info: Info,
        code: str,
        answers: list[SituationAnswerInput] | None = None,
        items: list[str] | None = None,
    ) -> SituationResult:
        entry = services.guide(await info.context.catalog(), code)
        if isinstance(entry, NotFound):
            raise Failure(CatalogError.NOT_FOUND, code=code[:32])
        return SituationType.of(situations.fit(entry, answers_of(answers), chosen_items(items)))

    @strawberry.field(
        permission_classes=allow(policies.public),
        description="Search items and bundles in Chinese or English (at most 100 hits)",
    )
    async def search(self, info: Info, text: str, first: int = 20) -> SearchResultType:
        hits = services.search(await info.context.catalog(), text, first)
        return SearchResultType(
            text=hits.text,
            total_count=hits.total,
            hits=cast(list[CatalogEntry], list(hits.hits)),
            results=[
                SearchHitType(entry=cast(CatalogEntry, h.entry), score=h.score, matched_on=list(h.matched_on))
                for h in hits.results
            ],
            suggestions=list(hits.suggestions),
        )
