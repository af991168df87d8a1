"""The whole catalogue as files: export a revision as the data files of ``data/catalog``, import a
directory of such files as a new revision (checked and published like an editor's draft)."""

from __future__ import annotations

from pathlib import Path

from api.catalog.document import read_document, write_document
from api.catalog_admin.services.drafts import current_revision_number, revision_document
from api.catalog_admin.services.publishing import Published, publish_document


async def export_revision(directory: Path, revision: int | None = None) -> tuple[int, list[Path]]:
    """Write revision ``revision`` (default: the current one) into ``directory``."""
    number = revision if revision is not None else await current_revision_number()
    document = await revision_document(number)
    return number, write_document(document, directory)


async def import_directory(directory: Path, published_by: int | None = None, note: str = "") -> Published:
    """Publish the files of ``directory`` as the revision after the current one."""
    document = read_document(directory)
    base = await current_revision_number()
    return await publish_document(document, base, published_by, note or f"导入 import {directory.name}")
