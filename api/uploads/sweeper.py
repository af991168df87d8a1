"""Temporary uploads left behind are removed: a request cut off mid-way cleans up after itself, but a
process that crashed or was killed leaves its ``<upload_dir>/tmp/`` files. The app sweeps them at start
and then every ``SWEEP_EVERY`` seconds (every process may: a file another one removed first is skipped);
``python -m api sweep-uploads`` does the same once, from cron or by hand.

A temporary file is written to as the upload streams in, so one untouched for ``TEMP_MAX_AGE`` belongs
to no live request."""

from __future__ import annotations

import asyncio
import logging

import anyio.to_thread

from api.background import BackgroundLoop
from api.uploads.storage import UploadStore

log = logging.getLogger("onevisit.uploads")

SWEEP_EVERY = 3600.0  # seconds between sweeps
TEMP_MAX_AGE = 3600.0  # seconds since a temporary file was last written


async def sweep(store: UploadStore, older_than: float = TEMP_MAX_AGE) -> int:
    """Remove the store's temporary files older than ``older_than`` seconds (off the event loop)."""
    removed = await anyio.to_thread.run_sync(store.sweep_temp, older_than)
    if removed:
        log.info("removed %d abandoned temporary upload file(s)", removed)
    return removed


class TempSweeper(BackgroundLoop):
    name = "upload-temp-sweeper"

    """The app's periodic sweep of ``store``'s temporary files."""

    def __init__(self, store: UploadStore, every: float = SWEEP_EVERY, older_than: float = TEMP_MAX_AGE):
        super().__init__()
        self.store = store
        self.every = every
        self.older_than = older_than

    async def _loop(self) -> None:
        while True:
            try:
                await sweep(self.store, self.older_than)
            except Exception:  # a full or read-only disk: the next sweep tries again
                log.exception("sweeping temporary uploads failed")
            await asyncio.sleep(self.every)
