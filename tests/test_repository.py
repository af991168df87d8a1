"""Generated artefacts are in sync with the code: schema.graphql and the aerich migrations."""

import shutil
import subprocess
import sys

from api.schema import schema
from api.settings import ROOT


def test_schema_graphql_is_exported_from_the_code():
    committed = (ROOT / "schema.graphql").read_text(encoding="utf-8")
    assert committed == schema.as_str() + "\n", "schema.graphql is stale: run `python -m api export-schema`"


def test_migrations_match_the_models(tmp_path):
    """`aerich migrate --offline` on a scratch copy must find nothing to do."""
    for name in ("api", "notifications", "migrations"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    result = subprocess.run(
        [sys.executable, "-m", "aerich", "migrate", "--offline", "--no-input"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(tmp_path)},
    )
    assert "No changes detected" in result.stdout, result.stdout + result.stderr
