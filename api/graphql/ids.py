"""Ids arrive as GraphQL ``ID`` strings; the database's are integers. The one decoder for both ids
and the integer cursors of lists: anything that is not a plain positive 64-bit number is refused
with a typed failure (never an overflow deep in the database driver)."""

import re

from api.failures import Failure
from api.graphql.error_codes import KernelError

MAX_ID = 2**63 - 1  # PostgreSQL bigint; SQLite's INTEGER is the same width
_DIGITS = re.compile(r"[0-9]{1,19}")  # ASCII only: int() would also read "１２" or "٣"


def parse_id(value: object) -> int | None:
    """The id, or None when it is malformed or out of range (for policies, which answer yes or no)."""
    text = str(value) if isinstance(value, str | int) and not isinstance(value, bool) else ""
    if not _DIGITS.fullmatch(text):
        return None
    number = int(text)
    return number if 0 < number <= MAX_ID else None


def int_id(value: str) -> int:
    """The integer behind an ``ID``; a malformed or out-of-range one is ``INVALID_ID``."""
    number = parse_id(value)
    if number is None:
        raise Failure(KernelError.INVALID_ID)
    return number


def optional_id(value: str | None) -> int | None:
    return None if value is None else int_id(value)


def int_cursor(value: str | None) -> int | None:
    """The row id behind a list's ``after`` cursor (None: from the start); garbage is ``INVALID_CURSOR``."""
    if value is None:
        return None
    number = parse_id(value)
    if number is None:
        raise Failure(KernelError.INVALID_CURSOR)
    return number
