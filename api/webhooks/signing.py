"""The signature of a webhook delivery: HMAC-SHA256 over ``"<unix time>." + body`` with the
subscription's secret, sent as ``OneVisit-Signature: t=<unix time>,v1=<hex>``."""

from __future__ import annotations

import hashlib
import hmac
import secrets

SIGNATURE_HEADER = "OneVisit-Signature"
EVENT_ID_HEADER = "OneVisit-Event-Id"
EVENT_TYPE_HEADER = "OneVisit-Event-Type"


def new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


def signature(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return mac.hexdigest()


def signature_header(secret: str, timestamp: int, body: bytes) -> str:
    return f"t={timestamp},v1={signature(secret, timestamp, body)}"
