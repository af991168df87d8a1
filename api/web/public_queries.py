"""Execute persisted public (catalogue) queries once per catalogue revision and serve the bytes.

A public query's answer depends only on its document, its variables and the catalogue revision,
so the serialised body (and its gzip) is kept in a bounded LRU keyed by all three. Every response
carries a strong ETag and ``Cache-Control`` so phones, the service worker and a CDN can reuse it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import strawberry
from strawberry.types import ExecutionResult

from api.graphql.context import Context
from api.graphql.cost import PER_CALLER
from api.graphql.persisted import PersistedQuery


@dataclass(frozen=True, slots=True)
class CachedBody:
    revision: int
    body: bytes
    gzipped: bytes
    etag: str
    ok: bool
    cost: int = 0  # the document's requested cost (what an ad-hoc one is charged on every request)


def canonical_variables(variables: dict[str, Any] | None) -> str:
    return json.dumps(variables or {}, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def cached_body(result: ExecutionResult, revision: int = 0) -> CachedBody:
    """A result as bytes with a strong ETag; ``extensions.cost`` without the per-caller figures (a
    cached body is shared; those go in ``RateLimit-*`` headers)."""
    payload: dict[str, Any] = {"data": result.data}
    if result.errors:
        payload["errors"] = [error.formatted for error in result.errors]
    cost = (result.extensions or {}).get("cost") or {}
    shared = {key: value for key, value in cost.items() if key not in PER_CALLER}
    if shared:
        payload["extensions"] = {"cost": shared}
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    return CachedBody(
        revision=revision,
        body=body,
        gzipped=gzip.compress(body, compresslevel=6, mtime=0),
        etag='"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"',
        ok=not result.errors,
        cost=int(cost.get("requested", 0)),
    )


class PublicQueryCache:
    def __init__(self, schema: strawberry.Schema, max_entries: int = 4096):
        self.schema = schema
        self.max_entries = max_entries
        self._entries: OrderedDict[tuple[str, str], CachedBody] = OrderedDict()

    async def run(
        self, query: PersistedQuery, variables: dict[str, Any] | None, context: Context
    ) -> CachedBody:
        """The answer of ``query`` at the current revision, the same for every caller: its body's
        ``extensions.cost`` holds the caller-free figures (requested, actual, maxPerRequest); charging a
        caller is the route's business (api/web/graphql_http.py)."""
        catalog = await context.catalog()
        key = (query.sha256, canonical_variables(variables))
        hit = self._entries.get(key)
        if hit is not None and hit.revision == catalog.revision:
            self._entries.move_to_end(key)
            return hit
        context.metered = False  # an answer for everyone, kept and served from here
        result = await self.schema.execute(
            query.text, variable_values=variables, context_value=context, operation_name=query.name or None
        )
        entry = cached_body(result, catalog.revision)
        if entry.ok:  # errors (bad variables, …) are not worth remembering
            self._entries[key] = entry
            if len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
        return entry

    def data(self, entry: CachedBody) -> dict[str, Any] | None:
        return json.loads(entry.body).get("data")
