"""The demo's appointment slots (``serve --demo`` only): the 长安区市民中心 (SM, open on Saturdays and
Sundays) publishes any-item slots for the next two weeks, so a newcomer can book, check in at
/hall/SM and be called at /hall/SM/desk at once. Idempotent (slots already published are kept).
Hall CA is left to its clerks' publishing form (/hall/CA/desk), as the browser tests expect."""

from __future__ import annotations

from datetime import timedelta

from api import clock
from api.appointments.services import parse_periods, publish_slots
from api.catalog.entities import Catalog

DEMO_HALL = "SM"
DEMO_DAYS = 14
DEMO_PERIODS = ("09:00-12:00", "13:00-17:00")
DEMO_CAPACITY = 5


async def seed_demo_slots(catalog: Catalog) -> int:
    """How many slots were added (none when the catalogue has no such hall)."""
    if all(hall.code != DEMO_HALL for hall in catalog.halls):
        return 0
    today = clock.local_date(clock.now())
    published = await publish_slots(
        catalog,
        DEMO_HALL,
        None,
        today,
        today + timedelta(days=DEMO_DAYS - 1),
        parse_periods(list(DEMO_PERIODS)),
        DEMO_CAPACITY,
        30,
    )
    return published.created
