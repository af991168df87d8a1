"""Notifications delivered per second by one outbox worker, to a fake push service on 127.0.0.1.

Each notification: claimed from the outbox, rendered (zh-CN and en), written to the inbox, encrypted
(RFC 8291) and VAPID-signed by pywebpush, POSTed to the push service, recorded as a delivery and
marked sent. The push service runs in its own process (it accepts without decrypting, like a real
one would for us) so the worker's event loop only does the worker's work. SQLite always; PostgreSQL
too when it is reachable (in its own database, ``onevisit_bench``, so a test run is not disturbed).
Schemas are built from the models here, migrations are not what is measured.

    python -m bench.notifications [--messages 2000] [--batch 50] [--users 200]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import sys
import tempfile
import time
from datetime import UTC, datetime

from tortoise import Tortoise

from api.settings import Settings, tortoise_config
from bench.common import empty_postgres_database, port_of

POSTGRES_SERVER = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test")
BENCH_DATABASE = "onevisit_bench"


async def _serve_push() -> None:
    from tests.notifications.fake_push import FakePushService

    service = await FakePushService(decrypt=False).start()
    print(service.port, flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until the parent closes it
    await service.close()


async def _fill(port: int, users: int, messages: int) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    from api.identity.models import User
    from notifications.models import ChannelPreference, OutboxMessage, PushSubscription
    from notifications.vapid import b64url

    point = (
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    )
    await User.bulk_create(
        [
            User(user_handle=secrets.token_urlsafe(48), name=f"市民{i}", phone=f"139{i:08d}", roles=[])
            for i in range(users)
        ]
    )
    ids = list(await User.all().order_by("id").values_list("id", flat=True))
    await ChannelPreference.bulk_create([ChannelPreference(user_id=u, sms=False) for u in ids])
    await PushSubscription.bulk_create(
        [
            PushSubscription(
                user_id=u,
                endpoint=f"http://127.0.0.1:{port}/push/{secrets.token_urlsafe(12)}",
                p256dh=b64url(point),
                auth=b64url(os.urandom(16)),
            )
            for u in ids
        ]
    )
    now = datetime.now(UTC)
    await OutboxMessage.bulk_create(
        [
            OutboxMessage(
                kind="ready_for_pickup",
                recipient_id=ids[i % len(ids)],
                payload={"trackingNumber": f"BN{i:010d}", "name": "出生一件事", "lockerCode": f"{i:06d}"},
                available_at=now,
            )
            for i in range(messages)
        ],
        batch_size=500,
    )


async def measure(kind: str, url: str, port: int, messages: int, batch: int, users: int) -> dict:
    from notifications.endpoints import EndpointPolicy
    from notifications.models import Delivery, InboxMessage, OutboxMessage
    from notifications.worker import Worker, WorkerConfig

    await Tortoise.init(config=tortoise_config(url))
    try:
        await Tortoise.generate_schemas()
        await _fill(port, users, messages)
        # the fake push service is on loopback: allowed explicitly, as PUSH_ALLOW_HOSTS would
        endpoints = EndpointPolicy.from_setting(f"127.0.0.1:{port}")
        config = WorkerConfig(batch_size=batch, vapid_subject="mailto:bench@example.gov.cn")
        worker = Worker(config, endpoints=endpoints)
        await worker.push()  # VAPID key made and loaded before the clock starts
        started = time.perf_counter()
        batches = 0
        try:
            while (await worker.deliver_batch()).claimed:
                batches += 1
        finally:
            await worker.close()
        seconds = time.perf_counter() - started
        sent = await Delivery.filter(status="sent").count()
        assert sent == messages, f"{sent} of {messages} sent"
        assert await InboxMessage.all().count() == messages
        assert not await OutboxMessage.filter(sent_at__isnull=True).exists()
        return {"database": kind, "messages": messages, "batches": batches, "seconds": seconds}
    finally:
        await Tortoise.close_connections()


def main() -> None:
    # the data key the app would use (ONEVISIT_DATA_KEYS, or the development var/data-key): rows
    # this process writes are read by the server and workers it starts
    Settings.from_env().setup_data_keys()
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--serve-push", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_push:
        asyncio.run(_serve_push())
        return

    with port_of("bench.notifications", "--serve-push") as port:
        results = []
        sizes = (port, args.messages, args.batch, args.users)
        with tempfile.TemporaryDirectory() as tmp:
            results.append(asyncio.run(measure("sqlite", f"sqlite://{tmp}/bench.sqlite3", *sizes)))
        postgres = asyncio.run(empty_postgres_database(POSTGRES_SERVER, BENCH_DATABASE))
        if postgres:
            results.append(asyncio.run(measure("postgres", postgres, *sizes)))
        else:
            print(f"PostgreSQL not reachable at {POSTGRES_SERVER}: SQLite only")

    print(f"\none worker, batch {args.batch}: Web Push + inbox per message (SMS off)")
    print(f"{'database':<10} {'messages':>8} {'seconds':>8} {'per second':>11} {'ms each':>8}")
    for r in results:
        rate = r["messages"] / r["seconds"]
        print(f"{r['database']:<10} {r['messages']:>8} {r['seconds']:>8.2f} {rate:>11.0f} {1e3 / rate:>8.2f}")


if __name__ == "__main__":
    main()
