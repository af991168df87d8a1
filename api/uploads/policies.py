"""Who may read an upload. Everyone else is told it does not exist (404), never "forbidden"."""

from __future__ import annotations

from api.applications.models import Application
from api.applications.policies import may_read
from api.identity.disclosure import sees_full_id_numbers
from api.identity.principal import Principal
from api.uploads.models import Upload


async def may_read_upload(principal: Principal, upload: Upload) -> bool:
    """The person who uploaded it, and whoever may read an application it is a material or a message
    attachment of (the applicant, their helper, window clerks, supervisors, reviewers of a department
    it was sent to). An API client also needs the applicant's ``identity_numbers:read`` grant: material
    files (ID card photos, certificates) show full ID numbers that cannot be masked."""
    if principal.is_user and principal.user_id == upload.owner_id:
        return True
    as_material = Application.filter(materials__upload_id=upload.id)
    as_attachment = Application.filter(messages__attachment_id=upload.id)  # the consultation thread
    for query in (as_material, as_attachment):
        for application in await query.distinct().limit(20):
            if await may_read(principal, application) and await sees_full_id_numbers(
                principal, application.applicant_id
            ):
                return True
    return False
