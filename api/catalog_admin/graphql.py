"""The GraphQL face of catalogue administration (thin: policy → service → view)."""

from __future__ import annotations

import json
from typing import Annotated, cast

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from api.catalog import models as cm
from api.catalog.data_checks import CatalogDataError
from api.catalog.document import SECTIONS, normalize
from api.catalog_admin import policies
from api.catalog_admin.diff import diff
from api.catalog_admin.entries import entries, label
from api.catalog_admin.errors import CatalogAdminError as Code
from api.catalog_admin.models import CatalogDraft
from api.catalog_admin.services import drafts, publishing
from api.catalog_admin.types import (
    CatalogueAdmin,
    CatalogueAdminError,
    CatalogueDraft,
    CatalogueDraftDiscarded,
    CatalogueEntry,
    CatalogueEntryChange,
    CatalogueProblem,
    CataloguePublicationType,
    CataloguePublishRefused,
)
from api.failures import Failure
from api.graphql.connections import Connection, connection, decode_cursor, id_connection, id_window, page_size
from api.graphql.errors import failures_as
from api.graphql.ids import from_global_id
from api.graphql.permissions import allow
from api.identity.models import User

MAX_ENTRIES_PAGE = 200
MAX_REVISIONS_PAGE = 50
MAX_DOCUMENT_CHARS = 20_000_000

_failures_as_data = failures_as(CatalogueAdminError)
ADMINS = allow(policies.catalogue_administrator)  # 目录管理员


DraftResult = Annotated[CatalogueDraft | CatalogueAdminError, strawberry.union("CatalogueDraftResult")]
DiscardResult = Annotated[
    CatalogueDraftDiscarded | CatalogueAdminError, strawberry.union("CatalogueDraftDiscardResult")
]
PublishResult = Annotated[
    CataloguePublicationType | CataloguePublishRefused | CatalogueAdminError,
    strawberry.union("CataloguePublishResult"),
]


async def _draft_view(draft: CatalogDraft) -> CatalogueDraft:
    base = await drafts.revision_document(draft.base_revision)
    changes = diff(base, drafts.draft_document(draft))
    return CatalogueDraft(
        base_revision=draft.base_revision,
        updated_at=draft.updated_at,
        changes=[CatalogueEntryChange.of(c) for c in changes],
    )


async def _publication_views(rows: list[cm.CatalogPublication], with_changes: bool = False):
    names = dict(
        await User.filter(id__in=[r.published_by_id for r in rows if r.published_by_id]).values_list(
            "id", "name"
        )
    )
    views = []
    for row in rows:
        changes = None
        if with_changes:
            before = await publishing.document_at(row.revision - 1)
            changes = diff(before, normalize(json.loads(row.document)))
        views.append(CataloguePublicationType.of(row, names.get(row.published_by_id), changes))
    return views


async def _publish(info: Info, action) -> PublishResult:
    try:
        published = await action()
    except publishing.PublishRefused as refused:
        return CataloguePublishRefused(
            code=refused.code,
            message=refused.message,
            message_en=refused.message_en,
            problems=[CatalogueProblem.of(p) for p in refused.problems],
        )
    except Failure as failure:
        return CatalogueAdminError.of(failure)
    except CatalogDataError as problem:
        return CatalogueAdminError.of(Failure(Code.INVALID_CATALOGUE_ENTRY, problem=str(problem)[:2000]))
    info.context.catalog_cache.clear()  # this process follows at once; others within their check interval
    return (await _publication_views([published.publication]))[0]


