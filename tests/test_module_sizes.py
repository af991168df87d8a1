"""Small modules with one job: no Python module over 450 lines, no TypeScript module over 300
(generated files excepted). A module that grows past this is split by job, not by line count."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON_LIMIT, TYPESCRIPT_LIMIT = 450, 300
GENERATED_MARK = "generated"  # a generated file says so in its first lines


def _too_long(paths, limit: int) -> dict[str, int]:
    out = {}
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > limit and GENERATED_MARK not in "\n".join(lines[:5]).lower():
            out[str(path.relative_to(ROOT))] = len(lines)
    return out


def test_no_python_module_is_over_450_lines():
    paths = [p for d in ("api", "notifications") for p in (ROOT / d).rglob("*.py")]
    assert _too_long(paths, PYTHON_LIMIT) == {}


def test_no_typescript_module_is_over_300_lines():
    paths = [p for p in (ROOT / "pwa" / "src").rglob("*.ts") if not p.name.endswith(".d.ts")]
    assert _too_long(paths, TYPESCRIPT_LIMIT) == {}
