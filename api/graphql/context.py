"""What every resolver can reach: settings, the catalogue snapshot, who is asking, and the
identity runtime (signing keys, relying party, SMS)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from api.catalog.entities import Catalog
from api.catalog.snapshot import CatalogCache
from api.identity.principal import ANONYMOUS, Principal
from api.identity.runtime import IdentityRuntime
from api.settings import Settings


@dataclass
class Context:
    settings: Settings
    catalog_cache: CatalogCache
    identity: IdentityRuntime
    principal: Principal = ANONYMOUS
    connection_params: dict | None = None  # a WebSocket's connection_init payload
    # Over HTTP: keeps a new session's refresh token in the browser (the HttpOnly cookie of
    # api.web.session_cookie, set on this request's response). None on a WebSocket.
    keep_refresh_token: Callable[[str], None] | None = None
    metered: bool = True  # charged to the principal's query budget (not the public cache's own runs)
    # Over HTTP: answers this request with 429 and ``Retry-After`` (seconds) when its cost budget is spent.
    over_budget: Callable[[int], None] | None = None
    bearer: str | None = None  # the verified access token's header value (its expiry ends live streams)

    async def catalog(self) -> Catalog:
        return await self.catalog_cache.get()
