"""Start a OneVisit server for a benchmark and wait until it answers."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(
    command: list[str],
    database_url: str | None = None,
    cpu: str | None = None,
    port: int | None = None,
    on_start=None,
    env: dict[str, str] | None = None,
    beside: list[str] | None = None,
):
    """Yield the base URL of a server started with ``command`` (uvicorn or ``python -m api serve``);
    ``on_start(process)`` is told the server's process once it answers (e.g. to watch its memory).
    ``beside``: a second process on the same database and settings, started once the server answers
    (the notification worker, as ``./run.sh serve`` runs it)."""
    port = port or free_port()
    base = f"http://localhost:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "PORT": str(port),
            "PUBLIC_BASE_URL": base,
            "DATABASE_URL": database_url or f"sqlite://{tmp}/bench.sqlite3",
            **(env or {}),
        }
        argv = [part.replace("{port}", str(port)) for part in command]
        if cpu:
            argv = ["taskset", "-c", cpu, *argv]
        log = Path(tmp) / "server.log"
        with open(log, "w") as out:
            process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=out, stderr=out)
            processes: list[subprocess.Popen[bytes]] = []
            try:
                deadline = time.monotonic() + 60
                while True:
                    with contextlib.suppress(OSError), urllib.request.urlopen(f"{base}/healthz", timeout=1):
                        break
                    if process.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("server did not start:\n" + log.read_text())
                    time.sleep(0.2)
                if beside is not None:
                    processes.append(subprocess.Popen(beside, cwd=ROOT, env=env, stdout=out, stderr=out))
                if on_start is not None:
                    on_start(process)
                yield base
            finally:
                for running in (*processes, process):
                    running.terminate()
                    running.wait(timeout=10)


PYTHON = sys.executable
