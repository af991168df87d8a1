"""Ad-hoc documents that read only the catalogue, answered from the public cache like persisted ones.

An integrator's query for a guide, written by hand, reads the same public data as the PWA's persisted
``Guide`` document: its answer depends only on its text, its variables and the catalogue revision.
A document qualifies when its one operation is a query whose root fields are all public catalogue
fields (``CatalogQuery`` fields whose policy is ``public``): ``trackApplication`` and the like, public
but not catalogue data, never do. The decision is kept per document text (bounded LRU); a document
that does not parse, or does not qualify, goes to strawberry as before, which answers its errors.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict

from graphql import FieldNode, GraphQLError, OperationDefinitionNode, OperationType, parse

from api.graphql.persisted import PersistedQuery


class PublicDocuments:
    def __init__(self, root_fields: frozenset[str], max_tokens: int, max_entries: int = 4096):
        self.root_fields = root_fields
        self.max_tokens = max_tokens
        self.max_entries = max_entries
        self._decisions: OrderedDict[tuple[str, str | None], PersistedQuery | None] = OrderedDict()

    def recognise(self, text: str, operation_name: str | None) -> PersistedQuery | None:
        """The document as a public query (named by its operation), or None."""
        key = (text, operation_name)
        if key in self._decisions:
            self._decisions.move_to_end(key)
            return self._decisions[key]
        decision = self._decide(text, operation_name)
        self._decisions[key] = decision
        if len(self._decisions) > self.max_entries:
            self._decisions.popitem(last=False)
        return decision

    def _decide(self, text: str, operation_name: str | None) -> PersistedQuery | None:
        try:
            document = parse(text, no_location=True, max_tokens=self.max_tokens)
        except GraphQLError:
            return None
        operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
        chosen = [
            o for o in operations if operation_name is None or (o.name and o.name.value == operation_name)
        ]
        if len(chosen) != 1 or (operation_name is None and len(operations) != 1):
            return None
        operation = chosen[0]
        if operation.operation is not OperationType.QUERY or operation.directives:
            return None
        for selection in operation.selection_set.selections:
            if not isinstance(selection, FieldNode) or selection.directives:
                return None
            if selection.name.value not in self.root_fields:
                return None
        name = operation.name.value if operation.name else ""
        return PersistedQuery(name, hashlib.sha256(text.encode()).hexdigest(), text)


def public_fields(query_type: type, rule, graphql_name) -> frozenset[str]:
    """The GraphQL names of a query class's fields declared with the policy ``rule``."""
    from api.graphql.permissions import rule_of

    definition = query_type.__strawberry_definition__  # type: ignore[attr-defined]
    return frozenset(
        graphql_name(field) for field in definition.fields if rule_of(field.permission_classes) is rule
    )
