"""Catalogue administration on real databases: the demo catalogue loaded as revision 1, admins."""

from __future__ import annotations

import copy
import secrets
from typing import Any

import pytest_asyncio
from webauthn.helpers import bytes_to_base64url

from api.catalog.loader import load_catalog
from api.catalog_admin.policies import AdminScope
from api.catalog_admin.services import drafts
from api.identity.enums import Role
from api.identity.models import User
from tests.identity import ids


async def make_admin(name: str) -> User:
    return await User.create(
        user_handle=bytes_to_base64url(secrets.token_bytes(64)),
        name=name,
        phone=ids.phone(),
        roles=[Role.CATALOG_ADMIN.value],
        staff=True,
    )


@pytest_asyncio.fixture
async def loaded(database, demo_source):
    result = await load_catalog(demo_source)
    assert result.revision == 1  # the first load is revision 1
    return demo_source


@pytest_asyncio.fixture
async def admin(loaded) -> AdminScope:
    return AdminScope((await make_admin("目录管理员甲")).id)


async def entry(scope: AdminScope, section: str, code: str) -> dict[str, Any]:
    """A copy of the entry as the editor sees it (from the draft, else the current revision)."""
    draft = await drafts.draft_of(scope.user_id)
    document = (
        drafts.draft_document(draft)
        if draft
        else await drafts.revision_document(await drafts.current_revision_number())
    )
    return copy.deepcopy(next(row for row in document[section] if row.get("code") == code))
