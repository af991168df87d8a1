from __future__ import annotations

import secrets

import pytest
import pytest_asyncio

from api.identity.models import User
from api.uploads.storage import UploadStore


async def make_user(name: str = "张三") -> User:
    return await User.create(user_handle=secrets.token_urlsafe(64), name=name, roles=["citizen"])


def files_in(directory) -> list:
    """Every file under ``directory`` (the temporary area included)."""
    return sorted(p for p in directory.rglob("*") if p.is_file()) if directory.exists() else []


@pytest.fixture
def store(tmp_path) -> UploadStore:
    return UploadStore(tmp_path / "uploads")


@pytest_asyncio.fixture
async def owner(database) -> User:
    return await make_user()
