"""Search quality and latency on the judged query set (tests/catalog/search_judgements.yaml).

    .venv/bin/python -m bench.search_quality [--database-url postgres://…]

Loads the demo catalogue into a fresh database (a temporary SQLite file unless told otherwise), builds
the snapshot and its search index as the server does, runs every judged query and prints precision at
1 and 3, the mean reciprocal rank, each query whose top three holds something not judged relevant, and
the time one search takes. Precision at k counts the relevant hits among the first k, out of
min(k, number of relevant entries): a query with one right answer is perfect when it comes first.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
JUDGEMENTS = ROOT / "tests" / "catalog" / "search_judgements.yaml"


@dataclass(frozen=True)
class Judgement:
    query: str
    relevant: frozenset[str]
    note: str = ""


@dataclass(frozen=True)
class Outcome:
    judgement: Judgement
    ranked: tuple[str, ...]

    def precision(self, k: int) -> float:
        wanted = min(k, len(self.judgement.relevant))
        return sum(code in self.judgement.relevant for code in self.ranked[:k]) / wanted

    @property
    def reciprocal_rank(self) -> float:
        return next((1 / rank for rank, c in enumerate(self.ranked, 1) if c in self.judgement.relevant), 0.0)


@dataclass(frozen=True)
class Quality:
    outcomes: tuple[Outcome, ...]

    def precision(self, k: int) -> float:
        return statistics.fmean(o.precision(k) for o in self.outcomes)

    @property
    def mrr(self) -> float:
        return statistics.fmean(o.reciprocal_rank for o in self.outcomes)

    def misses(self, k: int = 3) -> list[Outcome]:
        return [o for o in self.outcomes if o.precision(k) < 1]


def load_judgements(path: Path = JUDGEMENTS) -> list[Judgement]:
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Judgement(str(r["query"]), frozenset(r["relevant"]), r.get("note", "")) for r in rows]


def evaluate(index, judgements: list[Judgement]) -> Quality:
    """``index``: an ``api.catalog.search.SearchIndex``."""
    return Quality(
        tuple(
            Outcome(j, tuple(hit.code for hit in index.search(j.query, 10).hits)) for j in judgements
        )
    )


def report(quality: Quality) -> str:
    lines = [
        f"queries: {len(quality.outcomes)}",
        f"precision@3: {quality.precision(3):.3f}   precision@1: {quality.precision(1):.3f}   "
        f"MRR: {quality.mrr:.3f}",
    ]
    for o in quality.misses():
        top, relevant = list(o.ranked[:3]), sorted(o.judgement.relevant)
        lines.append(f"  miss  {o.judgement.query!r}: top 3 {top}, relevant {relevant}")
    return "\n".join(lines)


async def _index(database_url: str):
    from tortoise import Tortoise

    from api import db
    from api.catalog.loader import load_catalog, read_catalog
    from api.catalog.snapshot import build_catalog
    from api.settings import tortoise_config

    await Tortoise.init(config=tortoise_config(database_url))
    try:
        await db.migrate(database_url)
        await load_catalog(read_catalog(ROOT / "data" / "catalog"), force=True)
        started = time.perf_counter()
        catalog = await build_catalog()
        return catalog.search_index, time.perf_counter() - started
    finally:
        await Tortoise.close_connections()


def main() -> None:
    parser = argparse.ArgumentParser(description="Search quality (precision@3, @1, MRR) and latency")
    parser.add_argument("--database-url", help="default: a temporary SQLite file")
    parser.add_argument("--repeat", type=int, default=20, help="passes over the query set for the timing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite://{tmp}/search.sqlite3"
        index, build_seconds = asyncio.run(_index(url))
    judgements = load_judgements()
    print(report(evaluate(index, judgements)))
    timings = []
    for _ in range(args.repeat):
        for j in judgements:
            started = time.perf_counter()
            index.search(j.query, 20)
            timings.append(time.perf_counter() - started)
    timings.sort()
    print(
        f"latency per search ({len(timings)} searches): median {statistics.median(timings) * 1e3:.3f} ms, "
        f"p95 {timings[int(len(timings) * 0.95)] * 1e3:.3f} ms, max {timings[-1] * 1e3:.3f} ms"
    )
    print(f"snapshot build with the search index: {build_seconds * 1e3:.0f} ms (first build loads jieba)")


if __name__ == "__main__":
    main()
