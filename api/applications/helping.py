"""How an application a helper (帮办代办) filed shows whom it was filed for (the helper's lists)."""

from __future__ import annotations

import strawberry

from api.applications.timeline import FiledByHelper
from api.graphql.ids import global_id


@strawberry.type(description="The applicant a helper (帮办代办) filed an application for")
class FiledFor:
    id: strawberry.ID
    name: str

    @classmethod
    def of(cls, applicant_id: int, filed_by: FiledByHelper | None) -> FiledFor | None:
        if filed_by is None:
            return None
        return cls(id=global_id("User", applicant_id), name=filed_by.applicant_name)
