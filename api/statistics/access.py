"""One statistics request as the desk and the export route make it: who asks, which period, hall and
department; the hall is checked (``policies.hall_for``), "today" comes from the clock."""

from __future__ import annotations

from datetime import date

from api import clock
from api.catalog.entities import Catalog
from api.identity.principal import Principal
from api.statistics import policies
from api.statistics.scope import resolve
from api.statistics.services import Report, report


async def statistics_for(
    principal: Principal,
    catalog: Catalog,
    start: date,
    end: date,
    hall_code: str | None = None,
    department_code: str | None = None,
) -> Report:
    hall = await policies.hall_for(principal, hall_code)
    return await report(resolve(catalog, start, end, clock.today(), hall, department_code or None))
