"""The material plan (材料清单) of an application: each material asked once, what the applicant must
hand in, and which uploads may stand for them. The one place a plan line is built: from the
catalogue before anything exists, or from an application's stored rows."""

from __future__ import annotations

from dataclasses import dataclass

from api import rows
from api.applications.enums import MaterialStatus
from api.applications.errors import ApplicationsError
from api.applications.models import ApplicationMaterial
from api.applications.workflow import Actor
from api.catalog.entities import Bundle, BundleMaterial, Deferral, ItemMaterial, ServiceItem
from api.failures import Failure
from api.uploads.models import Upload


@dataclass(frozen=True)
class MaterialInput:
    """One material the caller hands in: its code and the public id of an upload."""

    material: str  # material code
    upload: str  # the upload's public id


@dataclass(frozen=True)
class PlannedMaterial:
    """One line of the plan: a material of the item or bundle, and where it stands."""

    material_code: str
    name: str
    required: bool
    deferrable: bool
    status: MaterialStatus
    # 容缺 terms from the catalogue, frozen with the plan: due within so many working days of
    # acceptance, and what of each item waits for it ((item code, "approval" | "licence"), …)
    defer_within: int | None = None
    waits: tuple[tuple[str, str], ...] = ()

    @property
    def supplied_for_the_applicant(self) -> bool:
        """免提交 (an e-licence or shared data supplies it) or produced by an earlier item."""
        return self.status in (MaterialStatus.WAIVED, MaterialStatus.PRODUCED)

    @property
    def needed_now(self) -> bool:
        """Must be handed in before submitting (not provided, required, not 容缺)."""
        return self.status == MaterialStatus.MISSING and self.required and not self.deferrable

    def row(self, application_id: int, upload: Upload | None = None) -> ApplicationMaterial:
        """The application's row for this line, provided when an upload stands for it."""
        status = self.status
        if upload is not None:
            status = MaterialStatus.PROVIDED
        elif status == MaterialStatus.PROVIDED:
            status = MaterialStatus.MISSING
        return ApplicationMaterial(
            application_id=application_id,
            material_code=self.material_code,
            name=self.name,
            required=self.required,
            deferrable=self.deferrable,
            status=status,
            upload=upload,
            defer_within=self.defer_within,
            waits=dict(self.waits),
        )


def material_plan(entry: ServiceItem | Bundle) -> list[PlannedMaterial]:
    """The materials of an item or a bundle (merged: each asked once), and which need nothing from the
    applicant: 免提交 (an e-licence or shared data supplies it) or produced by an earlier item."""
    plan: list[PlannedMaterial] = []
    for line in entry.materials:
        if line.material.waived:
            status = MaterialStatus.WAIVED
        elif getattr(line, "produced_in_bundle", False):
            status = MaterialStatus.PRODUCED
        else:
            status = MaterialStatus.MISSING
        terms = _terms(entry, line)
        plan.append(
            PlannedMaterial(
                line.material.code,
                line.material.name,
                line.required,
                line.deferrable,
                status,
                min((d.within_days for _, d in terms), default=None),
                tuple((code, str(d.waits)) for code, d in terms),
            )
        )
    return plan


def _terms(entry: ServiceItem | Bundle, line: ItemMaterial | BundleMaterial) -> list[tuple[str, Deferral]]:
    """The 容缺 terms of a line, per item asking for it (an item's own line: that item)."""
    if not line.deferrable:
        return []
    if isinstance(line, BundleMaterial):
        return list(line.deferrals)
    return [(entry.code, line.deferral)] if line.deferral is not None else []


def planned(row: ApplicationMaterial) -> PlannedMaterial:
    """A stored row as a line of the plan."""
    waits = row.waits if isinstance(row.waits, dict) else {}
    return PlannedMaterial(
        row.material_code,
        row.name,
        row.required,
        row.deferrable,
        row.status,
        row.defer_within,
        tuple((str(code), str(w)) for code, w in waits.items()),
    )


async def stored_rows(application_id: int, status: MaterialStatus | None = None) -> list[ApplicationMaterial]:
    """An application's material rows (with their uploads), in plan order."""
    query = ApplicationMaterial.filter(application_id=application_id)
    if status is not None:
        query = query.filter(status=status)
    return await query.select_related("upload").order_by("id")


def parties(applicant_id: int, actor: Actor) -> set[int]:
    """Whose uploads an application may use: the applicant's, and the helper's filing it."""
    return {applicant_id} | ({actor.user_id} if actor.user_id else set())


async def chosen_uploads(
    materials: list[MaterialInput], plan: list[PlannedMaterial], owners: set[int]
) -> dict[str, Upload]:
    """The upload for each material provided, by material code. Each must be a material the
    application asks for (and not one supplied for the applicant), with an upload of one of its
    parties (``owners``)."""
    asked = {line.material_code: line for line in plan}
    by_public_id = {
        upload.public_id: upload
        for upload in await rows.matching(
            Upload, public_id={given.upload for given in materials}, owner_id=owners
        )
    }
    found: dict[str, Upload] = {}
    for given in materials:
        line = asked.get(given.material)
        if line is None:
            raise Failure(ApplicationsError.UNKNOWN_MATERIAL, material=given.material)
        if line.supplied_for_the_applicant:
            raise Failure(ApplicationsError.MATERIAL_NOT_NEEDED, name=line.name)
        upload = by_public_id.get(given.upload)
        if upload is None:
            raise Failure(ApplicationsError.UPLOAD_NOT_FOUND, name=line.name)
        found[given.material] = upload
    return found


def missing_failure(lines: list[PlannedMaterial]) -> Failure:
    """MATERIALS_MISSING, naming what is still to hand in (in plan order)."""
    return Failure(ApplicationsError.MATERIALS_MISSING, names="、".join(line.name for line in lines))
