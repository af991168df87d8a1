"""What a publication must pass, beyond the loader's data checks (``catalog_problems``). Pure.

- English: every text ``x`` added or changed since the revision edited (a new entry: all its texts)
  has a non-empty sibling ``x_en``; a list of texts (``conditions``, or any list with an ``_en``
  sibling) has one of the same length. Keys that
  hold codes, enums or numbers are not texts (``NOT_TEXT``). The rule is the convention of the
  document, so new keys (situation questions, …) are covered without a change here.
- Bundles: the items' dependencies (an item asks for a material another item of the bundle issues)
  must not form a cycle; the merged form must not ask one thing twice in incompatible ways (one field
  with different definitions in two items, two fields with one label or one prefill source but
  different types or rules).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from api.catalog.data_checks import CatalogSource, catalog_problems
from api.catalog.document import Document
from api.catalog_admin.entries import changed_keys, entries

NOT_TEXT = frozenset(
    {
        "code", "department", "departments", "kind", "subject", "hall", "material", "form", "place",
        "type", "prefill", "issued_by", "key", "field", "waits", "output", "supplied_by", "phone",
        "pattern", "value", "windows", "items", "bundles", "next", "channels", "cross_region",
        "keywords", "legal_basis", "children", "min", "max", "upload", "content_type", "file",
    }
)  # fmt: skip
TEXT_LISTS = frozenset({"conditions"})
_WHERE = re.compile(r"^(?P<where>[^:]+): (?P<problem>.+)$", re.S)


@dataclass(frozen=True)
class Problem:
    where: str  # "items/CG01", "bundles/B03", or the loader's own words ("item CG01 material x")
    field: str  # a path in the entry ("materials[2].note_en"), "" for the whole entry
    message: str
    message_en: str


def _english(value: Any, before: Any, path: str, out: list[tuple[str, str, str]]) -> None:
    """Texts of ``value`` that are new or changed since ``before`` (the same place in the revision
    edited) and have no English."""
    if isinstance(value, list):
        for index, element in enumerate(value):
            old = before[index] if isinstance(before, list) and index < len(before) else None
            _english(element, old, f"{path}[{index}]", out)
        return
    if not isinstance(value, dict):
        return
    old_row: dict[str, Any] = before if isinstance(before, dict) else {}
    for key, text in value.items():
        if key.endswith("_en") or key in NOT_TEXT:
            continue
        where = f"{path}.{key}" if path else key
        english = value.get(f"{key}_en")
        changed = key not in old_row or old_row[key] != text or old_row.get(f"{key}_en") != english
        if isinstance(text, str) and text.strip():
            if changed and not (isinstance(english, str) and english.strip()):
                out.append((f"{where}_en", "缺少英文", "no English"))
        elif isinstance(text, list) and text and all(isinstance(t, str) for t in text):
            if changed and (key in TEXT_LISTS or f"{key}_en" in value):
                ok = isinstance(english, list) and len(english) == len(text)
                ok = ok and all(isinstance(e, str) and e.strip() for e in english or [])
                if not ok:
                    lines = len(text)
                    out.append((f"{where}_en", f"需要 {lines} 行英文", f"needs {lines} English lines"))
        else:
            _english(text, old_row.get(key), where, out)


def english_problems(base: Document, document: Document) -> list[Problem]:
    """Every text added or changed since ``base`` without its English (``x`` → ``x_en``)."""
    problems: list[Problem] = []
    old, rows = entries(base), entries(document)
    for key in changed_keys(base, document):
        found: list[tuple[str, str, str]] = []
        _english(rows[key], old.get(key), "", found)
        problems.extend(Problem(f"{key[0]}/{key[1]}", path, zh, en) for path, zh, en in found)
    return problems


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 visiting, 2 done
    trail: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        trail.append(node)
        for after in sorted(graph.get(node, ())):
            if state.get(after) == 1:
                return [*trail[trail.index(after) :], after]
            if after not in state and (found := visit(after)):
                return found
        trail.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def _field_entries(item: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"field": f} if isinstance(f, str) else f
        for f in item.get("fields") or []
        if isinstance(f, str | dict)
    ]


def _form_clashes(members: list[dict[str, Any]], dictionary: dict[str, dict[str, Any]]) -> list[str]:
    clashes: list[str] = []
    overrides: dict[str, tuple[str, dict[str, Any]]] = {}
    by_label: dict[str, tuple[str, Any]] = {}
    by_prefill: dict[str, tuple[str, Any]] = {}
    for item in members:
        for entry in _field_entries(item):
            code = str(entry.get("field"))
            extra = {k: v for k, v in entry.items() if k not in ("field", "required")}
            seen = overrides.setdefault(code, (str(item.get("code")), extra))
            if seen[1] != extra:
                clashes.append(f"field {code} is defined differently by {seen[0]} and {item.get('code')}")
            definition = {**dictionary.get(code, {}), **extra}
            shape = (definition.get("type"), definition.get("rules"))
            for index, key in ((by_label, definition.get("name")), (by_prefill, definition.get("prefill"))):
                if not key:
                    continue
                other = index.setdefault(str(key), (code, shape))
                if other[0] != code and other[1] != shape:
                    what = "label" if index is by_label else "prefill"
                    clashes.append(
                        f"fields {other[0]} and {code} share the {what} {key!r} but differ in type or rules"
                    )
    return list(dict.fromkeys(clashes))


def bundle_problems(document: Document) -> list[Problem]:
    items = {str(i.get("code")): i for i in document.get("items") or []}
    dictionary = {str(f.get("code")): f for f in document.get("fields") or []}
    problems: list[Problem] = []
    for bundle in document.get("bundles") or []:
        where = f"bundles/{bundle.get('code')}"
        members = [items[c] for c in bundle.get("items") or [] if c in items]
        issues = {str(i["output"]): str(i["code"]) for i in members if i.get("output")}
        graph = {
            str(i["code"]): {
                issues[str(m.get("material"))]
                for m in i.get("materials") or []
                if issues.get(str(m.get("material"))) not in (None, i["code"])
            }
            for i in members
        }
        cycle = _cycle(graph)
        if cycle:
            chain = " → ".join(cycle)
            problems.append(
                Problem(
                    where,
                    "items",
                    f"事项之间的依赖成环：{chain}",
                    f"the items depend on each other in a cycle: {chain}",
                )
            )
        for clash in _form_clashes(members, dictionary):
            problems.append(
                Problem(where, "fields", f"合并申请表冲突：{clash}", f"the merged form clashes: {clash}")
            )
    return problems


def data_problems(document: Document) -> list[Problem]:
    """The loader's checks (unknown items, materials, fields, departments, …), one problem each."""
    doc = dict(document)
    source = CatalogSource(
        "", doc["departments"], doc["halls"], doc["materials"], doc["items"], doc["bundles"],
        doc["lifecycle"], doc["fields"],
    )  # fmt: skip
    found = [
        Problem(section, "", f"{section} 不能为空", f"{section}: a catalogue needs at least one")
        for section in ("departments", "halls", "items")
        if not doc[section]
    ]
    for line in catalog_problems(source):
        match = _WHERE.match(line)
        where, text = (match["where"], match["problem"]) if match else ("", line)
        found.append(Problem(where, "", text, text))
    return found


def publication_problems(base: Document, document: Document) -> list[Problem]:
    """Every reason not to publish ``document`` over ``base`` (none: it may be published)."""
    return [*data_problems(document), *bundle_problems(document), *english_problems(base, document)]
