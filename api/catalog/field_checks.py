"""Checks of the form field dictionary (``fields.yaml``) and of the items' field lists, for the loader.

Each check adds plain-language problems to the loader's checker, naming the file, the field and what
is wrong, so one run reports every mistake in the data files.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from api.catalog.enums import FieldType

if TYPE_CHECKING:
    from api.catalog.data_checks import Checker

FIELD_CODE = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
CHOICE_VALUE = re.compile(r"^[a-z0-9][a-z0-9_]{0,31}$")
PREFILL_KEYS = frozenset(
    {"profile.name", "profile.phone", "profile.id_number", "organization.name", "organization.credit_code"}
)
LICENCE_PREFILL = re.compile(r"^licence\.([a-z][a-z0-9_]*)\.([a-z][a-z0-9_]*)$")
FIELD_KEYS = frozenset(
    {"code", "name", "name_en", "type", "rules", "prefill", "hint", "hint_en", "issued_by"}
)
TEXT_RULES = frozenset({"min_length", "max_length", "pattern", "pattern_message", "pattern_message_en"})
# Which rules each field type takes; anything else is a mistake in the data file.
RULES_BY_TYPE: dict[FieldType, frozenset[str]] = {
    FieldType.TEXT: TEXT_RULES,
    FieldType.TEXTAREA: TEXT_RULES,
    FieldType.ADDRESS: TEXT_RULES,
    FieldType.EMAIL: frozenset({"max_length"}),
    FieldType.DATE: frozenset({"min", "max"}),
    FieldType.NUMBER: frozenset({"min", "max", "decimals"}),
    FieldType.MONEY: frozenset({"min", "max"}),
    FieldType.CHOICE: frozenset({"choices"}),
    FieldType.MULTI_CHOICE: frozenset({"choices"}),
    FieldType.PHONE: frozenset(),
    FieldType.ID_NUMBER: frozenset(),
    FieldType.CREDIT_CODE: frozenset(),
    FieldType.BOOLEAN: frozenset(),
}


def check_fields(c: Checker, rows: list[dict], material_codes: set[str], e_licences: set[str]) -> set[str]:
    """The form field dictionary; returns the codes of its fields."""
    codes = c.unique(rows, "fields.yaml")
    for row in rows:
        where = f"form field {row.get('code')}"
        if not c.keys(row, where, "code", "name", "name_en", "type"):
            continue
        c.need(bool(FIELD_CODE.match(str(row["code"]))), where, "code must be snake_case")
        unknown = sorted(set(row) - FIELD_KEYS)
        c.need(not unknown, where, f"unknown keys {unknown} (required is set per item, in its fields list)")
        if row["type"] not in {t.value for t in FieldType}:
            c.enum(row["type"], FieldType, where, "type")
            continue
        _check_rules(c, row.get("rules") or {}, FieldType(row["type"]), where)
        for key in ("hint", "hint_en"):
            c.need(row.get(key) is None or isinstance(row[key], str), where, f"{key} must be text")
        prefill = row.get("prefill")
        if prefill is not None:
            _check_prefill(c, prefill, where, material_codes, e_licences)
        if row.get("issued_by") is not None:
            c.need(
                row["issued_by"] in material_codes,
                where,
                f"issued_by names an unknown material {row['issued_by']!r}",
            )
    return codes


def issued_by(row: dict) -> str | None:
    """The certificate a field's value is printed on: stated, or the e-licence it is prefilled from."""
    if row.get("issued_by"):
        return row["issued_by"]
    match = LICENCE_PREFILL.match(str(row.get("prefill") or ""))
    return match.group(1) if match else None


