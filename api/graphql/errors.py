"""Domain failures are data: each result union carries typed errors with a stable code."""

import functools
import logging
import re
import traceback
from collections.abc import Awaitable, Callable
from enum import Enum
from typing import Any, ParamSpec, TypeVar

import asyncpg
import strawberry
from graphql import GraphQLError
from strawberry.extensions import MaskErrors
from tortoise.exceptions import OperationalError, ValidationError

from api.failures import Failure
from api.graphql.error_codes import KernelError, code_descriptions
from api.logs import mask

log = logging.getLogger("strawberry.execution")

P = ParamSpec("P")
R = TypeVar("R")


ErrorCode = strawberry.enum(
    Enum(  # type: ignore[misc]  # built from every domain's errors.py: one documented list of codes
        "ErrorCode",
        {code: strawberry.enum_value(code, description=text) for code, text in code_descriptions().items()},
    ),
    description=(
        "Every failure code of the API, documented: the value of a typed error's `code` and of "
        "`errors[].extensions.code`"
    ),
)


@strawberry.interface(description="A failure the client can act on: stable code, message in zh-CN and en")
class Error:
    # A String, not the ErrorCode enum, on purpose: documents select `code` on a result union's
    # success type and its error at once (Booking.code, a booking's code), and GraphQL refuses a
    # selection whose same-named fields are an enum and a String. Every value is an ErrorCode.
    code: str = strawberry.field(description="One of the ErrorCode enum's values")
    message: str
    message_en: str

    @classmethod
    def of(cls, failure: Failure):
        """This error type carrying a domain failure."""
        return cls(code=failure.code, message=failure.message, message_en=failure.message_en)


def refused_input(exc: BaseException) -> Failure | None:
    """A value the database layer refuses, as a typed failure: too long for its column or out of range
    (tortoise checks a value against its field before a query), or a PostgreSQL data exception (class
    22: a NUL byte, a string or number that does not fit). The value itself is never echoed."""
    seen: BaseException | None = exc
    for _ in range(4):  # tortoise wraps the driver's error (OperationalError from DataError)
        if seen is None:
            return None
        if isinstance(seen, ValidationError):
            name = str(seen).split(":", 1)[0]
            field = name if name.isidentifier() else "?"
            return Failure(KernelError.INVALID_INPUT, where=f"（{field}）", where_en=f" ({field})")
        if isinstance(seen, asyncpg.exceptions.DataError):
            return Failure(KernelError.INVALID_INPUT, where="", where_en="")
        seen = seen.__cause__ or seen.__context__
    return None


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
            except (ValidationError, OperationalError, asyncpg.exceptions.DataError) as exc:
                failure = refused_input(exc)
                if failure is None:
                    raise
                return error_type.of(failure)

        return wrapper

    return decorate


def extensions_of(failure: Failure) -> dict[str, Any]:
    """What every error in ``errors[]`` carries: the stable code and the English message."""
    return {"code": failure.code, "messageEn": failure.message_en}


def both_languages(failure: Failure) -> str:
    """An error's ``message``: zh-CN, then English."""
    return f"{failure.message} {failure.message_en}"


class PublicError(GraphQLError):
    """A deliberate error whose message may be shown to clients (everything else is masked).

    Made from a failure (``PublicError(Failure(KernelError.FORBIDDEN))``): the message in both
    languages, ``extensions.code`` and ``extensions.messageEn``, plus any ``extensions`` given."""

    def __init__(self, message: str | Failure, *, extensions: dict[str, Any] | None = None) -> None:
        if isinstance(message, Failure):
            extensions = {**extensions_of(message), **(extensions or {})}
            message = both_languages(message)
        super().__init__(message, extensions=extensions)


MASKED_MESSAGE = "内部错误 Internal server error"


def is_deliberate(error: GraphQLError) -> bool:
    """Errors about the request itself (syntax, validation, permissions, typed failures): the client's
    to fix, shown to it, and not worth a traceback in the log."""
    original = error.original_error
    return (
        original is None
        or isinstance(original, PublicError | Failure | GraphQLError)  # a variable's value refused
        or refused_input(original) is not None
    )


def _unexpected(error: GraphQLError) -> bool:
    return not is_deliberate(error)


def log_internal_errors(errors: list[GraphQLError]) -> None:
    """What strawberry's ``process_errors`` should log: unexpected errors only, with their path and
    traceback but not the document (its arguments may carry phones, ID numbers or codes), all of it
    masked (``api.logs.mask``). Deliberate errors (forbidden, typed failures, invalid documents) are
    answers to the client, not incidents: nothing is logged for them."""
    for error in errors:
        original = error.original_error
        where = ".".join(str(p) for p in error.path or ()) or "(operation)"
        refused = refused_input(original) if original is not None else None
        if refused is not None:  # the client's error, but a value the server made could be the cause
            log.warning("input refused in %s: %s", where, refused.message_en)
        elif not is_deliberate(error):
            trace = "".join(traceback.format_exception(original))
            log.error("internal error in %s\n%s", where, mask(trace))


def _typed(error: GraphQLError) -> GraphQLError:
    """A domain failure raised where the field has no error union (a list's cursor, an id decoded by a
    query), or an input the database refused: the code and messages, in ``errors[]``."""
    original = error.original_error
    if isinstance(original, PublicError) or (error.extensions or {}).get("code"):
        return error
    if original is None or isinstance(original, GraphQLError):  # the document or its variables
        return with_code(error, document_error_code(error))
    failure = original if isinstance(original, Failure) else refused_input(original)
    if failure is None:
        return error
    return GraphQLError(
        both_languages(failure),
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions=extensions_of(failure),
    )


_SIZE_LIMITS = re.compile(
    r"exceeds maximum operation depth|aliases found\. Allowed|Document contains more than"
)


def document_error_code(error: GraphQLError) -> KernelError:
    """The code of an error graphql-core raised about the document: its size (depth, aliases, tokens:
    the limits of api.schema), its syntax, or its fit to the schema (fields, arguments, variables)."""
    if _SIZE_LIMITS.search(error.message):
        return KernelError.QUERY_TOO_LARGE
    syntax = error.message.startswith("Syntax Error")
    return KernelError.GRAPHQL_PARSE_FAILED if syntax else KernelError.GRAPHQL_VALIDATION_FAILED


def with_code(error: GraphQLError, code: KernelError) -> GraphQLError:
    """graphql-core's own message (it says what and where), with the code and its English text."""
    return GraphQLError(
        error.message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions={**(error.extensions or {}), "code": code.name, "messageEn": code.en},
    )


class TypedErrors(MaskErrors):
    """Masks unexpected errors; lets deliberate ones through, with failures typed by their code."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=_unexpected, error_message=MASKED_MESSAGE)

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        return [_typed(error) for error in super()._process_errors(errors)]


def masked_errors() -> MaskErrors:
    return TypedErrors()
