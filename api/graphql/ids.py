"""Ids arrive as GraphQL ``ID`` strings; the database's are integers."""

from api.failures import Failure


def int_id(value: str) -> int:
    """The integer behind an ``ID``; a malformed one names nothing, so it is "not found"."""
    try:
        return int(value)
    except (TypeError, ValueError) as exc:
        raise Failure("NOT_FOUND", "未找到", "Not found") from exc
