"""Checks of the catalogue's data files, before anything is written: every problem found is listed, each
naming the file, the code and what is wrong (``CatalogDataError``). Pure: no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from api.catalog.commitment_terms import check_terms
from api.catalog.enums import (
    Channel,
    CrossRegion,
    DeferralWaits,
    ItemKind,
    LifeNodeKind,
    MaterialForm,
    StepPlace,
    Subject,
    SuppliedBy,
)
from api.catalog.field_checks import check_fields, check_item_fields
from api.catalog.situation_checks import check_situations

CODE = re.compile(r"^[A-Z][A-Z0-9]{1,15}$")
MATERIAL_CODE = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
TREE_ORDER = [LifeNodeKind.SUBJECT, LifeNodeKind.STAGE, LifeNodeKind.THEME, LifeNodeKind.EVENT]


class CatalogDataError(ValueError):
    """The data files are inconsistent; the message lists every problem found."""


@dataclass(frozen=True)
class CatalogSource:
    digest: str
    departments: list[dict[str, Any]]
    halls: list[dict[str, Any]]
    materials: list[dict[str, Any]]
    items: list[dict[str, Any]]
    bundles: list[dict[str, Any]]
    tree: list[dict[str, Any]]
    fields: list[dict[str, Any]]  # the form field dictionary
    synonyms: list[list[str]] = field(default_factory=list)  # search synonym groups (synonyms.yaml)


LICENCE_FIELD_KEY = re.compile(r"^[a-z][a-z0-9_]{0,31}$")  # as api.wallet's licence field keys


class Checker:
    """Collects the problems of one check of the data files."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def need(self, ok: bool, where: str, problem: str) -> bool:
        if not ok:
            self.problems.append(f"{where}: {problem}")
        return ok

    def keys(self, row: dict, where: str, *names: str) -> bool:
        missing = [n for n in names if row.get(n) in (None, "")]
        return self.need(not missing, where, f"missing {', '.join(missing)}")

    def enum(self, value: Any, enum: type[Enum], where: str, what: str) -> None:
        allowed = {e.value for e in enum}
        self.need(value in allowed, where, f"{what} {value!r} is not one of {sorted(allowed)}")

    def unique(self, rows: list[dict[str, Any]], where: str, seen: set[Any] | None = None) -> set[Any]:
        seen = set() if seen is None else seen
        for row in rows:
            code = row.get("code")
            self.need(code not in seen, where, f"code {code!r} is used twice")
            seen.add(code)
        return seen


MAX_DEFER_DAYS = 30
DOWNLOAD_KINDS = frozenset({"blank_form", "sample"})  # 表格下载, 示范文本


def check_deferral(c: Checker, item: dict[str, Any], where: str) -> None:
    """容缺 terms: every deferrable material of the item has one (within 1–30 working days, waiting for
    the approval or only the licence), and each names a deferrable material of the item."""
    deferrable = {m.get("material") for m in item.get("materials", []) if m.get("deferrable")}
    named: set[str] = set()
    for terms in item.get("deferral") or []:
        tw = f"{where} deferral {terms.get('material')}"
        if not c.keys(terms, tw, "material", "within", "waits"):
            continue
        c.need(terms["material"] in deferrable, tw, "names no deferrable material of the item")
        c.need(terms["material"] not in named, tw, "listed twice")
        named.add(terms["material"])
        within = terms["within"]
        c.need(
            isinstance(within, int) and 1 <= within <= MAX_DEFER_DAYS,
            tw,
            f"within must be 1–{MAX_DEFER_DAYS} working days",
        )
        c.enum(terms["waits"], DeferralWaits, tw, "waits")
        promised = item.get("promised_days")
        if terms["waits"] == DeferralWaits.APPROVAL.value and isinstance(promised, int):
            c.need(  # else the department runs out of time waiting for the applicant
                isinstance(within, int) and within < promised,
                tw,
                "a material the approval waits for must be due before the promised time limit runs out",
            )
    for code in sorted(deferrable - named):
        c.need(False, f"{where} material {code}", "is deferrable but has no terms in deferral")


