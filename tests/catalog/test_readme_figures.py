"""The savings the README quotes are the demo catalogue's own: recomputed here from the data files."""

from __future__ import annotations

import re

import pytest_asyncio

from api.catalog.loader import load_catalog
from api.catalog.snapshot import build_catalog
from api.settings import ROOT

FIGURES = re.compile(
    r"(B\d\d) \S+: \"材料 (\d+) → (\d+) · 窗口 (\d+) → (\d+) · (\d+) → (\d+) 个工作日 · 跑 (\d+) 次 → (\d+) 次\""
)


@pytest_asyncio.fixture
async def catalog(database, demo_source):
    await load_catalog(demo_source)
    return await build_catalog()


async def test_the_readme_quotes_the_savings_the_catalogue_computes(catalog):
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    quoted = FIGURES.findall(readme)
    assert len(quoted) >= 2, "the README quotes bundle savings in the expected form"
    for code, *numbers in quoted:
        s = catalog.bundles_by_code[code].savings
        computed = (
            s.materials_before,
            s.materials_after,
            s.windows_before,
            s.windows_after,
            s.days_before,
            s.days_after,
            s.visits_before,
            s.visits_after,
        )
        assert tuple(int(n) for n in numbers) == computed, (code, numbers, computed)
