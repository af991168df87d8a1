"""A fair queue for the CPU work of uploads (re-encoding photos, checking PDFs).

A bounded pool of workers (about one per CPU) is shared between users: each user has at most
``per_user`` jobs running at once, and a free worker goes to the waiting user served least recently
(round robin). One user's eight large PNGs therefore take one worker at a time, and another user's
small photo waits at most for one job to finish instead of for all eight.

In memory, per app process (each process has its own CPUs to share).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
from collections import Counter, deque
from collections.abc import AsyncIterator, Hashable

from anyio import CapacityLimiter


class FairQueue:
    def __init__(self, workers: int = 0, per_user: int = 1) -> None:
        self.workers = workers if workers > 0 else max(1, os.cpu_count() or 1)
        self.per_user = max(1, per_user)
        self._waiting: dict[Hashable, deque[asyncio.Future[None]]] = {}
        self._running: Counter[Hashable] = Counter()
        self._total = 0
        self._served: dict[Hashable, int] = {}  # when each user last got a worker (a counter, not a clock)
        self._ticks = itertools.count(1)
        self._limiter: CapacityLimiter | None = None

    @property
    def limiter(self) -> CapacityLimiter:
        """The threads the jobs run on (as many as workers), apart from anyio's default pool."""
        if self._limiter is None:  # made in the event loop that uses it
            self._limiter = CapacityLimiter(self.workers)
        return self._limiter

    def waiting(self, user: Hashable) -> int:
        return len(self._waiting.get(user, ()))

    def running(self, user: Hashable) -> int:
        return self._running[user]

    @contextlib.asynccontextmanager
    async def slot(self, user: Hashable) -> AsyncIterator[None]:
        """Wait for a worker for ``user``'s job; hold it for the body."""
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(user, deque()).append(turn)
        self._dispatch()
        try:
            await turn
        except BaseException:
            if turn.done() and not turn.cancelled():  # given a worker just as it was cancelled
                self._release(user)
            else:
                self._forget(user, turn)
            raise
        try:
            yield
        finally:
            self._release(user)

    def _forget(self, user: Hashable, turn: asyncio.Future[None]) -> None:
        queue = self._waiting.get(user)
        if queue is not None:
            with contextlib.suppress(ValueError):
                queue.remove(turn)
            if not queue:
                del self._waiting[user]

    def _release(self, user: Hashable) -> None:
        self._running[user] -= 1
        if self._running[user] <= 0:
            del self._running[user]
        self._total -= 1
        self._dispatch()

    def _dispatch(self) -> None:
        while self._total < self.workers:
            eligible = [u for u in self._waiting if self._running[u] < self.per_user]
            if not eligible:
                return
            user = min(eligible, key=lambda u: self._served.get(u, 0))  # least recently served first
            queue = self._waiting[user]
            turn = queue.popleft()
            if not queue:
                del self._waiting[user]
            self._served[user] = next(self._ticks)
            self._running[user] += 1
            self._total += 1
            turn.set_result(None)
