"""The service's VAPID key pair: generated at first start, stored in the database, shared by every
worker and app process (browsers subscribe with its public key as ``applicationServerKey``)."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from py_vapid import Vapid02
from tortoise.exceptions import IntegrityError

from notifications.models import VapidKey


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    text = text.strip()
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def public_key_of(private_key: ec.EllipticCurvePrivateKey) -> str:
    raw = private_key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return b64url(raw)


@dataclass(frozen=True)
class VapidKeys:
    public_key: str  # base64url uncompressed point: the PWA's applicationServerKey
    signer: Vapid02  # signs the per-request VAPID JWT

    @classmethod
    def from_pem(cls, pem: str) -> VapidKeys:
        key = serialization.load_pem_private_key(pem.encode("ascii"), password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise ValueError("the VAPID key must be a P-256 key")
        return cls(public_key=public_key_of(key), signer=Vapid02(key))


def generate_pem() -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")


async def ensure_key() -> VapidKey:
    """The stored key pair, created when there is none (two processes starting at once agree on one)."""
    row = await VapidKey.get_or_none(name="default")
    if row is not None:
        return row
    pem = generate_pem()
    try:
        return await VapidKey.create(
            name="default", private_pem=pem, public_key=VapidKeys.from_pem(pem).public_key
        )
    except IntegrityError:
        return await VapidKey.get(name="default")


async def load_keys() -> VapidKeys:
    return VapidKeys.from_pem((await ensure_key()).private_pem)


async def public_key() -> str:
    return (await ensure_key()).public_key
