"""An applicant, a helper, the demo catalogue and uploads — and form data built from the form schema."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

import pytest_asyncio
from webauthn.helpers import bytes_to_base64url

from api.applications.enums import ActorKind
from api.applications.workflow import Actor
from api.catalog import forms
from api.catalog.entities import Catalog
from api.catalog.loader import load_catalog
from api.catalog.snapshot import CatalogCache
from api.identity.enums import Role
from api.identity.models import User
from api.uploads.models import Upload
from tests.identity import ids

SAMPLES = {"signboard_size": "6×1.2"}  # fields whose pattern a generic value would not match


def sample_value(field: dict):
    """A valid value for one field of a stored form schema."""
    if field["code"] in SAMPLES:
        return SAMPLES[field["code"]]
    rules, kind = field["rules"], field["type"]
    if kind in ("text", "textarea"):
        return "示例" * max(1, (rules.get("min_length") or 2) // 2 + 1)
    if kind == "address":
        return "陕西省西安市雁塔区科技路100号"
    if kind == "date":
        return "2020-05-01"
    if kind == "phone":
        return "13912345678"
    if kind == "id_number":
        return ids.resident_id()
    if kind == "credit_code":
        return ids.credit_code()
    if kind in ("number", "money"):
        return str(max(1, int(float(rules.get("min") or 1))))
    if kind == "choice":
        return rules["choices"][0]["value"]
    if kind == "multi_choice":
        return [rules["choices"][0]["value"]]
    if kind == "boolean":
        return True
    if kind == "email":
        return "applicant@example.cn"
    raise AssertionError(f"no sample for {kind}")


def valid_data(schema: forms.FormSchema) -> dict:
    return {f["code"]: sample_value(f) for f in schema.to_json()["fields"]}


@dataclass
class World:
    catalog: Catalog
    citizen: User
    other: User
    helper: User

    @property
    def as_citizen(self) -> Actor:
        return Actor(ActorKind.APPLICANT, self.citizen.id)


async def make_user(name: str, roles: list[Role]) -> User:
    return await User.create(
        user_handle=bytes_to_base64url(secrets.token_bytes(64)),
        name=name,
        phone=ids.phone(),
        id_number=ids.resident_id() if Role.CITIZEN in roles else None,
        roles=[r.value for r in roles],
        staff=Role.CITIZEN not in roles,
    )


async def make_upload(owner: User, content_type: str = "image/jpeg") -> Upload:
    digest = hashlib.sha256(secrets.token_bytes(16)).hexdigest()
    return await Upload.create(
        owner=owner, sha256=digest, content_type=content_type, size=1234, original_name="材料.jpg"
    )


@pytest_asyncio.fixture
async def world(database, demo_source) -> World:
    await load_catalog(demo_source)
    catalog = await CatalogCache(0).get()
    return World(
        catalog=catalog,
        citizen=await make_user("申请人甲", [Role.CITIZEN]),
        other=await make_user("路人乙", [Role.CITIZEN]),
        helper=await make_user("帮办丙", [Role.HELPER]),
    )


async def uploads_for(world: World, code: str, owner: User | None = None) -> list:
    """One upload per material the applicant must hand in (not the 免提交 ones)."""
    from api.applications import services

    plan = services.material_plan(world.catalog.entry(code))
    materials = []
    for line in plan:
        if line.status == "missing":
            upload = await make_upload(owner or world.citizen)
            materials.append(services.MaterialInput(line.material_code, upload.public_id))
    return materials
