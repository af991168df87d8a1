"""Answering a correction notice (一次性告知): the applicant sends every material it asked for (and,
if they like, corrected form values); the application goes back to review."""

from __future__ import annotations

from typing import Any, cast

from api.applications.enums import ApplicationStatus as S
from api.applications.enums import MaterialStatus
from api.applications.models import Application, ApplicationMaterial
from api.applications.services.materials import (
    MaterialInput,
    chosen_uploads,
    missing_failure,
    parties,
    planned,
    stored_rows,
)
from api.applications.workflow import Actor
from api.catalog import forms
from api.unit_of_work import changing


async def answer_correction(
    application: Application, actor: Actor, materials: list[MaterialInput], data: dict[str, Any] | None
) -> Application:
    """The applicant sends what the correction notice asked for; the application goes back to review.
    Returns the application as stored afterwards."""
    asked = [planned(row) for row in await stored_rows(application.id, MaterialStatus.NEEDS_CORRECTION)]
    uploads = await chosen_uploads(materials, asked, parties(application.applicant_id, actor))
    still = [line for line in asked if line.material_code not in uploads]
    if still:
        raise missing_failure(still)
    new_data = None
    if data:
        schema = forms.FormSchema.from_json(application.form_schema)
        stored = cast(dict[str, Any], application.data)  # an EncryptedJSONField: typed as its text
        merged = {**stored, **data}
        problems = forms.validate(schema, merged)
        if problems:
            raise forms.InvalidForm(problems)
        new_data = forms.clean(schema, merged)
    async with changing() as tx:
        for code, upload in uploads.items():
            await ApplicationMaterial.filter(application_id=application.id, material_code=code).update(
                upload_id=upload.id, status=MaterialStatus.PROVIDED, note=""
            )
        if new_data is not None:
            await Application.filter(id=application.id).update(data=new_data)
        await tx.move(application, S.SUBMITTED, actor, "已补正")
    return await Application.get(id=application.id)