def check_faq(c: Checker, row: dict[str, Any], where: str) -> None:
    """常见问题: a list of {question, answer} (with their English)."""
    for qa in row.get("faq") or []:
        if c.need(isinstance(qa, dict), f"{where} faq", "an entry is {question, answer}"):
            c.keys(qa, f"{where} faq", "question", "answer")


def check_catalog(src: CatalogSource) -> None:
    problems = catalog_problems(src)
    if problems:
        raise CatalogDataError("catalogue data has problems:\n  " + "\n  ".join(problems))


def catalog_problems(src: CatalogSource) -> list[str]:
    """Every problem of the data, each naming the entry and its code (none: the data is sound)."""
    c = Checker()
    dept_codes = c.unique(src.departments, "departments.yaml")
    hall_codes = c.unique(src.halls, "halls.yaml")
    material_codes = c.unique(src.materials, "materials.yaml")
    for row in src.departments:
        c.keys(row, f"department {row.get('code')}", "code", "name", "name_en")
    for row in src.halls:
        c.keys(row, f"hall {row.get('code')}", "code", "name", "name_en", "address", "hours", "phone")
    for row in src.materials:
        where = f"material {row.get('code')}"
        c.keys(row, where, "code", "name", "name_en")
        c.need(bool(MATERIAL_CODE.match(str(row.get("code")))), where, "code must be snake_case")
        c.enum(row.get("supplied_by", "none"), SuppliedBy, where, "supplied_by")
        printed = row.get("fields") or []  # an e-licence's printed fields, with their labels
        e_licence = row.get("supplied_by") == SuppliedBy.E_LICENCE.value
        c.need(not printed or e_licence, where, "fields: e-licences only")
        for spec in printed:
            ok = isinstance(spec, dict) and c.keys(spec, f"{where} field", "key", "name", "name_en")
            ok = ok and bool(LICENCE_FIELD_KEY.match(str(spec["key"])))
            c.need(ok, f"{where} field", "key must be snake_case")
        for download in row.get("downloads") or []:  # 表格下载、示范文本
            dw = f"{where} download"
            if c.need(isinstance(download, dict), dw, "a download is {kind, name, name_en, file}"):
                c.keys(download, dw, "kind", "name", "file")
                c.need(download.get("kind") in DOWNLOAD_KINDS, dw, f"kind is one of {sorted(DOWNLOAD_KINDS)}")
        keys = [spec.get("key") for spec in printed if isinstance(spec, dict)]
        c.need(len(keys) == len(set(keys)), where, "a field key is listed twice")
    e_licences = {
        str(row.get("code")) for row in src.materials if row.get("supplied_by") == SuppliedBy.E_LICENCE.value
    }
    field_codes = check_fields(c, src.fields, material_codes, e_licences)

    entry_codes = c.unique(src.items, "items")
    item_codes = set(entry_codes)
    c.unique(src.bundles, "bundles.yaml (codes are shared with items)", entry_codes)
    for row in src.items:
        where = f"item {row.get('code')}"
        if not c.keys(
            row,
            where,
            "code",
            "name",
            "name_en",
            "department",
            "kind",
            "subject",
            "summary",
            "eligibility",
            "window",
            "hall",
        ):
            continue
        c.need(bool(CODE.match(row["code"])), where, "code must be 2–16 upper-case letters and digits")
        c.need(row["department"] in dept_codes, where, f"unknown department {row['department']!r}")
        c.need(row["hall"] in hall_codes, where, f"unknown hall {row['hall']!r}")
        c.enum(row["kind"], ItemKind, where, "kind")
        c.enum(row["subject"], Subject, where, "subject")
        for key in ("statutory_days", "promised_days", "visits"):
            c.need(
                isinstance(row.get(key), int) and row[key] >= 0, where, f"{key} must be a whole number ≥ 0"
            )
        if isinstance(row.get("statutory_days"), int) and isinstance(row.get("promised_days"), int):
            c.need(row["promised_days"] <= row["statutory_days"], where, "promised_days > statutory_days")
        for channel in row.get("channels", []):
            c.enum(channel, Channel, where, "channel")
        for region in row.get("cross_region", []):
            c.enum(region, CrossRegion, where, "cross_region")
        if row.get("output") is not None:
            c.need(row["output"] in material_codes, where, f"unknown output material {row['output']!r}")
        fee = row.get("fee") or {}
        c.need(isinstance(fee.get("free"), bool), where, "fee.free must be true or false")
        if fee.get("free") is False:
            c.need(fee.get("amount") is not None, where, "a fee that is not free needs an amount")
        seen_materials: set[str] = set()
        for mat in row.get("materials", []):
            mw = f"{where} material {mat.get('material')}"
            c.need(mat.get("material") in material_codes, mw, "unknown material")
            c.need(mat.get("material") not in seen_materials, mw, "listed twice")
            seen_materials.add(mat.get("material"))
            c.enum(mat.get("form"), MaterialForm, mw, "form")
        for problem in check_terms(row.get("commitment"), seen_materials):
            c.need(False, where, problem)
        check_deferral(c, row, where)
        check_faq(c, row, where)
        check_item_fields(c, row.get("fields", []), where, field_codes)
        c.need(bool(row.get("steps")), where, "needs at least one step")
        for step in row.get("steps", []):
            c.keys(step, f"{where} step", "title", "description", "place")
            c.enum(step.get("place"), StepPlace, f"{where} step {step.get('title')}", "place")

    for row in src.bundles:
        where = f"bundle {row.get('code')}"
        if not c.keys(row, where, "code", "name", "name_en", "subject", "summary", "items", "hall", "window"):
            continue
        c.need(bool(CODE.match(row["code"])), where, "code must be 2–16 upper-case letters and digits")
        c.enum(row["subject"], Subject, where, "subject")
        c.need(row["hall"] in hall_codes, where, f"unknown hall {row['hall']!r}")
        c.need(len(row["items"]) >= 2, where, "a bundle combines at least two items")
        check_faq(c, row, where)
        c.need(len(set(row["items"])) == len(row["items"]), where, "an item is listed twice")
        unknown = [code for code in row["items"] if code not in item_codes]
        c.need(not unknown, where, f"unknown items {unknown}")

    bundle_codes = {row.get("code") for row in src.bundles}
    for row in src.bundles:  # 办完这件事，您可能还需要…: items or bundles outside this one
        where = f"bundle {row.get('code')} next"
        after = row.get("next") or []
        c.need(isinstance(after, list) and len(after) <= 5, where, "a list of at most 5 codes")
        unknown = [code for code in after if code not in item_codes and code not in bundle_codes]
        c.need(not unknown, where, f"unknown items or bundles {unknown}")
        inside = [code for code in after if code == row.get("code") or code in (row.get("items") or [])]
        c.need(not inside, where, f"{inside} are part of the bundle itself")
    tree_codes: set[str] = set()

    def walk(node: dict, depth: int, parent: str) -> None:
        where = f"life-cycle node {node.get('code')} (under {parent})"
        if not c.keys(node, where, "code", "kind", "name", "name_en"):
            return
        c.need(bool(CODE.match(node["code"])), where, "code must be upper-case letters and digits")
        c.need(node["code"] not in tree_codes and node["code"] not in entry_codes, where, "code used twice")
        tree_codes.add(node["code"])
        expected = TREE_ORDER[min(depth, len(TREE_ORDER) - 1)]
        c.need(node["kind"] == expected.value, where, f"kind should be {expected.value} at this depth")
        for code in node.get("items", []):
            c.need(code in item_codes, where, f"unknown item {code!r}")
        for code in node.get("bundles", []):
            c.need(code in bundle_codes, where, f"unknown bundle {code!r}")
        for child in node.get("children", []):
            walk(child, depth + 1, node["code"])

    for root in src.tree:
        walk(root, 0, "root")
    for n, group in enumerate(src.synonyms, 1):
        words = group if isinstance(group, list) else []
        ok = len(words) >= 2 and all(isinstance(w, str) and w.strip() for w in words)
        c.need(ok, f"synonyms.yaml group {n}", "must list at least two words")
    check_situations(c, src)
    return c.problems
