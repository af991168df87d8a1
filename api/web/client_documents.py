"""Per-client persisted documents on ``/graphql`` (``api.webhooks.services.documents``).

A request signed by an API client may name one of the documents it registered by hash (POST with
``extensions.persistedQuery.sha256Hash``, or GET like the PWA's documents). When the allow-list is
enforced (``Settings.documents_only``: production by default), a client's document that is neither
registered by it nor one of the PWA's public ones is refused with ``ADHOC_DOCUMENT_REFUSED`` — except
a document that only calls ``registerDocuments`` (how the first ones get registered); in development
ad-hoc documents still run.

A GET by hash answers with a strong ETag and ``304 Not Modified`` on ``If-None-Match``, exactly as
the PWA's public documents do; but a client's document may read personal data the token's grants
allow, so it is ``Cache-Control: private, no-cache`` (revalidated each time, never kept by a shared
cache) instead of the public documents' ``public, max-age``.
"""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from typing import Any

from graphql import FieldNode, GraphQLError, OperationDefinitionNode, OperationType, parse

from api.graphql.persisted import PersistedQueries, persisted_hash
from api.identity.principal import Principal
from api.web.errors import WebError
from api.webhooks.services import documents

PRIVATE = b"private, no-cache"
REGISTER = "registerDocuments"


class Refused(Exception):
    def __init__(self, status: int, error: WebError) -> None:
        super().__init__(error.en)
        self.status = status
        self.error = error


class ClientDocuments:
    def __init__(self, persisted: PersistedQueries, enforce: bool, memo_size: int = 4096) -> None:
        self.persisted = persisted
        self.enforce = enforce
        # (client, sha256) → text: registered documents never change (content-addressed)
        self._known: OrderedDict[tuple[int, str], str] = OrderedDict()
        self._memo_size = memo_size

    async def text(self, principal: Principal, sha256: str) -> str | None:
        """The document with this hash that this client may send: the PWA's, or one it registered."""
        public = self.persisted.by_hash(sha256)
        if public is not None:
            return public.text
        if principal.client_id is None:
            return None
        key = (principal.client_id, sha256.lower())
        if key in self._known:
            return self._known[key]
        found = await documents.text_of(principal.client_id, sha256)
        if found is not None:
            self._known[key] = found
            if len(self._known) > self._memo_size:
                self._known.popitem(last=False)
        return found

    async def post_body(self, principal: Principal, data: dict[str, Any], body: bytes) -> bytes:
        """The body strawberry runs for a client's POST: a hash replaced by its registered text; an
        ad-hoc document refused when the allow-list is enforced."""
        text = data.get("query")
        sha = persisted_hash(data.get("extensions"))
        if not isinstance(text, str):
            if sha is None:
                return body  # strawberry answers a request with no document
            found = await self.text(principal, sha)
            if found is None:
                raise Refused(404, WebError.PERSISTED_QUERY_NOT_FOUND)
            return json.dumps({**data, "query": found}, ensure_ascii=False).encode()
        if not self.enforce or registration_only(text):
            return body
        if await self.text(principal, hashlib.sha256(text.encode()).hexdigest()) is None:
            raise Refused(400, WebError.ADHOC_DOCUMENT_REFUSED)
        return body


def registration_only(text: str) -> bool:
    """A document that only registers documents (``registerDocuments``): always accepted, or no client
    could ever register its first one."""
    try:
        document = parse(text)
    except GraphQLError:
        return False
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if len(operations) != 1 or len(document.definitions) != 1:
        return False
    selections = operations[0].selection_set.selections
    return (
        operations[0].operation == OperationType.MUTATION
        and len(selections) == 1
        and isinstance(selections[0], FieldNode)
        and selections[0].name.value == REGISTER
    )
