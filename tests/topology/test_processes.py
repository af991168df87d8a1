"""The production topology on PostgreSQL, as ``./run.sh serve`` runs it: two app processes and one
notification worker, each its own OS process, sharing one database (a load balancer would sit in
front of the two app processes; here the test talks to each directly).

- all three start at once and migrate one at a time (an advisory lock), onto a fresh database;
- a subscription on process A sees a change made through process B (PostgreSQL NOTIFY);
- a rate limit counts requests made to either process;
- SIGTERM to A under load: every write A answered is in the database and every write in the
  database was answered (graceful shutdown loses no accepted request);
- the worker killed with SIGKILL mid-batch: after a restart every message reaches the inbox exactly
  once, and every push arrives; a push the dead worker had sent without recording it is sent again
  under the same ``messageId`` and tag, so the phone shows it once (the service worker's tag
  replaces the earlier notification).
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import signal
import socket
import sys
import time
from pathlib import Path

import aiohttp
import asyncpg
import pytest
from tortoise import Tortoise

from api.applications.enums import ApplicationStatus
from api.identity import tokens
from api.identity.runtime import TOKEN_AUDIENCE
from api.identity.tokens import KeyRing
from api.settings import ROOT, tortoise_config
from notifications.models import InboxMessage, OutboxMessage
from tests.conftest import POSTGRES_URL, gid, require_postgres
from tests.notifications.conftest import application, outbox, person, subscribe
from tests.notifications.fake_push import FakePushService

pytestmark = pytest.mark.postgres

BASE = "http://localhost:8000"  # the address the balancer would publish: one token issuer for both


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Process:
    """One OS process of the topology, its output in a log file."""

    def __init__(self, name: str, args: list[str], env: dict[str, str], logs: Path):
        self.name, self.args, self.env, self.log_path = name, args, env, logs / f"{name}.log"
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> Process:
        log = self.log_path.open("ab")
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, *self.args, cwd=ROOT, env=self.env, stdout=log, stderr=log
        )
        log.close()
        return self

    def signal(self, sig: int) -> None:
        assert self.process is not None
        self.process.send_signal(sig)

    async def wait(self, seconds: float = 40) -> int:
        assert self.process is not None
        return await asyncio.wait_for(self.process.wait(), seconds)

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.terminate()
            try:
                await self.wait(20)
            except TimeoutError:
                self.process.kill()


@pytest.fixture
async def fresh_database():
    """An empty PostgreSQL database of its own: the processes migrate it themselves."""
    require_postgres()
    server = POSTGRES_URL.replace("postgres://", "postgresql://").rsplit("/", 1)[0]
    name = f"topology_{secrets.token_hex(4)}"
    admin = await asyncpg.connect(f"{server}/postgres")
    await admin.execute(f'CREATE DATABASE "{name}"')
    url = f"{POSTGRES_URL.rsplit('/', 1)[0]}/{name}"
    try:
        yield url
    finally:
        await Tortoise.close_connections()
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def _healthy(port: int, process: Process, deadline: float = 90) -> None:
    until = time.monotonic() + deadline
    async with aiohttp.ClientSession() as http:
        while True:
            try:
                async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            assert process.process and process.process.returncode is None, process.output()
            assert time.monotonic() < until, f"{process.name} did not start:\n{process.output()}"
            await asyncio.sleep(0.2)


async def _catalogue_seen(port: int) -> None:
    """Each process notices the loaded catalogue's revision in the database (CatalogCache)."""
    async with aiohttp.ClientSession() as http:
        for _ in range(100):
            async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
                if (await response.json())["catalogRevision"]:
                    return
            await asyncio.sleep(0.1)
    raise AssertionError(f"process on {port} never saw the catalogue")


