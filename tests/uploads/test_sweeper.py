"""Temporary uploads a crashed process left are swept: old ones removed, fresh ones (a live upload) kept."""

from __future__ import annotations

import asyncio
import os
import time

from api.cli import main
from api.uploads.storage import UploadStore
from api.uploads.sweeper import TEMP_MAX_AGE, TempSweeper, sweep


def _temp_files(store: UploadStore, age: float) -> tuple:
    """An abandoned temporary file (last written ``age`` seconds ago) and a fresh one."""
    old, out = store.open_temp()
    out.write(b"half an upload")
    out.close()
    then = time.time() - age
    os.utime(old, (then, then))
    fresh, out = store.open_temp()
    out.write(b"an upload streaming in")
    out.close()
    return old, fresh


def test_sweep_temp_removes_old_files_and_keeps_fresh_ones(store):
    old, fresh = _temp_files(store, TEMP_MAX_AGE + 60)
    stored = store.path_for("a" * 64)
    stored.parent.mkdir(parents=True)
    stored.write_bytes(b"accepted content")
    os.utime(stored, (0, 0))

    assert store.sweep_temp(TEMP_MAX_AGE) == 1
    assert not old.exists() and fresh.exists()
    assert stored.exists()  # only the temporary area is swept


def test_sweep_temp_without_a_temporary_area(tmp_path):
    assert UploadStore(tmp_path / "never-used").sweep_temp() == 0


async def test_the_sweep_runs_off_the_event_loop(store):
    old, fresh = _temp_files(store, 2 * TEMP_MAX_AGE)
    assert await sweep(store) == 1
    assert not old.exists() and fresh.exists()


async def test_the_app_sweeper_sweeps_when_started_and_then_periodically(store):
    old, fresh = _temp_files(store, TEMP_MAX_AGE + 60)
    sweeper = TempSweeper(store, every=0.05).start()
    try:
        for _ in range(100):
            if not old.exists():
                break
            await asyncio.sleep(0.01)
        assert not old.exists() and fresh.exists()
        later, _ = _temp_files(store, TEMP_MAX_AGE + 60)  # left behind while the app runs
        for _ in range(100):
            if not later.exists():
                break
            await asyncio.sleep(0.02)
        assert not later.exists() and fresh.exists()
    finally:
        await sweeper.stop()
    await sweeper.stop()  # stopping twice is harmless


def test_sweep_uploads_command(store, monkeypatch, capsys):
    old, fresh = _temp_files(store, 7200)
    monkeypatch.setenv("UPLOAD_DIR", str(store.root))
    main(["sweep-uploads", "--older-than", "3600"])
    assert "removed 1 temporary upload file(s)" in capsys.readouterr().out
    assert not old.exists() and fresh.exists()
