"""容缺: after a deferred acceptance the applicant (or their helper) hands in what is still owed, one
material at a time, from the application's page; the window clerk then checks it
(``api.review.services.deferred``). What is owed is ``api.applications.deferral``'s to say."""

from __future__ import annotations

from api.applications import deferral
from api.applications.enums import ApplicationStatus as S
from api.applications.enums import MaterialStatus
from api.applications.errors import ApplicationsError
from api.applications.models import Application, ApplicationMaterial
from api.applications.services.materials import MaterialInput, chosen_uploads, parties, planned, stored_rows
from api.applications.workflow import Actor
from api.failures import Failure
from api.unit_of_work import changing

AFTER_ACCEPTANCE = frozenset({S.ACCEPTED, S.IN_PROGRESS, S.COMPLETED, S.PARTLY_COMPLETED})


async def hand_in_owed(application: Application, actor: Actor, given: MaterialInput) -> Application:
    """The applicant's upload for a deferred material: handed in, waiting for the clerk's check."""
    rows = await stored_rows(application.id)
    line = next((row for row in rows if row.material_code == given.material), None)
    if line is None:
        raise Failure(ApplicationsError.UNKNOWN_MATERIAL, material=given.material)
    if application.status not in AFTER_ACCEPTANCE or not deferral.to_hand_in(line):
        raise Failure(ApplicationsError.NOT_OWED, name=line.name)
    upload = (await chosen_uploads([given], [planned(line)], parties(application.applicant_id, actor)))[
        given.material
    ]
    async with changing() as tx:
        changed = await ApplicationMaterial.filter(id=line.id, status=MaterialStatus.DEFERRED).update(
            upload_id=upload.id, status=MaterialStatus.PROVIDED, note=""
        )
        if not changed:
            raise Failure(ApplicationsError.CONCURRENT_CHANGE)
        await tx.note(application, actor, f"已补交容缺材料“{line.name}”，待窗口核验")
    return await Application.get(id=application.id)
