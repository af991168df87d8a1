"""The web origins of active clients, for CORS on ``/graphql`` and ``/oauth/token``.

Kept in memory per process and read again at most ``TTL`` seconds after the last read; a change made
by this process (register, suspend, reactivate, new origins) drops it at once. So a change takes
effect at once in the process that made it and within ``TTL`` seconds in every other process."""

from __future__ import annotations

import time

from api.identity.models import ApiClient

TTL = 5.0


class AllowedOrigins:
    def __init__(self, ttl: float = TTL):
        self.ttl = ttl
        self._origins: frozenset[str] = frozenset()
        self._loaded_at = float("-inf")

    def changed(self) -> None:
        self._loaded_at = float("-inf")

    async def allows(self, origin: str) -> bool:
        if time.monotonic() - self._loaded_at > self.ttl:
            rows = await ApiClient.filter(disabled_at=None).values_list("web_origins", flat=True)
            self._origins = frozenset(
                str(o) for origins in rows if isinstance(origins, list) for o in origins
            )
            self._loaded_at = time.monotonic()
        return origin in self._origins


ORIGINS = AllowedOrigins()
