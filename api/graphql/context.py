"""What every resolver can reach: settings and the catalogue snapshot."""

from __future__ import annotations

from dataclasses import dataclass

from api.catalog.entities import Catalog
from api.catalog.snapshot import CatalogCache
from api.settings import Settings


@dataclass
class Context:
    settings: Settings
    catalog_cache: CatalogCache

    async def catalog(self) -> Catalog:
        return await self.catalog_cache.get()
