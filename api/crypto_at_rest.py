"""Secrets at rest: AES-256-GCM for columns that hold signing keys and resident ID numbers, and a
keyed hash ("blind index") to look ID numbers up without storing them in the clear.

Keys come from the environment, a key ring so rotation never makes old rows unreadable:

- ``ONEVISIT_DATA_KEYS=kid2:BASE64,kid1:BASE64`` — comma separated, **the first one encrypts**, the
  others only decrypt (keep an old key listed until ``python -m api rotate-data-key`` has run);
- or ``ONEVISIT_DATA_KEY=BASE64`` for a single key (its id is derived from the key).

Each key is 32 random bytes, base64 (``python -m api rotate-data-key --new-key`` prints a new entry).
Development and the demo generate one into ``var/data-key`` at first start; production refuses to
start without one.

A value is stored as ``ov1.<kid>.<base64url(nonce ‖ ciphertext ‖ tag)>``: the key id tells which key
of the ring decrypts it, the 96-bit nonce is random per value, and the associated data binds the
ciphertext to its column (``context``), so a value copied into another column does not decrypt.
A tampered value raises ``DecryptionError``; it is never read as something else.

Encryption and blind-index keys are both derived from a data key with HKDF-SHA256 (separate
``info``), so the index key changes with the data key: the rotation command recomputes indexes, and
lookups accept the index under every key of the ring meanwhile (``blind_indexes``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from tortoise import fields

log = logging.getLogger("onevisit.crypto")

PREFIX = "ov1"
ENV_KEYS = "ONEVISIT_DATA_KEYS"
ENV_KEY = "ONEVISIT_DATA_KEY"
_KID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
_NONCE = 12


class DataKeyError(RuntimeError):
    """No usable data key (missing in production, or malformed)."""


class DecryptionError(ValueError):
    """A stored value that is not a ciphertext this key ring made (tampered, truncated, unknown key)."""


def _derive(key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(key)


@dataclass(frozen=True)
class DataKey:
    kid: str
    secret: bytes

    @cached_property
    def aead(self) -> AESGCM:
        return AESGCM(_derive(self.secret, b"onevisit at-rest encryption v1"))

    @cached_property
    def index_key(self) -> bytes:
        return _derive(self.secret, b"onevisit blind index v1")


def key_id(secret: bytes) -> str:
    """The id of a key given without one: a fingerprint (not secret: a hash of the key)."""
    return "k" + hashlib.sha256(b"onevisit key id\0" + secret).hexdigest()[:10]


def _decode_secret(text: str) -> bytes:
    try:
        secret = base64.b64decode(
            text.strip() + "=" * (-len(text.strip()) % 4), altchars=b"-_", validate=False
        )
    except (binascii.Error, ValueError) as exc:
        raise DataKeyError("a data key is not base64") from exc
    if len(secret) != 32:
        raise DataKeyError(f"a data key must be 32 bytes (base64 of 32 random bytes), not {len(secret)}")
    return secret


class KeyRing:
    """The data keys of this process: ``current`` encrypts, every key decrypts its own ciphertexts."""

    def __init__(self, keys: list[DataKey]) -> None:
        if not keys:
            raise DataKeyError("the data key ring is empty")
        self.keys = {k.kid: k for k in keys}
        if len(self.keys) != len(keys):
            raise DataKeyError("two data keys have the same id")
        self.current = keys[0]

    @classmethod
    def parse(cls, spec: str) -> KeyRing:
        """``kid:BASE64,kid:BASE64`` (first encrypts) or a single ``BASE64``."""
        keys = []
        for entry in filter(None, (e.strip() for e in spec.split(","))):
            kid, sep, text = entry.partition(":")
            if not sep:
                secret = _decode_secret(entry)
                kid = key_id(secret)
            else:
                secret = _decode_secret(text)
                if not _KID.match(kid):
                    raise DataKeyError(f"a data key id must be 1-32 letters, digits, - or _: {kid!r}")
            keys.append(DataKey(kid, secret))
        return cls(keys)

    @classmethod
    def generate(cls, kid: str | None = None) -> KeyRing:
        secret = secrets.token_bytes(32)
        return cls([DataKey(kid or key_id(secret), secret)])

    def spec(self) -> str:
        return ",".join(f"{k.kid}:{base64.b64encode(k.secret).decode()}" for k in self.keys.values())

    # --- encryption -----------------------------------------------------------------------------

    def encrypt(self, text: str, context: str = "") -> str:
        key = self.current
        nonce = secrets.token_bytes(_NONCE)
        sealed = key.aead.encrypt(nonce, text.encode("utf-8"), _aad(key.kid, context))
        return f"{PREFIX}.{key.kid}.{base64.urlsafe_b64encode(nonce + sealed).rstrip(b'=').decode()}"

    def decrypt(self, token: str, context: str = "") -> str:
        prefix, kid, body = _split(token)
        if prefix != PREFIX:
            raise DecryptionError("not an encrypted value")
        key = self.keys.get(kid)
        if key is None:
            raise DecryptionError(f"encrypted with data key {kid!r}, which is not in the key ring")
        try:
            raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        except (binascii.Error, ValueError) as exc:
            raise DecryptionError("a damaged encrypted value") from exc
        if len(raw) < _NONCE + 16:
            raise DecryptionError("a truncated encrypted value")
        try:
            plain = key.aead.decrypt(raw[:_NONCE], raw[_NONCE:], _aad(kid, context))
        except InvalidTag as exc:
            raise DecryptionError("an encrypted value failed authentication (tampered or moved)") from exc
        return plain.decode("utf-8")

    def key_of(self, token: str) -> str | None:
        """The key id a stored value was encrypted with (None: not an encrypted value)."""
        prefix, kid, _ = _split(token)
        return kid if prefix == PREFIX else None

    # --- blind index ----------------------------------------------------------------------------

    def blind_index(self, text: str, key: DataKey | None = None) -> str:
        key = key or self.current
        return hmac.new(key.index_key, text.encode("utf-8"), hashlib.sha256).hexdigest()

    def blind_indexes(self, text: str) -> list[str]:
        return [self.blind_index(text, key) for key in self.keys.values()]


def _aad(kid: str, context: str) -> bytes:
    return f"{PREFIX}.{kid}.{context}".encode()


def _split(token: str) -> tuple[str, str, str]:
    parts = token.split(".", 2)
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 else ("", "", "")


def is_encrypted(value: str) -> bool:
    return value.startswith(PREFIX + ".")


# --- the process's key ring ----------------------------------------------------------------------

_ring: KeyRing | None = None


def configure(ring: KeyRing | str) -> KeyRing:
    """Use this key ring in this process (app start, CLI, worker, tests)."""
    global _ring
    _ring = KeyRing.parse(ring) if isinstance(ring, str) else ring
    return _ring


def ring() -> KeyRing:
    """The configured key ring (or the one in the environment)."""
    if _ring is None:
        spec = environment_spec()
        if not spec:
            raise DataKeyError(f"no data key: set {ENV_KEYS} (or {ENV_KEY}), see README 'Secrets at rest'")
        configure(spec)
    assert _ring is not None
    return _ring


def environment_spec() -> str:
    return os.environ.get(ENV_KEYS, "").strip() or os.environ.get(ENV_KEY, "").strip()


def setup(spec: str, *, production: bool, key_file: Path) -> KeyRing:
    """The key ring at start: ``spec`` (from the environment); without one, development and the
    demo use (and at first start create) ``key_file``, production refuses to start."""
    if spec.strip():
        return configure(spec)
    if production:
        raise DataKeyError(
            f"{ENV_KEYS} (or {ENV_KEY}) is required in production: base64 of 32 random bytes, "
            "kept outside the database (README 'Secrets at rest')"
        )
    if key_file.exists():
        return configure(key_file.read_text(encoding="ascii").strip())
    key_file.parent.mkdir(parents=True, exist_ok=True)
    generated = KeyRing.generate()
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(generated.spec() + "\n")
    log.warning(
        "no %s set: generated a development data key into %s (never in production)", ENV_KEYS, key_file
    )
    return configure(generated)


def encrypt(text: str, context: str = "") -> str:
    return ring().encrypt(text, context)


def decrypt(token: str, context: str = "") -> str:
    return ring().decrypt(token, context)


def blind_index(text: str) -> str:
    """The keyed hash (HMAC-SHA256, hex) under the current key: what a unique index column stores."""
    return ring().blind_index(text)


def blind_indexes(text: str) -> list[str]:
    """The keyed hash under every key of the ring: what a lookup matches (rows not yet rotated too)."""
    return ring().blind_indexes(text)


# --- the model field -----------------------------------------------------------------------------


class EncryptedTextField(fields.TextField):
    """A text column stored encrypted: model code reads and writes plaintext.

    ``context`` names the column in the associated data (keep it when renaming the attribute). The
    column cannot be filtered on (each encryption differs): filtering raises ``TypeError``; look up
    through a blind-index column instead. ``__isnull`` filters work.

    ``blind_index_field``/``blind_index_of`` name the model's blind-index column of this value and the
    function computing it, so ``rotate-data-key`` recomputes it (the model keeps it in step on save)."""

    def __init__(
        self,
        context: str,
        *,
        blind_index_field: str | None = None,
        blind_index_of: Callable[[str], str | None] | None = None,
        **kwargs: Any,
    ) -> None:
        self.context = context
        self.blind_index_field = blind_index_field
        self.blind_index_of = blind_index_of
        super().__init__(**kwargs)

    def to_db_value(self, value: Any, instance: Any) -> str | None:
        if isinstance(instance, type):
            raise TypeError(f"{self.context} is encrypted: it cannot be filtered on (use its blind index)")
        if value is None:
            return None
        return encrypt(str(value), self.context)

    def to_python_value(self, value: Any) -> str | None:
        # called with the stored ciphertext when a row is loaded, and with plaintext when a model is
        # built in code; a value without the prefix is plaintext (a row written before encryption
        # until `rotate-data-key` encrypts it)
        if value is None:
            return None
        value = str(value)
        return decrypt(value, self.context) if is_encrypted(value) else value


class EncryptedJSONField(EncryptedTextField):
    """A JSON value (a dict or list) stored encrypted as text: for JSON that carries ID numbers
    (application form data, licence fields, sign-up details). Not queryable by content."""

    def to_db_value(self, value: Any, instance: Any) -> str | None:
        if isinstance(instance, type):
            raise TypeError(f"{self.context} is encrypted: it cannot be filtered on")
        if value is None:
            return None
        return encrypt(json.dumps(value, ensure_ascii=False, separators=(",", ":")), self.context)

    def to_python_value(self, value: Any) -> Any:
        if value is None or not isinstance(value, str | bytes):
            return value  # a model built in code (dict, list)
        text = value.decode("utf-8") if isinstance(value, bytes) else value
        # stored: encrypted JSON; JSON text without the prefix is a row from before encryption
        return json.loads(decrypt(text, self.context) if is_encrypted(text) else text)
