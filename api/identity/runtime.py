"""The identity parts a running service holds: its key ring, relying party and SMS adapter."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from api.identity.passkeys import RelyingParty
from api.identity.sms import RecordingSms, SmsSender
from api.identity.tokens import KeyRing

TOKEN_AUDIENCE = "onevisit-api"


@dataclass
class IdentityRuntime:
    keys: KeyRing
    rp: RelyingParty
    sms: SmsSender

    @classmethod
    def for_base_url(cls, public_base_url: str, sms: SmsSender | None = None) -> IdentityRuntime:
        url = urlsplit(public_base_url)
        origin = f"{url.scheme}://{url.netloc}"
        return cls(
            keys=KeyRing(issuer=origin, audience=TOKEN_AUDIENCE),
            rp=RelyingParty(id=url.hostname or "localhost", name="一次办 OneVisit", origin=origin),
            sms=sms or RecordingSms(),
        )
