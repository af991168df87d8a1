"""One process of the cross-process calling test: ``python -m tests.queue.callers URL START WINDOW N``.

Waits until the wall-clock ``START`` (so every process fires together), calls the next ticket of
hall CA's group A ``N`` times at once and prints ``{"called": [ticket ids], "refused": {code: n},
"errors": [...]}`` as JSON.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections import Counter

from tortoise import Tortoise

from api.failures import Failure
from api.queue import services
from api.queue.models import Ticket
from api.settings import tortoise_config
from tests.queue.test_services import AT


async def main(url: str, start: float, window: str, n: int) -> dict:
    await Tortoise.init(config=tortoise_config(url))
    try:
        await asyncio.sleep(max(0.0, start - time.time()))
        results = await asyncio.gather(
            *(services.call_next("CA", "A", window, now=AT) for _ in range(n)), return_exceptions=True
        )
    finally:
        await Tortoise.close_connections()
    return {
        "called": [r.id for r in results if isinstance(r, Ticket)],
        "refused": dict(Counter(r.code for r in results if isinstance(r, Failure))),
        "errors": [repr(r) for r in results if isinstance(r, BaseException) and not isinstance(r, Failure)],
    }


if __name__ == "__main__":
    url, start, window, n = sys.argv[1:]
    print(json.dumps(asyncio.run(main(url, float(start), window, int(n)))))
