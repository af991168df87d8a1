"""告知承诺 terms of a service item (catalogue data, ``commitment:`` in ``data/catalog/items/*.yaml``):
whether an applicant may sign a written commitment instead of handing in some materials, which ones
it replaces, the versioned text they sign, and within how many working days after acceptance the
department verifies it. The one place the block is read and checked."""

from __future__ import annotations

from typing import Any

from api.catalog.entities import CommitmentTerms

MAX_VERIFY_WITHIN = 60  # working days: a check later than about three months is no check


def check_terms(block: Any, material_codes: set[str]) -> list[str]:
    """The problems of an item's ``commitment:`` block (none when it is absent or sound)."""
    if block is None:
        return []
    if not isinstance(block, dict):
        return ["commitment: expected a mapping"]
    problems: list[str] = []
    missing = [k for k in ("version", "verify_within", "replaces", "text", "text_en") if k not in block]
    if missing:
        return [f"commitment: missing {', '.join(missing)}"]
    version, within, replaces = block["version"], block["verify_within"], block["replaces"]
    if not isinstance(version, int) or version < 1:
        problems.append("commitment: version must be a whole number ≥ 1")
    if not isinstance(within, int) or not 1 <= within <= MAX_VERIFY_WITHIN:
        problems.append(f"commitment: verify_within must be 1–{MAX_VERIFY_WITHIN} working days")
    if not isinstance(replaces, list) or not replaces:
        problems.append("commitment: replaces lists at least one of the item's materials")
    else:
        unknown = [code for code in replaces if code not in material_codes]
        if unknown:
            problems.append(f"commitment: replaces materials the item does not ask for: {unknown}")
    for key in ("text", "text_en"):
        if not isinstance(block[key], str) or len(block[key].strip()) < 20:
            problems.append(f"commitment: {key} must be the full text of the commitment")
    return problems


def terms_to_json(block: dict[str, Any] | None) -> dict[str, Any] | None:
    """What the database keeps (``ServiceItem.commitment``)."""
    if block is None:
        return None
    return {
        "version": int(block["version"]),
        "verify_within": int(block["verify_within"]),
        "replaces": [str(code) for code in block["replaces"]],
        "text": str(block["text"]).strip(),
        "text_en": str(block["text_en"]).strip(),
    }


def terms_from_json(value: Any) -> CommitmentTerms | None:
    if not isinstance(value, dict):
        return None
    return CommitmentTerms(
        version=int(value["version"]),
        verify_within=int(value["verify_within"]),
        replaces=tuple(value["replaces"]),
        text=value["text"],
        text_en=value["text_en"],
    )
