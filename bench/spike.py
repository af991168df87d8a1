"""A traffic spike against one server process, on loopback and bounded in time: ordinary traffic
(guides, lists, submissions: ``bench.mix.ORDINARY``) at ``--concurrency`` clients, then five times as
many for ``--spike`` seconds, then back. Prints the latency before, during and after, the answers by
status during the spike (only 2xx and 429 are acceptable), and how long after the spike ended the
p95 latency (over 2-second windows) came back within 1.5× of its level before the spike (budget:
60 s).

    python -m bench.spike [--concurrency 4] [--before 20] [--spike 20] [--after 60] [--postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import Counter

import aiohttp

from api.settings import Settings
from bench.common import PYTHON, free_port, running_server
from bench.mix import ORDINARY, Traffic
from bench.submissions import PG_URL, prepare

RECOVERY_BUDGET = 60.0
WINDOW = 2.0


def p95(latencies: list[float]) -> float:
    ordered = sorted(latencies)
    return ordered[int(0.95 * (len(ordered) - 1))] * 1000 if ordered else float("nan")


async def run(base: str, pairs, concurrency: int, before: float, spike: float, after: float):
    traffic = Traffic(base, pairs, ORDINARY)
    records: list[tuple[float, str, int, float]] = []  # (ended at, kind, status, seconds)
    start = time.monotonic()
    spike_at, calm_at, end_at = start + before, start + before + spike, start + before + spike + after

    async def client(starts: float, stops: float) -> None:
        await asyncio.sleep(max(0.0, starts - time.monotonic()))
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=1)) as http:
            while time.monotonic() < stops:
                kind, status, seconds = await traffic.one(http)
                records.append((time.monotonic() - start, kind, status, seconds))

    steady = [client(start, end_at) for _ in range(concurrency)]
    extra = [client(spike_at, calm_at) for _ in range(4 * concurrency)]  # 5x during the spike
    await asyncio.gather(*steady, *extra)
    return records, before, before + spike, before + spike + after


def main() -> int:
    Settings.from_env().setup_data_keys()
    parser = argparse.ArgumentParser()
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--before", type=float, default=20)
    parser.add_argument("--spike", type=float, default=20)
    parser.add_argument("--after", type=float, default=60)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = PG_URL if args.postgres else f"sqlite://{tmp}/spike.sqlite3"
        port = free_port()
        base = f"http://localhost:{port}"
        pairs = asyncio.run(prepare(url, base, 40))
        command = [PYTHON, "-m", "uvicorn", "bench.server:app", "--port", "{port}", "--no-access-log"]
        with running_server(command, database_url=url, port=port, cpu="0"):
            records, spike_from, spike_to, end = asyncio.run(
                run(base, pairs, args.concurrency, args.before, args.spike, args.after)
            )

    def latencies(lo: float, hi: float) -> list[float]:
        return [seconds for t, _, status, seconds in records if lo <= t < hi and status == 200]

    normal = p95(latencies(spike_from / 4, spike_from))  # after the first quarter: warmed up
    during = [r for r in records if spike_from <= r[0] < spike_to]
    statuses = Counter(status for _, _, status, _ in during)
    recovered_at = None
    t = spike_to
    while t + WINDOW <= end:
        window = latencies(t, t + WINDOW)
        if window and p95(window) <= 1.5 * normal:
            recovered_at = t + WINDOW - spike_to
            break
        t += 0.5
    database = "PostgreSQL" if args.postgres else "SQLite"
    print(
        f"spike: {database}, {args.concurrency} clients, then {5 * args.concurrency} for {args.spike:.0f} s"
    )
    print(f"p95 before {normal:.1f} ms, during {p95(latencies(spike_from, spike_to)):.1f} ms")
    print(f"answers during the spike: {dict(sorted(statuses.items()))}")
    bad = {status: n for status, n in statuses.items() if not (200 <= status < 300 or status == 429)}
    if recovered_at is None:
        print(f"p95 did not come back within 1.5x ({1.5 * normal:.1f} ms) in {args.after:.0f} s: FAIL")
        return 1
    verdict = "ok" if recovered_at <= RECOVERY_BUDGET and not bad else "FAIL"
    budget = f"budget {RECOVERY_BUDGET:.0f} s"
    print(f"back to normal latency {recovered_at:.1f} s after the spike ({budget}) {verdict}")
    if bad:
        print(f"unacceptable answers during the spike: {bad}")
    return 0 if verdict == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
