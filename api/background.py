"""A loop the app process runs beside its requests (the daily supervision, the upload sweeper):
started in the lifespan, cancelled and awaited at shutdown."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Self


class BackgroundLoop:
    name = "background-loop"

    def __init__(self) -> None:
        self._task: asyncio.Task[None] | None = None

    async def _loop(self) -> None:
        raise NotImplementedError

    def start(self) -> Self:
        self._task = asyncio.create_task(self._loop(), name=self.name)
        return self

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
