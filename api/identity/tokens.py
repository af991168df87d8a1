"""Access tokens (short-lived ES256 JWTs with ``kid`` rotation) and refresh tokens (opaque, rotated on
every use; a reused one revokes its whole family, unless it comes back within a short grace window:
a tab whose refresh reply was lost, or two tabs refreshing at once, are not signed out).

Browsers never see refresh tokens in script: they travel in an HttpOnly cookie limited to ``/auth``
(``api.web.session_cookie``)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from jwt.algorithms import ECAlgorithm
from tortoise.expressions import Q

from api import clock
from api.failures import Failure
from api.identity.enums import Role, Scope
from api.identity.errors import IdentityError
from api.identity.models import RefreshToken, SigningKey, User
from api.identity.principal import Principal, PrincipalKind
from api.unit_of_work import changing

ALGORITHM = "ES256"  # pinned: nothing else is ever accepted
TOKEN_TYPE = "at+jwt"  # RFC 9068
ACCESS_TTL = timedelta(minutes=10)
LEEWAY = 5  # seconds of clock skew allowed on exp/iat/nbf
VERIFIED_KEPT = 4096  # verified tokens remembered per process (about 3 MB)
REFRESH_TTL = timedelta(days=30)
# A spent refresh token presented again this soon after its first use gets a fresh token of the same
# family instead of revoking it: the first reply may have been lost (a tab closed, a dropped network).
REFRESH_GRACE = timedelta(seconds=45)
KEY_RELOAD_INTERVAL = 30.0  # seconds between reloads of the key ring on an unknown kid


class TokenRejected(Failure):
    """A bearer token that must not be honoured; ``code`` says why."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_signing_key() -> tuple[str, str, dict[str, Any]]:
    """A fresh P-256 key: (kid, private PEM, public JWK)."""
    private = ec.generate_private_key(ec.SECP256R1())
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    jwk = json.loads(ECAlgorithm.to_jwk(private.public_key()))
    kid = hashlib.sha256(json.dumps(jwk, sort_keys=True).encode()).hexdigest()[:16]
    jwk.update(kid=kid, use="sig", alg=ALGORITHM)
    return kid, pem, jwk


async def rotate_signing_key() -> str:
    """Start signing with a new key. Older keys keep verifying until their tokens have expired."""
    kid, pem, jwk = new_signing_key()
    async with changing():
        await SigningKey.create(kid=kid, private_pem=pem, public_jwk=jwk)
        await SigningKey.filter(retired_at=None).exclude(kid=kid).update(retired_at=clock.now())
    return kid


@dataclass
class _Key:
    kid: str
    public: ec.EllipticCurvePublicKey
    private_pem: str | None  # only the current signing key's is kept
    jwk: dict[str, Any]


def _public_key(jwk: dict[str, Any]) -> ec.EllipticCurvePublicKey:
    key = ECAlgorithm.from_jwk(json.dumps(jwk))
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise ValueError("a signing key's stored JWK must be a public key")
    return key


class KeyRing:
    """The keys of this process: the newest active key signs, every key still in use verifies."""

    def __init__(self, issuer: str, audience: str):
        self.issuer = issuer
        self.audience = audience
        self._keys: dict[str, _Key] = {}
        self._signing: _Key | None = None
        self._loaded_at = float("-inf")
        self._lock = asyncio.Lock()
        self._verified: dict[str, tuple[dict[str, Any], str]] = {}  # token → its claims and key id

    async def load(self) -> None:
        """Read the keys from the database, creating the first one if there is none."""
        async with self._lock:
            if not await SigningKey.filter(retired_at=None).exists():
                await rotate_signing_key()
            # keys retired longer ago than a token lives can no longer verify anything
            horizon = clock.now() - ACCESS_TTL - timedelta(minutes=1)
            rows = await SigningKey.filter(Q(retired_at=None) | Q(retired_at__gte=horizon)).order_by(
                "-created_at", "-id"
            )
            keys: dict[str, _Key] = {}
            signing = None
            for row in rows:
                key = _Key(row.kid, _public_key(row.public_jwk), None, row.public_jwk)
                if signing is None and row.retired_at is None:
                    key.private_pem = row.private_pem
                    signing = key
                keys[row.kid] = key
            self._keys, self._signing, self._loaded_at = keys, signing, time.monotonic()

    def jwks(self) -> dict[str, Any]:
        return {"keys": [k.jwk for k in self._keys.values()]}

    def sign(self, subject: str, claims: dict[str, Any], ttl: timedelta = ACCESS_TTL) -> tuple[str, int]:
        assert self._signing is not None and self._signing.private_pem is not None, "KeyRing.load() first"
        now = int(time.time())
        payload = {
            "iss": self.issuer,
            "aud": self.audience,
            "sub": subject,
            "iat": now,
            "nbf": now,
            "exp": now + int(ttl.total_seconds()),
            "jti": secrets.token_urlsafe(12),
            **claims,
        }
        headers = {"kid": self._signing.kid, "typ": TOKEN_TYPE}
        return jwt.encode(payload, self._signing.private_pem, algorithm=ALGORITHM, headers=headers), int(
            ttl.total_seconds()
        )

    async def verify(self, token: str) -> dict[str, Any]:
        """The claims of a valid access token, or TokenRejected naming what is wrong. A token verified
        before is not checked again (an ECDSA verification is a third of a small read's CPU) while its
        key is still on the ring and it has not expired."""
        kept = self._verified.get(token)
        if kept is not None:
            claims, kid = kept
            if kid in self._keys and time.time() < claims["exp"] + LEEWAY:
                return dict(claims)
            del self._verified[token]
        claims = await self._verify(token)
        self._verified[token] = (claims, str(jwt.get_unverified_header(token)["kid"]))
        while len(self._verified) > VERIFIED_KEPT:
            del self._verified[next(iter(self._verified))]  # the oldest first
        return dict(claims)

    async def _verify(self, token: str) -> dict[str, Any]:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.InvalidTokenError as exc:  # not decodable, or a malformed header (kid, crit, …)
            raise TokenRejected(IdentityError.TOKEN_MALFORMED) from exc
        if header.get("alg") != ALGORITHM:
            raise TokenRejected(IdentityError.TOKEN_ALGORITHM, alg=repr(header.get("alg")), allowed=ALGORITHM)
        if header.get("typ") != TOKEN_TYPE:
            raise TokenRejected(IdentityError.TOKEN_TYPE)
        kid = header.get("kid")
        key = self._keys.get(kid) if isinstance(kid, str) else None
        if key is None and isinstance(kid, str) and time.monotonic() - self._loaded_at > KEY_RELOAD_INTERVAL:
            await self.load()  # another process may have rotated
            key = self._keys.get(kid)
        if key is None:
            raise TokenRejected(IdentityError.TOKEN_UNKNOWN_KEY)
        try:
            return jwt.decode(
                token,
                key.public,
                algorithms=[ALGORITHM],
                audience=self.audience,
                issuer=self.issuer,
                options={"require": ["exp", "iat", "iss", "aud", "sub"]},
                leeway=LEEWAY,
            )
        except jwt.ExpiredSignatureError as exc:
            raise TokenRejected(IdentityError.TOKEN_EXPIRED) from exc
        except jwt.InvalidAudienceError as exc:
            raise TokenRejected(IdentityError.TOKEN_AUDIENCE) from exc
        except jwt.InvalidIssuerError as exc:
            raise TokenRejected(IdentityError.TOKEN_ISSUER) from exc
        except jwt.InvalidSignatureError as exc:
            raise TokenRejected(IdentityError.TOKEN_SIGNATURE) from exc
        except jwt.PyJWTError as exc:
            raise TokenRejected(IdentityError.TOKEN_INVALID, reason=str(exc)) from exc


