"""The applicant world of the applications tests, and an item done on a commitment."""

from __future__ import annotations

from datetime import date

from api.applications import services as applying
from api.applications.enums import AcceptanceMode, ActorKind, MaterialStatus
from api.applications.models import Application, Task
from api.applications.workflow import Actor
from api.commitments.rules import waived_materials
from api.commitments.services import Signature
from api.identity.enums import Role
from api.identity.models import User
from api.review import services as desk
from tests.applications.conftest import make_upload, make_user, world  # noqa: F401 (a fixture)
from tests.applications.test_submission import submission

FOOD = "SJ04"  # 食品经营许可: 告知承诺 replaces the food safety rules and the equipment list
REPLACED = {"food_safety_system", "equipment_list"}


async def apply_on_commitment(
    world,  # noqa: F811 (the fixture's value)
    code: str = FOOD,
    signatures: list[Signature] | None = None,
    helper: bool = False,
) -> Application:
    """Apply for ``code`` signing its commitment(s), handing in only the materials still asked for."""
    entry = world.catalog.entry(code)
    signatures = [Signature(FOOD, 1)] if signatures is None else signatures
    spared = waived_materials(entry, {s.item for s in signatures})
    owner = world.helper if helper else world.citizen
    materials = []
    for line in applying.material_plan(entry):
        if line.status == MaterialStatus.MISSING and line.material_code not in spared:
            upload = await make_upload(owner)
            materials.append(applying.MaterialInput(line.material_code, upload.public_id))
    actor = (
        Actor(ActorKind.HELPER, world.helper.id, acting_for_id=world.citizen.id)
        if helper
        else world.as_citizen
    )
    sub = submission(world, code, materials=materials, commitments=signatures)
    return (await applying.submit(world.catalog, world.citizen, actor, sub)).application


async def accept_on_commitment(application: Application, on: date) -> User:
    clerk = await make_user("窗口受理", [Role.WINDOW_CLERK])
    await desk.claim(application.id, clerk)
    await desk.accept(application.id, clerk, AcceptanceMode.COMMITMENT, today=on)
    return clerk


async def reviewer_of(application: Application, department_code: str = "SJ") -> tuple[User, Task]:
    task = await Task.get(application=application, department__code=department_code)
    user = await make_user(f"审批{department_code}", [Role.REVIEWER])
    user.department_id = task.department_id
    await user.save(update_fields=["department_id"])
    return user, task
