"""Access tokens are verified as an attacker would try to forge them; refresh tokens rotate."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from datetime import datetime, timedelta

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from api import clock
from api.failures import Failure
from api.identity import tokens
from api.identity.enums import Role
from api.identity.models import RefreshToken, SigningKey
from api.identity.principal import PrincipalKind
from tests.identity.conftest import ORIGIN, sign_up


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unsigned(header: dict, payload: dict) -> str:
    return f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(payload).encode())}."


async def _rejected(keys, token: str) -> str:
    with pytest.raises(tokens.TokenRejected) as rejected:
        await keys.verify(token)
    return rejected.value.code


async def test_a_valid_token_names_the_user_and_roles(keys, authenticator):
    user = await sign_up(authenticator)
    session = await tokens.start_session(keys, user)
    claims = await keys.verify(session.access_token)
    assert claims["iss"] == ORIGIN and claims["aud"] == "onevisit-api"
    assert claims["exp"] - claims["iat"] == 600
    principal = tokens.principal_from_claims(claims, "10.0.0.1")
    assert principal.kind is PrincipalKind.USER and principal.user_id == user.id
    assert principal.roles == {Role.CITIZEN} and principal.address == "10.0.0.1"
    header = jwt.get_unverified_header(session.access_token)
    assert header["alg"] == "ES256" and header["typ"] == "at+jwt" and header["kid"]


async def test_forgeries_are_rejected_with_a_clear_code(keys, authenticator):
    user = await sign_up(authenticator)
    good = (await tokens.start_session(keys, user)).access_token
    header = jwt.get_unverified_header(good)
    ours = {"kid": header["kid"], "typ": header["typ"]}
    claims = jwt.decode(good, options={"verify_signature": False})

    # alg "none": no signature at all
    assert await _rejected(keys, _unsigned({**header, "alg": "none"}, claims)) == "TOKEN_ALGORITHM"
    # HS256 "signed" with the public key as the HMAC secret (algorithm confusion)
    public_pem = jwt.algorithms.ECAlgorithm.from_jwk(json.dumps(keys.jwks()["keys"][0])).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    signing_input = (
        f"{_b64(json.dumps({**header, 'alg': 'HS256'}).encode())}.{_b64(json.dumps(claims).encode())}"
    )
    mac = hmac.new(public_pem, signing_input.encode(), hashlib.sha256).digest()
    assert await _rejected(keys, f"{signing_input}.{_b64(mac)}") == "TOKEN_ALGORITHM"
    # RS256 with an attacker's key
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    assert await _rejected(keys, jwt.encode(claims, rsa_key, "RS256", headers=ours)) == "TOKEN_ALGORITHM"
    # ES256 signed by a key that is not ours, under our kid
    intruder = ec.generate_private_key(ec.SECP256R1())
    assert await _rejected(keys, jwt.encode(claims, intruder, "ES256", headers=ours)) == "TOKEN_SIGNATURE"
    # … or under a kid we never issued
    unknown = jwt.encode(claims, intruder, "ES256", headers={**ours, "kid": "not-our-key"})
    assert await _rejected(keys, unknown) == "TOKEN_UNKNOWN_KEY"
    # a tampered payload (roles raised to admin) with the original signature
    head, _, signature = good.split(".")
    tampered = f"{head}.{_b64(json.dumps({**claims, 'roles': ['admin']}).encode())}.{signature}"
    assert await _rejected(keys, tampered) == "TOKEN_SIGNATURE"
    # wrong audience, wrong issuer, expired (signed with our real key)
    assert await _rejected(keys, keys.sign("user:1", {"kind": "user", "aud": "other"})[0]) == "TOKEN_AUDIENCE"
    assert (
        await _rejected(keys, keys.sign("user:1", {"kind": "user", "iss": "https://x"})[0]) == "TOKEN_ISSUER"
    )
    past = int(time.time()) - 3600
    expired = keys.sign("user:1", {"kind": "user", "iat": past, "nbf": past, "exp": past + 600})[0]
    assert await _rejected(keys, expired) == "TOKEN_EXPIRED"
    # not a JWT at all
    assert await _rejected(keys, "garbage") == "TOKEN_MALFORMED"


async def test_key_rotation_keeps_old_tokens_valid_until_they_expire(keys, authenticator):
    user = await sign_up(authenticator)
    before = (await tokens.start_session(keys, user)).access_token
    new_kid = await tokens.rotate_signing_key()
    await keys.load()
    after = (await tokens.start_session(keys, user)).access_token
    assert jwt.get_unverified_header(after)["kid"] == new_kid != jwt.get_unverified_header(before)["kid"]
    assert (await keys.verify(before))["sub"] == (await keys.verify(after))["sub"]
    assert {k["kid"] for k in keys.jwks()["keys"]} >= {new_kid, jwt.get_unverified_header(before)["kid"]}

    # another process that has not seen the rotation learns the new key on first sight
    stale = tokens.KeyRing(issuer=ORIGIN, audience="onevisit-api")
    await stale.load()
    await tokens.rotate_signing_key()
    await keys.load()
    newest = (await tokens.start_session(keys, user)).access_token
    stale._loaded_at -= tokens.KEY_RELOAD_INTERVAL + 1
    assert (await stale.verify(newest))["sub"] == f"user:{user.id}"
    assert await SigningKey.filter(retired_at=None).count() == 1


async def test_a_token_verified_before_is_kept_until_its_key_leaves_the_ring_or_it_expires(
    keys, authenticator, monkeypatch
):
    user = await sign_up(authenticator)
    token = (await tokens.start_session(keys, user)).access_token
    first = await keys.verify(token)
    first["sub"] = "user:0"  # each caller gets its own copy: what is kept cannot be changed
    assert (await keys.verify(token))["sub"] == f"user:{user.id}"

    kid = jwt.get_unverified_header(token)["kid"]
    ring = dict(keys._keys)
    keys._keys.pop(kid)  # the key left the ring (retired longer ago than a token lives)
    keys._loaded_at = time.monotonic()  # and the ring was just read: nothing to reload
    assert await _rejected(keys, token) == "TOKEN_UNKNOWN_KEY"
    keys._keys = ring
    assert (await keys.verify(token))["sub"] == f"user:{user.id}"

    later = time.time() + tokens.ACCESS_TTL.total_seconds() + tokens.LEEWAY + 1

    class Later(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.fromtimestamp(later, tz)

    monkeypatch.setattr(tokens.time, "time", lambda: later)  # the kept verification's clock
    monkeypatch.setattr(jwt.api_jwt, "datetime", Later)  # PyJWT's
    assert await _rejected(keys, token) == "TOKEN_EXPIRED"


async def test_refresh_rotates_and_a_reused_token_revokes_the_family(keys, authenticator):
    user = await sign_up(authenticator)
    first = await tokens.start_session(keys, user)
    second = await tokens.refresh_session(keys, first.refresh_token)
    third = await tokens.refresh_session(keys, second.refresh_token)
    assert len({first.refresh_token, second.refresh_token, third.refresh_token}) == 3

    # the first token shows up again later (stolen and replayed): everything in its family dies
    later = clock.now() + tokens.REFRESH_GRACE + timedelta(seconds=1)
    with pytest.raises(Failure) as reused:
        await tokens.refresh_session(keys, first.refresh_token, now=later)
    assert reused.value.code == "REFRESH_REUSED"
    with pytest.raises(Failure) as revoked:
        await tokens.refresh_session(keys, third.refresh_token)
    assert revoked.value.code == "REFRESH_INVALID"

    # another device's session (another family) is untouched
    other = await tokens.start_session(keys, user)
    assert await tokens.refresh_session(keys, other.refresh_token)
    assert await RefreshToken.filter(token_hash__not="").count() >= 5


async def test_a_token_presented_again_within_the_grace_window_gets_a_session_of_its_family(
    keys, authenticator
):
    """A tab whose refresh reply was lost sends the spent token again: it is not signed out."""
    user = await sign_up(authenticator)
    first = await tokens.start_session(keys, user)
    spent_at = clock.now()
    lost = await tokens.refresh_session(keys, first.refresh_token, now=spent_at)
    retried = await tokens.refresh_session(
        keys, first.refresh_token, now=spent_at + tokens.REFRESH_GRACE - timedelta(seconds=1)
    )
    assert retried.user.id == user.id and retried.refresh_token != lost.refresh_token
    family = (await RefreshToken.get(token_hash=tokens._hash(first.refresh_token))).family
    assert {r.family for r in await RefreshToken.filter(user=user)} == {family}
    # both successors work (each once): the one that reached the browser's cookie jar goes on
    assert await tokens.refresh_session(keys, retried.refresh_token)
    assert await tokens.refresh_session(keys, lost.refresh_token)
    assert not await RefreshToken.filter(family=family, revoked_at__not_isnull=True).exists()


async def test_a_token_presented_again_after_the_grace_window_revokes_the_family(keys, authenticator):
    user = await sign_up(authenticator)
    first = await tokens.start_session(keys, user)
    spent_at = clock.now()
    successor = await tokens.refresh_session(keys, first.refresh_token, now=spent_at)
    with pytest.raises(Failure) as reused:
        await tokens.refresh_session(
            keys, first.refresh_token, now=spent_at + tokens.REFRESH_GRACE + timedelta(seconds=1)
        )
    assert reused.value.code == "REFRESH_REUSED"
    with pytest.raises(Failure) as revoked:
        await tokens.refresh_session(keys, successor.refresh_token)
    assert revoked.value.code == "REFRESH_INVALID"


async def test_sign_out_ends_the_refresh_family(keys, authenticator):
    user = await sign_up(authenticator)
    session = await tokens.refresh_session(keys, (await tokens.start_session(keys, user)).refresh_token)
    await tokens.sign_out(session.refresh_token)
    with pytest.raises(Failure) as ended:
        await tokens.refresh_session(keys, session.refresh_token)
    assert ended.value.code == "REFRESH_INVALID"
    with pytest.raises(Failure):
        await tokens.refresh_session(keys, "never-issued")
