"""The garbage collector, set for a long-running server.

A request allocates thousands of short-lived objects (the GraphQL document's execution, the answer,
the rows), and CPython's default thresholds (700, 10, 10) then collect the young generations every
few requests and, often enough, the oldest one, which walks everything the process holds: the
strawberry schema, the catalogue, the kept views. Measured with ``bench.reads`` at 32 connections, the
collector took about a quarter of the server's CPU. After start-up, what is loaded stays: it is
frozen out of the collector's reach (``gc.freeze``), and the young generation is collected after
``YOUNG`` allocations instead of 700, so a request's garbage is mostly freed by reference counting
before the collector looks. Cycles are still collected; only less often.
"""

from __future__ import annotations

import gc

YOUNG = 10_000


def settle() -> None:
    """Once the app has started (catalogue and keys loaded): freeze what is there, collect less often."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG, middle, old)
