"""Appointments fixtures: the demo catalogue, people made in bulk, a fixed "now" before National Day 2025."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime

import pytest_asyncio
from webauthn.helpers import bytes_to_base64url

from api.appointments import services
from api.appointments.models import Slot
from api.catalog.entities import Catalog
from api.catalog.loader import load_catalog
from api.catalog.snapshot import CatalogCache
from api.identity.enums import Role
from api.identity.models import User

CHINA = services.CHINA
# a Thursday before the 2025 National Day holiday (1–8 Oct; make-up workdays Sun 28 Sep, Sat 11 Oct)
NOW = datetime(2025, 9, 25, 10, 0, tzinfo=CHINA)
HALL = "CA"  # 长安区政务服务中心
ITEM = "CG01"  # an item handled at CA
OTHER_ITEM = "CL01"  # another item handled at CA
ELSEWHERE = "GA02"  # an item handled at SM, not at CA


async def people(count: int, roles: tuple[Role, ...] = (Role.CITIZEN,)) -> list[User]:
    """``count`` people in one INSERT (burst tests need hundreds)."""
    tag = secrets.token_hex(4)
    await User.bulk_create(
        [
            User(
                user_handle=bytes_to_base64url(secrets.token_bytes(64)),
                name=f"市民{tag}-{n}",
                roles=[r.value for r in roles],
            )
            for n in range(count)
        ]
    )
    return await User.filter(name__startswith=f"市民{tag}-").order_by("id")


async def one_slot(
    catalog: Catalog,
    day: date,
    at: str = "09:00-09:30",
    capacity: int = 10,
    item: str | None = ITEM,
) -> Slot:
    published = await services.publish_slots(
        catalog, HALL, item, day, day, [services.parse_period(at)], capacity, now=NOW
    )
    assert published.created == 1
    start = datetime.combine(day, services.parse_period(at).start, CHINA)
    return await Slot.get(hall_code=HALL, item_code=item or "", starts_at=start)


@dataclass
class World:
    catalog: Catalog
    database_url: str


@pytest_asyncio.fixture
async def world(database, demo_source) -> World:
    await load_catalog(demo_source)
    return World(catalog=await CatalogCache(0).get(), database_url=database)
