"""Catalogue read rules: plain functions over a snapshot (no GraphQL, no HTTP)."""

from __future__ import annotations

import base64
import binascii

from api.catalog.entities import Bundle, Catalog, LifeNode, NotFound, ServiceItem
from api.catalog.enums import Subject
from api.catalog.search import SearchHits

MAX_PAGE = 100


class BadCursor(ValueError):
    pass


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        prefix, value = raw.split(":", 1)
        offset = int(value)
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise BadCursor(cursor) from exc
    if prefix != "o" or offset < 0:
        raise BadCursor(cursor)
    return offset


def clamp_page_size(first: int) -> int:
    return max(1, min(first, MAX_PAGE))


def guide(catalog: Catalog, code: str) -> ServiceItem | Bundle | NotFound:
    return catalog.entry(code) or NotFound(looked_up=code)


def browse_items(
    catalog: Catalog,
    first: int,
    after: str | None,
    department: str | None = None,
    subject: Subject | None = None,
) -> tuple[list[ServiceItem], int, str | None]:
    """A page of items (in code order), the total matching, and the cursor of the next page."""
    items = catalog.items
    if department:
        items = tuple(i for i in items if i.department.code == department.upper())
    if subject:
        items = tuple(i for i in items if i.subject == subject)
    start = decode_cursor(after)
    size = clamp_page_size(first)
    page = list(items[start : start + size])
    end = start + len(page)
    return page, len(items), encode_cursor(end) if end < len(items) else None


def life_cycle(catalog: Catalog, subject: Subject | None) -> tuple[LifeNode, ...]:
    if subject is None:
        return catalog.tree
    wanted = {Subject.NATURAL_PERSON: "NP", Subject.LEGAL_PERSON: "LP"}[subject]
    return tuple(node for node in catalog.tree if node.code.startswith(wanted))


def search(catalog: Catalog, text: str, first: int) -> SearchHits:
    return catalog.search_index.search(text[:64], clamp_page_size(first))
