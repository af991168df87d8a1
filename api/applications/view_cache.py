"""Applications' views kept between reads, in this process.

A view (``views.application_view``: the lanes, the timeline, the materials, the commitments) costs five
queries and most of a read's CPU to build, and most reads ask for an application that has not changed
since the last one (a citizen's phone polling its progress, an integrator's status check). An entry is
used only for

- the row version it was built from: the unit of work bumps ``Application.version`` for every
  application it announces (``api.unit_of_work``), in the same transaction as the change, so the
  version read with the row says whether anything the view shows has changed, in any process;
- the day it was built on (remaining working days count from today);
- the same kind of view (personal, or the kiosk's status only);
- the same row: an id can come back (SQLite gives a deleted draft's id to the next row), its creation
  time does not.

Nothing is shared but what every viewer may see of the view object: what depends on who asks (masked
ID numbers, the locker code, the delivery address) is decided by the type's resolvers at each read.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from datetime import date, datetime
from typing import Generic, TypeVar

from api import clock
from api.applications.models import Application

V = TypeVar("V")
Key = tuple[int, datetime, int, bool, date]  # application id, created at, row version, personal, today

CAPACITY = 2048  # about 22 MB: 11 KB a view of the restaurant bundle (tracemalloc)


class LruCache(Generic[V]):
    """Least recently used entries go first once ``capacity`` is reached."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._entries: OrderedDict[Key, V] = OrderedDict()

    def get(self, key: Key) -> V | None:
        value = self._entries.get(key)
        if value is not None:
            self._entries.move_to_end(key)
        return value

    def put(self, key: Key, value: V) -> None:
        self._entries[key] = value
        self._entries.move_to_end(key)
        while len(self._entries) > self.capacity:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


async def cached_views(
    applications: Sequence[Application],
    personal: bool,
    build: Callable[[list[Application], bool], Awaitable[list[V]]],
    cache: LruCache[V],
) -> list[V]:
    """The views of ``applications`` in their order: kept ones as they are, the others built (in one
    call of ``build``, so a list's queries stay constant) and kept."""
    today = clock.today()
    found: dict[int, V] = {}
    missing: list[Application] = []
    for application in applications:
        view = cache.get(_key(application, personal, today))
        if view is None:
            missing.append(application)
        else:
            found[application.id] = view
    if missing:
        for application, view in zip(missing, await build(missing, personal), strict=True):
            cache.put(_key(application, personal, today), view)
            found[application.id] = view
    return [found[application.id] for application in applications]


def _key(application: Application, personal: bool, today: date) -> Key:
    return (application.id, application.created_at, application.version, personal, today)
