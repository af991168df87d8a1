"""Finished applications to rate, and the staff who handle the cases."""

from __future__ import annotations

from dataclasses import dataclass

import pytest_asyncio

from api.applications import services
from api.applications.enums import ActorKind
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application, Task
from api.applications.workflow import Actor, apply_move
from api.catalog.models import Department
from api.identity.enums import Role
from api.identity.models import User
from tests.applications.conftest import World, make_user, uploads_for
from tests.applications.conftest import world as world  # the fixture
from tests.applications.test_submission import RESTAURANT, submission

CLERK = Actor(ActorKind.CLERK)
SYSTEM = Actor(ActorKind.SYSTEM)


@dataclass
class Staff:
    supervisor: User
    reviewer_cg: User  # 城管 (CG): a department of the restaurant bundle
    reviewer_other: User  # a department the bundle does not involve
    cg: Department
    other: Department


@pytest_asyncio.fixture
async def staff(world: World) -> Staff:
    cg = await Department.get(code="CG")
    involved = {i.department.code for i in world.catalog.entry(RESTAURANT).items}
    other = await Department.exclude(code__in=involved).order_by("code").first()
    reviewer_cg = await make_user("城管审批", [Role.REVIEWER])
    reviewer_other = await make_user("其他审批", [Role.REVIEWER])
    await User.filter(id=reviewer_cg.id).update(department_id=cg.id)
    await User.filter(id=reviewer_other.id).update(department_id=other.id)
    return Staff(
        supervisor=await make_user("督办", [Role.SUPERVISOR]),
        reviewer_cg=await User.get(id=reviewer_cg.id),
        reviewer_other=await User.get(id=reviewer_other.id),
        cg=cg,
        other=other,
    )


async def submitted(world: World, applicant: User | None = None) -> Application:
    applicant = applicant or world.citizen
    materials = await uploads_for(world, RESTAURANT, applicant)
    actor = Actor(ActorKind.APPLICANT, applicant.id)
    result = await services.submit(world.catalog, applicant, actor, submission(world, materials=materials))
    return result.application


async def finished(world: World, target: S = S.COMPLETED, applicant: User | None = None) -> Application:
    """A restaurant application moved along the workflow to ``target`` (completed or later)."""
    application = await submitted(world, applicant)
    await apply_move(application, S.ACCEPTED, CLERK)
    await Task.filter(application=application).update(status="approved")
    await apply_move(application, S.COMPLETED if target != S.REJECTED else S.REJECTED, SYSTEM)
    path = {
        S.READY_FOR_PICKUP: [S.READY_FOR_PICKUP],
        S.COLLECTED: [S.READY_FOR_PICKUP, S.COLLECTED],
        S.CLOSED: [S.READY_FOR_PICKUP, S.COLLECTED, S.CLOSED],
    }.get(target, [])
    for state in path:
        await apply_move(application, state, CLERK)
    return application
