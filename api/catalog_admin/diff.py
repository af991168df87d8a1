"""What changed between two catalogue documents: entry by entry, field by field. Pure.

A field is a path in the entry: ``summary``, ``summary_en``, ``fee.amount``, ``materials[photo].note``.
Lists of entries that carry an identity (``code``, ``material``, ``field``, ``key``, ``value``) are
compared by it, so inserting a material does not show every later one as changed; other lists
(conditions, steps) by position. Both languages are fields of their own (``x`` and ``x_en``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from api.catalog.document import SECTIONS, Document
from api.catalog_admin.entries import entries, label

IDENTITY_KEYS = ("code", "material", "field", "key", "value")
MISSING = object()


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class FieldChange:
    path: str
    before: str | None  # JSON of the value (a text shows as its quoted text); None: absent
    after: str | None


@dataclass(frozen=True)
class EntryChange:
    section: str
    code: str
    name: str
    kind: ChangeKind
    fields: tuple[FieldChange, ...]


def _show(value: Any) -> str | None:
    if value is MISSING:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _identity(rows: list[Any]) -> str | None:
    """The key every element of the list is known by, if they all have a distinct one."""
    if not rows or not all(isinstance(r, dict) for r in rows):
        return None
    for key in IDENTITY_KEYS:
        values = [r.get(key) for r in rows]
        if all(isinstance(v, str) and v for v in values) and len(set(values)) == len(values):
            return key
    return None


def _walk(before: Any, after: Any, path: str, out: list[FieldChange]) -> None:
    if before == after:
        return
    if isinstance(before, dict) and isinstance(after, dict):
        for key in dict.fromkeys([*before, *after]):
            sub = f"{path}.{key}" if path else str(key)
            _walk(before.get(key, MISSING), after.get(key, MISSING), sub, out)
        return
    if isinstance(before, list) and isinstance(after, list):
        key = _identity(before + after)
        if key is not None:
            old = {r[key]: r for r in before}
            new = {r[key]: r for r in after}
            for ident in dict.fromkeys([*old, *new]):
                _walk(old.get(ident, MISSING), new.get(ident, MISSING), f"{path}[{ident}]", out)
            if [r[key] for r in before if r[key] in new] != [r[key] for r in after if r[key] in old]:
                out.append(
                    FieldChange(
                        f"{path} (order)", _show([r[key] for r in before]), _show([r[key] for r in after])
                    )
                )
            return
        if all(not isinstance(v, dict | list) for v in before + after):
            out.append(FieldChange(path, _show(before), _show(after)))
            return
        for index in range(max(len(before), len(after))):
            _walk(
                before[index] if index < len(before) else MISSING,
                after[index] if index < len(after) else MISSING,
                f"{path}[{index}]",
                out,
            )
        return
    out.append(FieldChange(path, _show(before), _show(after)))


def diff(base: Document, document: Document) -> list[EntryChange]:
    """Every entry added, removed or changed, in section order then by code."""
    old, new = entries(base), entries(document)
    changes: list[EntryChange] = []
    order = {section: index for index, section in enumerate(SECTIONS)}
    for key in sorted(set(old) | set(new), key=lambda k: (order[k[0]], k[1])):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        fields: list[FieldChange] = []
        _walk(before if before is not None else {}, after if after is not None else {}, "", fields)
        kind = (
            ChangeKind.ADDED
            if before is None
            else ChangeKind.REMOVED
            if after is None
            else ChangeKind.CHANGED
        )
        changes.append(EntryChange(key[0], key[1], label(after or before or {}), kind, tuple(fields)))
    return changes
