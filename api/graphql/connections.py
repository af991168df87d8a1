"""Relay-style connections, the one shape of every list the API returns:
``{edges {node cursor} pageInfo {hasNextPage endCursor}}``.

Cursors are opaque (base64url of the sort key); ``first`` beyond a list's maximum is refused with
``PAGE_SIZE_OUT_OF_RANGE`` rather than silently clamped. A list ordered by row id (the usual case)
needs only ``id_window`` and ``connection``; a list ordered by something else encodes its own key
parts with ``encode_cursor``/``decode_cursor``.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import strawberry

from api.failures import Failure
from api.graphql.error_codes import KernelError
from api.graphql.ids import parse_id

T = TypeVar("T")
R = TypeVar("R")

_PREFIX = "c1|"  # the cursor format's version: a later format can still read old cursors


@strawberry.type(description="Where this page ends and whether another one follows")
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type(description="One item of a list and the cursor just after it")
class Edge(Generic[T]):
    node: T
    cursor: str


@strawberry.type(description="A page of a list: pass pageInfo.endCursor as `after` for the next one")
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo


def page_size(first: int, maximum: int) -> int:
    """``first`` as given, or PAGE_SIZE_OUT_OF_RANGE (never clamped in silence)."""
    if not 1 <= first <= maximum:
        raise Failure(KernelError.PAGE_SIZE_OUT_OF_RANGE, maximum=maximum)
    return first


def encode_cursor(*parts: str | int) -> str:
    text = _PREFIX + "|".join(str(part) for part in parts)
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_cursor(value: str | None, parts: int = 1) -> list[str] | None:
    """The key parts behind ``after`` (None: from the start); garbage is ``INVALID_CURSOR``."""
    if value is None:
        return None
    try:
        if not 0 < len(value) <= 200:
            raise ValueError
        text = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        raise Failure(KernelError.INVALID_CURSOR) from None
    if not text.startswith(_PREFIX) or len(found := text[len(_PREFIX) :].split("|")) != parts:
        raise Failure(KernelError.INVALID_CURSOR)
    return found


def id_after(value: str | None) -> int | None:
    """The row id behind the cursor of a list ordered by id (None: from the start)."""
    found = decode_cursor(value)
    if found is None:
        return None
    pk = parse_id(found[0])
    if pk is None:
        raise Failure(KernelError.INVALID_CURSOR)
    return pk


@dataclass(frozen=True)
class Window(Generic[R]):
    """One page of rows, fetched as ``first + 1`` to learn whether another page follows."""

    rows: list[R]
    has_next: bool

    @staticmethod
    def of(fetched: Sequence[R], first: int) -> Window[R]:
        return Window(rows=list(fetched[:first]), has_next=len(fetched) > first)


async def id_window(query: Any, first: int, after: str | None, newest_first: bool = True) -> Window[Any]:
    """A page of a tortoise query ordered by id (newest first unless told otherwise)."""
    pk = id_after(after)
    if pk is not None:
        query = query.filter(id__lt=pk) if newest_first else query.filter(id__gt=pk)
    fetched = await query.order_by("-id" if newest_first else "id").limit(first + 1)
    return Window.of(fetched, first)


def connection(nodes: Sequence[T], keys: Sequence[Sequence[str | int]], has_next: bool) -> Connection[T]:
    """A connection of ``nodes``, each with the sort-key parts its cursor encodes."""
    edges = [Edge(node=node, cursor=encode_cursor(*key)) for node, key in zip(nodes, keys, strict=True)]
    return Connection(
        edges=edges,
        page_info=PageInfo(has_next_page=has_next, end_cursor=edges[-1].cursor if edges else None),
    )


def id_connection(
    window: Window[Any], view: Callable[[Any], T] | None = None, nodes: Sequence[T] | None = None
) -> Connection[T]:
    """A connection over a window of rows ordered by id: ``view`` maps each row to its GraphQL node,
    or ``nodes`` gives them already built (e.g. by a batched view function)."""
    built: Sequence[T] = (
        nodes if nodes is not None else [view(row) for row in window.rows] if view else window.rows
    )
    return connection(built, [(row.id,) for row in window.rows], window.has_next)
