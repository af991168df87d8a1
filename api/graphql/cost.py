"""Query cost: computed from the document before anything runs, limited per request and budgeted per
principal over a time window. Every response reports it in ``extensions.cost``.

The cost of a field that returns an object is 1, times the number of objects it may return; scalar
fields are free. A list's size is its ``first``/``last`` argument (the literal or the variable, else
the argument's default, at most ``MAX_PAGE``); the ``nodes``/``edges`` of a sized page count that
size (an edge and its ``node`` count as one object); other lists count their field's ``cost_size``
hint (``strawberry.field(metadata=...)``) or ``DEFAULT_LIST`` items.
Sizes multiply down the tree. A mutation field costs ``MUTATION_COST`` on top.

Every response reports the requested and the actual cost and the caller's budget (``CostMeter``); a
request over the budget is refused (``RATE_LIMITED``, HTTP 429 with ``Retry-After`` on /graphql).
Budgets are kept in memory, per app process and per principal (a user, an API client, or the address
of an anonymous caller): with N processes behind a load balancer a principal can spend up to N
budgets. Answers from the public cache (persisted catalogue queries, see api/web/graphql_http.py)
are served without strawberry: a persisted one is not charged, an ad-hoc catalogue one is charged
its requested cost each time (api/web/graphql_http.py); their shared bodies carry the caller-free
figures and the caller's budget travels in ``RateLimit-*`` headers.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from math import ceil
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLList,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    get_nullable_type,
    is_composite_type,
)
from graphql import ExecutionResult as GraphQLExecutionResult
from strawberry.extensions import SchemaExtension

from api.failures import Failure
from api.graphql.error_codes import KernelError
from api.graphql.errors import PublicError
from api.identity.principal import Principal
from api.identity.ratelimit import Limit, RateLimited

MAX_PAGE = 100  # the largest page any list field serves
DEFAULT_LIST = 10  # an unsized list (an application's lanes, materials, events …)
MUTATION_COST = 10
SIZE_ARGUMENTS = ("first", "last")
PAGE_LISTS = frozenset({"nodes", "edges"})


def _size(field: FieldNode, definition, variables: dict[str, Any]) -> int | None:
    for name in SIZE_ARGUMENTS:
        argument = definition.args.get(name)
        if argument is None:
            continue
        value: Any = None
        for node in field.arguments or ():
            if node.name.value == name:
                if isinstance(node.value, IntValueNode):
                    value = int(node.value.value)
                elif isinstance(node.value, VariableNode):
                    value = variables.get(node.value.name.value)
        if value is None:
            default = argument.default_value
            value = default if isinstance(default, int) else MAX_PAGE
        if not isinstance(value, int) or isinstance(value, bool):
            value = MAX_PAGE
        return max(0, min(value, MAX_PAGE))
    return None


def _hint(definition) -> int:
    """An unsized list's expected length: ``strawberry.field(metadata={"cost_size": n})``, else
    ``DEFAULT_LIST``."""
    field = (definition.extensions or {}).get("strawberry-definition")
    size = (getattr(field, "metadata", None) or {}).get("cost_size")
    return size if isinstance(size, int) else DEFAULT_LIST


class _Walk:
    def __init__(self, schema: GraphQLSchema, fragments: dict[str, FragmentDefinitionNode], variables: dict):
        self.schema = schema
        self.fragments = fragments
        self.variables = variables

    def selections(self, selection_set: SelectionSetNode | None, parent, page: int | None) -> int:
        if selection_set is None:
            return 0
        total = 0
        for node in selection_set.selections:
            if isinstance(node, FieldNode):
                total += self.field(node, parent, page)
            elif isinstance(node, InlineFragmentNode):
                on = self.schema.get_type(node.type_condition.name.value) if node.type_condition else parent
                total += self.selections(node.selection_set, on or parent, page)
            elif isinstance(node, FragmentSpreadNode):
                fragment = self.fragments.get(node.name.value)
                if fragment is not None:
                    on = self.schema.get_type(fragment.type_condition.name.value) or parent
                    total += self.selections(fragment.selection_set, on, page)
        return total

    def field(self, node: FieldNode, parent, page: int | None) -> int:
        name = node.name.value
        if name.startswith("__"):
            return 0 if name == "__typename" else 1  # introspection (off in production): flat
        fields = getattr(parent, "fields", None)
        definition = fields.get(name) if fields else None
        if definition is None:
            return 0
        named = get_named_type(definition.type)
        if not is_composite_type(named):
            return 0
        if name == "node" and getattr(parent, "name", "").endswith("Edge"):
            return self.selections(node.selection_set, named, None)  # an edge and its node are one item
        size = _size(node, definition, self.variables)
        is_list = isinstance(get_nullable_type(definition.type), GraphQLList)
        if is_list:
            if size is not None:
                count = size
            elif name in PAGE_LISTS and page is not None:
                count = page  # the items of a sized page
            else:
                count = _hint(definition)
            return count * (1 + self.selections(node.selection_set, named, None))
        if size is not None:  # a page object: its nodes/edges are `size` items
            return 1 + self.selections(node.selection_set, named, size)
        return 1 + self.selections(node.selection_set, named, None)


def query_cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation_name: str | None = None,
    variables: dict[str, Any] | None = None,
) -> int:
    """The cost of running ``operation_name`` (or the only operation) of a validated document."""
    operation = _operation(document, operation_name)
    if operation is None:
        return 1  # graphql-core refuses it before running anything
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    root = schema.get_root_type(operation.operation)
    walk = _Walk(schema, fragments, variables or {})
    total = walk.selections(operation.selection_set, root, None)
    return max(1, total + MUTATION_COST * _mutation_fields(operation))


def _operation(document: DocumentNode, operation_name: str | None) -> OperationDefinitionNode | None:
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if operation_name is not None:
        operations = [o for o in operations if o.name is not None and o.name.value == operation_name]
    return operations[0] if len(operations) == 1 else None


def _mutation_fields(operation: OperationDefinitionNode | None) -> int:
    if operation is None or operation.operation is not OperationType.MUTATION:
        return 0
    return sum(1 for s in operation.selection_set.selections if isinstance(s, FieldNode))


class QueryTooCostly(PublicError):
    def __init__(self, cost: int, limit: int) -> None:
        failure = Failure(KernelError.QUERY_TOO_COSTLY, cost=cost, limit=limit)
        super().__init__(failure, extensions={"cost": cost, "maxCost": limit})


def principal_key(principal: Principal) -> str:
    if principal.is_user:
        return f"user:{principal.user_id}"
    if principal.is_client:
        return f"client:{principal.client_id}"
    return f"address:{principal.address}"


@dataclass
class _Window:
    started: float
    spent: int


class CostBudget:
    """Each principal may spend ``budget`` per ``window`` seconds (fixed windows, in memory)."""

    def __init__(self, budget: int, window: float, clock=time.monotonic) -> None:
        self.budget = budget
        self.window = window
        self.clock = clock
        self._windows: dict[str, _Window] = {}

    def charge(self, key: str, cost: int) -> tuple[bool, int, float]:
        """(allowed, remaining, seconds until the window resets); spends ``cost`` only when allowed."""
        now = self.clock()
        current = self._windows.get(key)
        if current is None or now - current.started >= self.window:
            if len(self._windows) > 10_000:
                self._prune(now)
            current = self._windows[key] = _Window(now, 0)
        reset = self.window - (now - current.started)  # (started + window) - now can round above window
        if current.spent + cost > self.budget:
            return False, self.budget - current.spent, reset
        current.spent += cost
        return True, self.budget - current.spent, reset

    def _prune(self, now: float) -> None:
        self._windows = {k: w for k, w in self._windows.items() if now - w.started < self.window}


class CostMeter:
    """The per-request maximum and the budgets of one app: charges a principal and reports.

    A report (``extensions.cost``) holds ``requested`` (the cost computed before running),
    ``actual`` (the objects the answer really holds, see ``actual_cost``), ``maxPerRequest``, and for
    a metered request the caller's budget: ``limit``, ``remaining`` and ``resetAfter`` (seconds)."""

    def __init__(self, max_cost: int, budget: CostBudget) -> None:
        self.max_cost = max_cost
        self.budget = budget

    def charge(self, principal: Principal, cost: int) -> tuple[dict[str, int], RateLimited | None]:
        """Spend ``cost`` of the principal's budget (nothing when it does not fit: then the error)."""
        allowed, remaining, reset = self.budget.charge(principal_key(principal), cost)
        report = {
            "requested": cost,
            "maxPerRequest": self.max_cost,
            "limit": self.budget.budget,
            "remaining": remaining,
            "resetAfter": ceil(reset),
        }
        if allowed:
            return report, None
        spent = Limit("query-cost", self.budget.budget, int(self.budget.window))
        return report, RateLimited(spent, max(1, ceil(reset)))  # the same error as every other limit

    def peek(self, principal: Principal) -> dict[str, int]:
        """The principal's budget without spending any of it."""
        report, _ = self.charge(principal, 0)
        return {key: report[key] for key in PER_CALLER}


