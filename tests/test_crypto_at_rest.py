"""Secrets at rest: AES-256-GCM values carrying their key id and nonce, a blind index for ID-number
lookups, the encrypted model field, and where the key comes from (environment, development file,
never missing in production). Raw rows are read with SQL on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import os
import stat

import pytest
from tortoise.exceptions import IntegrityError

from api import crypto_at_rest
from api.crypto_at_rest import DataKeyError, DecryptionError, KeyRing
from api.identity.id_numbers import id_number_hash, id_number_taken, matching, user_with_id_number
from api.identity.models import SigningKey, User
from api.identity.tokens import rotate_signing_key
from api.settings import Settings
from api.wallet import keys as wallet_keys
from api.wallet.models import IssuerKey
from notifications.models import VapidKey
from notifications.vapid import ensure_key
from tests.conftest import TEST_DATA_KEYS
from tests.identity import ids

OTHER = "k2:" + base64.b64encode(bytes(range(32))).decode()


@pytest.fixture
def keep_ring():
    saved = crypto_at_rest.ring()
    yield
    crypto_at_rest.configure(saved)


def test_a_value_carries_its_key_id_and_a_fresh_nonce():
    ring = KeyRing.parse(TEST_DATA_KEYS)
    one, two = ring.encrypt("110105194912310021", "t.c"), ring.encrypt("110105194912310021", "t.c")
    assert one.startswith("ov1.test1.") and one != two  # random nonce: equal plaintexts differ
    assert "110105194912310021" not in one
    assert ring.decrypt(one, "t.c") == ring.decrypt(two, "t.c") == "110105194912310021"


@pytest.mark.parametrize(
    "damage",
    [
        lambda t: t[:-2] + ("A" if t[-2] != "A" else "B") + t[-1],  # a flipped bit in the tag
        lambda t: t[:20] + ("A" if t[20] != "A" else "B") + t[21:],  # in the nonce or ciphertext
        lambda t: t[:30],  # truncated
        lambda t: t.replace("ov1.test1.", "ov1.nokey."),  # a key the ring does not have
        lambda t: t + "!!",  # not base64
        lambda t: t.replace("ov1.", "ov2."),
    ],
)
def test_a_tampered_value_fails_loudly(damage):
    ring = KeyRing.parse(TEST_DATA_KEYS)
    token = ring.encrypt("-----BEGIN PRIVATE KEY-----", "t.c")
    with pytest.raises(DecryptionError):
        ring.decrypt(damage(token), "t.c")


def test_a_value_moved_to_another_column_does_not_decrypt():
    ring = KeyRing.parse(TEST_DATA_KEYS)
    with pytest.raises(DecryptionError, match="tampered or moved"):
        ring.decrypt(ring.encrypt("secret", "identity_user.id_number"), "identity_user.name")


def test_key_rings_from_the_environment_spelling():
    secret = os.urandom(32)
    single = KeyRing.parse(base64.b64encode(secret).decode())
    assert single.current.secret == secret and single.current.kid.startswith("k")
    ring = KeyRing.parse(f"{OTHER}, {TEST_DATA_KEYS}")
    assert ring.current.kid == "k2" and set(ring.keys) == {"k2", "test1"}
    old = KeyRing.parse(TEST_DATA_KEYS).encrypt("x", "c")
    assert ring.decrypt(old, "c") == "x"  # older keys of the ring still decrypt
    assert ring.key_of(ring.encrypt("x", "c")) == "k2"  # the first one encrypts
    for bad in ("", "a:" + base64.b64encode(b"short").decode(), "bad kid!:" + TEST_DATA_KEYS[6:], "%%%"):
        with pytest.raises(DataKeyError):
            KeyRing.parse(bad)
    with pytest.raises(DataKeyError, match="same id"):
        KeyRing.parse(f"{TEST_DATA_KEYS},{TEST_DATA_KEYS}")


def test_the_blind_index_is_keyed():
    ring, other = KeyRing.parse(TEST_DATA_KEYS), KeyRing.parse(OTHER)
    number = "11010519491231002X"
    assert ring.blind_index(number) == ring.blind_index(number)
    assert ring.blind_index(number) != other.blind_index(number)
    assert len(ring.blind_index(number)) == 64
    both = KeyRing.parse(f"{OTHER},{TEST_DATA_KEYS}")
    assert both.blind_indexes(number) == [other.blind_index(number), ring.blind_index(number)]


async def _raw(model, pk: int, *columns: str) -> dict:
    meta = model._meta
    select = ", ".join(f'"{c}"' for c in columns)
    [row] = await meta.db.execute_query_dict(f'SELECT {select} FROM "{meta.db_table}" WHERE "id" = {int(pk)}')
    return row


async def test_id_numbers_are_encrypted_in_the_row_and_found_by_their_blind_index(database):
    number = ids.resident_id()
    user = await User.create(user_handle="h1", name="张三", phone=ids.phone(), id_number=number)
    row = await _raw(User, user.id, "id_number", "id_number_hash")
    assert row["id_number"] != number and number not in row["id_number"]
    assert row["id_number"].startswith("ov1.test1.")
    assert row["id_number_hash"] == crypto_at_rest.blind_index(number) == id_number_hash(number)

    assert (await User.get(id=user.id)).id_number == number  # model code reads plaintext
    assert (await User.filter(id=user.id).values_list("id_number", flat=True)) == [number]
    found = await user_with_id_number(number.lower())
    assert found is not None and found.id == user.id
    assert await id_number_taken(number) and not await id_number_taken(number, except_user_id=user.id)
    assert await User.filter(matching(number)).count() == 1
    assert await user_with_id_number(ids.resident_id()) is None
    with pytest.raises(TypeError, match="cannot be filtered"):
        await User.filter(id_number=number).exists()

    with pytest.raises(IntegrityError):  # the blind index is unique: one account per ID number
        await User.create(user_handle="h2", name="李四", phone=ids.phone(), id_number=number)

    changed = ids.resident_id()
    user.id_number = changed
    await user.save(update_fields=["id_number"])  # the hash follows, even when not named
    assert (await _raw(User, user.id, "id_number_hash"))["id_number_hash"] == id_number_hash(changed)
    assert await user_with_id_number(number) is None
    user.id_number = None
    await user.save()
    assert (await _raw(User, user.id, "id_number", "id_number_hash")) == {
        "id_number": None,
        "id_number_hash": None,
    }


async def test_signing_keys_are_encrypted_in_the_row(database):
    await rotate_signing_key()
    await wallet_keys.rotate(None)
    await ensure_key()
    for model in (SigningKey, IssuerKey, VapidKey):
        obj = await model.first()
        raw = (await _raw(model, obj.id, "private_pem"))["private_pem"]
        assert raw.startswith("ov1.test1.") and "PRIVATE KEY" not in raw
        assert obj.private_pem.startswith("-----BEGIN PRIVATE KEY-----")


async def test_json_that_carries_id_numbers_is_encrypted_in_the_row(database, demo_source):
    """Application form data, licence fields and sign-up details hold ID numbers (the applicant's and
    third parties'): stored encrypted, read back as the same JSON."""
    from datetime import timedelta

    from api import clock
    from api.catalog.loader import load_catalog
    from api.identity.enums import ChallengePurpose
    from api.identity.models import WebAuthnChallenge
    from api.wallet.models import Licence
    from tests.notifications.conftest import application
    from tests.wallet.factories import BUSINESS_FIELDS, business_licence

    await load_catalog(demo_source)
    holder = await User.create(user_handle="h4", name="赵六", phone=ids.phone(), id_number=ids.resident_id())
    spouse = ids.resident_id()
    app = await application(holder)
    app.data = {"spouse_id_number": spouse, "names": ["赵六", "钱七"], "n": 2}
    await app.save()
    licence = await business_licence(holder)
    challenge = await WebAuthnChallenge.create(
        challenge="c" * 43,
        purpose=ChallengePurpose.REGISTER,
        profile={"name": "孙八", "phone": "13900000000", "id_number": spouse},
        expires_at=clock.now() + timedelta(minutes=5),
    )
    for model, pk, column, secret in (
        (type(app), app.id, "data", spouse),
        (Licence, licence.id, "key_fields", BUSINESS_FIELDS["id_number"]),
        (WebAuthnChallenge, challenge.id, "profile", spouse),
    ):
        raw = (await _raw(model, pk, column))[column]
        assert raw.startswith("ov1.test1.") and secret not in raw, column
    assert (await type(app).get(id=app.id)).data == {
        "spouse_id_number": spouse,
        "names": ["赵六", "钱七"],
        "n": 2,
    }
    assert (await Licence.get(id=licence.id)).key_fields["id_number"] == BUSINESS_FIELDS["id_number"]
    assert (await WebAuthnChallenge.get(id=challenge.id)).profile["id_number"] == spouse


async def test_a_tampered_row_fails_loudly_when_read(database):
    user = await User.create(user_handle="h3", name="王五", phone=ids.phone(), id_number=ids.resident_id())
    raw = (await _raw(User, user.id, "id_number"))["id_number"]
    forged = raw[:-3] + ("AAA" if raw[-3:] != "AAA" else "BBB")
    marks = ("$1", "$2") if User._meta.db.capabilities.dialect == "postgres" else ("?", "?")
    await User._meta.db.execute_query(
        f'UPDATE "identity_user" SET "id_number" = {marks[0]} WHERE "id" = {marks[1]}', [forged, user.id]
    )
    with pytest.raises(DecryptionError):
        await User.get(id=user.id)


def test_development_generates_a_key_file_once_and_production_refuses(tmp_path, monkeypatch, keep_ring):
    monkeypatch.delenv("ONEVISIT_DATA_KEYS")
    key_file = tmp_path / "var" / "data-key"
    with pytest.raises(DataKeyError, match="required in production"):
        Settings(production=True, data_key_file=key_file).setup_data_keys()
    assert not key_file.exists()

    first = Settings(data_key_file=key_file).setup_data_keys()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    again = Settings(data_key_file=key_file).setup_data_keys()
    assert again.current == first.current  # the same key at every start

    monkeypatch.setenv("ONEVISIT_ENV", "production")
    monkeypatch.setenv("ONEVISIT_DATA_KEY", base64.b64encode(os.urandom(32)).decode())
    assert Settings.from_env().setup_data_keys().current.kid != first.current.kid
    monkeypatch.delenv("ONEVISIT_DATA_KEY")
    with pytest.raises(DataKeyError):
        Settings.from_env().setup_data_keys()
