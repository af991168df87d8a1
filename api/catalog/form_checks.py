"""The server's checks of what an applicant typed into a form: the authority (the phone's checks are a
convenience). Types, identity numbers with their check characters, choices, lengths, ranges, patterns;
a field the form does not have is refused. ``clean`` returns the normalised values. Pure: no I/O."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from api import clock
from api.catalog.enums import FieldType
from api.catalog.errors import CatalogError
from api.catalog.form_schema import FormFieldSpec, FormSchema
from api.failures import Failure
from api.identity.validators import (
    InvalidIdentifier,
    normalize_credit_code,
    normalize_phone,
    normalize_resident_id,
)

TEXT_TYPES = frozenset({FieldType.TEXT, FieldType.TEXTAREA, FieldType.ADDRESS, FieldType.EMAIL})
NUMBER_TYPES = frozenset({FieldType.NUMBER, FieldType.MONEY})
CHOICE_TYPES = frozenset({FieldType.CHOICE, FieldType.MULTI_CHOICE})
MONEY_DECIMALS = 2
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Problem(StrEnum):
    REQUIRED = "REQUIRED"  # missing or empty
    TYPE = "TYPE"  # not a date / number / boolean / list …, or too many decimals
    FORMAT = "FORMAT"  # an identity number, phone number or e-mail address that is not valid
    LENGTH = "LENGTH"  # too short or too long
    PATTERN = "PATTERN"  # does not match the field's pattern
    RANGE = "RANGE"  # a number or a date out of bounds
    CHOICE = "CHOICE"  # not one of the field's choices
    UNKNOWN_FIELD = "UNKNOWN_FIELD"  # the form has no such field


@dataclass(frozen=True, slots=True)
class FieldProblem:
    field: str
    code: Problem
    message: str
    message_en: str


class InvalidForm(Failure):
    """``clean`` was given data that does not pass ``validate``; ``problems`` says why."""

    def __init__(self, problems: Sequence[FieldProblem]):
        super().__init__(CatalogError.INVALID_FORM, count=len(problems))
        self.problems = tuple(problems)


class _Bad(Exception):
    def __init__(self, code: Problem, message: str, message_en: str):
        super().__init__(message_en)
        self.problem = code
        self.message = message
        self.message_en = message_en


def _is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple):
        return not value
    return False


def _text(spec: FormFieldSpec, value: Any) -> str:
    if not isinstance(value, str):
        raise _Bad(Problem.TYPE, f"{spec.name}应为文字", f"{spec.name_en} must be text")
    return value.strip()


def _date_bound(bound: str, today: date) -> date:
    return today if bound == "today" else date.fromisoformat(bound)


def _check_date(spec: FormFieldSpec, value: Any, today: date) -> str:
    text = _text(spec, value)
    try:
        if not _ISO_DATE.match(text):
            raise ValueError(text)
        day = date.fromisoformat(text)
    except ValueError:
        raise _Bad(
            Problem.TYPE,
            f"{spec.name}应为有效日期，格式为“年-月-日”，如 2024-03-01",
            f"{spec.name_en} must be a valid date written yyyy-mm-dd, e.g. 2024-03-01",
        ) from None
    rules = spec.rules
    if rules.min is not None and day < _date_bound(rules.min, today):
        low = "今天" if rules.min == "today" else rules.min
        raise _Bad(Problem.RANGE, f"{spec.name}不能早于{low}", f"{spec.name_en} cannot be before {rules.min}")
    if rules.max is not None and day > _date_bound(rules.max, today):
        high = "今天" if rules.max == "today" else rules.max
        raise _Bad(Problem.RANGE, f"{spec.name}不能晚于{high}", f"{spec.name_en} cannot be after {rules.max}")
    return day.isoformat()


def _check_number(spec: FormFieldSpec, value: Any) -> str:
    bad_type = _Bad(Problem.TYPE, f"{spec.name}应为数字", f"{spec.name_en} must be a number")
    if isinstance(value, bool):
        raise bad_type
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str):
        raise bad_type
    try:
        number = Decimal(value.strip().replace(",", "").replace("，", ""))
    except InvalidOperation:
        raise bad_type from None
    if not number.is_finite():
        raise bad_type
    rules = spec.rules
    decimals = rules.decimals
    if decimals is None and spec.type is FieldType.MONEY:
        decimals = MONEY_DECIMALS
    places = max(0, -int(number.normalize().as_tuple().exponent))
    if decimals is not None and places > decimals:
        if decimals == 0:
            raise _Bad(Problem.TYPE, f"{spec.name}应为整数", f"{spec.name_en} must be a whole number")
        raise _Bad(
            Problem.TYPE,
            f"{spec.name}最多保留{decimals}位小数",
            f"{spec.name_en} takes at most {decimals} decimal places",
        )
    if rules.min is not None and number < Decimal(rules.min):
        raise _Bad(Problem.RANGE, f"{spec.name}不能小于{rules.min}", f"{spec.name_en} must be ≥ {rules.min}")
    if rules.max is not None and number > Decimal(rules.max):
        raise _Bad(Problem.RANGE, f"{spec.name}不能大于{rules.max}", f"{spec.name_en} must be ≤ {rules.max}")
    if spec.type is FieldType.MONEY:
        return f"{number:.{MONEY_DECIMALS}f}"
    return format(number.normalize(), "f")


def _check_text(spec: FormFieldSpec, value: Any) -> str:
    text = _text(spec, value)
    if spec.type is FieldType.TEXTAREA:
        text = text.replace("\r\n", "\n")
    elif spec.type is FieldType.EMAIL:
        if not _EMAIL.match(text):
            raise _Bad(
                Problem.FORMAT,
                f"{spec.name}不是有效的电子邮箱地址",
                f"{spec.name_en} is not a valid e-mail address",
            )
        local, domain = text.rsplit("@", 1)
        text = f"{local}@{domain.lower()}"
    else:
        text = " ".join(text.split())  # one line: runs of spaces, tabs and line breaks become one space
    rules = spec.rules
    if rules.min_length is not None and len(text) < rules.min_length:
        raise _Bad(
            Problem.LENGTH,
            f"{spec.name}至少{rules.min_length}个字",
            f"{spec.name_en} needs at least {rules.min_length} characters",
        )
    if rules.max_length is not None and len(text) > rules.max_length:
        raise _Bad(
            Problem.LENGTH,
            f"{spec.name}最多{rules.max_length}个字",
            f"{spec.name_en} takes at most {rules.max_length} characters",
        )
    if rules.pattern is not None and re.fullmatch(rules.pattern, text) is None:
        raise _Bad(
            Problem.PATTERN,
            rules.pattern_message or f"{spec.name}格式不正确",
            rules.pattern_message_en or f"{spec.name_en} is not in the expected format",
        )
    return text


def _check_choice(spec: FormFieldSpec, value: Any) -> str | list[str]:
    allowed = {c.value for c in spec.rules.choices}
    names = "、".join(c.name for c in spec.rules.choices)
    names_en = ", ".join(c.name_en for c in spec.rules.choices)
    not_allowed = _Bad(
        Problem.CHOICE, f"{spec.name}只能选择：{names}", f"{spec.name_en} must be one of: {names_en}"
    )
    if spec.type is FieldType.CHOICE:
        if not isinstance(value, str):
            raise _Bad(Problem.TYPE, f"{spec.name}应为一个选项", f"{spec.name_en} must be one choice")
        if value.strip() not in allowed:
            raise not_allowed
        return value.strip()
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise _Bad(Problem.TYPE, f"{spec.name}应为选项列表", f"{spec.name_en} must be a list of choices")
    chosen = list(dict.fromkeys(v.strip() for v in value))
    if any(v not in allowed for v in chosen):
        raise not_allowed
    return chosen


def _check_boolean(spec: FormFieldSpec, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise _Bad(Problem.TYPE, f"{spec.name}应选择“是”或“否”", f"{spec.name_en} must be yes or no")


def _check_identifier(spec: FormFieldSpec, value: Any, today: date) -> str:
    text = _text(spec, value)
    try:
        if spec.type is FieldType.ID_NUMBER:
            return normalize_resident_id(text, today=today)
        if spec.type is FieldType.CREDIT_CODE:
            return normalize_credit_code(text)
        return normalize_phone(text)
    except InvalidIdentifier as exc:
        raise _Bad(
            Problem.FORMAT, f"{spec.name}：{exc.message}", f"{spec.name_en}: {exc.message_en}"
        ) from None


def _convert(spec: FormFieldSpec, value: Any, today: date) -> Any:
    kind = spec.type
    if kind is FieldType.DATE:
        return _check_date(spec, value, today)
    if kind in NUMBER_TYPES:
        return _check_number(spec, value)
    if kind in CHOICE_TYPES:
        return _check_choice(spec, value)
    if kind is FieldType.BOOLEAN:
        return _check_boolean(spec, value)
    if kind in (FieldType.ID_NUMBER, FieldType.CREDIT_CODE, FieldType.PHONE):
        return _check_identifier(spec, value, today)
    return _check_text(spec, value)


def _check(
    schema: FormSchema, data: Mapping[str, Any], today: date | None
) -> tuple[dict[str, Any], list[FieldProblem]]:
    today = today or clock.today()
    cleaned: dict[str, Any] = {}
    problems: list[FieldProblem] = []
    for spec in schema.fields:
        value = data.get(spec.code)
        if _is_empty(value):
            if spec.required:
                problems.append(
                    FieldProblem(
                        spec.code, Problem.REQUIRED, f"请填写{spec.name}", f"{spec.name_en} is required"
                    )
                )
            continue
        try:
            cleaned[spec.code] = _convert(spec, value, today)
        except _Bad as bad:
            problems.append(FieldProblem(spec.code, bad.problem, bad.message, bad.message_en))
    for key in data:
        if schema.field(key) is None:
            problems.append(
                FieldProblem(
                    str(key),
                    Problem.UNKNOWN_FIELD,
                    f"申请表中没有“{key}”这一项",
                    f"The form has no field {key!r}",
                )
            )
    return cleaned, problems


def validate(schema: FormSchema, data: Mapping[str, Any], *, today: date | None = None) -> list[FieldProblem]:
    """Every problem of ``data`` against ``schema``, in form order (unknown fields last); [] when valid."""
    return _check(schema, data, today)[1]


def clean(schema: FormSchema, data: Mapping[str, Any], *, today: date | None = None) -> dict[str, Any]:
    """The normalised values of valid ``data`` (empty optional fields left out), or InvalidForm.

    Text is trimmed (one-line fields also collapse inner whitespace), ID numbers and credit codes
    upper-cased, phone numbers reduced to 11 digits, dates ISO, numbers as exact decimal text
    (money with two decimals), multi-choices deduplicated in the order given.
    """
    cleaned, problems = _check(schema, data, today)
    if problems:
        raise InvalidForm(problems)
    return cleaned


def prefill(schema: FormSchema, sources: Mapping[str, str]) -> dict[str, str]:
    """Values to offer before the applicant types: field code → value of the field's prefill source.

    ``sources`` maps prefill keys (``profile.name``, ``organization.credit_code``,
    ``licence.business_licence.address`` …) to what the applicant's profile, organisation or
    e-licence wallet holds; keys nobody asks for are ignored, empty values offer nothing.
    """
    values: dict[str, str] = {}
    for spec in schema.fields:
        if spec.prefill is None:
            continue
        value = sources.get(spec.prefill)
        if value is not None and str(value).strip():
            values[spec.code] = str(value).strip()
    return values
