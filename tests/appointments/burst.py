"""One process of the cross-process burst: ``python -m tests.appointments.burst URL SLOT START USER…``.

Waits until the wall-clock ``START`` (so every process fires together), books the slot for each user at
once and prints ``{"booked": n, "refused": {code: n}, "errors": [...]}`` as JSON.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections import Counter

from tortoise import Tortoise

from api.appointments import services
from api.catalog.snapshot import build_catalog
from api.failures import Failure
from api.settings import tortoise_config
from tests.appointments.conftest import NOW


async def main(url: str, slot_id: int, start: float, user_ids: list[int]) -> dict:
    await Tortoise.init(config=tortoise_config(url))
    try:
        catalog = await build_catalog()
        await asyncio.sleep(max(0.0, start - time.time()))
        results = await asyncio.gather(
            *(services.book(catalog, uid, slot_id, now=NOW) for uid in user_ids), return_exceptions=True
        )
    finally:
        await Tortoise.close_connections()
    refused = Counter(r.code for r in results if isinstance(r, Failure))
    errors = [repr(r) for r in results if isinstance(r, BaseException) and not isinstance(r, Failure)]
    booked = sum(1 for r in results if not isinstance(r, BaseException))
    return {"booked": booked, "refused": dict(refused), "errors": errors}


if __name__ == "__main__":
    url, slot, start, *users = sys.argv[1:]
    print(json.dumps(asyncio.run(main(url, int(slot), float(start), [int(u) for u in users]))))
