"""Build the immutable catalogue snapshot from the database, and keep it fresh.

A snapshot costs a fixed number of SQL queries, whatever the size of the catalogue (one per
table). Each process keeps the current snapshot in memory and asks the database for the revision
number at most every ``check_interval`` seconds; a load that changes the catalogue bumps it.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from decimal import Decimal

from api.catalog import entities as e
from api.catalog import models as m
from api.catalog.bundles import bundle_time_limit, compute_savings, merge_materials
from api.catalog.commitment_terms import terms_from_json
from api.catalog.enums import Channel, CrossRegion
from api.catalog.forms import FormPart, build_schema, rules_from_json
from api.catalog.labels import LicenceLabels
from api.catalog.search import SearchIndex
from api.catalog.search_text import Synonyms
from api.catalog.situations import condition_from_json, questions_from_json


def _fee(item: m.ServiceItem) -> e.Fee:
    amount = item.fee_amount
    return e.Fee(
        free=item.fee_free,
        amount=None if amount is None else f"{Decimal(amount):.2f}",
        description=item.fee_description,
        description_en=item.fee_description_en,
    )


def _lines_en(lines: list[str], english: list[str]) -> tuple[str, ...]:
    """The English of a list of texts, line for line; () unless there is one for every line."""
    return tuple(english) if len(english) == len(lines) and all(english) else ()
def _faq(rows: list[dict[str, str]] | None) -> tuple[e.Faq, ...]:
    return tuple(e.Faq(r["question"], r["question_en"], r["answer"], r["answer_en"]) for r in rows or [])


async def current_revision() -> int:
    row = await m.CatalogRevision.get_or_none(id=1)
    return row.revision if row is not None else 0


async def build_catalog() -> e.Catalog:
    revision = await current_revision()
    department_rows = await m.Department.all().order_by("code")
    departments = {d.id: e.Department(d.code, d.name, d.name_en) for d in department_rows}
    halls = {
        h.id: e.Hall(
            h.code,
            h.name,
            h.name_en,
            h.address,
            h.hours,
            h.weekend_hours,
            h.phone,
            h.address_en,
            h.hours_en,
            h.weekend_hours_en,
        )
        for h in await m.Hall.all().order_by("code")
    }
    material_rows = await m.MaterialType.all()
    materials = {
        t.id: e.MaterialType(
            t.code,
            t.name,
            t.name_en,
            t.supplied_by,
            tuple(
                e.Download(d["kind"], d["name"], d.get("name_en") or "", d["file"]) for d in t.downloads or []
            ),
        )
        for t in material_rows
    }
    item_materials: dict[int, list[e.ItemMaterial]] = defaultdict(list)
    for im in await m.ItemMaterial.all().order_by("item_id", "position"):
        item_materials[im.item_id].append(
            e.ItemMaterial(
                materials[im.material_id],
                im.form,
                im.copies,
                im.required,
                im.deferrable,
                im.note,
                e.Deferral(im.defer_within, im.defer_waits)
                if im.deferrable and im.defer_within is not None and im.defer_waits is not None
                else None,
                im.note_en,
                condition_from_json(im.when),
            )
        )
    form_fields = {
        f.code: e.FormField(
            f.code,
            f.name,
            f.name_en,
            f.type,
            rules_from_json(f.rules),
            f.prefill,
            f.hint,
            f.hint_en,
            f.issued_by,
        )
        for f in await m.FormField.all().order_by("position", "code")
    }
    steps: dict[int, list[e.Step]] = defaultdict(list)
    for st in await m.ItemStep.all().order_by("item_id", "position"):
        steps[st.item_id].append(
            e.Step(st.position, st.title, st.description, st.place, st.title_en, st.description_en)
        )

    items: dict[int, e.ServiceItem] = {}
    for it in await m.ServiceItem.all().order_by("code"):
        # the loader refuses unknown field codes; one missing here can only come from a hand edit
        fields = tuple(
            e.ItemField(form_fields[f["field"]], bool(f["required"]), condition_from_json(f.get("when")))
            for f in it.form_fields
            if f["field"] in form_fields
        )
        items[it.id] = e.ServiceItem(
            code=it.code,
            name=it.name,
            name_en=it.name_en,
            kind=it.kind,
            subject=it.subject,
            department=departments[it.department_id],
            summary=it.summary,
            eligibility=it.eligibility,
            conditions=tuple(it.conditions),
            legal_basis=tuple(it.legal_basis),
            materials=tuple(item_materials[it.id]),
            steps=tuple(steps[it.id]),
            time_limit=e.TimeLimit(it.statutory_days, it.promised_days),
            fee=_fee(it),
            channels=tuple(Channel(c) for c in it.channels),
            visits=it.visits,
            location=e.Location(halls[it.hall_id], it.window, it.window_en),
            cross_region=tuple(CrossRegion(c) for c in it.cross_region),
            weekend_service=it.weekend_service,
            delegable=it.delegable,
            output=materials.get(it.output_id) if it.output_id else None,
            keywords=tuple(it.keywords),
            fields=fields,
            form_schema=build_schema(it.code, revision, [FormPart(it.code, fields)]),
            commitment=terms_from_json(it.commitment),
            summary_en=it.summary_en,
            eligibility_en=it.eligibility_en,
            conditions_en=_lines_en(it.conditions, it.conditions_en),
            legal_basis_en=_lines_en(it.legal_basis, it.legal_basis_en),
            questions=questions_from_json(it.questions),
            faq=_faq(it.faq),
        )

    bundle_items: dict[int, list[e.ServiceItem]] = defaultdict(list)
    for bi in await m.BundleItem.all().order_by("bundle_id", "position"):
        bundle_items[bi.bundle_id].append(items[bi.item_id])
    by_code = {i.code: i for i in items.values()}
    bundles: dict[int, e.Bundle] = {}
    for b in await m.Bundle.all().order_by("code"):
        members = tuple(bundle_items[b.id])
        merged = merge_materials(members)
        bundles[b.id] = e.Bundle(
            code=b.code,
            name=b.name,
            name_en=b.name_en,
            subject=b.subject,
            summary=b.summary,
            items=members,
            departments=tuple(dict.fromkeys(i.department for i in members)),
            materials=merged,
            savings=compute_savings(members, merged),
            time_limit=bundle_time_limit(members),
            location=e.Location(halls[b.hall_id], b.window, b.window_en),
            keywords=tuple(b.keywords),
            form_schema=build_schema(b.code, revision, [FormPart.of(i) for i in members]),
            next_codes=tuple(b.next_codes),
            summary_en=b.summary_en,
            questions=questions_from_json(b.questions),
            item_when=tuple((code, condition_from_json(when)) for code, when in b.item_when.items()),
            optional=tuple(b.optional_items),
            extras=tuple(by_code[c] for c in b.extra_items if c in by_code),
            faq=_faq(b.faq),
        )

    tree = await _build_tree(items, bundles)
    item_list = tuple(items.values())
    bundle_list = tuple(bundles.values())
    synonyms = Synonyms([g.words for g in await m.SynonymGroup.all().order_by("position")])
    # segmenting every text takes tens of milliseconds (the first time, loading jieba's dictionary ~1 s)
    search_index = await asyncio.to_thread(SearchIndex, [*bundle_list, *item_list], synonyms, revision)
    return e.Catalog(
        revision=revision,
        departments=tuple(departments.values()),
        halls=tuple(halls.values()),
        items=item_list,
        bundles=bundle_list,
        tree=tree,
        items_by_code={i.code: i for i in item_list},
        bundles_by_code={b.code: b for b in bundle_list},
        search_index=search_index,
        form_fields=form_fields,
        material_types={t.code: t for t in materials.values()},
        department_ids={d.code: d.id for d in department_rows},
        licence_labels=LicenceLabels.build(
            {t.code: t.printed_fields for t in material_rows if t.printed_fields}, form_fields.values()
        ),
    )


async def _build_tree(
    items: dict[int, e.ServiceItem], bundles: dict[int, e.Bundle]
) -> tuple[e.LifeNode, ...]:
    entries_items: dict[int, list[e.ServiceItem]] = defaultdict(list)
    entries_bundles: dict[int, list[e.Bundle]] = defaultdict(list)
    for entry in await m.LifeNodeEntry.all().order_by("node_id", "position"):
        if entry.item_id:
            entries_items[entry.node_id].append(items[entry.item_id])
        if entry.bundle_id:
            entries_bundles[entry.node_id].append(bundles[entry.bundle_id])
    children: dict[int | None, list[m.LifeNode]] = defaultdict(list)
    for node in await m.LifeNode.all().order_by("position", "code"):
        children[node.parent_id].append(node)

    def build(node: m.LifeNode) -> e.LifeNode:
        return e.LifeNode(
            code=node.code,
            kind=node.kind,
            name=node.name,
            name_en=node.name_en,
            children=tuple(build(child) for child in children[node.id]),
            items=tuple(entries_items[node.id]),
            bundles=tuple(entries_bundles[node.id]),
        )

    return tuple(build(root) for root in children[None])


class CatalogCache:
    """The process's current snapshot, rebuilt when the revision in the database moves."""

    def __init__(self, check_interval: float = 2.0):
        self.check_interval = check_interval
        self._catalog: e.Catalog | None = None
        self._checked_at = 0.0
        self._lock = asyncio.Lock()

    async def get(self) -> e.Catalog:
        catalog = self._catalog
        if catalog is not None and time.monotonic() - self._checked_at < self.check_interval:
            return catalog
        async with self._lock:
            if self._catalog is not None and time.monotonic() - self._checked_at < self.check_interval:
                return self._catalog
            if self._catalog is None or await current_revision() != self._catalog.revision:
                self._catalog = await build_catalog()
            self._checked_at = time.monotonic()
            return self._catalog

    async def refresh(self) -> e.Catalog:
        """Rebuild the snapshot (and its search index) now: after a publication, so this process
        serves the new revision at once instead of at its next check."""
        async with self._lock:
            self._catalog = await build_catalog()
            self._checked_at = time.monotonic()
            return self._catalog

    def clear(self) -> None:
        """Forget the snapshot: the next ``get`` rebuilds it."""
        self._catalog = None
        self._checked_at = 0.0

    @property
    def revision(self) -> int | None:
        return None if self._catalog is None else self._catalog.revision
