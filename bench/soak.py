"""Stamina: one server process under a bounded mix of ordinary and hostile traffic, its memory (RSS)
sampled throughout. The mix, by share of requests:

- 35 % a guide by persisted GET (cached per catalogue revision), 15 % the same guide as an ad-hoc
  document (executed), 10 % a citizen's own list;
- 10 % submissions of the restaurant bundle (each with its own idempotency key), 5 % photo uploads;
- 25 % what a fuzzer sends: unique unknown fields and aliases, over-long strings, ids past 64 bits,
  garbage cursors and JSON, unknown persisted hashes, over-deep documents.

Prints RSS at start, after warm-up (median of 15–25 % of the run), at the middle (50–60 %) and at the
end (the last tenth), and the growth from warm-up to end; the budget is under 10 %. SQLite by default;
``--postgres`` for PostgreSQL.

    python -m bench.soak [--seconds 600] [--concurrency 8] [--postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

from api.settings import Settings
from bench.common import PYTHON, free_port, running_server
from bench.mix import WITH_HOSTILE, Traffic
from bench.submissions import PG_URL, prepare

BUDGET = 0.10  # RSS growth from warm-up to end


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


async def drive(base: str, seconds: float, concurrency: int, pairs: list[tuple[str, str]]) -> dict[str, int]:
    traffic = Traffic(base, pairs, WITH_HOSTILE)
    counts: dict[str, int] = {}
    deadline = time.monotonic() + seconds

    async def user() -> None:
        async with aiohttp.ClientSession() as http:
            while time.monotonic() < deadline:
                kind, status, _ = await traffic.one(http)
                outcome = f"{kind} {status or 'client error'}"
                counts[outcome] = counts.get(outcome, 0) + 1

    await asyncio.gather(*(user() for _ in range(concurrency)))
    return counts


def main() -> int:
    Settings.from_env().setup_data_keys()
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=600)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = PG_URL if args.postgres else f"sqlite://{tmp}/soak.sqlite3"
        port = free_port()
        base = f"http://localhost:{port}"
        pairs = asyncio.run(prepare(url, base, 20))
        command = [PYTHON, "-m", "uvicorn", "bench.server:app", "--port", "{port}", "--no-access-log"]
        env = {"GRAPHQL_COST_BUDGET": str(10**12), "UPLOAD_DIR": f"{tmp}/uploads"}
        server: list = []
        samples: list[tuple[float, float]] = []
        with running_server(command, database_url=url, port=port, on_start=server.append, env=env):
            pid = server[0].pid
            started = time.monotonic()

            async def sample() -> None:
                while time.monotonic() - started < args.seconds:
                    samples.append((time.monotonic() - started, rss_mb(pid)))
                    await asyncio.sleep(max(0.5, args.seconds / 200))

            async def run() -> dict[str, int]:
                sampler = asyncio.create_task(sample())
                counts = await drive(base, args.seconds, args.concurrency, pairs)
                await sampler
                return counts

            counts = asyncio.run(run())
            samples.append((time.monotonic() - started, rss_mb(pid)))

    def window(start: float, stop: float) -> float:
        """The median RSS sampled in a window of the run (one sample taken mid-decode of a
        12-megapixel photo says little; the median of a window says how much the process keeps)."""
        inside = sorted(mb for t, mb in samples if start * args.seconds <= t <= stop * args.seconds)
        return inside[len(inside) // 2]

    warm, middle, end = window(0.15, 0.25), window(0.5, 0.6), window(0.9, 1.01)
    growth = (end - warm) / warm
    total = sum(counts.values())
    database = "PostgreSQL" if args.postgres else "SQLite"
    print(f"soak: {args.seconds} s, {args.concurrency} concurrent clients, {database}")
    print(f"requests: {total} ({total / args.seconds:.0f}/s)")
    for outcome, n in sorted(counts.items()):
        print(f"  {outcome:24} {n}")
    print(
        f"RSS at start {samples[0][1]:.0f} MB, after warm-up {warm:.0f} MB, "
        f"middle {middle:.0f} MB, end {end:.0f} MB"
    )
    verdict = "ok" if growth < BUDGET else "FAIL"
    print(f"growth after warm-up: {growth * 100:+.1f} % (budget < {BUDGET * 100:.0f} %) {verdict}")
    server_errors = sum(n for outcome, n in counts.items() if outcome.endswith(" 500"))
    print(f"HTTP 500 answers: {server_errors}")
    return 0 if growth < BUDGET and not server_errors else 1


if __name__ == "__main__":
    sys.exit(main())
