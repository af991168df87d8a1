"""A client's registered GraphQL documents (its allow-list), content-addressed by SHA-256."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from api.failures import Failure
from api.webhooks.errors import WebhookError
from api.webhooks.models import ClientDocument

MAX_AT_ONCE = 50
MAX_LENGTH = 64 * 1024  # as a GraphQL request body may be


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class Checked:
    """A document that parsed and validated against the schema: its text and operation name."""

    text: str
    name: str


async def register(client_pk: int, documents: list[Checked]) -> list[ClientDocument]:
    """Register documents (again: no change); returns them in the order given."""
    if len(documents) > MAX_AT_ONCE:
        raise Failure(WebhookError.TOO_MANY_DOCUMENTS, limit=MAX_AT_ONCE)
    found: list[ClientDocument] = []
    for document in documents:
        if len(document.text) > MAX_LENGTH:
            raise Failure(WebhookError.DOCUMENT_INVALID, why="too long")
        row, _ = await ClientDocument.get_or_create(
            client_id=client_pk,
            sha256=sha256_of(document.text),
            defaults={"text": document.text, "name": document.name[:128]},
        )
        found.append(row)
    return found


async def text_of(client_pk: int, sha256: str) -> str | None:
    """The client's registered document with this hash (None: not one of its documents)."""
    row = await ClientDocument.get_or_none(client_id=client_pk, sha256=sha256.lower())
    return row.text if row is not None else None
