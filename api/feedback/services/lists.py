"""Lists of rectification cases: a citizen's own, and the desk's (all, or one department's)."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.queryset import QuerySet

from api.catalog.models import Department
from api.feedback.enums import CaseStatus
from api.feedback.models import RectificationCase
from api.graphql.connections import Window, id_window, page_size

MAX_PAGE = 100


@dataclass(frozen=True)
class CasePage:
    window: Window[RectificationCase]
    total_count: int | None = None

    @property
    def rows(self) -> list[RectificationCase]:
        return self.window.rows


async def _page(
    query: QuerySet[RectificationCase], first: int, after: str | None
) -> Window[RectificationCase]:
    return await id_window(query, page_size(first, MAX_PAGE), after)


async def citizen_cases(citizen_id: int, first: int = 20, after: str | None = None) -> CasePage:
    """The cases my ratings and reports opened, newest first."""
    return CasePage(await _page(RectificationCase.filter(citizen_id=citizen_id), first, after))


async def staff_cases(
    *,
    only_department_id: int | None,
    status: CaseStatus | None = None,
    department_code: str | None = None,
    first: int = 20,
    after: str | None = None,
) -> CasePage:
    """Cases for the desk: all of them (supervisor, ``only_department_id=None``) or one department's
    (a reviewer's own), filtered by status and department, newest first."""
    query = RectificationCase.all()
    if only_department_id is not None:
        query = query.filter(department_id=only_department_id)
    if department_code:
        query = query.filter(department__code=department_code.strip().upper())
    if status is not None:
        query = query.filter(status=status)
    return CasePage(await _page(query, first, after), await query.count())


async def departments_of(cases: list[RectificationCase]) -> dict[int, Department]:
    """The departments of many cases in one query."""
    ids = {c.department_id for c in cases if c.department_id is not None}
    return {d.id: d for d in await Department.filter(id__in=ids)} if ids else {}
