"""Load the catalogue from its data files (``data/catalog/*.yaml``) into any database, idempotently.

``read_catalog`` parses and checks the files (``data_checks``: clear errors naming the file and the
code); ``load_catalog`` writes them in one transaction, keeping the ids of existing rows, and bumps
the catalogue revision so every process refreshes its snapshot. Loading the same files twice
changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from api import clock
from api.catalog import models as m
from api.catalog.commitment_terms import terms_to_json
from api.catalog.data_checks import CatalogDataError, CatalogSource, check_catalog
from api.catalog.document import digest, document_of, read_document, source_from_document
from api.catalog.enums import (
    DeferralWaits,
    FieldType,
    ItemKind,
    LifeNodeKind,
    MaterialForm,
    StepPlace,
    Subject,
    SuppliedBy,
)
from api.catalog.field_checks import issued_by, item_fields
from api.catalog.forms import rules_from_json, rules_to_json
from api.catalog.situations import (
    condition_from_json,
    condition_to_json,
    questions_from_json,
    questions_to_json,
)
from api.unit_of_work import changing, department_renamed

__all__ = ["CatalogDataError", "CatalogSource", "LoadResult", "check_catalog", "load_catalog", "read_catalog"]


@dataclass(frozen=True)
class LoadResult:
    changed: bool
    revision: int
    counts: dict[str, int]


def read_catalog(directory: Path) -> CatalogSource:
    """The checked source of a directory of data files (``data/catalog`` or an export)."""
    return source_from_document(read_document(directory))


async def _upserted(model: type[m.Model], code: str, values: dict[str, Any]) -> tuple[Any, set[str]]:
    """The row of ``code`` written with ``values``, and the fields it changed (none when it is new)."""
    obj = await model.get_or_none(code=code)
    if obj is None:
        return await model.create(code=code, **values), set()
    changed = {k: v for k, v in values.items() if getattr(obj, k) != v}
    if changed:
        obj.update_from_dict(changed)
        await obj.save(update_fields=list(changed))
    return obj, set(changed)


async def _upsert(model: type[m.Model], code: str, values: dict[str, Any]) -> Any:
    return (await _upserted(model, code, values))[0]


async def load_catalog(src: CatalogSource, force: bool = False) -> LoadResult:
    """Write the catalogue. A no-op when these exact files were loaded last (unless ``force``), even
    if revisions were published since: a restart does not undo an administrator's publication."""
    counts = {
        "departments": len(src.departments),
        "halls": len(src.halls),
        "materials": len(src.materials),
        "items": len(src.items),
        "bundles": len(src.bundles),
        "fields": len(src.fields),
    }
    async with changing():
        state, _ = await m.CatalogRevision.get_or_create(id=1, defaults={"revision": 0})
        last_file = await m.CatalogPublication.filter(base_revision=None).order_by("-revision").first()
        last_digest = last_file.digest if last_file is not None else None
        loaded = src.digest in (state.source_digest, last_digest)
        if loaded and not force:  # published edits since the last load of these files stay
            return LoadResult(changed=False, revision=state.revision, counts=counts)
        await _write(src)
        state.revision += 1
        state.source_digest = src.digest
        await state.save()
        await _record(
            state.revision, src, base=None, published_by=None, note="从数据文件载入 loaded from files"
        )
        return LoadResult(changed=True, revision=state.revision, counts=counts)


async def publish_source(src: CatalogSource, base: int, published_by: int | None, note: str) -> int | None:
    """Make ``src`` revision ``base + 1`` if the catalogue is still at revision ``base`` (compare and
    set, in the caller's unit of work: ``changing(immediate=True)``); None when another publication
    came first. Written by the same code as a file load."""
    await m.CatalogRevision.get_or_create(id=1, defaults={"revision": 0})
    moved = await m.CatalogRevision.filter(id=1, revision=base).update(
        revision=base + 1, source_digest=src.digest, loaded_at=clock.now()
    )
    if moved != 1:
        return None
    await _write(src)
    await _record(base + 1, src, base=base, published_by=published_by, note=note)
    return base + 1


async def _record(
    revision: int, src: CatalogSource, base: int | None, published_by: int | None, note: str
) -> None:
    document = document_of(src)
    await m.CatalogPublication.create(
        revision=revision,
        base_revision=base,
        document=json.dumps(document, ensure_ascii=False),
        digest=digest(document),
        published_by_id=published_by,
        published_at=clock.now(),
        note=note[:500],
    )


