"""A real server (uvicorn, demo catalogue, SQLite file) and real headless Chromium (Debian's)."""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest

from api.settings import ROOT
from tests.live import demo_server

CHROMIUM = "/usr/bin/chromium"
# a fake camera (a test pattern) that needs no permission prompt: the counter's tablet photographs materials
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
]
PWA_DIST = ROOT / "pwa" / "dist"
# What a test may need of the live server besides its address: its DATABASE_URL (live_database_url).
LIVE: dict[str, str] = {}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _require(condition: bool, why: str) -> None:
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(why)
    pytest.skip(why)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    _require((PWA_DIST / "index.html").exists(), "the PWA is not built (cd pwa && npm ci && npm run build)")
    tmp: Path = tmp_path_factory.mktemp("live")
    port = _free_port()
    base = f"http://localhost:{port}"
    env = {
        **os.environ,
        "PORT": str(port),
        "DATABASE_URL": f"sqlite://{tmp / 'live.sqlite3'}",
        "PUBLIC_BASE_URL": base,
        # test_push_inbox's stand-in PushManager subscribes to a loopback endpoint (never sent to)
        "PUSH_ALLOW_HOSTS": "127.0.0.1:9",
    }
    with demo_server(base, env, tmp / "server.log"):
        LIVE["database_url"] = env["DATABASE_URL"]
        yield base


@pytest.fixture(scope="session")
def live_database_url(live_server) -> str:
    """The live server's database (a SQLite file): a test can open it with tortoise in its own process
    to create staff and sessions (tests/e2e/test_desk.py)."""
    return LIVE["database_url"]


@pytest.fixture(scope="session")
def browser():
    _require(
        Path(CHROMIUM).exists() or shutil.which("chromium") is not None, "Debian chromium is not installed"
    )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def phone(browser):
    """A fresh phone-sized browser context (own storage, own service worker)."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        locale="zh-CN",
    )
    yield context
    context.close()