def _check_prefill(
    c: Checker, prefill: Any, where: str, material_codes: set[str], e_licences: set[str]
) -> None:
    if prefill in PREFILL_KEYS:
        return
    match = LICENCE_PREFILL.match(str(prefill))
    if match is None:
        c.problems.append(
            f"{where}: prefill {prefill!r} is not one of {sorted(PREFILL_KEYS)} or licence.<material>.<field>"
        )
        return
    material = match.group(1)
    if c.need(material in material_codes, where, f"prefill {prefill!r} names an unknown material"):
        c.need(material in e_licences, where, f"prefill {prefill!r}: material {material} is not an e-licence")


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    try:
        return Decimal(str(value)).is_finite()
    except InvalidOperation:
        return False


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _check_rules(c: Checker, rules: Any, kind: FieldType, where: str) -> None:
    if not c.need(isinstance(rules, dict), where, "rules must be a mapping"):
        return
    allowed = RULES_BY_TYPE[kind]
    extra = sorted(set(rules) - allowed)
    c.need(not extra, where, f"rules {extra} do not apply to type {kind.value} (it takes {sorted(allowed)})")
    for key in ("min_length", "max_length", "decimals"):
        if key in rules:
            value = rules[key]
            c.need(
                isinstance(value, int) and not isinstance(value, bool) and value >= 0,
                where,
                f"{key} must be a whole number ≥ 0",
            )
    low, high = rules.get("min_length"), rules.get("max_length")
    if isinstance(low, int) and isinstance(high, int):
        c.need(low <= high, where, "min_length > max_length")
    bounds = {key: rules[key] for key in ("min", "max") if key in rules}
    if kind is FieldType.DATE:
        dates = {}
        for key, value in bounds.items():
            if value != "today":
                dates[key] = _as_date(value)
                c.need(dates[key] is not None, where, f"{key} must be an ISO date (yyyy-mm-dd) or 'today'")
        if dates.get("min") and dates.get("max"):
            c.need(dates["min"] <= dates["max"], where, "min > max")
    elif bounds:
        for key, value in bounds.items():
            c.need(_is_number(value), where, f"{key} must be a number")
        if all(_is_number(v) for v in bounds.values()) and len(bounds) == 2:
            c.need(Decimal(str(bounds["min"])) <= Decimal(str(bounds["max"])), where, "min > max")
    if "pattern" in rules:
        try:
            re.compile(str(rules["pattern"]))
        except re.error as exc:
            c.problems.append(
                f"{where}: pattern {rules['pattern']!r} is not a valid regular expression ({exc})"
            )
        c.need(
            bool(rules.get("pattern_message")) and bool(rules.get("pattern_message_en")),
            where,
            "a pattern needs pattern_message and pattern_message_en (what to tell the applicant)",
        )
    elif "pattern_message" in rules or "pattern_message_en" in rules:
        c.problems.append(f"{where}: pattern_message without a pattern")
    if kind in (FieldType.CHOICE, FieldType.MULTI_CHOICE):
        _check_choices(c, rules.get("choices"), where)


def _check_choices(c: Checker, choices: Any, where: str) -> None:
    if not c.need(
        isinstance(choices, list) and len(choices) >= 2,
        where,
        "a choice field needs a list of at least two choices",
    ):
        return
    seen: set[str] = set()
    for choice in choices:
        if not c.need(isinstance(choice, dict), where, f"choice {choice!r} must be a mapping"):
            continue
        cw = f"{where} choice {choice.get('value')}"
        if not c.keys(choice, cw, "value", "name", "name_en"):
            continue
        c.need(bool(CHOICE_VALUE.match(str(choice["value"]))), cw, "value must be lower-case snake_case")
        c.need(choice["value"] not in seen, cw, "value is used twice")
        seen.add(choice["value"])
        extra = sorted(set(choice) - {"value", "name", "name_en"})
        c.need(not extra, cw, f"unknown keys {extra}")


def item_fields(entries: list) -> list[dict[str, Any]]:
    """An item's field list as stored: a plain code means a required field."""
    return [
        {"field": e, "required": True}
        if isinstance(e, str)
        else {"field": e["field"], "required": bool(e.get("required", True))}
        | ({"when": e["when"]} if e.get("when") else {})  # 情形 (api.catalog.situations)
        for e in entries
    ]


def check_item_fields(c: Checker, entries: Any, where: str, field_codes: set[str]) -> None:
    if not c.need(isinstance(entries, list), where, "fields must be a list"):
        return
    seen: set[Any] = set()  # codes as written (a missing one is None)
    for entry in entries:
        if isinstance(entry, dict):
            code = entry.get("field")
            extra = sorted(set(entry) - {"field", "required", "when"})
            c.need(not extra, f"{where} field {code}", f"unknown keys {extra}")
            c.need(
                isinstance(entry.get("required", True), bool),
                f"{where} field {code}",
                "required must be true or false",
            )
        elif isinstance(entry, str):
            code = entry
        else:
            c.problems.append(f"{where}: field entry {entry!r} must be a code or {{field, required}}")
            continue
        fw = f"{where} field {code}"
        c.need(code in field_codes, fw, "unknown form field (not in fields.yaml)")
        c.need(code not in seen, fw, "listed twice")
        seen.add(code)
