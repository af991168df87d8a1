"""Publishing: a checked document becomes the next numbered revision, for everyone, at once.

1. The document is checked against the revision it was edited from (``checks.publication_problems``):
   any problem refuses it with the full list (``PublishRefused``).
2. In one unit of work (``BEGIN IMMEDIATE`` on SQLite), the revision counter moves from the base to
   base + 1 only if it is still at the base (compare and set); else ``PUBLISH_CONFLICT`` and nothing
   is written. The loader writes the document (the same code that loads the data files) and stores it
   as the revision with its publisher and note.
3. Every snapshot, persisted query, guide and poster is keyed by the revision, so they follow it.
   Applications keep the form frozen onto them when they were filed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tortoise.exceptions import IntegrityError

from api.catalog import models as cm
from api.catalog.document import Document, digest, normalize, source_from_document
from api.catalog.loader import publish_source
from api.catalog_admin.checks import Problem, publication_problems
from api.catalog_admin.errors import CatalogAdminError
from api.catalog_admin.models import CatalogDraft
from api.catalog_admin.policies import AdminScope
from api.catalog_admin.services.drafts import (
    current_revision_number,
    draft_document,
    draft_of,
    revision_document,
)
from api.failures import Failure
from api.unit_of_work import changing
from api.uploads.models import Upload

EMPTY: Document = normalize({})


class PublishRefused(Failure):
    """The document has problems; ``problems`` lists each, naming the entry and the field."""

    def __init__(self, problems: Sequence[Problem]):
        super().__init__(CatalogAdminError.PUBLISH_REFUSED, count=len(problems))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class Published:
    revision: int
    publication: cm.CatalogPublication


async def document_at(base: int) -> Document:
    return EMPTY if base == 0 else await revision_document(base)


async def publish_document(document: Document, base: int, published_by: int | None, note: str) -> Published:
    """Publish ``document`` as the revision after ``base`` (the revision its editor started from)."""
    document = normalize(document)
    before = await document_at(base)
    if digest(before) == digest(document):
        raise Failure(CatalogAdminError.NOTHING_TO_PUBLISH)
    problems = [*publication_problems(before, document), *await download_problems(document)]
    if problems:
        raise PublishRefused(problems)
    source = source_from_document(document)
    try:
        async with changing(immediate=True):
            revision = await publish_source(source, base, published_by, note.strip())
            if revision is None:
                current = await current_revision_number()
                raise Failure(CatalogAdminError.PUBLISH_CONFLICT, base=base, current=current)
            await CatalogDraft.filter(owner_id=published_by, base_revision=base).delete()
    except IntegrityError:  # a removed row something else still points at (RESTRICT): all rolled back
        raise Failure(CatalogAdminError.CATALOGUE_ENTRY_IN_USE) from None
    publication = await cm.CatalogPublication.get(revision=revision)
    return Published(revision, publication)


async def download_problems(document: Document) -> list[Problem]:
    """表格下载、示范文本: each download names an upload (a PDF or an image) that exists."""
    wanted = [
        (str(row.get("code")), index, str(d.get("file")))
        for row in document["materials"]
        for index, d in enumerate(row.get("downloads") or [])
        if isinstance(d, dict)
    ]
    rows = await Upload.filter(public_id__in=[f for _, _, f in wanted]).values_list("public_id", flat=True)
    found: set[str] = {str(public_id) for public_id in rows}
    return [
        Problem(
            f"materials/{code}",
            f"downloads[{index}].file",
            "没有这个已上传的文件",
            "no uploaded file has this id",
        )
        for code, index, file in wanted
        if file not in found
    ]


async def publish_draft(scope: AdminScope, note: str) -> Published:
    draft = await draft_of(scope.user_id)
    if draft is None:
        raise Failure(CatalogAdminError.NO_CATALOGUE_DRAFT)
    return await publish_document(draft_document(draft), draft.base_revision, scope.user_id, note)