@strawberry.type
class CatalogueAdminQuery:
    @strawberry.field(
        description="目录管理: my scope, the current revision, my draft and its changes",
        permission_classes=ADMINS,
    )
    async def catalogue_admin(self, info: Info) -> CatalogueAdmin:
        scope = await policies.admin_scope(info.context.principal)
        draft = await drafts.draft_of(scope.user_id)
        return CatalogueAdmin(
            scope=scope.describe,
            scope_department=scope.department,
            scope_hall=scope.hall,
            revision=await drafts.current_revision_number(),
            draft=None if draft is None else await _draft_view(draft),
        )

    @strawberry.field(
        description="The entries of a section (departments halls materials fields items "
        "bundles lifecycle), from my draft if I have one, else the current revision",
        permission_classes=ADMINS,
    )
    async def catalogue_entries(
        self, info: Info, section: str, first: int = 100, after: str | None = None
    ) -> Connection[CatalogueEntry]:
        size = page_size(first, MAX_ENTRIES_PAGE)
        if section not in SECTIONS:
            raise Failure(Code.UNKNOWN_CATALOGUE_SECTION, section=section[:32])
        scope = await policies.admin_scope(info.context.principal)
        draft = await drafts.draft_of(scope.user_id)
        document = (
            drafts.draft_document(draft)
            if draft
            else await drafts.revision_document(await drafts.current_revision_number())
        )
        rows = [row for (kind, _), row in entries(document).items() if kind == section]
        start = int((decode_cursor(after) or ["0"])[0]) if after else 0
        window = rows[start : start + size]
        nodes = [
            CatalogueEntry(
                section=section,
                code=str(row.get("code")),
                name=label(row),
                editable=scope.may_edit(section, row),
                entry=cast(JSON, row),
            )
            for row in window
        ]
        keys = [[start + i + 1] for i in range(len(window))]
        return connection(nodes, keys, start + size < len(rows))

    @strawberry.field(
        description="Published revisions, newest first",
        permission_classes=ADMINS,
    )
    async def catalogue_revisions(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> Connection[CataloguePublicationType]:
        window = await id_window(cm.CatalogPublication.all(), page_size(first, MAX_REVISIONS_PAGE), after)
        return id_connection(window, nodes=await _publication_views(window.rows))

    @strawberry.field(
        description="One revision with what changed since the one before", permission_classes=ADMINS
    )
    async def catalogue_publication(self, info: Info, id: strawberry.ID) -> CataloguePublicationType | None:
        row = await cm.CatalogPublication.get_or_none(id=from_global_id(id, "CataloguePublication"))
        return None if row is None else (await _publication_views([row], with_changes=True))[0]

    @strawberry.field(
        description="The whole catalogue of a revision (default: current) as one document, "
        "the format of `catalog export` in JSON",
        permission_classes=ADMINS,
    )
    async def catalogue_document(self, info: Info, revision: int | None = None) -> JSON:
        number = revision if revision is not None else await drafts.current_revision_number()
        return cast(JSON, await drafts.revision_document(number))


@strawberry.type
class CatalogueAdminMutation:
    @strawberry.mutation(
        description="Save an entry into my draft (code: the entry edited; null: a new one; "
        "parent: a new life-cycle node's parent)",
        permission_classes=ADMINS,
    )
    @_failures_as_data
    async def save_catalogue_entry(
        self, info: Info, section: str, entry: JSON, code: str | None = None, parent: str | None = None
    ) -> DraftResult:
        scope = await policies.admin_scope(info.context.principal)
        return await _draft_view(await drafts.save_entry(scope, section, code, entry, parent))

    @strawberry.mutation(
        description="Remove an entry from my draft",
        permission_classes=ADMINS,
    )
    @_failures_as_data
    async def remove_catalogue_entry(self, info: Info, section: str, code: str) -> DraftResult:
        scope = await policies.admin_scope(info.context.principal)
        return await _draft_view(await drafts.remove_entry(scope, section, code))

    @strawberry.mutation(description="Throw my draft away", permission_classes=ADMINS)
    @_failures_as_data
    async def discard_catalogue_draft(self, info: Info) -> DiscardResult:
        scope = await policies.admin_scope(info.context.principal)
        return CatalogueDraftDiscarded(discarded=await drafts.discard_draft(scope))

    @strawberry.mutation(
        description="Publish my draft as the next revision (refused with every problem, or a "
        "conflict when someone published since my draft began)",
        permission_classes=ADMINS,
    )
    async def publish_catalogue(self, info: Info, note: str = "") -> PublishResult:
        async def action():
            scope = await policies.admin_scope(info.context.principal)
            return await publishing.publish_draft(scope, note[:500])

        return await _publish(info, action)

    @strawberry.mutation(
        description="Publish a whole document (an upload of `catalogueDocument`/export) "
        "over revision baseRevision; an administrator of the whole catalogue only",
        permission_classes=ADMINS,
    )
    async def import_catalogue(
        self, info: Info, document: JSON, base_revision: int, note: str = ""
    ) -> PublishResult:
        async def action():
            scope = await policies.admin_scope(info.context.principal)
            if scope.department or scope.hall:
                raise Failure(Code.OUTSIDE_CATALOGUE_SCOPE, code="import", scope=scope.describe)
            if len(json.dumps(document, ensure_ascii=False)) > MAX_DOCUMENT_CHARS:
                raise Failure(Code.INVALID_CATALOGUE_FILE)
            try:
                parsed = normalize(document)
            except CatalogDataError:
                raise Failure(Code.INVALID_CATALOGUE_FILE) from None
            return await publishing.publish_document(parsed, base_revision, scope.user_id, note[:500])

        return await _publish(info, action)
