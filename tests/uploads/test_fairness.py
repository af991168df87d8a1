"""The re-encoding queue: per-user limit and round robin between users (order only, no timing)."""

from __future__ import annotations

import asyncio

from api.uploads.fairness import FairQueue


class Jobs:
    """Jobs that take a worker and hold it until the test lets them finish."""

    def __init__(self, queue: FairQueue) -> None:
        self.queue = queue
        self.started: list[str] = []
        self._finish: dict[str, asyncio.Event] = {}
        self.tasks: dict[str, asyncio.Task] = {}

    def submit(self, user: str, name: str) -> None:
        self._finish[name] = asyncio.Event()

        async def job() -> None:
            async with self.queue.slot(user):
                self.started.append(name)
                await self._finish[name].wait()

        self.tasks[name] = asyncio.create_task(job())

    async def settle(self) -> None:
        for _ in range(5):
            await asyncio.sleep(0)

    async def finish(self, name: str) -> None:
        self._finish[name].set()
        await self.tasks[name]
        await self.settle()


async def test_a_small_upload_of_another_user_goes_before_the_rest_of_a_big_batch():
    jobs = Jobs(FairQueue(workers=2, per_user=2))
    for n in range(8):
        jobs.submit("A", f"A{n}")
    await jobs.settle()
    assert jobs.started == ["A0", "A1"] and jobs.queue.waiting("A") == 6

    jobs.submit("B", "B0")  # the 1 KB photo arrives while A's eight PNGs are queued
    await jobs.settle()
    await jobs.finish("A0")
    assert jobs.started == ["A0", "A1", "B0"]  # the first free worker is B's, not A's third
    await jobs.finish("A1")
    await jobs.finish("B0")
    assert jobs.started[3:] == ["A2", "A3"]
    for n in range(2, 8):
        await jobs.finish(f"A{n}")
    assert jobs.started == ["A0", "A1", "B0", *(f"A{n}" for n in range(2, 8))]


async def test_one_user_never_holds_more_than_their_share_of_workers():
    jobs = Jobs(FairQueue(workers=2, per_user=1))
    for n in range(4):
        jobs.submit("A", f"A{n}")
    await jobs.settle()
    assert jobs.started == ["A0"] and jobs.queue.running("A") == 1  # the second worker stays free …
    jobs.submit("B", "B0")
    await jobs.settle()
    assert jobs.started == ["A0", "B0"]  # … so another user's photo starts at once
    jobs.submit("C", "C0")
    await jobs.settle()
    await jobs.finish("A0")
    assert jobs.started == ["A0", "B0", "C0"]  # C waited less long than A's next
    await jobs.finish("B0")
    assert jobs.started[-1] == "A1"
    for name in ("C0", "A1", "A2", "A3"):
        await jobs.finish(name)
    assert jobs.queue.running("A") == 0 and jobs.queue.waiting("A") == 0


async def test_a_cancelled_wait_gives_its_place_back():
    jobs = Jobs(FairQueue(workers=1, per_user=1))
    jobs.submit("A", "A0")
    jobs.submit("B", "B0")
    jobs.submit("C", "C0")
    await jobs.settle()
    jobs.tasks["B0"].cancel()  # the client went away while waiting
    await jobs.settle()
    assert jobs.queue.waiting("B") == 0
    await jobs.finish("A0")
    assert jobs.started == ["A0", "C0"]
    await jobs.finish("C0")
    assert jobs.queue.running("C") == 0
