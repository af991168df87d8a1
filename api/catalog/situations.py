"""Situation guidance (情形引导) and pick-your-own bundles (点菜): the one home of the rules that turn a
citizen's answers and chosen items into what applies to them. Pure: no I/O, no GraphQL.

Catalogue data (``data/catalog``, plain keys so they travel with the catalogue document):
- an item or a bundle asks ``questions``: ``{code, question, question_en, options: [{value, label,
  label_en}]}``. Same code = same question: a bundle asks it once, whichever items ask it.
- an item's material line or form field carries ``when: {question: value | [values]}``: it applies
  only when every listed question is answered with one of the values;
- a bundle's ``when: {item code: {question: value}}`` makes an item apply only in that situation;
  ``optional`` lists items a citizen may leave out (点菜), ``extras`` items they may add.

``fit`` tailors an item or a bundle to the answers and the chosen items: it returns the same kind of
entity with only the materials, fields and items that apply, and the merged materials, form, savings,
departments and time limits recomputed from them (``bundles``, ``form_schema``), so the guide, the
apply form and the submission all read the same answer. An unanswered question leaves what depends
on it in (the guide shows everything that may apply); a submission must answer every question asked
(``Fit.unanswered``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from api.catalog.bundles import bundle_time_limit, compute_savings, merge_materials
from api.catalog.entities import Bundle, ServiceItem
from api.catalog.errors import CatalogError
from api.catalog.form_schema import FormPart, build_schema
from api.failures import Failure

# (question code, the values for which it holds), all of them must hold; () holds always
Condition = tuple[tuple[str, frozenset[str]], ...]


@dataclass(frozen=True, slots=True)
class Option:
    value: str
    label: str
    label_en: str


@dataclass(frozen=True, slots=True)
class Question:
    code: str
    question: str
    question_en: str
    options: tuple[Option, ...]

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)


# ── catalogue data ⇄ entities ────────────────────────────────────────────────────────────────────


def condition_from_json(data: Mapping[str, Any] | None) -> Condition:
    """``{question: value | [values]}`` → a condition (sorted: equal data, equal condition)."""
    if not data:
        return ()
    return tuple(
        sorted(
            (str(code), frozenset(str(v) for v in (values if isinstance(values, list) else [values])))
            for code, values in data.items()
        )
    )


def condition_to_json(condition: Condition) -> dict[str, list[str]]:
    return {code: sorted(values) for code, values in condition}


def questions_from_json(rows: Iterable[Mapping[str, Any]] | None) -> tuple[Question, ...]:
    return tuple(
        Question(
            code=str(q["code"]),
            question=str(q["question"]),
            question_en=str(q["question_en"]),
            options=tuple(Option(str(o["value"]), str(o["label"]), str(o["label_en"])) for o in q["options"]),
        )
        for q in rows or ()
    )


def questions_to_json(questions: Iterable[Question]) -> list[dict[str, Any]]:
    return [
        {
            "code": q.code,
            "question": q.question,
            "question_en": q.question_en,
            "options": [{"value": o.value, "label": o.label, "label_en": o.label_en} for o in q.options],
        }
        for q in questions
    ]


# ── the rules ────────────────────────────────────────────────────────────────────────────────────


def holds(condition: Condition, answers: Mapping[str, str]) -> bool:
    """Whether a material, field or item with this condition applies. An unanswered question may
    still go either way: what depends on it stays in."""
    return all(answers.get(code, next(iter(values))) in values for code, values in condition)


def tailor_item(item: ServiceItem, answers: Mapping[str, str]) -> ServiceItem:
    """The item with only the materials and form fields that apply to these answers."""
    materials = tuple(m for m in item.materials if holds(m.when, answers))
    fields = tuple(f for f in item.fields if holds(f.when, answers))
    if len(materials) == len(item.materials) and len(fields) == len(item.fields):
        return item
    return replace(
        item,
        materials=materials,
        fields=fields,
        form_schema=build_schema(item.code, item.form_schema.revision, [FormPart(item.code, fields)]),
    )


def questions_of(
    entry: ServiceItem | Bundle, answers: Mapping[str, str], items: Sequence[ServiceItem] | None = None
) -> tuple[Question, ...]:
    """What the entry asks, each question once: a bundle's own first, then those of its items (by
    default every item it offers) that apply to the answers given so far: an item left out by an
    answer or by the citizen's choice asks nothing."""
    asked: dict[str, Question] = {q.code: q for q in entry.questions}
    if isinstance(entry, Bundle):
        conditions = dict(entry.item_when)
        for item in entry.items + entry.extras if items is None else items:
            if holds(conditions.get(item.code, ()), answers):
                for q in item.questions:
                    asked.setdefault(q.code, q)
    return tuple(asked.values())


