"""The one place where GraphQL asks for authorization: ``allow(rule)`` turns a policy function of
``api.identity.policies`` into a strawberry permission class."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from strawberry.permission import BasePermission

from api.failures import Failure
from api.graphql.error_codes import KernelError
from api.graphql.errors import PublicError
from api.identity.principal import Principal

Rule = Callable[[Principal, Mapping[str, Any]], bool | Awaitable[bool]]


class Unauthenticated(PublicError):
    def __init__(self) -> None:
        super().__init__(Failure(KernelError.UNAUTHENTICATED))


class Forbidden(PublicError):
    def __init__(self) -> None:
        super().__init__(Failure(KernelError.FORBIDDEN))


class Policy(BasePermission):
    """A permission class deciding with one policy function."""

    rule: Rule

    async def has_permission(self, source: Any, info, **kwargs: Any) -> bool:
        principal: Principal = info.context.principal
        decision = type(self).rule(principal, kwargs)
        if inspect.isawaitable(decision):
            decision = await decision
        if decision:
            return True
        raise Unauthenticated() if principal.kind == "anonymous" else Forbidden()


_classes: dict[Rule, type[Policy]] = {}


def allow(rule: Rule) -> list[type[BasePermission]]:
    """``permission_classes=allow(policies.citizen)`` on every query and mutation."""
    if rule not in _classes:
        _classes[rule] = type(f"Allow_{rule.__name__}", (Policy,), {"rule": staticmethod(rule)})
    return [_classes[rule]]


def rule_of(permission_classes: list[type]) -> Rule | None:
    """The policy function a field was declared with (None when it has none, or more than one)."""
    rules = [c.rule for c in permission_classes if isinstance(c, type) and issubclass(c, Policy)]
    return rules[0] if len(rules) == 1 and len(permission_classes) == 1 else None
