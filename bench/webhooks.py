"""Webhook deliveries per second through the real worker path, to a receiver on 127.0.0.1.

Each event is enqueued as a move enqueues it (``api.webhooks.services.enqueue``, in a unit of work),
then one worker claims deliveries (in order per application: at most one per application in flight),
signs each (HMAC-SHA256), POSTs it to the receiver — an aiohttp server in its own process that
answers 200 — and writes the delivery log. PostgreSQL (its own database, ``onevisit_bench_webhooks``,
so neither the test suite nor another benchmark is disturbed); SQLite too with ``--sqlite``.
Schemas are built from the models: migrations are not what is measured.

    python -m bench.webhooks [--events 2000] [--applications 500] [--batch 50] [--sqlite]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import sys
import tempfile
import time

from tortoise import Tortoise

from api.settings import Settings, tortoise_config
from bench.common import empty_postgres_database, port_of

POSTGRES_SERVER = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test")
BENCH_DATABASE = "onevisit_bench_webhooks"


async def _serve() -> None:
    from aiohttp import web

    async def accept(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(status=200)

    app = web.Application()
    app.router.add_post("/hooks", accept)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    print(site._server.sockets[0].getsockname()[1], flush=True)  # pyright: ignore
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until the parent closes it
    await runner.cleanup()


async def _fill(port: int, events: int, applications: int) -> None:
    from api.applications.enums import ActorKind, ApplicationKind
    from api.applications.enums import ApplicationStatus as S
    from api.applications.models import Application
    from api.applications.workflow import Actor
    from api.identity import clients
    from api.identity.enums import Scope
    from api.identity.models import User
    from api.unit_of_work import changing
    from api.webhooks.events import EventType
    from api.webhooks.services import enqueue, subscriptions
    from notifications.endpoints import EndpointPolicy

    citizen = await User.create(
        user_handle=secrets.token_urlsafe(48), name="市民", phone="13900000000", roles=[]
    )
    client, _ = await clients.register_client("基准小程序", frozenset({Scope.APPLICATIONS_READ}), None)
    await clients.grant(citizen, client.client_id, frozenset({Scope.APPLICATIONS_READ}))
    policy = EndpointPolicy.from_setting(f"127.0.0.1:{port}")
    url = f"http://127.0.0.1:{port}/hooks"
    await subscriptions.subscribe(client.id, url, [EventType.APPLICATION_SUBMITTED], policy)
    rows = [
        Application(
            kind=ApplicationKind.ITEM,
            catalog_code="B03",
            catalog_name="我要开餐馆",
            catalog_revision="r1",
            form_schema={"fields": []},
            data={},
            applicant=citizen,
            status=S.SUBMITTED,
            tracking_number=f"BENCH{i:013d}",
        )
        for i in range(applications)
    ]
    await Application.bulk_create(rows, batch_size=500)
    made = await Application.all().order_by("id")
    actor = Actor(ActorKind.APPLICANT, citizen.id)
    for i in range(events):
        application = made[i % len(made)]
        async with changing():
            payload = enqueue.application_payload(application, "draft", actor, "")
            await enqueue.enqueue(EventType.APPLICATION_SUBMITTED, application, payload)


async def measure(kind: str, url: str, port: int, events: int, applications: int, batch: int) -> dict:
    from api.webhooks.models import WebhookDelivery
    from notifications.endpoints import EndpointPolicy
    from notifications.worker import BatchResult, Worker, WorkerConfig

    await Tortoise.init(config=tortoise_config(url))
    try:
        await Tortoise.generate_schemas()
        await _fill(port, events, applications)
        worker = Worker(
            WorkerConfig(batch_size=batch), webhook_endpoints=EndpointPolicy.from_setting(f"127.0.0.1:{port}")
        )
        started = time.perf_counter()
        batches = 0
        try:
            while True:
                result = BatchResult()
                await worker.deliver_webhooks(batch, result)
                if not result.claimed:
                    break
                batches += 1
        finally:
            await worker.close()
        seconds = time.perf_counter() - started
        sent = await WebhookDelivery.filter(status="sent").count()
        assert sent == events, f"{sent} of {events} sent"
        return {"database": kind, "events": events, "batches": batches, "seconds": seconds}
    finally:
        await Tortoise.close_connections()


def main() -> None:
    Settings.from_env().setup_data_keys()  # subscription secrets are encrypted at rest
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--applications", type=int, default=500, help="events are spread over these")
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--sqlite", action="store_true", help="measure on a SQLite file too")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        asyncio.run(_serve())
        return

    with port_of("bench.webhooks", "--serve") as port:
        sizes = (port, args.events, args.applications, args.batch)
        results = []
        postgres = asyncio.run(empty_postgres_database(POSTGRES_SERVER, BENCH_DATABASE))
        if postgres:
            results.append(asyncio.run(measure("postgres", postgres, *sizes)))
        else:
            print(f"PostgreSQL not reachable at {POSTGRES_SERVER}")
        if args.sqlite:
            with tempfile.TemporaryDirectory() as tmp:
                results.append(asyncio.run(measure("sqlite", f"sqlite://{tmp}/bench.sqlite3", *sizes)))

    print(f"\none worker, batch {args.batch}, {args.events} events over {args.applications} applications")
    print("(signed POST to a receiver on 127.0.0.1 + the delivery log, in order per application)")
    print(f"{'database':<10} {'events':>8} {'batches':>8} {'seconds':>8} {'per second':>11} {'ms each':>8}")
    for r in results:
        rate = r["events"] / r["seconds"]
        line = f"{r['database']:<10} {r['events']:>8} {r['batches']:>8} {r['seconds']:>8.2f}"
        print(f"{line} {rate:>11.0f} {1e3 / rate:>8.2f}")


if __name__ == "__main__":
    main()
