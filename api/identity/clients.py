"""Third-party mini-programs: client credentials (OAuth 2.0 client_credentials grant), scopes, and
citizens' revocable grants to a client for their personal data."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable

from api import clock
from api.applications.bus import announce_access_changed
from api.failures import Failure
from api.identity.enums import PERSONAL_SCOPES, Scope
from api.identity.errors import IdentityError
from api.identity.models import ApiClient, ClientGrant, User
from api.identity.principal import Principal
from api.identity.tokens import KeyRing
from api.oauth import uris
from api.oauth.models import ClientRefreshToken
from api.oauth.origins import ORIGINS
from api.unit_of_work import changing


def hash_secret(secret: str) -> str:
    # the secret is 256 random bits: a plain hash is enough (nothing to brute-force)
    return hashlib.sha256(secret.encode()).hexdigest()


def new_secret() -> tuple[str, str]:
    """(secret, its hash): the secret is shown once and only its hash is stored."""
    secret = secrets.token_urlsafe(32)
    return secret, hash_secret(secret)


def parse_scopes(values: list[str] | str) -> frozenset[Scope]:
    items = values.split() if isinstance(values, str) else values
    try:
        return frozenset(Scope(v) for v in items)
    except ValueError as exc:
        raise Failure(IdentityError.INVALID_SCOPE, why=str(exc), why_en=str(exc)) from exc


async def register_client(
    name: str,
    scopes: frozenset[Scope],
    created_by: User | None,
    redirect_uris: Iterable[str] = (),
    web_origins: Iterable[str] = (),
) -> tuple[ApiClient, str]:
    """A new client and its secret. The secret is shown this once and stored only hashed."""
    if not name.strip():
        raise Failure(IdentityError.INVALID_NAME, what="应用名称", what_en="the client's name")
    secret, secret_hash = new_secret()
    client = await ApiClient.create(
        client_id="ov_" + secrets.token_hex(8),
        secret_hash=secret_hash,
        name=name.strip()[:64],
        scopes=sorted({Scope.CATALOG_READ, *scopes}),
        redirect_uris=uris.redirect_uris(redirect_uris),
        web_origins=uris.web_origins(web_origins),
        created_by=created_by,
    )
    ORIGINS.changed()
    return client, secret


async def disable_client(client_id: str) -> ApiClient:
    """Suspend: no new token, its access and refresh tokens stop working, its origins lose CORS."""
    client = await ApiClient.get_or_none(client_id=client_id)
    if client is None:
        raise Failure(IdentityError.NOT_FOUND, what="该应用", what_en="client")
    if client.disabled_at is None:
        client.disabled_at = clock.now()
        await client.save(update_fields=["disabled_at"])
        ORIGINS.changed()
        await announce_access_changed()
    return client


def _bad_client() -> Failure:
    return Failure(IdentityError.invalid_client)


async def authenticated_client(client_id: str, secret: str) -> ApiClient:
    """The active client these credentials prove, or ``invalid_client``."""
    client = await ApiClient.get_or_none(client_id=client_id)
    if client is None or client.disabled_at is not None:
        raise _bad_client()
    if not hmac.compare_digest(client.secret_hash, hash_secret(secret)):
        raise _bad_client()
    return client


async def client_token(keys: KeyRing, client: ApiClient, requested: str | None) -> tuple[str, int, str]:
    """(access token, lifetime in seconds, granted scope) for a client that proved its credentials."""
    allowed = frozenset(Scope(s) for s in client.scopes)
    wanted = parse_scopes(requested) if requested else allowed
    if not wanted <= allowed:
        raise Failure(IdentityError.invalid_scope, scopes=" ".join(sorted(wanted - allowed)))
    scope = " ".join(sorted(wanted))
    token, ttl = keys.sign(f"client:{client.id}", {"kind": "client", "scope": scope})
    return token, ttl, scope


async def grant(citizen: User, client_id: str, scopes: frozenset[Scope]) -> ClientGrant:
    client = await ApiClient.get_or_none(client_id=client_id, disabled_at=None)
    if client is None:
        raise Failure(IdentityError.NOT_FOUND, what="该应用", what_en="client")
    personal = scopes & PERSONAL_SCOPES
    if not personal or not personal <= frozenset(Scope(s) for s in client.scopes):
        raise Failure(
            IdentityError.INVALID_SCOPE,
            why="只能授权该应用可申请的个人数据范围",
            why_en="grant only personal-data scopes the client may ask for",
        )
    async with changing():  # the new grant replaces the one before
        grants = ClientGrant.filter(citizen=citizen, client=client, revoked_at=None)
        await grants.update(revoked_at=clock.now())
        created = await ClientGrant.create(citizen=citizen, client=client, scopes=sorted(personal))
    return await ClientGrant.get(id=created.id).select_related("client")


async def revoke_grant(citizen: User, grant_id: int) -> ClientGrant:
    row = await ClientGrant.get_or_none(id=grant_id, citizen=citizen).select_related("client")
    if row is None:
        raise Failure(IdentityError.NOT_FOUND, what="该授权", what_en="grant")
    if row.revoked_at is None:
        async with changing():
            row.revoked_at = clock.now()
            await row.save(update_fields=["revoked_at"])
            # the client's refresh tokens for this citizen, and so its access tokens (their family)
            await ClientRefreshToken.filter(
                client_id=row.client_id, citizen_id=citizen.id, revoked_at=None
            ).update(revoked_at=row.revoked_at)
        await announce_access_changed()
    return row


async def has_grant(client_pk: int, citizen_id: int, scope: Scope) -> bool:
    rows = await ClientGrant.filter(
        client_id=client_pk, citizen_id=citizen_id, revoked_at=None, client__disabled_at=None
    ).values_list("scopes", flat=True)
    return any(scope.value in scopes for scopes in rows)


async def writes_for(principal: Principal) -> int | None:
    """The citizen a client may file for (drafts, uploads, submissions): the one its token was issued
    for through the authorization code flow, while their grant of ``applications:write`` stands."""
    citizen_id, client_id = principal.acting_for, principal.client_id
    if not principal.is_client or citizen_id is None or client_id is None:
        return None
    if Scope.APPLICATIONS_WRITE not in principal.scopes:
        return None
    return citizen_id if await has_grant(client_id, citizen_id, Scope.APPLICATIONS_WRITE) else None


async def grants_of(citizen: User) -> list[ClientGrant]:
    return await ClientGrant.filter(citizen=citizen).select_related("client").order_by("-created_at", "-id")
