"""The licence wallet's business rules, one module per job: ``issuing`` (issue, suspend / revoke /
reinstate), ``presenting`` (a licence as a signed QR payload), ``verifying`` (checking one),
``status_list`` (the signed status of every licence, the issuer keys), ``reading`` (licences for the
GraphQL face) and ``tokens`` (the compact JWS they all sign and read)."""

from api.wallet.services.issuing import (
    HOLDER,
    NUMBER,
    STATUS_MOVES,
    Actor,
    issue_licence,
    reinstate,
    revoke,
    suspend,
)
from api.wallet.services.presenting import (
    MAX_TOKEN_CHARS,
    MAX_TTL,
    MIN_TTL,
    SENSITIVE_FIELDS,
    Presentation,
    default_disclosure,
    end_of_day,
    mask_name,
    number_hash,
    present,
)
from api.wallet.services.reading import licence, licences_of
from api.wallet.services.status_list import (
    STATUS_LIST_MAX_AGE,
    STATUS_LIST_PATH,
    STATUS_LIST_TYP,
    STATUS_LIST_VALIDITY,
    issuer_jwks,
    read_status_list,
    status_at,
    status_list,
)
from api.wallet.services.tokens import ACCEPTED_ALGORITHMS, LICENCE_TYP, sign
from api.wallet.services.verifying import LEEWAY, Verification, verify

__all__ = [
    "ACCEPTED_ALGORITHMS",
    "HOLDER",
    "LEEWAY",
    "LICENCE_TYP",
    "MAX_TOKEN_CHARS",
    "MAX_TTL",
    "MIN_TTL",
    "NUMBER",
    "SENSITIVE_FIELDS",
    "STATUS_LIST_MAX_AGE",
    "STATUS_LIST_PATH",
    "STATUS_LIST_TYP",
    "STATUS_LIST_VALIDITY",
    "STATUS_MOVES",
    "Actor",
    "Presentation",
    "Verification",
    "default_disclosure",
    "end_of_day",
    "issue_licence",
    "issuer_jwks",
    "licence",
    "licences_of",
    "mask_name",
    "number_hash",
    "present",
    "read_status_list",
    "reinstate",
    "revoke",
    "sign",
    "status_at",
    "status_list",
    "suspend",
    "verify",
]
