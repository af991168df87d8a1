"""GraphQL types of catalogue administration (views of drafts, publications, diffs and problems)."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from api.catalog import models as cm
from api.catalog_admin.checks import Problem
from api.catalog_admin.diff import ChangeKind, EntryChange
from api.graphql.errors import Error
from api.graphql.ids import global_id

strawberry.enum(ChangeKind, name="CatalogueChangeKind")


@strawberry.type
class CatalogueAdminError(Error):
    pass


@strawberry.type(description="One field of an entry that changed: a path such as materials[photo].note_en")
class CatalogueFieldChange:
    path: str
    before: str | None = strawberry.field(description="The text, or JSON of another value; null: absent")
    after: str | None


@strawberry.type(description="An entry added, removed or changed, with each field that changed")
class CatalogueEntryChange:
    section: str
    code: str
    name: str
    kind: ChangeKind
    fields: list[CatalogueFieldChange]

    @staticmethod
    def of(change: EntryChange) -> CatalogueEntryChange:
        return CatalogueEntryChange(
            section=change.section,
            code=change.code,
            name=change.name,
            kind=change.kind,
            fields=[CatalogueFieldChange(path=f.path, before=f.before, after=f.after) for f in change.fields],
        )


@strawberry.type(description="A reason the catalogue cannot be published, naming the entry and field")
class CatalogueProblem:
    where: str
    field: str
    message: str
    message_en: str

    @staticmethod
    def of(problem: Problem) -> CatalogueProblem:
        return CatalogueProblem(
            where=problem.where, field=problem.field, message=problem.message, message_en=problem.message_en
        )


@strawberry.type(description="Publishing refused: every problem of the document")
class CataloguePublishRefused(Error):
    problems: list[CatalogueProblem]


@strawberry.type(name="CataloguePublication", description="A numbered revision of the catalogue")
class CataloguePublicationType:
    id: strawberry.ID
    revision: int
    base_revision: int | None = strawberry.field(
        description="The revision its publisher edited; null: a file load"
    )
    published_at: datetime
    published_by: str | None = strawberry.field(description="The publisher's name; null: loaded from files")
    note: str
    changes: list[CatalogueEntryChange] | None = strawberry.field(
        default=None, description="What changed since the revision before it (asked of one publication)"
    )

    @staticmethod
    def of(row: cm.CatalogPublication, publisher: str | None, changes: list[EntryChange] | None = None):
        return CataloguePublicationType(
            id=global_id("CataloguePublication", row.id),
            revision=row.revision,
            base_revision=row.base_revision,
            published_at=row.published_at,
            published_by=publisher,
            note=row.note,
            changes=None if changes is None else [CatalogueEntryChange.of(c) for c in changes],
        )


@strawberry.type(description="My working copy of the catalogue")
class CatalogueDraft:
    base_revision: int = strawberry.field(description="The revision the draft was copied from")
    updated_at: datetime
    changes: list[CatalogueEntryChange]


@strawberry.type(description="Where I stand: my scope, the current revision and my draft")
class CatalogueAdmin:
    scope: str = strawberry.field(description="department XX, hall XX or whole catalogue")
    scope_department: str | None
    scope_hall: str | None
    revision: int
    draft: CatalogueDraft | None


@strawberry.type(description="An entry of a section, as the editor edits it (from my draft if I have one)")
class CatalogueEntry:
    section: str
    code: str
    name: str
    editable: bool = strawberry.field(description="Within my scope")
    entry: JSON


@strawberry.type
class CatalogueDraftDiscarded:
    discarded: bool
