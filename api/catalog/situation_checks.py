"""Checks of the situation data (情形引导 and 点菜, ``api.catalog.situations``) in the catalogue files:
questions well formed and the same wherever a code is asked, every ``when`` naming a question the entry
asks and one of its options, ``optional`` and ``extras`` naming items the bundle can hold. Pure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from api.catalog.data_checks import CatalogSource, Checker

QUESTION_CODE = re.compile(r"^[a-z][a-z0-9_]{1,47}$")
MAX_QUESTIONS = 5  # "answer 3 questions": a guide, not a questionnaire


def _questions(c: Checker, rows: Any, where: str, seen: dict[str, Any]) -> dict[str, set[str]]:
    """The entry's questions → their option values; ``seen``: every question by code, so a code means
    the same question everywhere."""
    out: dict[str, set[str]] = {}
    if rows is None:
        return out
    if not c.need(isinstance(rows, list) and len(rows) <= MAX_QUESTIONS, where, "questions: a list of ≤ 5"):
        return out
    for q in rows:
        qw = f"{where} question {q.get('code') if isinstance(q, dict) else q!r}"
        if not (isinstance(q, dict) and c.keys(q, qw, "code", "question", "question_en", "options")):
            continue
        c.need(bool(QUESTION_CODE.match(str(q["code"]))), qw, "code must be snake_case")
        options = q["options"]
        if not c.need(isinstance(options, list) and len(options) >= 2, qw, "needs at least two options"):
            continue
        values = set()
        for o in options:
            ok = isinstance(o, dict) and c.keys(o, f"{qw} option", "value", "label", "label_en")
            texts = all(isinstance(o[k], str) for k in ("value", "label", "label_en"))
            ok = ok and c.need(texts, f"{qw} option", "value, label and label_en must be text (quote them)")
            if ok:
                c.need(o["value"] not in values, f"{qw} option {o['value']}", "listed twice")
                values.add(o["value"])
        c.need(q["code"] not in out, qw, "asked twice")
        first = seen.setdefault(q["code"], q)
        c.need(first == q, qw, "differs from the question of the same code asked elsewhere")
        out[q["code"]] = values
    return out


def _when(c: Checker, when: Any, where: str, asked: dict[str, set[str]]) -> None:
    if when is None:
        return
    if not c.need(isinstance(when, dict) and bool(when), where, "when: {question: value | [values]}"):
        return
    for code, values in when.items():
        options = asked.get(code)
        if not c.need(options is not None, where, f"when names {code!r}, a question not asked here"):
            continue
        listed = values if isinstance(values, list) else [values]
        bad = [v for v in listed if not isinstance(v, str) or v not in (options or set())]
        c.need(bool(listed) and not bad, where, f"when {code}: {bad or listed} are not options")


def check_situations(c: Checker, src: CatalogSource) -> None:
    seen: dict[str, Any] = {}
    items = {row.get("code"): row for row in src.items}
    asked_by_item: dict[Any, dict[str, set[str]]] = {}
    for row in src.items:
        where = f"item {row.get('code')}"
        asked = asked_by_item[row.get("code")] = _questions(c, row.get("questions"), where, seen)
        for mat in row.get("materials") or []:
            _when(c, mat.get("when"), f"{where} material {mat.get('material')}", asked)
        for entry in row.get("fields") or []:
            if isinstance(entry, dict):
                _when(c, entry.get("when"), f"{where} field {entry.get('field')}", asked)
    for row in src.bundles:
        where = f"bundle {row.get('code')}"
        own = _questions(c, row.get("questions"), where, seen)
        members = list(row.get("items") or [])
        optional = row.get("optional") or []
        extras = row.get("extras") or []
        c.need(isinstance(optional, list) and set(optional) <= set(members), where, "optional: items of it")
        c.need(
            isinstance(extras, list) and all(x in items and x not in members for x in extras),
            where,
            "extras: other items of the catalogue",
        )
        c.need(len(set(members) - set(optional)) >= 1, where, "at least one item must not be optional")
        conditions = row.get("when") or {}
        if not c.need(isinstance(conditions, dict), where, "when: {item code: {question: value}}"):
            continue
        for code, when in conditions.items():
            c.need(code in members or code in extras, f"{where} when {code}", "not an item of the bundle")
            _when(c, when, f"{where} when {code}", own)
