"""Domain failures are data: each result union carries typed errors with a stable code."""

import strawberry
from graphql import GraphQLError
from strawberry.extensions import MaskErrors


@strawberry.interface(description="A failure the client can act on: stable code, message in zh-CN and en")
class Error:
    code: str
    message: str
    message_en: str


class PublicError(GraphQLError):
    """A deliberate error whose message may be shown to clients (everything else is masked)."""


def _should_mask(error: GraphQLError) -> bool:
    original = error.original_error
    if original is None:
        return False  # parse/validation errors: about the request itself, safe to show
    return not isinstance(original, PublicError)


def masked_errors() -> MaskErrors:
    return MaskErrors(should_mask_error=_should_mask, error_message="内部错误 Internal server error")