PER_CALLER = ("limit", "remaining", "resetAfter")  # a shared (cached) body cannot carry these


def _objects(value: Any, edge: bool = False, counted: bool = True) -> int:
    if isinstance(value, list):
        return sum(_objects(item, edge) for item in value)
    if not isinstance(value, dict):
        return 0
    own = 1 if counted else 0  # an edge and its node are one object, as in ``query_cost``
    return own + sum(
        _objects(child, key == "edges", not (edge and key == "node")) for key, child in value.items()
    )


def actual_cost(data: dict[str, Any] | None, mutation_fields: int = 0) -> int:
    """What an answer really cost: its objects (a list counts its real length, not its ``first``)
    plus ``MUTATION_COST`` per mutation field; 0 when nothing ran."""
    if data is None:
        return 0
    return max(1, _objects(data, counted=False) + MUTATION_COST * mutation_fields)


class QueryCost(SchemaExtension):
    """Built once per schema (``QueryCost.factory``): refuses a request over the maximum or over the
    principal's budget before it executes, and reports ``extensions.cost``. A request refused for its
    budget also calls the context's ``over_budget`` (HTTP answers 429 with ``Retry-After``)."""

    meter: CostMeter

    @classmethod
    def factory(cls, meter: CostMeter) -> type[QueryCost]:
        return type("QueryCostLimit", (cls,), {"meter": meter})

    def __init__(self, *, execution_context=None) -> None:
        if execution_context is not None:
            self.execution_context = execution_context
        self.report: dict[str, int] | None = None
        self.mutation_fields = 0

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        document = context.graphql_document
        if document is not None and context.result is None:
            schema = context.schema._schema
            cost = query_cost(schema, document, context.operation_name, context.variables)
            error: PublicError | None = None
            app_context = context.context
            metered = getattr(app_context, "metered", True)
            principal = getattr(app_context, "principal", None) if metered else None
            self.report = {"requested": cost, "maxPerRequest": self.meter.max_cost}
            if cost > self.meter.max_cost:
                error = QueryTooCostly(cost, self.meter.max_cost)
                if principal is not None:
                    self.report.update(self.meter.peek(principal))
            elif principal is not None:
                self.report, limited = self.meter.charge(principal, cost)
                if limited is not None:
                    error = limited
                    over_budget = getattr(app_context, "over_budget", None)
                    if over_budget is not None:
                        over_budget(limited.retry_after)
            if error is not None:
                context.result = GraphQLExecutionResult(data=None, errors=[error])
            else:
                self.mutation_fields = _mutation_fields(_operation(document, context.operation_name))
        yield

    def get_results(self) -> dict[str, Any]:
        if self.report is None:
            return {}
        result = self.execution_context.result
        data = result.data if result is not None else None
        return {"cost": {**self.report, "actual": actual_cost(data, self.mutation_fields)}}
