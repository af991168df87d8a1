from enum import IntEnum, StrEnum


class LicenceStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"  # 暂扣: may be reinstated
    REVOKED = "revoked"  # 吊销/注销: final


class StatusCode(IntEnum):
    """A licence's value in the status list (2 bits each, as the IETF Token Status List draft)."""

    VALID = 0
    INVALID = 1  # revoked
    SUSPENDED = 2


STATUS_CODES = {
    LicenceStatus.ACTIVE: StatusCode.VALID,
    LicenceStatus.REVOKED: StatusCode.INVALID,
    LicenceStatus.SUSPENDED: StatusCode.SUSPENDED,
}


class LicenceAction(StrEnum):
    ISSUED = "issued"
    SUSPENDED = "suspended"
    REVOKED = "revoked"
    REINSTATED = "reinstated"


class KeyAlgorithm(StrEnum):
    EDDSA = "EdDSA"  # Ed25519: 64-byte signatures, verified by WebCrypto in current Chromium/Safari/Firefox
    ES256 = "ES256"  # P-256, for verifiers without Ed25519


class Verdict(StrEnum):
    """What checking a presented licence found."""

    VALID = "valid"
    EXPIRED = "expired"
    BAD_SIGNATURE = "bad_signature"
    UNKNOWN_ISSUER = "unknown_issuer"
    REVOKED = "revoked"
    SUSPENDED = "suspended"
    MALFORMED = "malformed"