def user_claims(user: User) -> dict[str, Any]:
    claims: dict[str, Any] = {"kind": PrincipalKind.USER.value, "roles": sorted(user.roles)}
    if user.department_id is not None:
        claims["dept"] = user.department_id
    return claims


def principal_from_claims(claims: dict[str, Any], address: str = "") -> Principal:
    kind, _, ident = str(claims["sub"]).partition(":")
    try:
        if kind == PrincipalKind.USER and claims.get("kind") == PrincipalKind.USER:
            return Principal(
                PrincipalKind.USER,
                user_id=int(ident),
                roles=frozenset(Role(r) for r in claims.get("roles", [])),
                department_id=claims.get("dept"),
                address=address,
            )
        if kind == PrincipalKind.CLIENT and claims.get("kind") == PrincipalKind.CLIENT:
            return Principal(
                PrincipalKind.CLIENT,
                client_id=int(ident),
                scopes=frozenset(Scope(s) for s in str(claims.get("scope", "")).split()),
                address=address,
                acting_for=int(claims["cit"]) if "cit" in claims else None,
                token_family=str(claims["fam"]) if "fam" in claims else None,
            )
    except ValueError:
        pass
    raise TokenRejected(IdentityError.TOKEN_INVALID, reason="its subject or claims are not valid")


@dataclass(frozen=True)
class Session:
    user: User
    access_token: str
    expires_in: int
    refresh_token: str


async def start_session(keys: KeyRing, user: User, family: str | None = None) -> Session:
    """Tokens for a user who just proved who they are (or rotated a refresh token)."""
    refresh = secrets.token_urlsafe(32)
    await RefreshToken.create(
        token_hash=_hash(refresh),
        family=family or secrets.token_urlsafe(16),
        user=user,
        expires_at=clock.now() + REFRESH_TTL,
    )
    access, expires_in = keys.sign(f"user:{user.id}", user_claims(user))
    return Session(user, access, expires_in, refresh)


def _refresh_invalid() -> Failure:
    return Failure(IdentityError.REFRESH_INVALID)


async def refresh_session(keys: KeyRing, token: str, *, now: datetime | None = None) -> Session:
    """Rotate: the presented token is spent and a new one of the same family returned.

    A token presented again within ``REFRESH_GRACE`` of its first use gets another new token of the
    same family (the first reply may never have arrived). Presented later, it means it was copied:
    the whole family is revoked, so both the thief and the owner must sign in again.
    """
    row = await RefreshToken.get_or_none(token_hash=_hash(token)).select_related("user")
    if row is None:
        raise _refresh_invalid()
    now = now or clock.now()
    if row.revoked_at is not None or row.expires_at <= now or row.user.disabled:
        raise _refresh_invalid()
    # conditional update: of two concurrent uses exactly one wins, on SQLite and PostgreSQL alike
    won = await RefreshToken.filter(id=row.id, used_at=None).update(used_at=now)
    if not won:
        first_used = row.used_at or now  # None: spent by a concurrent request a moment ago
        if now - first_used <= REFRESH_GRACE:
            return await start_session(keys, row.user, row.family)
        await revoke_family(row.family)
        raise Failure(IdentityError.REFRESH_REUSED)
    return await start_session(keys, row.user, row.family)


async def revoke_family(family: str) -> None:
    await RefreshToken.filter(family=family, revoked_at=None).update(revoked_at=clock.now())


async def sign_out(token: str) -> None:
    row = await RefreshToken.get_or_none(token_hash=_hash(token))
    if row is not None:
        await revoke_family(row.family)
