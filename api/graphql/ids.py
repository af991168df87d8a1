"""Ids arrive as GraphQL ``ID`` strings; the database's are integers. The one encoder and decoder of
ids: every id the API hands out is an opaque global id (``global_id``), every id argument is read with
``from_global_id`` (or ``parse_global_id`` in policies); ``parse_id`` reads the row numbers inside the
opaque cursors of api.graphql.connections. Anything that is not a plain positive 64-bit number is
refused with a typed failure (never an overflow deep in the driver)."""

import base64
import re

import strawberry

from api.failures import Failure
from api.graphql.error_codes import KernelError

MAX_ID = 2**63 - 1  # PostgreSQL bigint; SQLite's INTEGER is the same width
_DIGITS = re.compile(r"[0-9]{1,19}")  # ASCII only: int() would also read "１２" or "٣"
_BASE64URL = re.compile(r"[A-Za-z0-9_-]+")


def parse_id(value: object) -> int | None:
    """A row number (the digits inside a cursor), or None when it is malformed or out of range."""
    text = str(value) if isinstance(value, str | int) and not isinstance(value, bool) else ""
    if not _DIGITS.fullmatch(text):
        return None
    number = int(text)
    return number if 0 < number <= MAX_ID else None


# --- opaque global ids (Relay style) ------------------------------------------------------------------
# An id the API hands out says what it names and hides the row number: base64url("Application:42").
# ``global_id`` makes one; ``from_global_id`` reads one back, refusing another type's id as INVALID_ID.


def global_id(type_name: str, pk: int) -> strawberry.ID:
    raw = f"{type_name}:{pk}".encode()
    return strawberry.ID(base64.urlsafe_b64encode(raw).decode().rstrip("="))


def decode_global_id(value: object) -> tuple[str, int] | None:
    """(type name, row id) behind a global id, or None when it is not one."""
    if not isinstance(value, str) or not 0 < len(value) <= 120 or not _BASE64URL.fullmatch(value):
        return None
    try:
        text = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode("ascii")
    except (ValueError, UnicodeDecodeError):
        return None
    type_name, _, number = text.partition(":")
    pk = parse_id(number)
    if not type_name.isidentifier() or pk is None:
        return None
    return type_name, pk


def parse_global_id(value: object, type_name: str) -> int | None:
    """The row id behind a global id of ``type_name``, or None (for policies, which answer yes or no:
    they see the raw arguments)."""
    decoded = decode_global_id(value)
    return decoded[1] if decoded is not None and decoded[0] == type_name else None


def from_global_id(value: str, type_name: str) -> int:
    """The row id behind a global id of ``type_name``; anything else is ``INVALID_ID``."""
    pk = parse_global_id(value, type_name)
    if pk is None:
        raise Failure(KernelError.INVALID_ID)
    return pk


def optional_global_id(value: str | None, type_name: str) -> int | None:
    return None if value is None else from_global_id(value, type_name)
