"""``python -m notifications.worker``: a separate process delivering from the same database."""

from __future__ import annotations

import asyncio
import os
import signal
import sys

import pytest

from api.settings import ROOT
from notifications.models import InboxMessage, OutboxMessage
from tests.notifications.conftest import application, outbox, person, subscribe


async def test_the_worker_process_delivers_and_stops_on_sigterm(database, push_service):
    if not database.startswith("sqlite"):
        pytest.skip("one database kind is enough to start the process")
    citizen = await person(phone="13655556666")
    browser = await subscribe(push_service, citizen)
    await outbox(citizen, "ready_for_pickup", await application(citizen), lockerCode="445566")

    env = {
        **os.environ,
        "DATABASE_URL": database,
        "NOTIFICATIONS_POLL_INTERVAL": "0.05",
        "PUSH_ALLOW_HOSTS": f"127.0.0.1:{push_service.port}",  # the fake push service on loopback
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "notifications.worker",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        for _ in range(300):
            if push_service.messages_for(browser):
                break
            await asyncio.sleep(0.05)
    finally:
        process.send_signal(signal.SIGTERM)
        output, _ = await asyncio.wait_for(process.communicate(), 20)
    assert process.returncode == 0, output.decode()
    [pushed] = push_service.messages_for(browser)
    assert "445566" in pushed["body"]
    assert await OutboxMessage.filter(sent_at__isnull=True).count() == 0
    assert await InboxMessage.filter(user=citizen).count() == 1
    log = output.decode()
    assert "notification worker" in log and "stopped" in log
    assert "13655556666" not in log and "445566" not in log
