"""``rotate-data-key``: every encrypted column ends up under the newest key, blind indexes are
recomputed, old data stays readable (and findable) before and while it runs, a second run changes
nothing, and rows written before encryption at rest get encrypted."""

from __future__ import annotations

import asyncio
import base64
import os
import sys

import pytest

from api import crypto_at_rest
from api.crypto_rotation import remaining_under_other_keys, rotate_data_key
from api.identity.id_numbers import user_with_id_number
from api.identity.models import SigningKey, User
from api.identity.tokens import rotate_signing_key
from api.settings import ROOT
from api.wallet import keys as wallet_keys
from api.wallet.models import IssuerKey
from notifications.models import VapidKey
from notifications.vapid import ensure_key
from tests.conftest import TEST_DATA_KEYS
from tests.identity import ids
from tests.notifications.conftest import application

NEW = "new2:" + base64.b64encode(bytes(range(100, 132))).decode()


@pytest.fixture
def keep_ring():
    saved = crypto_at_rest.ring()
    yield
    crypto_at_rest.configure(saved)


def _mark(n: int) -> str:
    return f"${n}" if User._meta.db.capabilities.dialect == "postgres" else "?"


async def _column(model, column: str) -> list:
    meta = model._meta
    rows = await meta.db.execute_query_dict(f'SELECT "{column}" FROM "{meta.db_table}" ORDER BY "id"')
    return [r[column] for r in rows]


async def test_rotation_re_encrypts_everything_and_old_data_stays_readable(database, keep_ring):
    numbers = [ids.resident_id() for _ in range(5)]
    for i, number in enumerate(numbers):
        await User.create(user_handle=f"u{i}", name=f"市民{i}", phone=ids.phone(), id_number=number)
    await User.create(user_handle="staff", name="职员", phone=ids.phone())  # no ID number
    await rotate_signing_key()
    await wallet_keys.rotate(None)
    await ensure_key()
    pems = {m: (await m.first()).private_pem for m in (SigningKey, IssuerKey, VapidKey)}
    form = await application(await User.get(user_handle="u0"))
    form.data = {"id_number": numbers[0]}
    await form.save()
    # a row written before encryption at rest (an upgraded database): plaintext, no blind index
    legacy = ids.resident_id()
    old = await User.create(user_handle="old", name="旧", phone=ids.phone())
    await User._meta.db.execute_query(
        f'UPDATE "identity_user" SET "id_number" = {_mark(1)} WHERE "id" = {_mark(2)}', [legacy, old.id]
    )

    # the operator puts a new key first and restarts: nothing is rewritten yet
    crypto_at_rest.configure(f"{NEW},{TEST_DATA_KEYS}")
    assert all(
        v is None or v.startswith("ov1.test1.") or v == legacy for v in await _column(User, "id_number")
    )
    for number in numbers:  # old rows are readable and found by their old blind index
        found = await user_with_id_number(number)
        assert found is not None and found.id_number == number
    # written meanwhile: under the new key, and found too
    fresh = ids.resident_id()
    await User.create(user_handle="fresh", name="新", phone=ids.phone(), id_number=fresh)
    assert (await user_with_id_number(fresh)).id_number == fresh
    assert await remaining_under_other_keys() == 5 + 3 + 1 + 1

    report = await rotate_data_key(batch_size=2)  # several batches
    users = report.columns["identity_user.id_number"]
    assert (users.reencrypted, users.encrypted, users.skipped) == (5, 1, 0)
    assert users.reindexed == 6  # the five old ones and the plaintext one
    for table in ("identity_signing_key", "wallet_issuer_key", "notifications_vapid_key"):
        assert report.columns[f"{table}.private_pem"].reencrypted == 1
    assert report.columns["applications_application.data"].reencrypted == 1
    assert report.remaining == 0 and report.key == "new2"

    stored = [v for v in await _column(User, "id_number") if v is not None]
    assert len(stored) == 7 and all(v.startswith("ov1.new2.") for v in stored)
    for model in pems:
        assert all(v.startswith("ov1.new2.") for v in await _column(model, "private_pem"))

    # idempotent
    again = await rotate_data_key()
    assert again.changed == 0 and again.remaining == 0

    # the old key can go: everything reads and is found with the new key alone
    crypto_at_rest.configure(NEW)
    for number in [*numbers, legacy, fresh]:
        found = await user_with_id_number(number)
        assert found is not None and found.id_number == number
    for model, pem in pems.items():
        assert (await model.first()).private_pem == pem
    assert (await type(form).get(id=form.id)).data == {"id_number": numbers[0]}


async def test_rotation_stops_on_a_tampered_value_without_writing_it(database, keep_ring):
    user = await User.create(user_handle="t", name="甲", phone=ids.phone(), id_number=ids.resident_id())
    [raw] = await _column(User, "id_number")
    forged = raw[:-4] + ("AAAA" if raw[-4:] != "AAAA" else "BBBB")
    await User._meta.db.execute_query(
        f'UPDATE "identity_user" SET "id_number" = {_mark(1)} WHERE "id" = {_mark(2)}', [forged, user.id]
    )
    crypto_at_rest.configure(f"{NEW},{TEST_DATA_KEYS}")
    with pytest.raises(crypto_at_rest.DecryptionError):
        await rotate_data_key()
    assert await _column(User, "id_number") == [forged]


async def test_the_command_line(tmp_path, keep_ring):
    database = f"sqlite://{tmp_path / 'cli.sqlite3'}"
    env = {**os.environ, "DATABASE_URL": database}

    async def run(*args: str, keys: str) -> tuple[int, str]:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "api",
            *args,
            cwd=ROOT,
            env={**env, "ONEVISIT_DATA_KEYS": keys},
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        output, _ = await process.communicate()
        return process.returncode, output.decode()

    code, out = await run("rotate-data-key", "--new-key", keys=TEST_DATA_KEYS)
    assert code == 0 and crypto_at_rest.KeyRing.parse(out.strip()).current.secret
    code, out = await run("rotate-keys", keys=TEST_DATA_KEYS)  # a JWT signing key, under test1
    assert code == 0, out
    code, out = await run("rotate-data-key", keys=f"{NEW},{TEST_DATA_KEYS}")
    assert code == 0, out
    assert "identity_signing_key.private_pem: 1 re-encrypted" in out
    assert "0 value(s) still under other keys" in out
    code, out = await run("rotate-data-key", keys=NEW)
    assert code == 0 and "identity_signing_key.private_pem: 0 re-encrypted" in out
