"""Issuer keys: one signing key per issuing department (and one for the platform's status list).

EdDSA (Ed25519) by default: 64-byte signatures keep the licence QR small, and WebCrypto verifies
them in current browsers (Chromium ≥ 137, Safari 17, Firefox 129). ES256 is supported for issuers
that must use P-256.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from jwt.algorithms import ECAlgorithm, OKPAlgorithm

from api import clock
from api.catalog.enums import SuppliedBy
from api.catalog.models import Department, MaterialType
from api.wallet.enums import KeyAlgorithm
from api.wallet.models import IssuerKey

PLATFORM_ISSUER = "onevisit"  # signs the status list


def issuer_code(department: Department | None) -> str:
    return department.code if department is not None else PLATFORM_ISSUER


def new_key(issuer: str, algorithm: KeyAlgorithm = KeyAlgorithm.EDDSA) -> tuple[str, str, dict[str, Any]]:
    """A fresh key pair: (kid, private PEM, public JWK with kid, alg, use and iss)."""
    if algorithm is KeyAlgorithm.EDDSA:
        private = ed25519.Ed25519PrivateKey.generate()
        jwk = json.loads(OKPAlgorithm.to_jwk(private.public_key()))
    else:
        private = ec.generate_private_key(ec.SECP256R1())
        jwk = json.loads(ECAlgorithm.to_jwk(private.public_key()))
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    # short: the kid travels in every QR
    kid = hashlib.sha256(json.dumps(jwk, sort_keys=True).encode()).hexdigest()[:8]
    jwk.update(kid=kid, alg=algorithm.value, use="sig", iss=issuer)
    return kid, pem, jwk


async def rotate(department: Department | None, algorithm: KeyAlgorithm = KeyAlgorithm.EDDSA) -> IssuerKey:
    """Start signing with a new key; the issuer's older keys stay published (they still verify)."""
    issuer = issuer_code(department)
    kid, pem, jwk = new_key(issuer, algorithm)
    row = await IssuerKey.create(
        kid=kid, department=department, issuer=issuer, algorithm=algorithm, private_pem=pem, public_jwk=jwk
    )
    await IssuerKey.filter(issuer=issuer, retired_at=None).exclude(id=row.id).update(retired_at=clock.now())
    return row


async def signing_key(department: Department | None) -> IssuerKey:
    """The issuer's current key, created on first use."""
    row = await IssuerKey.filter(issuer=issuer_code(department), retired_at=None).order_by("-id").first()
    return row if row is not None else await rotate(department)


PrivateKey = ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey
PublicKey = ed25519.Ed25519PublicKey | ec.EllipticCurvePublicKey


@lru_cache(maxsize=256)
def private_key(pem: str) -> PrivateKey:
    key = serialization.load_pem_private_key(pem.encode(), password=None)
    if not isinstance(key, ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey):
        raise ValueError("an issuer key is Ed25519 or P-256")
    return key


@lru_cache(maxsize=256)
def public_key(jwk_json: str) -> PublicKey:
    jwk = json.loads(jwk_json)
    key = OKPAlgorithm.from_jwk(jwk_json) if jwk["kty"] == "OKP" else ECAlgorithm.from_jwk(jwk_json)
    if not isinstance(key, ed25519.Ed25519PublicKey | ec.EllipticCurvePublicKey):
        raise ValueError("a published issuer key is a public Ed25519 or P-256 key")
    return key


def public_key_of(row: IssuerKey) -> PublicKey:
    return public_key(json.dumps(row.public_jwk, sort_keys=True))


async def jwks() -> dict[str, Any]:
    """Every issuer key (retired ones too), plus the names a verifier shows offline: issuers by code,
    licence types by material code (extra members of a JWK Set are allowed, RFC 7517 §5); the field labels
    are added from the catalogue (``services.issuer_jwks``)."""
    rows = await IssuerKey.all().order_by("issuer", "-id").values("public_jwk")
    departments = await Department.all().order_by("code").values("code", "name", "name_en")
    types = (
        await MaterialType.filter(supplied_by=SuppliedBy.E_LICENCE)
        .order_by("code")
        .values("code", "name", "name_en")
    )
    return {
        "keys": [r["public_jwk"] for r in rows],
        "issuers": {d["code"]: [d["name"], d["name_en"]] for d in departments},
        "types": {t["code"]: [t["name"], t["name_en"]] for t in types},
    }
