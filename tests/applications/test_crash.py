"""A process killed in the middle of a submission leaves all of it or none of it."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import signal
import sys
import textwrap

from api.applications import services
from api.applications.models import Application, ApplicationEvent, ApplicationMaterial, Task
from api.settings import ROOT
from notifications.models import OutboxMessage
from tests.applications.conftest import uploads_for
from tests.applications.test_submission import RESTAURANT, submission

# Runs the submission in another process and kills that process (SIGKILL: no cleanup, no rollback
# by Python) right after the department tasks were written, before the event and outbox rows.
CHILD = textwrap.dedent(
    """
    import asyncio, json, os, signal, sys
    from tortoise import Tortoise
    from api.settings import tortoise_config
    from api.applications import services, workflow
    from api.applications.enums import ActorKind
    from api.catalog.snapshot import CatalogCache
    from api.identity.models import User

    url, applicant_id, sub = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])

    async def die(*args, **kwargs):
        print("tasks written; dying", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

    async def main():
        await Tortoise.init(config=tortoise_config(url))
        workflow.record = die  # called inside the transaction, after the application and its tasks
        catalog = await CatalogCache(0).get()
        applicant = await User.get(id=applicant_id)
        sub["materials"] = [services.MaterialInput(**m) for m in sub["materials"]]
        actor = workflow.Actor(ActorKind.APPLICANT, applicant_id)
        await services.submit(catalog, applicant, actor, services.Submission(**sub))
        print("not killed?!", flush=True)

    asyncio.run(main())
    """
)


async def _counts() -> tuple[int, ...]:
    return (
        await Application.all().count(),
        await Task.all().count(),
        await ApplicationMaterial.all().count(),
        await ApplicationEvent.all().count(),
        await OutboxMessage.all().count(),
    )


async def test_a_killed_submission_leaves_nothing_and_can_be_retried(world, database):
    sub = submission(world, materials=await uploads_for(world, RESTAURANT))
    payload = dataclasses.asdict(sub)
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        CHILD,
        database,
        str(world.citizen.id),
        json.dumps(payload),
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(child.communicate(), timeout=120)
    assert child.returncode == -signal.SIGKILL, (stdout + stderr).decode()
    assert b"dying" in stdout
    assert await _counts() == (0, 0, 0, 0, 0)

    # the phone retries with the same key: now it goes through, once
    result = await services.submit(world.catalog, world.citizen, world.as_citizen, sub)
    assert result.created
    applications, tasks, materials, events, outbox = await _counts()
    assert (applications, events, outbox) == (1, 1, 1) and tasks >= 2 and materials >= 10
