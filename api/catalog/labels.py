"""What the wallet and the verifier call a licence's fields and values (catalogue data, zh-CN and en).

A licence field is labelled by, in order: the certificate's printed fields (``materials.yaml``,
``fields:`` of the e-licence type), a form field that prefills from it (``prefill:
licence.<type>.<key>`` in ``fields.yaml``), the form field of that code (an answer copied onto the
certificate under its own code: ``applicant_name``, ``business_area``), the wallet's own fields
(``name``, ``holder_name``), and last the key itself. A value of a choice field is labelled by its
choice (``llc`` → 有限责任公司 / Limited liability company); a multiple choice is joined with "、".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # entities holds a LicenceLabels: no import back at run time
    from api.catalog.entities import FormField

Pair = tuple[str, str]
MULTI_SEPARATOR = "、"
# the fields the wallet itself adds to every certificate (api.review.licences, api.wallet issuing)
WALLET_FIELDS: dict[str, Pair] = {"name": ("名称", "Name"), "holder_name": ("持证人", "Holder")}


@dataclass(frozen=True)
class LicenceLabels:
    by_type: Mapping[str, Mapping[str, Pair]] = field(default_factory=dict)
    by_key: Mapping[str, Pair] = field(default_factory=dict)
    values: Mapping[str, Mapping[str, Pair]] = field(default_factory=dict)

    @classmethod
    def build(
        cls, printed: Mapping[str, Iterable[Mapping[str, Any]]], form_fields: Iterable[FormField]
    ) -> LicenceLabels:
        """``printed``: e-licence type code → its ``fields:`` rows (key, name, name_en)."""
        by_type: dict[str, dict[str, Pair]] = {
            code: {str(f["key"]): (str(f["name"]), str(f["name_en"])) for f in rows}
            for code, rows in printed.items()
        }
        by_key: dict[str, Pair] = {}
        values: dict[str, dict[str, Pair]] = {}
        for spec in form_fields:
            by_key[spec.code] = (spec.name, spec.name_en)
            choices = {c.value: (c.name, c.name_en) for c in spec.rules.choices}
            keys = [spec.code]
            if spec.prefill and spec.prefill.startswith("licence."):
                _, type_code, key = spec.prefill.split(".", 2)
                by_type.setdefault(type_code, {}).setdefault(key, (spec.name, spec.name_en))
                keys.append(key)
            if choices:
                for key in keys:
                    values.setdefault(key, choices)
        return cls(by_type=by_type, by_key=by_key, values=values)

    def label(self, type_code: str | None, key: str) -> Pair:
        own = self.by_type.get(type_code or "", {})
        return own.get(key) or self.by_key.get(key) or WALLET_FIELDS.get(key) or (key, key)

    def value(self, key: str, value: str) -> Pair:
        choices = self.values.get(key)
        if not choices:
            return value, value
        parts = value.split(MULTI_SEPARATOR)
        zh = MULTI_SEPARATOR.join(choices.get(p, (p, p))[0] for p in parts)
        en = ", ".join(choices.get(p, (p, p))[1] for p in parts)
        return zh, en

    def to_json(self) -> dict[str, Any]:
        """For the offline verifier (``/wallet/jwks.json``): labels by key, by type and key, and values."""
        return {
            "fields": {k: list(v) for k, v in {**WALLET_FIELDS, **self.by_key}.items()},
            "typeFields": {t: {k: list(v) for k, v in keys.items()} for t, keys in self.by_type.items()},
            "values": {k: {v: list(p) for v, p in choices.items()} for k, choices in self.values.items()},
        }