@dataclass(frozen=True)
class Fit:
    """An item or a bundle tailored to a citizen's situation."""

    entry: ServiceItem | Bundle  # the same kind as the catalogue's, holding only what applies
    questions: tuple[Question, ...]  # every question asked, answered or not
    answers: dict[str, str]  # the valid answers given
    chosen: tuple[str, ...]  # bundles: the items chosen (点菜) and applying; items: the item

    @property
    def unanswered(self) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.code not in self.answers)

    @property
    def items(self) -> tuple[ServiceItem, ...]:
        return self.entry.items if isinstance(self.entry, Bundle) else (self.entry,)

    def answered(self) -> list[dict[str, str]]:
        """The answers as a person reads them (question and option in both languages), in the order
        asked: what an application keeps, so staff see them whatever the catalogue says later."""
        by_code = {q.code: q for q in self.questions}
        out = []
        for code, value in self.answers.items():
            q = by_code[code]
            option = q.option(value)
            assert option is not None  # checked by ``fit``
            out.append(
                {
                    "code": code,
                    "question": q.question,
                    "question_en": q.question_en,
                    "value": value,
                    "label": option.label,
                    "label_en": option.label_en,
                }
            )
        return out


def _checked_answers(entry: ServiceItem | Bundle, answers: Mapping[str, str]) -> dict[str, str]:
    known = {q.code: q for q in questions_of(entry, {})}
    out: dict[str, str] = {}
    for code, value in answers.items():
        question = known.get(code)
        if question is None:
            raise Failure(CatalogError.UNKNOWN_QUESTION, code=code)
        if question.option(value) is None:
            raise Failure(CatalogError.UNKNOWN_ANSWER, question=question.question, en=question.question_en)
        out[code] = value
    # in the order asked, whatever order they came in
    return {q.code: out[q.code] for q in known.values() if q.code in out}


def _chosen_items(bundle: Bundle, chosen: Sequence[str] | None) -> list[ServiceItem]:
    """The bundle's items a citizen keeps and adds (点菜); None: the bundle as offered."""
    if chosen is None:
        return list(bundle.items)
    codes = {c.strip().upper() for c in chosen}
    offered = {i.code for i in bundle.items + bundle.extras}
    unknown = sorted(codes - offered)
    if unknown:
        raise Failure(CatalogError.ITEM_NOT_OFFERED, code=unknown[0])
    for item in bundle.items:
        if item.code not in codes and item.code not in bundle.optional:
            raise Failure(CatalogError.ITEM_REQUIRED, name=item.name, en=item.name_en)
    return [i for i in bundle.items + bundle.extras if i.code in codes]


def fit(entry: ServiceItem | Bundle, answers: Mapping[str, str], chosen: Sequence[str] | None = None) -> Fit:
    """Tailor ``entry`` to the answers (question code → option value) and, for a bundle, the items
    chosen (点菜: its items minus optional ones left out, plus extras added; None: as offered).

    Refused: an unknown question or option, an item the bundle does not offer, leaving out an item
    that is not optional. An item whose situation does not match the answers is left out, chosen or
    not; when no item is left the bundle does not apply (NOTHING_APPLIES)."""
    given = _checked_answers(entry, answers)
    if isinstance(entry, ServiceItem):
        return Fit(tailor_item(entry, given), questions_of(entry, given), given, (entry.code,))
    conditions = dict(entry.item_when)
    picked = _chosen_items(entry, chosen)
    questions = questions_of(entry, given, picked)
    asked = {q.code for q in questions}
    given = {code: value for code, value in given.items() if code in asked}  # of an item left out
    items = tuple(tailor_item(i, given) for i in picked if holds(conditions.get(i.code, ()), given))
    if not items:
        raise Failure(CatalogError.NOTHING_APPLIES)
    if items == entry.items:
        tailored = entry
    else:
        merged = merge_materials(items)
        tailored = replace(
            entry,
            items=items,
            departments=tuple(dict.fromkeys(i.department for i in items)),
            materials=merged,
            savings=compute_savings(items, merged),
            time_limit=bundle_time_limit(items),
            form_schema=build_schema(entry.code, entry.form_schema.revision, [FormPart.of(i) for i in items]),
        )
    return Fit(tailored, questions, given, tuple(i.code for i in items))


def complete(fitted: Fit) -> Fit:
    """The fit, when every question asked is answered (what a submission needs)."""
    if fitted.unanswered:
        first = fitted.unanswered[0]
        raise Failure(
            CatalogError.UNANSWERED,
            count=len(fitted.unanswered),
            question=first.question,
            en=first.question_en,
        )
    return fitted
