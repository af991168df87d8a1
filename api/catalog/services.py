"""Catalogue read rules: plain functions over a snapshot (no GraphQL, no HTTP)."""

from __future__ import annotations

import bisect

from api.catalog.entities import Bundle, Catalog, LifeNode, NotFound, ServiceItem
from api.catalog.enums import Subject
from api.catalog.search import SearchHits
from api.graphql.connections import page_size

MAX_PAGE = 100


def guide(catalog: Catalog, code: str) -> ServiceItem | Bundle | NotFound:
    return catalog.entry(code) or NotFound(looked_up=code)


def browse_items(
    catalog: Catalog,
    first: int,
    after: str | None,
    department: str | None = None,
    subject: Subject | None = None,
) -> tuple[list[ServiceItem], int, bool]:
    """A page of items in code order after the item coded ``after`` (None: from the first), the total
    matching, and whether more follow. Keyed by code, a page continues right even when the catalogue
    is reloaded between two pages."""
    first = page_size(first, MAX_PAGE)
    items = sorted(catalog.items, key=lambda i: i.code)
    if department:
        items = [i for i in items if i.department.code == department.upper()]
    if subject:
        items = [i for i in items if i.subject == subject]
    start = 0 if after is None else bisect.bisect_right([i.code for i in items], after)
    return items[start : start + first], len(items), start + first < len(items)


def life_cycle(catalog: Catalog, subject: Subject | None) -> tuple[LifeNode, ...]:
    if subject is None:
        return catalog.tree
    wanted = {Subject.NATURAL_PERSON: "NP", Subject.LEGAL_PERSON: "LP"}[subject]
    return tuple(node for node in catalog.tree if node.code.startswith(wanted))


def search(catalog: Catalog, text: str, first: int) -> SearchHits:
    return catalog.search_index.search(text[:64], page_size(first, MAX_PAGE))
