"""Tasks made directly (their clocks set by hand), on applications of one citizen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest_asyncio

from api.applications.models import Application, Task
from api.applications.task_clock import Pause, TaskClock
from api.catalog.loader import load_catalog
from api.catalog.models import Department
from api.identity.enums import Role
from api.identity.models import User
from tests.applications.conftest import make_user


@dataclass(frozen=True)
class Spec:
    started_on: date | None
    days: int
    status: str = "in_review"
    pauses: tuple = ()
    decided_at: datetime | None = None


@pytest_asyncio.fixture
async def people(database, demo_source) -> dict[str, User]:
    await load_catalog(demo_source)
    return {
        "citizen": await make_user("申请人", [Role.CITIZEN]),
        "supervisor_1": await make_user("督办甲", [Role.SUPERVISOR]),
        "supervisor_2": await make_user("督办乙", [Role.SUPERVISOR, Role.ADMIN]),
        "clerk": await make_user("窗口", [Role.WINDOW_CLERK]),
    }


def stored(spec: Spec) -> dict:
    """The columns the task clock writes (``TaskClock.stored``): started_on, pauses, due_on, paused_on."""
    pauses = tuple(Pause(p, r) for p, r in spec.pauses)
    return TaskClock(spec.started_on, spec.days, pauses, spec.status).stored()


async def make_tasks(applicant: User, specs: list[Spec]) -> list[Task]:
    """One task per spec: each application gets one task per department, in department order, its clock
    columns as the task clock stores them."""
    departments = await Department.all().order_by("code")
    made: list[Task] = []
    for offset in range(0, len(specs), len(departments)):
        chunk = specs[offset : offset + len(departments)]
        application = await Application.create(
            kind="item",
            catalog_code="TEST",
            catalog_name="测试办件",
            catalog_revision="1",
            form_schema={},
            applicant=applicant,
            status="accepted",
        )
        rows = [
            Task(
                application_id=application.id,
                department_id=department.id,
                item_codes=[f"{department.code}99"],
                item_names=[f"{department.name}测试事项"],
                status=spec.status,
                statutory_days=max(spec.days, 20),
                promised_days=spec.days,
                decided_at=spec.decided_at,
                **stored(spec),
            )
            for spec, department in zip(chunk, departments, strict=False)
        ]
        await Task.bulk_create(rows)
    made = await Task.filter(application__applicant=applicant).order_by("application_id", "id")
    return made
