"""Files on disk, stored once per content: ``<root>/<sha[:2]>/<sha>``.

Incoming bytes go to ``<root>/tmp/`` (same file system) and are renamed into place atomically once
accepted, so a stored path always holds complete, checked content. Plain blocking calls: run them in a
worker thread, except ``discard`` (a quick unlink, safe in cleanup even when the task is cancelled).
"""

from __future__ import annotations

import os
import re
import secrets
import time
from pathlib import Path
from typing import BinaryIO

_SHA256 = re.compile(r"[0-9a-f]{64}")


class UploadStore:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.tmp_dir = self.root / "tmp"

    def path_for(self, sha256: str) -> Path:
        if not _SHA256.fullmatch(sha256):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def open_temp(self) -> tuple[Path, BinaryIO]:
        """A new, empty temporary file (mode 0600) open for writing."""
        self.tmp_dir.mkdir(parents=True, exist_ok=True)
        path = self.tmp_dir / f"{secrets.token_hex(16)}.part"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        return path, os.fdopen(fd, "wb")

    def write_temp(self, path: Path, data: bytes) -> None:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(data)

    def commit(self, temp: Path, sha256: str) -> Path:
        """Move an accepted temporary file to its place (a no-op when that content is already stored)."""
        target = self.path_for(sha256)
        if target.is_file():
            temp.unlink(missing_ok=True)
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, target)
        return target

    @staticmethod
    def discard(path: Path | None) -> None:
        if path is not None:
            path.unlink(missing_ok=True)

    def sweep_temp(self, older_than: float = 3600.0) -> int:
        """Remove temporary files left by a crashed process; returns how many."""
        if not self.tmp_dir.is_dir():
            return 0
        limit, removed = time.time() - older_than, 0
        for path in self.tmp_dir.iterdir():
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
                    removed += 1
            except FileNotFoundError:
                pass
        return removed
