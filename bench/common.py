"""What the benchmarks share: a OneVisit server started and waited for, a helper process that serves on
a port of its own (a push service, a webhook receiver), an empty PostgreSQL database, wrk run and read."""

from __future__ import annotations

import contextlib
import os
import re
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


def wrk(url: str, connections: int, seconds: int, script: Path | str | None = None) -> str:
    """What wrk printed: one thread pinned to core 1 (the server runs on core 0), with its latency
    distribution; ``script``: the path of a Lua script."""
    argv = ["taskset", "-c", "1", "wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency"]
    if script is not None:
        argv += ["-s", str(script)]
    return subprocess.run([*argv, url], capture_output=True, text=True, check=True).stdout


def wrk_rate(out: str) -> float:
    """Requests per second, from wrk's output."""
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def wrk_latency_ms(out: str, percentile: int) -> float:
    """A percentile of wrk's latency distribution (``--latency``), in milliseconds."""
    value, unit = re.search(rf"\s{percentile}%\s+([\d.]+)(us|ms|s)", out).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def cpu_seconds(pid: int) -> float:
    """The CPU time (user + system) a process has used so far, from /proc: run over a measurement, it
    tells how much of the server's core one request costs, apart from what wrk and the database use."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def port_of(module: str, flag: str):
    """Run ``python -m module flag``, which prints the port it serves on and serves until its standard
    input is closed; yield the port."""
    process = subprocess.Popen(
        [PYTHON, "-m", module, flag], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        yield int(process.stdout.readline())
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(10)


async def empty_postgres_database(server: str, name: str) -> str | None:
    """The URL of database ``name`` on the PostgreSQL server of ``server`` (a URL of any database there),
    created if missing and emptied; None when the server does not answer."""
    import asyncpg

    try:
        conn = await asyncpg.connect(server.replace("postgres://", "postgresql://", 1), timeout=3)
    except (OSError, asyncpg.PostgresError):
        return None
    try:
        if not await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
            await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    url = server.rsplit("/", 1)[0] + "/" + name
    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
    finally:
        await conn.close()
    return url
