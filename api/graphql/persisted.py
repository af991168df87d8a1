"""Persisted queries: documents known to the server by the sha256 of their exact text.

The PWA's public queries live in ``documents/*.graphql``; the front-end build hashes the same
files, so a phone or a CDN can send a short, cacheable GET instead of the query text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DOCUMENTS = Path(__file__).parent / "documents"


@dataclass(frozen=True, slots=True)
class PersistedQuery:
    name: str
    sha256: str
    text: str


class PersistedQueries:
    def __init__(self, directory: Path = DOCUMENTS):
        self._by_hash: dict[str, PersistedQuery] = {}
        self._by_name: dict[str, PersistedQuery] = {}
        for path in sorted(directory.glob("*.graphql")):
            text = path.read_text(encoding="utf-8")
            query = PersistedQuery(path.stem, hashlib.sha256(text.encode()).hexdigest(), text)
            self._by_hash[query.sha256] = query
            self._by_name[query.name] = query

    def by_hash(self, sha256: str) -> PersistedQuery | None:
        return self._by_hash.get(sha256.lower())

    def by_name(self, name: str) -> PersistedQuery:
        return self._by_name[name]

    def __iter__(self):
        return iter(self._by_hash.values())


def persisted_hash(extensions: Any) -> str | None:
    """The sha256 a request names in ``extensions.persistedQuery.sha256Hash`` (None: it names none)."""
    if not isinstance(extensions, dict):
        return None
    persisted = extensions.get("persistedQuery")
    if isinstance(persisted, dict) and isinstance(persisted.get("sha256Hash"), str):
        return persisted["sha256Hash"]
    return None
