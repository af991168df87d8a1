"""How a notification worker behaves (batch size, polling, claims, backoff, push), from the
environment of its process."""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import urlsplit

DEFAULT_SUBJECT = "mailto:noreply@onevisit.invalid"  # VAPID `sub`: set VAPID_SUBJECT to a real contact


@dataclass(frozen=True)
class WorkerConfig:
    batch_size: int = 50
    poll_interval: float = 1.0
    claim_timeout: float = 300.0  # a claim older than this is a crashed worker's: take the row again
    backoff_base: float = 10.0  # seconds before the first retry; doubles each attempt (with jitter)
    backoff_max: float = 3600.0
    max_attempts: int = 10  # then the failing channels are given up (the inbox always has the message)
    push_ttl: int = 24 * 3600  # how long a push service keeps a message for a phone that is asleep
    push_timeout: float = 15.0
    concurrency: int = 32  # sends in flight per worker
    webhook_timeout: float = 10.0  # one webhook POST, connecting included (no redirects followed)
    vapid_subject: str = ""

    @classmethod
    def from_env(cls, public_base_url: str = "") -> WorkerConfig:
        """``NOTIFICATIONS_BATCH_SIZE``, ``…_POLL_INTERVAL``, ``…_CLAIM_TIMEOUT``, ``…_MAX_ATTEMPTS``,
        ``…_PUSH_TTL`` and ``VAPID_SUBJECT`` override the defaults."""
        default = cls()
        return cls(
            batch_size=_int("NOTIFICATIONS_BATCH_SIZE", default.batch_size),
            poll_interval=_float("NOTIFICATIONS_POLL_INTERVAL", default.poll_interval),
            claim_timeout=_float("NOTIFICATIONS_CLAIM_TIMEOUT", default.claim_timeout),
            max_attempts=_int("NOTIFICATIONS_MAX_ATTEMPTS", default.max_attempts),
            push_ttl=_int("NOTIFICATIONS_PUSH_TTL", default.push_ttl),
            vapid_subject=vapid_subject(public_base_url),
        )


def vapid_subject(public_base_url: str) -> str:
    """Whom a push service contacts about our messages: ``VAPID_SUBJECT``, else the service's https
    origin, else a placeholder mailbox."""
    host = urlsplit(public_base_url).hostname
    return os.environ.get("VAPID_SUBJECT") or (
        f"https://{host}" if public_base_url.startswith("https://") and host else DEFAULT_SUBJECT
    )


def _int(name: str, default: int) -> int:
    return int(os.environ[name]) if name in os.environ else default


def _float(name: str, default: float) -> float:
    return float(os.environ[name]) if name in os.environ else default
