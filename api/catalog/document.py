"""The catalogue as one document: the data files of ``data/catalog`` as a JSON-able dict, and back.

A document is ``{section: [entry, …]}`` for the sections below; every entry is the dict its YAML file
holds (keys this module does not know stay as they are). Items are kept grouped by department (their
file is ``items/<department in lower case>.yaml``), so writing a document to files and reading it back
gives the same document. Revisions store documents; the loader loads them (``source_from_document``).
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from api.catalog.data_checks import CatalogDataError, CatalogSource, check_catalog

Document = dict[str, list[dict[str, Any]]]

# section → its file (items: one file per department under items/)
FILES: dict[str, str] = {
    "departments": "departments.yaml",
    "halls": "halls.yaml",
    "materials": "materials.yaml",
    "bundles": "bundles.yaml",
    "lifecycle": "lifecycle.yaml",
    "fields": "fields.yaml",
}
ITEMS_DIR = "items"
SYNONYMS_FILE = "synonyms.yaml"  # optional: search synonym groups, each a list of words (not entries)
SECTIONS: tuple[str, ...] = ("departments", "halls", "materials", "fields", "items", "bundles", "lifecycle")
SYNONYMS = "synonyms"  # beside the sections: word groups, not entries with codes


def _plain(value: Any) -> Any:
    """YAML reads unquoted dates as dates: a document holds JSON values only."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _read_list(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
        raise CatalogDataError(f"{path.name}: expected a list of entries at the top level")
    return _plain(data)


def item_file(item: dict[str, Any]) -> str:
    """The file an item is kept in: its department's."""
    return f"{str(item.get('department') or 'other').lower()}.yaml"


def normalize(document: Any) -> Document:
    """Check the document's shape (each section a list of entries, no other section) and put its
    items in file order (grouped by department, order within a department kept)."""
    if not isinstance(document, dict):
        raise CatalogDataError("a catalogue document is an object of sections")
    unknown = sorted(set(document) - {*SECTIONS, SYNONYMS})
    if unknown:
        raise CatalogDataError(f"unknown sections {unknown}; a catalogue has {list(SECTIONS)}")
    out: Document = {}
    groups = document.get(SYNONYMS) or []
    if not isinstance(groups, list) or not all(isinstance(g, list) for g in groups):
        raise CatalogDataError("synonyms: expected a list of word lists")
    out[SYNONYMS] = _plain(groups)
    for section in SECTIONS:
        rows = document.get(section) or []
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise CatalogDataError(f"{section}: expected a list of entries")
        out[section] = _plain(rows)
    out["items"] = sorted(out["items"], key=item_file)  # stable: order within a file kept
    return out


def read_document(directory: Path) -> Document:
    """The document of a directory of data files (``data/catalog`` or an export)."""
    rows: dict[str, Any] = {}
    for section, name in FILES.items():
        path = directory / name
        if not path.exists():
            raise CatalogDataError(f"{path} is missing")
        rows[section] = _read_list(path)
    rows["items"] = [
        row for path in sorted((directory / ITEMS_DIR).glob("*.yaml")) for row in _read_list(path)
    ]
    synonyms = directory / SYNONYMS_FILE
    if synonyms.exists():
        rows[SYNONYMS] = yaml.safe_load(synonyms.read_text(encoding="utf-8")) or []
    return normalize(rows)


def write_document(document: Document, directory: Path) -> list[Path]:
    """Write the document as data files (the format ``read_document`` reads); returns the files."""
    document = normalize(document)
    (directory / ITEMS_DIR).mkdir(parents=True, exist_ok=True)
    for old in (directory / ITEMS_DIR).glob("*.yaml"):
        old.unlink()
    written: list[Path] = []

    def dump(path: Path, rows: list[dict[str, Any]]) -> None:
        text = yaml.safe_dump(rows, allow_unicode=True, sort_keys=False, width=110)
        path.write_text(text, encoding="utf-8")
        written.append(path)

    for section, name in FILES.items():
        dump(directory / name, document[section])
    if document[SYNONYMS]:
        path = directory / SYNONYMS_FILE
        path.write_text(yaml.safe_dump(document[SYNONYMS], allow_unicode=True, width=110), encoding="utf-8")
        written.append(path)
    by_file: dict[str, list[dict[str, Any]]] = {}
    for item in document["items"]:
        by_file.setdefault(item_file(item), []).append(item)
    for name, rows in by_file.items():
        dump(directory / ITEMS_DIR / name, rows)
    return written


def digest(document: Document) -> str:
    """A fingerprint of the content (key order and formatting do not count)."""
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def source_from_document(document: Any) -> CatalogSource:
    """The checked source the loader writes (``check_catalog``: clear errors naming entry and code)."""
    doc = normalize(document)
    source = CatalogSource(
        digest(doc),
        doc["departments"],
        doc["halls"],
        doc["materials"],
        doc["items"],
        doc["bundles"],
        doc["lifecycle"],
        doc["fields"],
        doc[SYNONYMS],  # type: ignore[arg-type]
    )
    check_catalog(source)
    return source


def document_of(source: CatalogSource) -> Document:
    return normalize(
        {
            "departments": source.departments,
            "halls": source.halls,
            "materials": source.materials,
            "fields": source.fields,
            "items": source.items,
            "bundles": source.bundles,
            "lifecycle": source.tree,
            SYNONYMS: source.synonyms,
        }
    )
