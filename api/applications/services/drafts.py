"""Drafts: an application being filled in, continued on another device (``version`` detects
conflicts), turned into an application by the submission."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from api import clock
from api.applications.enums import ApplicationKind, MaterialStatus
from api.applications.enums import ApplicationStatus as S
from api.applications.errors import ApplicationsError
from api.applications.models import Application, ApplicationMaterial
from api.applications.services.applying import catalog_entry
from api.applications.services.materials import (
    MaterialInput,
    chosen_uploads,
    material_plan,
    parties,
    planned,
    stored_rows,
)
from api.applications.workflow import Actor
from api.catalog import forms
from api.catalog.entities import Bundle, Catalog
from api.failures import Failure
from api.identity.models import User
from api.unit_of_work import changing


@dataclass(frozen=True)
class DraftSave:
    """What the applicant saves: a new draft (``draft_id`` None) or a change to theirs."""

    code: str
    data: dict[str, Any]
    materials: list[MaterialInput] = field(default_factory=list[MaterialInput])
    draft_id: int | None = None
    version: int | None = None  # the version the device loaded (None: whatever is stored)


async def own_draft(applicant_id: int | None, draft_id: int | None) -> Application:
    """The applicant's draft, or DRAFT_NOT_FOUND (no such draft, someone else's, or submitted)."""
    draft = (
        await Application.get_or_none(id=draft_id, applicant_id=applicant_id, status=S.DRAFT)
        if draft_id is not None and applicant_id is not None
        else None
    )
    if draft is None:
        raise Failure(ApplicationsError.DRAFT_NOT_FOUND)
    return draft


async def save_draft(catalog: Catalog, applicant: User, actor: Actor, save: DraftSave) -> Application:
    """Create or update a draft. The form schema is frozen at creation; incomplete data is fine, but
    values that are present must be valid (so problems show up while typing, not at the end)."""
    if save.draft_id is None:
        return await _create(catalog, applicant, actor, save)
    return await _update(applicant, actor, save.draft_id, save)


def _valid_so_far(schema: forms.FormSchema, data: dict[str, Any]) -> dict[str, Any]:
    present = {k: v for k, v in data.items() if v not in (None, "", [])}
    problems = [p for p in forms.validate(schema, present) if p.code != "REQUIRED"]
    if problems:
        raise forms.InvalidForm(problems)
    return present


async def _create(catalog: Catalog, applicant: User, actor: Actor, save: DraftSave) -> Application:
    entry = catalog_entry(catalog, save.code)
    schema = forms.form_for(catalog, entry.code)
    plan = material_plan(entry)
    data = _valid_so_far(schema, save.data)
    uploads = await chosen_uploads(save.materials, plan, parties(applicant.id, actor))
    async with changing():
        draft = await Application.create(
            kind=ApplicationKind.BUNDLE if isinstance(entry, Bundle) else ApplicationKind.ITEM,
            catalog_code=entry.code,
            catalog_name=entry.name,
            catalog_revision=str(catalog.revision),
            form_schema=schema.to_json(),
            data=data,
            applicant=applicant,
            filed_by_id=actor.filing_helper_id,
            client_id=actor.client_id,
        )
        await ApplicationMaterial.bulk_create(
            [line.row(draft.id, uploads.get(line.material_code)) for line in plan]
        )
    return await Application.get(id=draft.id)


async def _update(applicant: User, actor: Actor, draft_id: int, save: DraftSave) -> Application:
    draft = await own_draft(applicant.id, draft_id)
    schema = forms.FormSchema.from_json(draft.form_schema)
    plan = [planned(row) for row in await stored_rows(draft.id)]
    data = _valid_so_far(schema, save.data)
    uploads = await chosen_uploads(save.materials, plan, parties(applicant.id, actor))
    async with changing():
        changed = await Application.filter(
            id=draft.id, status=S.DRAFT, version=save.version or draft.version
        ).update(data=data, version=draft.version + 1, updated_at=clock.now())
        if not changed:
            raise Failure(ApplicationsError.DRAFT_CONFLICT)
        for material_code, upload in uploads.items():
            await ApplicationMaterial.filter(application_id=draft.id, material_code=material_code).update(
                upload_id=upload.id, status=MaterialStatus.PROVIDED
            )
    return await Application.get(id=draft.id)


async def delete_draft(draft: Application) -> None:
    """The applicant drops their draft (its material rows go with it)."""
    async with changing():
        await draft.delete()