async def _until(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        if condition():
            return
        assert time.monotonic() < deadline, "timed out waiting"
        await asyncio.sleep(0.02)


async def _graphql(http: aiohttp.ClientSession, port: int, query: str, variables=None, token=None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with http.post(
        f"http://127.0.0.1:{port}/graphql",
        json={"query": query, "variables": variables or {}},
        headers=headers,
    ) as response:
        assert response.status == 200, await response.text()
        return await response.json()


async def test_two_app_processes_and_a_worker_share_one_postgresql(fresh_database, tmp_path):
    push = await FakePushService(delay=0.3).start()  # slow answers: a batch is in flight for a while
    ports = {"a": _free_port(), "b": _free_port()}
    env = {
        **os.environ,
        "DATABASE_URL": fresh_database,
        "PUBLIC_BASE_URL": BASE,
        "NOTIFICATIONS_WORKER": "off",
        "NOTIFICATIONS_POLL_INTERVAL": "0.1",
        "NOTIFICATIONS_BATCH_SIZE": "40",
        "PUSH_ALLOW_HOSTS": f"127.0.0.1:{push.port}",
    }
    apps = {
        name: Process(f"app-{name}", ["-m", "api", "serve", "--port", str(port)], env, tmp_path)
        for name, port in ports.items()
    }
    worker = Process("worker", ["-m", "notifications.worker"], env, tmp_path)
    processes = [*apps.values(), worker]
    try:
        # 1. all three start at once on an empty database: one migrates, the others wait for it
        await asyncio.gather(*(p.start() for p in processes))
        await asyncio.gather(*(_healthy(ports[name], apps[name]) for name in ports))
        loader = Process("load-catalog", ["-m", "api", "load-catalog"], env, tmp_path)
        assert await (await loader.start()).wait(120) == 0, loader.output()
        await asyncio.gather(*(_catalogue_seen(port) for port in ports.values()))
        await Tortoise.init(config=tortoise_config(fresh_database))
        keys = KeyRing(issuer=BASE, audience=TOKEN_AUDIENCE)
        await keys.load()
        citizen = await person(phone="13700001111")
        token = (await tokens.start_session(keys, citizen)).access_token
        async with aiohttp.ClientSession() as http:
            await _live_update_crosses_processes(http, ports, token, citizen)
            await _rate_limit_spans_processes(http, ports)
            await _sigterm_under_load_loses_nothing(http, ports["a"], apps["a"], token)
            await _healthy(ports["b"], apps["b"], deadline=1)  # B serves on while A is gone
        await _worker_killed_mid_batch_delivers_once(push, worker, env, tmp_path, citizen)
    finally:
        for process in processes:
            await process.stop()
        await push.close()
    assert all("Traceback" not in p.output() for p in processes), [p.output() for p in processes]


async def _live_update_crosses_processes(http, ports, token, citizen) -> None:
    app = await application(citizen, status=ApplicationStatus.SUBMITTED)
    subscription = "subscription($id: ID!) { applicationUpdated(id: $id) { status } }"
    async with http.ws_connect(
        f"http://127.0.0.1:{ports['a']}/graphql", protocols=["graphql-transport-ws"]
    ) as ws:
        await ws.send_json({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
        assert (await ws.receive_json(timeout=10))["type"] == "connection_ack"
        await ws.send_json(
            {
                "id": "1",
                "type": "subscribe",
                "payload": {"query": subscription, "variables": {"id": gid("Application", app.id)}},
            }
        )
        await asyncio.sleep(0.5)  # the subscription is registered with A's listener
        withdrawn = await _graphql(
            http,
            ports["b"],
            'mutation($id: ID!) { withdrawApplication(id: $id, reason: "不办了") {'
            " ... on ApplicationType { status } ... on ApplicationError { code } } }",
            {"id": gid("Application", app.id)},
            token,
        )
        assert withdrawn["data"]["withdrawApplication"] == {"status": "WITHDRAWN"}, withdrawn
        while True:  # the stream may first repeat the current state; the change must follow
            message = await ws.receive_json(timeout=15)
            assert message["type"] == "next", message
            if message["payload"]["data"]["applicationUpdated"]["status"] == "WITHDRAWN":
                break


async def _rate_limit_spans_processes(http, ports) -> None:
    """Five codes per phone per hour, counted in the database: alternating processes does not help."""
    query = 'mutation { requestPhoneCode(phone: "13700002222") { ... on PhoneCodeSent { expiresIn } } }'
    answers = [await _graphql(http, ports["ab"[i % 2]], query) for i in range(6)]
    assert all("errors" not in answer for answer in answers[:5]), answers
    [error] = answers[5]["errors"]
    assert error["extensions"]["code"] == "RATE_LIMITED"


async def _sigterm_under_load_loses_nothing(http, port, process: Process, token) -> None:
    """Clients save drafts on fresh connections while A receives SIGTERM. A connection A refuses
    or never read may fail (a balancer sends it elsewhere); an answered write must be stored, and a
    stored write must have been answered."""
    mutation = (
        'mutation($key: String!) { saveDraft(input: {code: "B03", data: {applicant_name: $key}}) {'
        " ... on ApplicationType { id } ... on ApplicationError { code } } }"
    )
    answered: dict[str, str] = {}
    refused: list[str] = []
    after_sigterm: list[float] = []
    stop_at = time.monotonic() + 30
    sigterm_sent: list[float] = []

    async def client(n: int) -> None:
        connector = aiohttp.TCPConnector(force_close=True)  # one connection per request
        async with aiohttp.ClientSession(connector=connector) as own:
            i = 0
            while time.monotonic() < stop_at:
                key = f"c{n}-{i}"
                i += 1
                try:
                    async with own.post(
                        f"http://127.0.0.1:{port}/graphql",
                        json={"query": mutation, "variables": {"key": key}},
                        headers={"Authorization": f"Bearer {token}"},
                    ) as response:
                        body = await response.json()
                        assert response.status == 200, body
                        draft = body["data"]["saveDraft"]
                        assert "id" in draft, body
                        answered[key] = draft["id"]
                        if sigterm_sent:
                            after_sigterm.append(time.monotonic() - sigterm_sent[0])
                except (aiohttp.ClientConnectionError, aiohttp.ServerDisconnectedError) as gone:
                    refused.append(f"{key}: {type(gone).__name__}")
                    return  # A is going away: this client stops

    clients = [asyncio.create_task(client(n)) for n in range(12)]
    await _until(lambda: len(answered) >= 60 or all(task.done() for task in clients))
    assert len(answered) >= 60, [task.exception() for task in clients if task.done()]
    process.signal(signal.SIGTERM)
    sigterm_sent.append(time.monotonic())
    await asyncio.gather(*clients)
    # uvicorn finishes the requests in flight, then ends by the signal it was sent (exit status -15)
    assert await process.wait() in (0, -signal.SIGTERM), process.output()
    from api.applications.models import Application

    drafts = await Application.filter(status=ApplicationStatus.DRAFT)
    stored = {draft.data.get("applicant_name") for draft in drafts} - {None}
    assert set(answered) <= stored, "an answered write is missing"
    assert stored <= set(answered), f"a stored write was never answered: {sorted(stored - set(answered))}"
    assert after_sigterm, "no request was in flight when SIGTERM arrived: the test proved nothing"
    assert "Shutting down" in process.output() and "Finished server process" in process.output()


async def _worker_killed_mid_batch_delivers_once(push, worker: Process, env, tmp_path, citizen) -> None:
    browser = await subscribe(push, citizen)
    app = await application(citizen)
    rows = [await outbox(citizen, "ready_for_pickup", app, lockerCode=f"{n:06d}") for n in range(120)]
    await _until(lambda: len(push.messages_for(browser)) >= 10)  # the worker is sending its first batch
    worker.signal(signal.SIGKILL)
    await worker.wait()
    unsent = await OutboxMessage.filter(sent_at__isnull=True).count()
    assert unsent > 0, "the worker finished before it was killed: the test proved nothing"
    restarted = Process(
        "worker-2", ["-m", "notifications.worker"], {**env, "NOTIFICATIONS_CLAIM_TIMEOUT": "2"}, tmp_path
    )
    await restarted.start()
    try:
        until = time.monotonic() + 120
        while await OutboxMessage.filter(sent_at__isnull=True).count():
            assert time.monotonic() < until, restarted.output()
            await asyncio.sleep(0.2)
    finally:
        restarted.signal(signal.SIGTERM)
        assert await restarted.wait() == 0, restarted.output()
    ids = {gid("OutboxMessage", row.id) for row in rows}  # the push payload's messageId
    inbox = await InboxMessage.filter(outbox_id__in=[row.id for row in rows]).values_list(
        "outbox_id", flat=True
    )
    assert sorted(gid("OutboxMessage", i) for i in inbox) == sorted(ids), (
        "each message reaches the inbox once"
    )
    pushed = [message for message in push.messages_for(browser) if message["messageId"] in ids]
    by_id: dict[str, list[dict]] = {}
    for message in pushed:
        by_id.setdefault(message["messageId"], []).append(message)
    assert set(by_id) == ids, "every message was pushed"
    for copies in by_id.values():  # a resend is the same notification: same tag, same body
        assert len({json.dumps(copy, sort_keys=True) for copy in copies}) == 1
