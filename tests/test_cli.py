"""The command line: ``invite-staff`` prints the enrol link of the served base URL."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from api.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def test_a_port_given_on_the_command_line_is_the_base_urls_port(monkeypatch):
    monkeypatch.delenv("PORT", raising=False)
    monkeypatch.delenv("PUBLIC_BASE_URL", raising=False)
    assert Settings.from_env(port=9123).public_base_url == "http://localhost:9123"
    assert Settings.from_env().public_base_url == "http://localhost:8000"
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://hall.example.gov.cn/")
    assert Settings.from_env(port=9123).public_base_url == "https://hall.example.gov.cn"


def invite(tmp_path: Path, *args: str, **env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in ("PORT", "PUBLIC_BASE_URL")}
    clean.update(
        DATABASE_URL=f"sqlite://{tmp_path / 'cli.sqlite3'}",
        ONEVISIT_DATA_KEY_FILE=str(tmp_path / "key"),
        **env,
    )
    done = subprocess.run(
        [sys.executable, "-m", "api", "invite-staff", "--name", "管理员", "--role", "admin", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout


def test_invite_staff_prints_the_enrol_link_of_the_public_base_url(tmp_path):
    # PORT not exported: the port the server was started with (--port), or PUBLIC_BASE_URL
    out = invite(tmp_path, "--phone", "19911110001", "--port", "9123")
    assert "enroll a passkey at http://localhost:9123/enroll" in out
    assert re.search(r"shown once: [A-Z2-9]{12}", out)
    out = invite(tmp_path, "--phone", "19911110002", PUBLIC_BASE_URL="https://hall.example.gov.cn")
    assert "enroll a passkey at https://hall.example.gov.cn/enroll" in out