def _faq(row: dict[str, Any]) -> list[dict[str, Any]]:
    """常见问题 of an item or a bundle, as stored."""
    keys = ("question", "question_en", "answer", "answer_en")
    return [{k: qa.get(k) or "" for k in keys} for qa in row.get("faq") or []]


def _terms(item: dict[str, Any], material: dict[str, Any]) -> dict[str, Any]:
    """The item's 容缺 terms of one of its materials (its ``deferral`` list), {} when none."""
    if not material.get("deferrable"):
        return {}
    code = material.get("material")
    return next((t for t in item.get("deferral") or [] if t.get("material") == code), {})


async def _write(src: CatalogSource) -> None:
    depts: dict[str, m.Department] = {}
    for row in src.departments:
        names = {"name": row["name"], "name_en": row["name_en"]}
        depts[row["code"]], changed = await _upserted(m.Department, row["code"], names)
        if changed:  # the lanes of its applications show the old name
            await department_renamed(depts[row["code"]].id)
    halls = {
        row["code"]: await _upsert(
            m.Hall,
            row["code"],
            {
                k: row.get(k)
                for k in (
                    "name",
                    "name_en",
                    "address",
                    "address_en",
                    "hours",
                    "hours_en",
                    "weekend_hours",
                    "weekend_hours_en",
                    "phone",
                )
            },
        )
        for row in src.halls
    }
    materials = {
        row["code"]: await _upsert(
            m.MaterialType,
            row["code"],
            {
                "name": row["name"],
                "name_en": row["name_en"],
                "supplied_by": SuppliedBy(row.get("supplied_by", "none")),
                "printed_fields": [
                    {k: f[k] for k in ("key", "name", "name_en")} for f in row.get("fields") or []
                ],
                "downloads": [
                    {k: d.get(k) for k in ("kind", "name", "name_en", "file")}
                    for d in row.get("downloads") or []
                ],
            },
        )
        for row in src.materials
    }
    form_fields = {
        row["code"]: await _upsert(
            m.FormField,
            row["code"],
            {
                "name": row["name"],
                "name_en": row["name_en"],
                "type": FieldType(row["type"]),
                "rules": rules_to_json(rules_from_json(row.get("rules") or {})),
                "prefill": row.get("prefill"),
                "hint": row.get("hint"),
                "hint_en": row.get("hint_en"),
                "issued_by": issued_by(row),
                "position": position,
            },
        )
        for position, row in enumerate(src.fields)
    }
    items = {}
    for row in src.items:
        fee = row.get("fee") or {"free": True}
        items[row["code"]] = await _upsert(
            m.ServiceItem,
            row["code"],
            {
                "name": row["name"],
                "name_en": row["name_en"],
                "department_id": depts[row["department"]].id,
                "kind": ItemKind(row["kind"]),
                "subject": Subject(row["subject"]),
                "summary": row["summary"],
                "summary_en": row.get("summary_en"),
                "eligibility": row["eligibility"],
                "eligibility_en": row.get("eligibility_en"),
                "conditions": list(row.get("conditions", [])),
                "conditions_en": list(row.get("conditions_en") or []),
                "legal_basis": list(row.get("legal_basis", [])),
                "legal_basis_en": list(row.get("legal_basis_en") or []),
                "statutory_days": row["statutory_days"],
                "promised_days": row["promised_days"],
                "fee_free": fee["free"],
                "fee_amount": None if fee["free"] else Decimal(str(fee["amount"])),
                "fee_description": fee.get("description"),
                "fee_description_en": fee.get("description_en"),
                "channels": list(row.get("channels", [])),
                "visits": row["visits"],
                "hall_id": halls[row["hall"]].id,
                "window": str(row["window"]),
                "window_en": row.get("window_en"),
                "cross_region": list(row.get("cross_region", [])),
                "weekend_service": bool(row.get("weekend_service", False)),
                "delegable": bool(row.get("delegable", True)),
                "output_id": materials[row["output"]].id if row.get("output") else None,
                "keywords": list(row.get("keywords", [])),
                "faq": _faq(row),
                "form_fields": item_fields(row.get("fields", [])),
                "commitment": terms_to_json(row.get("commitment")),
                "questions": questions_to_json(questions_from_json(row.get("questions"))),
            },
        )
    bundles = {
        row["code"]: await _upsert(
            m.Bundle,
            row["code"],
            {
                "name": row["name"],
                "name_en": row["name_en"],
                "subject": Subject(row["subject"]),
                "summary": row["summary"],
                "summary_en": row.get("summary_en"),
                "hall_id": halls[row["hall"]].id,
                "window": str(row["window"]),
                "window_en": row.get("window_en"),
                "keywords": list(row.get("keywords", [])),
                "faq": _faq(row),
                "next_codes": list(row.get("next") or []),
                "questions": questions_to_json(questions_from_json(row.get("questions"))),
                "item_when": {
                    code: condition_to_json(condition_from_json(when))
                    for code, when in (row.get("when") or {}).items()
                },
                "optional_items": list(row.get("optional") or []),
                "extra_items": list(row.get("extras") or []),
            },
        )
        for row in src.bundles
    }
    # Child rows carry no identity of their own: replace them wholesale.
    item_ids = [obj.id for obj in items.values()]
    await m.ItemMaterial.filter(item_id__in=item_ids).delete()
    await m.ItemStep.filter(item_id__in=item_ids).delete()
    await m.BundleItem.filter(bundle_id__in=[b.id for b in bundles.values()]).delete()
    await m.ItemMaterial.bulk_create(
        [
            m.ItemMaterial(
                item_id=items[row["code"]].id,
                material_id=materials[mat["material"]].id,
                position=pos,
                form=MaterialForm(mat["form"]),
                copies=int(mat.get("copies", 1)),
                required=bool(mat.get("required", True)),
                deferrable=bool(mat.get("deferrable", False)),
                note=mat.get("note"),
                note_en=mat.get("note_en"),
                defer_within=_terms(row, mat).get("within"),
                defer_waits=DeferralWaits(_terms(row, mat)["waits"]) if _terms(row, mat) else None,
                when=condition_to_json(condition_from_json(mat.get("when"))) or None,
            )
            for row in src.items
            for pos, mat in enumerate(row.get("materials", []))
        ]
    )
    await m.ItemStep.bulk_create(
        [
            m.ItemStep(
                item_id=items[row["code"]].id,
                position=pos + 1,
                title=step["title"],
                title_en=step.get("title_en"),
                description=step["description"],
                description_en=step.get("description_en"),
                place=StepPlace(step["place"]),
            )
            for row in src.items
            for pos, step in enumerate(row.get("steps", []))
        ]
    )
    await m.BundleItem.bulk_create(
        [
            m.BundleItem(bundle_id=bundles[row["code"]].id, item_id=items[code].id, position=pos)
            for row in src.bundles
            for pos, code in enumerate(row["items"])
        ]
    )
    await _write_tree(src.tree, items, bundles)
    await m.SynonymGroup.all().delete()
    await m.SynonymGroup.bulk_create(
        [m.SynonymGroup(position=pos, words=list(group)) for pos, group in enumerate(src.synonyms)]
    )
    # What the files no longer list leaves the catalogue.
    await m.Bundle.exclude(code__in=list(bundles)).delete()
    await m.ServiceItem.exclude(code__in=list(items)).delete()
    await m.MaterialType.exclude(code__in=list(materials)).delete()
    await m.FormField.exclude(code__in=list(form_fields)).delete()
    await m.Hall.exclude(code__in=list(halls)).delete()
    await m.Department.exclude(code__in=list(depts)).delete()


async def _write_tree(tree: list[dict], items: dict, bundles: dict) -> None:
    await m.LifeNodeEntry.all().delete()
    kept: list[str] = []
    entries: list[m.LifeNodeEntry] = []

    async def write(node: dict, parent_id: int | None, position: int) -> None:
        obj = await _upsert(
            m.LifeNode,
            node["code"],
            {
                "parent_id": parent_id,
                "kind": LifeNodeKind(node["kind"]),
                "name": node["name"],
                "name_en": node["name_en"],
                "position": position,
            },
        )
        kept.append(node["code"])
        for pos, code in enumerate(node.get("bundles", [])):
            entries.append(m.LifeNodeEntry(node_id=obj.id, bundle_id=bundles[code].id, position=pos))
        offset = len(node.get("bundles", []))
        for pos, code in enumerate(node.get("items", [])):
            entries.append(m.LifeNodeEntry(node_id=obj.id, item_id=items[code].id, position=offset + pos))
        for pos, child in enumerate(node.get("children", [])):
            await write(child, obj.id, pos)

    for pos, root in enumerate(tree):
        await write(root, None, pos)
    await m.LifeNodeEntry.bulk_create(entries)
    await m.LifeNode.exclude(code__in=kept).delete()
