"""A catalogue document seen as entries: ``(section, code) → entry``. Pure.

Life-cycle nodes are nested in the document; as entries each node stands alone, its ``children``
replaced by the children's codes, so a diff or a scope check names the node that changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from api.catalog.document import SECTIONS, Document

EntryKey = tuple[str, str]


def _nodes(nodes: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for node in nodes:
        children = node.get("children") or []
        flat = {k: v for k, v in node.items() if k != "children"}
        if children:
            flat["children"] = [str(child.get("code")) for child in children if isinstance(child, dict)]
        yield flat
        yield from _nodes([c for c in children if isinstance(c, dict)])


def entries(document: Document) -> dict[EntryKey, dict[str, Any]]:
    found: dict[EntryKey, dict[str, Any]] = {}
    for section in SECTIONS:
        rows = document.get(section) or []
        for row in _nodes(rows) if section == "lifecycle" else rows:
            found[(section, str(row.get("code")))] = row
    return found


def changed_keys(base: Document, document: Document) -> list[EntryKey]:
    """Entries added or changed in ``document`` since ``base`` (removed ones are not listed)."""
    before = entries(base)
    return [key for key, row in entries(document).items() if before.get(key) != row]


def label(entry: dict[str, Any]) -> str:
    return str(entry.get("name") or entry.get("title") or entry.get("code") or "")


def find_node(nodes: list[dict[str, Any]], code: str) -> tuple[list[dict[str, Any]], int] | None:
    """The list holding the life-cycle node ``code`` and its position there."""
    for index, node in enumerate(nodes):
        if node.get("code") == code:
            return nodes, index
        found = find_node(node.get("children") or [], code)
        if found is not None:
            return found
    return None
