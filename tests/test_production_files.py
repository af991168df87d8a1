"""The production files stay in step with ``./run.sh serve``: the Dockerfile passes hadolint, and
compose.yaml runs the same three roles (init: migrate + load the catalogue; app: ``api serve`` with
the notification worker off; worker: ``notifications.worker``) against PostgreSQL."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from api.settings import ROOT


def test_the_dockerfile_passes_hadolint():
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    result = subprocess.run([hadolint, "--no-color", "Dockerfile"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))


def test_compose_runs_what_run_sh_serve_runs():
    services = _compose()["services"]
    serve = (ROOT / "run.sh").read_text(encoding="utf-8").split("  serve)", 1)[1].split(";;", 1)[0]
    init = " ".join(services["init"]["command"])
    assert "python -m api migrate" in init and "python -m api load-catalog" in init
    assert '-m api migrate' in serve and '-m api load-catalog' in serve
    assert services["app"]["command"][:4] == ["python", "-m", "api", "serve"] and '-m api serve' in serve
    assert services["worker"]["command"] == ["python", "-m", "notifications.worker"]
    assert "-m notifications.worker" in serve
    assert "NOTIFICATIONS_WORKER=off" in serve
    for role in ("init", "app", "worker"):
        env = services[role]["environment"]
        assert env["NOTIFICATIONS_WORKER"] == "off" and env["DATABASE_URL"].startswith("postgres://")
        assert env["ONEVISIT_ENV"] == "production"
    assert services["app"]["depends_on"]["init"]["condition"] == "service_completed_successfully"
    assert services["worker"]["depends_on"]["init"]["condition"] == "service_completed_successfully"


def test_the_image_serves_without_demo_data_and_with_several_processes():
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    cmd = [line for line in dockerfile.splitlines() if line.startswith("CMD ")][-1]
    assert '"serve"' in cmd and "--demo" not in cmd
    assert "WEB_CONCURRENCY=" in dockerfile and "ONEVISIT_ENV=production" in dockerfile
