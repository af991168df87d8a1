"""``python -m notifications.worker``: a worker process of its own, delivering from the database the
app writes to (``NOTIFICATIONS_WORKER=off`` in the app processes); stops on SIGINT or SIGTERM."""

from __future__ import annotations

import asyncio
import logging
import signal

from tortoise import Tortoise

from api import db
from api.logs import install_masking
from api.settings import Settings, tortoise_config
from notifications.worker.config import WorkerConfig
from notifications.worker.runner import Worker


async def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    install_masking()
    settings = Settings.from_env()
    settings.setup_data_keys()
    db.ensure_sqlite_directory(settings.database_url)
    await Tortoise.init(config=tortoise_config(settings.database_url))
    try:
        await db.migrate(settings.database_url)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        config = WorkerConfig.from_env(settings.public_base_url)
        await Worker(
            config, endpoints=settings.push_endpoints, webhook_endpoints=settings.webhook_endpoints
        ).run(stop)
    finally:
        await Tortoise.close_connections()


if __name__ == "__main__":
    asyncio.run(main())
