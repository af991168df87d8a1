"""The garbage collector is set for a server once its app has started (api.collector), and only for a
server: a test's app leaves the test process's collector alone."""

from __future__ import annotations

import gc
import subprocess
import sys

from starlette.testclient import TestClient

from api import collector
from api.app import create_app
from api.settings import ROOT
from tests.conftest import make_settings


def test_settle_freezes_what_is_loaded_and_collects_the_young_less_often():
    # in a process of its own: a frozen test process would keep every later test's garbage
    code = (
        "import gc, api.app; from api import collector; before = gc.get_freeze_count(); collector.settle(); "
        "print(before, gc.get_freeze_count(), *gc.get_threshold())"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    before, frozen, young, middle, old = map(int, out.stdout.split())
    assert before == 0 and frozen > 100_000, "the app's modules and schema are out of the collector's reach"
    assert (young, middle, old) == (collector.YOUNG, 10, 10)


def test_only_an_app_that_is_the_whole_process_settles_the_collector(tmp_path, monkeypatch):
    settled: list[bool] = []
    monkeypatch.setattr(collector, "settle", lambda: settled.append(True))
    threshold = gc.get_threshold()
    for whole_process in (False, True):
        settings = make_settings(tmp_path, f"sqlite://{tmp_path / f'{whole_process}.sqlite3'}")
        with TestClient(create_app(settings, whole_process=whole_process)) as client:
            assert client.get("/healthz").status_code == 200
        assert settled == ([True] if whole_process else [])
    assert gc.get_threshold() == threshold
