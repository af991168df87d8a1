"""Drafts: an administrator's working copy of the catalogue document, edited entry by entry.

The first edit copies the current revision; each later edit replaces one entry of the copy. An entry
is kept as the editor sends it (keys this service does not know stay), within the administrator's
scope (``policies``) before and after the edit. Nothing here changes what citizens see: that is
``publishing``.
"""

from __future__ import annotations

import json
from typing import Any

from api import clock
from api.catalog import models as cm
from api.catalog.document import SECTIONS, Document, normalize
from api.catalog_admin.entries import find_node
from api.catalog_admin.errors import CatalogAdminError
from api.catalog_admin.models import CatalogDraft
from api.catalog_admin.policies import AdminScope, check_scope
from api.failures import Failure
from api.unit_of_work import changing

MAX_ENTRY_CHARS = 200_000  # one entry as JSON


async def revision_document(revision: int) -> Document:
    row = await cm.CatalogPublication.get_or_none(revision=revision)
    if row is None:
        raise Failure(CatalogAdminError.CATALOGUE_REVISION_NOT_FOUND, revision=revision)
    return normalize(json.loads(row.document))


async def current_revision_number() -> int:
    state = await cm.CatalogRevision.get_or_none(id=1)
    return state.revision if state is not None else 0


async def draft_of(user_id: int) -> CatalogDraft | None:
    return await CatalogDraft.get_or_none(owner_id=user_id)


def draft_document(draft: CatalogDraft) -> Document:
    return normalize(json.loads(draft.document))


async def _open(scope: AdminScope) -> tuple[CatalogDraft, Document]:
    draft = await draft_of(scope.user_id)
    if draft is not None:
        return draft, draft_document(draft)
    base = await current_revision_number()
    document = await revision_document(base)
    draft = await CatalogDraft.create(
        owner_id=scope.user_id,
        base_revision=base,
        document=json.dumps(document, ensure_ascii=False),
        updated_at=clock.now(),
    )
    return draft, document


async def _store(draft: CatalogDraft, document: Document) -> CatalogDraft:
    draft.document = json.dumps(normalize(document), ensure_ascii=False)
    draft.updated_at = clock.now()
    await draft.save(update_fields=["document", "updated_at"])
    return draft


def _section(section: str) -> str:
    if section not in SECTIONS:
        raise Failure(CatalogAdminError.UNKNOWN_CATALOGUE_SECTION, section=section[:32])
    return section


def _valid_entry(entry: Any) -> dict[str, Any]:
    if not isinstance(entry, dict) or not isinstance(entry.get("code"), str) or not entry["code"].strip():
        raise Failure(CatalogAdminError.INVALID_CATALOGUE_ENTRY, problem="an entry is an object with a code")
    if len(json.dumps(entry, ensure_ascii=False)) > MAX_ENTRY_CHARS:
        raise Failure(CatalogAdminError.INVALID_CATALOGUE_ENTRY, problem="too large")
    return entry


def _save_node(
    tree: list[dict[str, Any]], code: str | None, entry: dict[str, Any], parent: str | None
) -> None:
    """A life-cycle node as the editor shows it (``children``: the children's codes, in order)."""
    order = entry.pop("children", None)
    if code is None:
        siblings = tree if parent is None else _node_children(tree, parent)
        if find_node(tree, entry["code"]) is not None:
            raise Failure(CatalogAdminError.INVALID_CATALOGUE_ENTRY, problem=f"code {entry['code']} is used")
        siblings.append(entry)
        return
    found = find_node(tree, code)
    if found is None:
        raise Failure(CatalogAdminError.DRAFT_ENTRY_NOT_FOUND, section="lifecycle", code=code)
    siblings, index = found
    children = siblings[index].get("children") or []
    if order is not None:
        by_code = {c.get("code"): c for c in children}
        if sorted(map(str, order)) != sorted(map(str, by_code)):
            raise Failure(
                CatalogAdminError.INVALID_CATALOGUE_ENTRY, problem="children: reorder, not add or remove"
            )
        children = [by_code[c] for c in order]
    siblings[index] = {**entry, **({"children": children} if children else {})}


def _node_children(tree: list[dict[str, Any]], parent: str) -> list[dict[str, Any]]:
    found = find_node(tree, parent)
    if found is None:
        raise Failure(CatalogAdminError.DRAFT_ENTRY_NOT_FOUND, section="lifecycle", code=parent)
    node = found[0][found[1]]
    return node.setdefault("children", [])


async def save_entry(
    scope: AdminScope, section: str, code: str | None, entry: Any, parent: str | None = None
) -> CatalogDraft:
    """Replace the entry ``code`` of ``section`` in the draft (None: add ``entry``)."""
    section, entry = _section(section), dict(_valid_entry(entry))
    check_scope(scope, section, entry)
    async with changing():
        draft, document = await _open(scope)
        if section == "lifecycle":
            _save_node(document["lifecycle"], code, entry, parent)
            return await _store(draft, document)
        rows = document[section]
        index = next((i for i, row in enumerate(rows) if row.get("code") == code), None) if code else None
        if code is not None and index is None:
            raise Failure(CatalogAdminError.DRAFT_ENTRY_NOT_FOUND, section=section, code=code[:32])
        if index is None:
            rows.append(entry)
        else:
            check_scope(scope, section, rows[index])
            rows[index] = entry
        return await _store(draft, document)


async def remove_entry(scope: AdminScope, section: str, code: str) -> CatalogDraft:
    section = _section(section)
    async with changing():
        draft, document = await _open(scope)
        if section == "lifecycle":
            found = find_node(document["lifecycle"], code)
            if found is None:
                raise Failure(CatalogAdminError.DRAFT_ENTRY_NOT_FOUND, section=section, code=code[:32])
            check_scope(scope, section, found[0][found[1]])
            del found[0][found[1]]
            return await _store(draft, document)
        rows = document[section]
        index = next((i for i, row in enumerate(rows) if row.get("code") == code), None)
        if index is None:
            raise Failure(CatalogAdminError.DRAFT_ENTRY_NOT_FOUND, section=section, code=code[:32])
        check_scope(scope, section, rows[index])
        del rows[index]
        return await _store(draft, document)


async def discard_draft(scope: AdminScope) -> bool:
    async with changing():
        return await CatalogDraft.filter(owner_id=scope.user_id).delete() > 0
