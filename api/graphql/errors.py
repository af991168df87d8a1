"""Domain failures are data: each result union carries typed errors with a stable code."""

import functools
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

import strawberry
from graphql import GraphQLError
from strawberry.extensions import MaskErrors

from api.failures import Failure

P = ParamSpec("P")
R = TypeVar("R")


@strawberry.interface(description="A failure the client can act on: stable code, message in zh-CN and en")
class Error:
    code: str
    message: str
    message_en: str

    @classmethod
    def of(cls, failure: Failure):
        """This error type carrying a domain failure."""
        return cls(code=failure.code, message=failure.message, message_en=failure.message_en)


def failures_as(error_type: type) -> Callable[[Callable[P, Awaitable[R]]], Callable[P, Awaitable[R]]]:
    """A resolver decorator: domain failures it raises become ``error_type.of(failure)``, the error
    member of the field's result union (failures are data, never a 500)."""

    def decorate(resolver: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
        @functools.wraps(resolver)
        async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return await resolver(*args, **kwargs)
            except Failure as failure:
                return error_type.of(failure)

        return wrapper

    return decorate


class PublicError(GraphQLError):
    """A deliberate error whose message may be shown to clients (everything else is masked)."""


def _should_mask(error: GraphQLError) -> bool:
    original = error.original_error
    if original is None:
        return False  # parse/validation errors: about the request itself, safe to show
    return not isinstance(original, PublicError)


def masked_errors() -> MaskErrors:
    return MaskErrors(should_mask_error=_should_mask, error_message="内部错误 Internal server error")
