"""The schema of an application form (申请表): its questions in order, merged for a bundle, and frozen as
JSON onto drafts and applications (``to_json``/``from_json``) so a later catalogue change neither breaks
nor silently changes them. Pure: no I/O, no GraphQL."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from api.catalog.entities import Choice, FieldRules, ItemField, ServiceItem
from api.catalog.enums import FieldType

JSON_FORMAT = 1


class FormSchemaError(ValueError):
    """A stored schema that cannot be read back."""


@dataclass(frozen=True, slots=True)
class FormFieldSpec:
    """One question of a form, with everything needed to ask and check it."""

    code: str
    name: str
    name_en: str
    type: FieldType
    required: bool
    rules: FieldRules
    prefill: str | None
    hint: str | None
    hint_en: str | None
    used_by: tuple[str, ...]  # codes of the items that ask it
    produced_by: str | None = None  # the bundle item that issues the value: not asked, not required


@dataclass(frozen=True)
class FormSchema:
    """The form of an item or a bundle at one catalogue revision."""

    code: str
    revision: int
    fields: tuple[FormFieldSpec, ...]
    _by_code: dict[str, FormFieldSpec] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {f.code: f for f in self.fields})

    def field(self, code: str) -> FormFieldSpec | None:
        return self._by_code.get(code)

    @property
    def prefill_keys(self) -> frozenset[str]:
        """The sources ``prefill`` can use (profile.name, licence.business_licence.address …)."""
        return frozenset(f.prefill for f in self.fields if f.prefill)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": JSON_FORMAT,
            "code": self.code,
            "revision": self.revision,
            "fields": [
                {
                    "code": f.code,
                    "name": f.name,
                    "name_en": f.name_en,
                    "type": f.type.value,
                    "required": f.required,
                    "rules": rules_to_json(f.rules),
                    "prefill": f.prefill,
                    "hint": f.hint,
                    "hint_en": f.hint_en,
                    "used_by": list(f.used_by),
                    "produced_by": f.produced_by,
                }
                for f in self.fields
            ],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FormSchema:
        try:
            if data.get("format") != JSON_FORMAT:
                raise FormSchemaError(f"unsupported form schema format {data.get('format')!r}")
            fields = tuple(
                FormFieldSpec(
                    code=str(f["code"]),
                    name=str(f["name"]),
                    name_en=str(f["name_en"]),
                    type=FieldType(f["type"]),
                    required=bool(f["required"]),
                    rules=rules_from_json(f.get("rules") or {}),
                    prefill=f.get("prefill"),
                    hint=f.get("hint"),
                    hint_en=f.get("hint_en"),
                    used_by=tuple(f.get("used_by") or ()),
                    produced_by=f.get("produced_by"),
                )
                for f in data["fields"]
            )
            return cls(code=str(data["code"]), revision=int(data["revision"]), fields=fields)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if isinstance(exc, FormSchemaError):
                raise
            raise FormSchemaError(f"not a stored form schema: {exc!r}") from exc


def rules_to_json(rules: FieldRules) -> dict[str, Any]:
    """The rules that are set, as JSON (what the catalogue table and frozen schemas hold)."""
    out: dict[str, Any] = {}
    for key in (
        "min_length",
        "max_length",
        "min",
        "max",
        "decimals",
        "pattern",
        "pattern_message",
        "pattern_message_en",
    ):
        value = getattr(rules, key)
        if value is not None:
            out[key] = value
    if rules.choices:
        out["choices"] = [{"value": c.value, "name": c.name, "name_en": c.name_en} for c in rules.choices]
    return out


def rules_from_json(data: Mapping[str, Any]) -> FieldRules:
    def text(key: str) -> str | None:
        value = data.get(key)
        return None if value is None else str(value)

    def whole(key: str) -> int | None:
        value = data.get(key)
        return None if value is None else int(value)

    return FieldRules(
        min_length=whole("min_length"),
        max_length=whole("max_length"),
        min=text("min"),
        max=text("max"),
        decimals=whole("decimals"),
        pattern=text("pattern"),
        pattern_message=text("pattern_message"),
        pattern_message_en=text("pattern_message_en"),
        choices=tuple(
            Choice(str(c["value"]), str(c["name"]), str(c["name_en"])) for c in data.get("choices") or ()
        ),
    )


class FormPart(NamedTuple):
    """What ``build_schema`` needs of an item: its code, its fields, the material code it issues."""

    item: str
    fields: Sequence[ItemField]
    output: str | None = None

    @classmethod
    def of(cls, item: ServiceItem) -> FormPart:
        return cls(item.code, item.fields, item.output.code if item.output else None)


def build_schema(code: str, revision: int, parts: Iterable[FormPart]) -> FormSchema:
    """Merge the items' fields in order: each field once, required if any item requires it.

    A field first asked after an earlier item that issues the certificate it is printed on
    (``FormField.issued_by``) is ``produced_by`` that item and optional: the applicant cannot know it yet.
    """
    merged: dict[str, list] = {}
    issuers: dict[str, str] = {}  # material code → the first item of the parts that issues it
    for item_code, item_fields, output in parts:
        for entry in item_fields:
            line = merged.get(entry.field.code)
            if line is None:
                producer = issuers.get(entry.field.issued_by) if entry.field.issued_by else None
                merged[entry.field.code] = [entry.field, entry.required, [item_code], producer]
                continue
            line[1] = line[1] or entry.required
            if item_code not in line[2]:
                line[2].append(item_code)
        if output is not None:
            issuers.setdefault(output, item_code)
    return FormSchema(
        code=code,
        revision=revision,
        fields=tuple(
            FormFieldSpec(
                code=f.code,
                name=f.name,
                name_en=f.name_en,
                type=f.type,
                required=required and producer is None,
                rules=f.rules,
                prefill=f.prefill,
                hint=f.hint,
                hint_en=f.hint_en,
                used_by=tuple(used_by),
                produced_by=producer,
            )
            for f, required, used_by, producer in merged.values()
        ),
    )
