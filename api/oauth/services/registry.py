"""The client registry, for administrators (desk screen ``/desk/clients`` and ``python -m api
clients``): register, suspend and reactivate, rotate the secret, set the exact redirect URIs and the
web origins. Secrets are shown once and stored hashed (``api.identity.clients.hash_secret``)."""

from __future__ import annotations

from collections.abc import Iterable

from api import clock
from api.failures import Failure
from api.identity import clients
from api.identity.enums import Scope
from api.identity.errors import IdentityError
from api.identity.models import ApiClient, User
from api.oauth import uris
from api.oauth.models import ClientRefreshToken
from api.oauth.origins import ORIGINS
from api.unit_of_work import changing


async def client_named(client_id: str) -> ApiClient:
    client = await ApiClient.get_or_none(client_id=client_id.strip()[:32])
    if client is None:
        raise Failure(IdentityError.NOT_FOUND, what="该应用", what_en="client")
    return client


async def client_id_of(pk: int) -> str:
    found = await ApiClient.filter(id=pk).values_list("client_id", flat=True)
    if not found:
        raise Failure(IdentityError.NOT_FOUND, what="该应用", what_en="client")
    return str(found[0])


async def register(
    name: str,
    scopes: frozenset[Scope],
    created_by: User | None,
    redirect_uris: Iterable[str] = (),
    web_origins: Iterable[str] = (),
) -> tuple[ApiClient, str]:
    """A new client and its secret (shown this once)."""
    return await clients.register_client(name, scopes, created_by, redirect_uris, web_origins)


async def suspend(client_id: str) -> ApiClient:
    """停用: ``invalid_client`` at the token endpoint; its access tokens are refused from the next
    request on, its refresh tokens are revoked (reactivation does not bring them back), and its web
    origins lose CORS."""
    client = await client_named(client_id)
    async with changing():
        await ClientRefreshToken.filter(client_id=client.id, revoked_at=None).update(revoked_at=clock.now())
    return await clients.disable_client(client.client_id)


async def reactivate(client_id: str) -> ApiClient:
    """恢复: new tokens can be issued again; citizens' grants still stand."""
    client = await client_named(client_id)
    if client.disabled_at is not None:
        client.disabled_at = None
        await client.save(update_fields=["disabled_at"])
        ORIGINS.changed()
    return client


async def rotate_secret(client_id: str) -> tuple[ApiClient, str]:
    """A new secret, shown once; the old one stops working at once (tokens already issued live on)."""
    client = await client_named(client_id)
    secret, secret_hash = clients.new_secret()
    client.secret_hash = secret_hash
    client.secret_rotated_at = clock.now()
    await client.save(update_fields=["secret_hash", "secret_rotated_at"])
    return client, secret


async def configure(
    client_id: str, redirect_uris: Iterable[str] | None = None, web_origins: Iterable[str] | None = None
) -> ApiClient:
    """Replace the redirect URIs and/or the web origins (None: keep)."""
    client = await client_named(client_id)
    fields: list[str] = []
    if redirect_uris is not None:
        client.redirect_uris = uris.redirect_uris(redirect_uris)
        fields.append("redirect_uris")
    if web_origins is not None:
        client.web_origins = uris.web_origins(web_origins)
        fields.append("web_origins")
    if fields:
        await client.save(update_fields=fields)
        ORIGINS.changed()
    return client
