"""A live demo server as a subprocess (``python -m api serve --demo``), for tests that need real
HTTP: the browser tests and the integrators' sample client."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from api.settings import ROOT


@contextlib.contextmanager
def demo_server(base: str, env: dict[str, str], log_path: Path, start_within: float = 60) -> Iterator[None]:
    """Serve the demo with ``env`` until the block ends; fail with the server's log if it does not
    answer ``/healthz`` within ``start_within`` seconds."""
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "api", "serve", "--demo"], cwd=ROOT, env=env, stdout=log, stderr=log
        )
        try:
            deadline = time.monotonic() + start_within
            while True:
                with contextlib.suppress(OSError), urllib.request.urlopen(f"{base}/healthz", timeout=1) as r:
                    if r.status == 200:
                        break
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("server did not start:\n" + log_path.read_text())
                time.sleep(0.2)
            yield
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
