"""Tokens a client holds for one citizen: a short-lived access token (the JWT of
``api.identity.tokens``, naming the client, the citizen, the granted scopes and its family) and a
refresh token, stored hashed and rotated on every use. Presenting a rotated refresh token again
revokes the family, which also stops the family's unexpired access tokens (``honoured``, asked on
every request). Revoking the citizen's grant or suspending the client does the same."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from api import clock
from api.failures import Failure
from api.identity.enums import PERSONAL_SCOPES, Scope
from api.identity.models import ApiClient, ClientGrant
from api.identity.principal import Principal
from api.identity.tokens import KeyRing
from api.oauth.errors import OAuthFailure
from api.oauth.models import ClientRefreshToken
from api.unit_of_work import changing

REFRESH_TTL = timedelta(days=30)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_family() -> str:
    return secrets.token_urlsafe(16)


@dataclass(frozen=True)
class TokenSet:
    access_token: str
    expires_in: int
    refresh_token: str
    scope: str

    def as_json(self) -> dict[str, str | int]:
        return {
            "access_token": self.access_token,
            "token_type": "Bearer",
            "expires_in": self.expires_in,
            "refresh_token": self.refresh_token,
            "scope": self.scope,
        }


async def granted_scopes(client_pk: int, citizen_id: int) -> frozenset[Scope]:
    """The personal scopes the citizen's active grants give the client (none: no grant)."""
    rows = await ClientGrant.filter(
        client_id=client_pk,
        citizen_id=citizen_id,
        revoked_at=None,
        client__disabled_at=None,
        citizen__disabled=False,  # a disabled account grants nothing
    ).values_list("scopes", flat=True)
    return frozenset(Scope(s) for scopes in rows for s in scopes if s in Scope._value2member_map_)


async def issue(
    keys: KeyRing, client: ApiClient, citizen_id: int, scopes: frozenset[Scope], family: str
) -> TokenSet:
    """An access token and a new refresh token of ``family`` for the client acting for the citizen."""
    refresh = secrets.token_urlsafe(32)
    personal = sorted(s.value for s in scopes & PERSONAL_SCOPES)
    await ClientRefreshToken.create(
        token_hash=token_hash(refresh),
        family=family,
        client_id=client.id,
        citizen_id=citizen_id,
        scopes=personal,
        expires_at=clock.now() + REFRESH_TTL,
    )
    scope = " ".join(sorted({Scope.CATALOG_READ.value, *personal}))
    claims = {"kind": "client", "scope": scope, "cit": citizen_id, "fam": family}
    access, expires_in = keys.sign(f"client:{client.id}", claims)
    return TokenSet(access, expires_in, refresh, scope)


async def revoke_family(family: str) -> None:
    await ClientRefreshToken.filter(family=family, revoked_at=None).update(revoked_at=clock.now())


def _invalid(why: str, why_en: str) -> Failure:
    return Failure(OAuthFailure.invalid_grant, why=why, why_en=why_en)


async def refresh(keys: KeyRing, client: ApiClient, token: str) -> TokenSet:
    """Rotate: the presented token is spent and a new one of its family returned, with the scopes the
    citizen's grant still gives. A spent token presented again revokes the whole family."""
    row = await ClientRefreshToken.get_or_none(token_hash=token_hash(token))
    now = clock.now()
    if row is None or row.client_id != client.id:
        raise _invalid("刷新令牌未知", "unknown refresh token")
    if row.revoked_at is not None or row.expires_at <= now:
        raise _invalid("刷新令牌已失效", "the refresh token was revoked or has expired")
    # conditional update: of two uses of the same token exactly one wins
    if not await ClientRefreshToken.filter(id=row.id, used_at=None).update(used_at=now):
        await revoke_family(row.family)
        raise _invalid(
            "刷新令牌已使用过，相关令牌已全部撤销",
            "the refresh token was already used: its family is revoked",
        )
    scopes = frozenset(Scope(s) for s in row.scopes) & await granted_scopes(client.id, row.citizen_id)
    if not scopes:
        await revoke_family(row.family)
        raise _invalid("用户已撤销授权", "the citizen revoked the grant")
    async with changing():
        return await issue(keys, client, row.citizen_id, scopes, row.family)


async def honoured(principal: Principal) -> bool:
    """Asked on every request of a client: its tokens stop at once when it is suspended, and a token
    issued for a citizen stops when its family is revoked (grant revoked, code or refresh token reused)
    or the citizen's account is disabled."""
    if principal.client_id is None:
        return False
    if principal.token_family is None:
        return await ApiClient.filter(id=principal.client_id, disabled_at=None).exists()
    return await ClientRefreshToken.filter(
        family=principal.token_family,
        client_id=principal.client_id,
        revoked_at=None,
        client__disabled_at=None,
        citizen__disabled=False,
    ).exists()
