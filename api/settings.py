"""Configuration from the environment, and the Tortoise config that aerich also reads."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tortoise.backends.base.config_generator import expand_db_url

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = f"sqlite://{ROOT / 'var' / 'onevisit.sqlite3'}"

MODEL_MODULES = [
    "api.catalog.models",
    "api.catalog_admin.models",
    "api.identity.models",
    "api.uploads.models",
    "api.applications.models",
    "api.review.models",
    "notifications.models",
    "api.wallet.models",
    "api.appointments.models",
    "api.queue.models",
    "api.feedback.models",
    "api.supervision.models",
    "api.reminders.models",
    "api.commitments.models",
    "api.helping.models",
    "api.oauth.models",
    "api.webhooks.models",
]


def _flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def sqlite_url_with_pragmas(url: str) -> str:
    """SQLite needs a busy timeout to queue writers instead of failing with "database is locked".

    Tortoise passes extra query parameters of a sqlite:// URL through as PRAGMAs (WAL is its default).
    """
    if not url.startswith("sqlite://") or ":memory:" in url or "busy_timeout" in url:
        return url
    return url + ("&" if "?" in url else "?") + "busy_timeout=10000"


async def _pooled_connection_kept(connection: object) -> None:
    """asyncpg's pool resets a connection handed back with a query of its own (``RESET ALL; UNLISTEN *;
    …``): one more round trip for every statement run outside a transaction. Pooled connections carry
    no session state here (LISTEN and the migration's session lock use connections of their own, the
    queue's advisory lock is the transaction's), so nothing needs resetting; asyncpg still rolls back a
    transaction left open before calling this."""


def database_connection(database_url: str) -> str | dict[str, Any]:
    """The tortoise connection of a ``DATABASE_URL``: SQLite with its pragmas, PostgreSQL's pool with
    no reset query."""
    if not database_url.startswith(("postgres://", "postgresql://")):
        return sqlite_url_with_pragmas(database_url)
    config = expand_db_url(database_url)
    config["credentials"]["reset"] = _pooled_connection_kept
    return config


def tortoise_config(database_url: str) -> dict:
    # The connection is named after its dialect: tortoise caches prepared SQL per connection name,
    # so one process (the test suite) can use SQLite and PostgreSQL one after the other.
    name = "sqlite" if database_url.startswith("sqlite") else "postgres"
    return {
        "connections": {name: database_connection(database_url)},
        "apps": {
            "models": {
                "models": [*MODEL_MODULES, "aerich.models"],
                "default_connection": name,
            }
        },
        "use_tz": True,
        "timezone": "Asia/Shanghai",
    }


def parse_trusted_proxies(value: str) -> tuple[str, ...]:
    """``TRUSTED_PROXIES``: comma-separated IPs or CIDRs (``10.0.0.5, 172.18.0.0/16``)."""
    return tuple(part.strip() for part in value.split(",") if part.strip())


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    port: int = 8000
    public_base_url: str = "http://localhost:8000"
    production: bool = False
    pwa_dist: Path = ROOT / "pwa" / "dist"
    catalog_dir: Path = ROOT / "data" / "catalog"
    # How often a process asks the database whether the catalogue changed (seconds).
    catalog_check_interval: float = 2.0
    public_cache_max_age: int = 60
    graphql_max_depth: int = 10
    graphql_max_aliases: int = 15
    graphql_max_tokens: int = 2000
    # Query cost (api/graphql/cost.py): the most one request may cost, and each principal's budget
    # per window (kept in memory per app process: N processes allow up to N budgets).
    graphql_max_cost: int = 5000
    graphql_cost_budget: int = 100_000
    graphql_cost_window: float = 60.0
    # Live subscriptions re-check their authorization on every event, on revocations, and at least
    # this often (seconds), so an expired consent stops the stream without waiting for an event.
    subscription_recheck_seconds: float = 30.0
    # Application materials (photos, PDFs), stored once per content under <upload_dir>/<sha[:2]>/<sha>
    upload_dir: Path = ROOT / "var" / "uploads"
    upload_max_bytes: int = 15 * 1024 * 1024
    # Image re-encoding (api/uploads/images.py): a bounded pool of workers (0: one per CPU), shared
    # fairly between users (round robin), at most this many jobs of one user at once.
    reencode_workers: int = 0
    reencode_per_user: int = 1
    # The notification outbox worker: "inline" runs it inside the app process, "off" leaves it to
    # separate `python -m notifications.worker` processes.
    notifications_worker: str = "inline"
    # Reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed (IPs or CIDRs). Empty: the
    # peer's address is the client's and forwarded headers are ignored (see api.web.auth.client_address).
    trusted_proxies: tuple[str, ...] = ()
    # Push endpoints the SSRF rules let through although they are not public https hosts: "host:port"
    # entries (PUSH_ALLOW_HOSTS, comma separated), for a fake push service in tests and benchmarks
    # only; refused in production. ``push_resolver`` replaces DNS for the push rules (tests).
    push_allow_hosts: str = ""
    # Webhook URLs (api.webhooks) follow the same SSRF rules (https, port 443, public addresses);
    # WEBHOOK_ALLOW_HOSTS "host:port" entries let a receiver on loopback through, for the demo, tests
    # and benchmarks only: refused in production.
    webhook_allow_hosts: str = ""
    # Clients may run only the documents they registered (api.webhooks: per-client persisted
    # documents); ad-hoc documents from clients are refused. On by default in production
    # (GRAPHQL_CLIENT_DOCUMENTS_ONLY overrides); the PWA's and anonymous requests are not affected.
    client_documents_only: bool | None = None
    # Secrets at rest (api.crypto_at_rest): ONEVISIT_DATA_KEYS "kid:base64,…" (first encrypts) or
    # ONEVISIT_DATA_KEY "base64"; without one, development and the demo use data_key_file (generated at
    # first start), production refuses to start.
    data_keys: str = field(default="", repr=False)
    data_key_file: Path = ROOT / "var" / "data-key"
    push_resolver: Callable[[str, int], Awaitable[list[str]]] | None = field(default=None, compare=False)
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        for proxy in self.trusted_proxies:
            ipaddress.ip_network(proxy, strict=False)  # ValueError names a mistyped entry at start-up
        if self.production and self.push_allow_hosts.strip():
            raise ValueError("PUSH_ALLOW_HOSTS is for tests and benchmarks: it is refused in production")
        if self.production and self.webhook_allow_hosts.strip():
            raise ValueError("WEBHOOK_ALLOW_HOSTS is for the demo and tests: it is refused in production")

    def setup_data_keys(self):
        """Configure this process's data key ring (``api.crypto_at_rest``); raises in production
        without a key."""
        from api import crypto_at_rest

        spec = self.data_keys or crypto_at_rest.environment_spec()
        return crypto_at_rest.setup(spec, production=self.production, key_file=self.data_key_file)

    @property
    def push_endpoints(self):
        """The SSRF rules for Web Push endpoints (``notifications.endpoints.EndpointPolicy``)."""
        from notifications.endpoints import EndpointPolicy

        return EndpointPolicy.from_setting(
            self.push_allow_hosts, production=self.production, resolver=self.push_resolver
        )

    @property
    def webhook_endpoints(self):
        """The SSRF rules for webhook URLs (the push endpoints' rules, with their own allow-list)."""
        from notifications.endpoints import EndpointPolicy

        return EndpointPolicy.from_setting(
            self.webhook_allow_hosts, production=self.production, resolver=self.push_resolver
        )

    @property
    def documents_only(self) -> bool:
        """Whether /graphql refuses documents a client did not register."""
        if self.client_documents_only is not None:
            return self.client_documents_only
        return _flag("GRAPHQL_CLIENT_DOCUMENTS_ONLY", self.production)

    @property
    def introspection(self) -> bool:
        return _flag("GRAPHQL_INTROSPECTION", not self.production)

    @property
    def graphiql(self) -> bool:
        return _flag("GRAPHIQL", not self.production)

    @classmethod
    def from_env(cls, **overrides) -> Settings:
        # a port given on the command line (serve --port) is the one the base URL names too, unless
        # PUBLIC_BASE_URL says otherwise
        port = int(overrides.get("port") or os.environ.get("PORT", "8000"))
        values = {
            "database_url": os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL),
            "port": port,
            "public_base_url": os.environ.get("PUBLIC_BASE_URL", f"http://localhost:{port}"),
            "production": os.environ.get("ONEVISIT_ENV", "development") == "production",
        }
        if "PWA_DIST" in os.environ:
            values["pwa_dist"] = Path(os.environ["PWA_DIST"])
        if "UPLOAD_DIR" in os.environ:
            values["upload_dir"] = Path(os.environ["UPLOAD_DIR"])
        if "UPLOAD_MAX_BYTES" in os.environ:
            values["upload_max_bytes"] = int(os.environ["UPLOAD_MAX_BYTES"])
        if "TRUSTED_PROXIES" in os.environ:
            values["trusted_proxies"] = parse_trusted_proxies(os.environ["TRUSTED_PROXIES"])
        values["data_keys"] = (
            os.environ.get("ONEVISIT_DATA_KEYS", "").strip()
            or os.environ.get("ONEVISIT_DATA_KEY", "").strip()
        )
        if "ONEVISIT_DATA_KEY_FILE" in os.environ:
            values["data_key_file"] = Path(os.environ["ONEVISIT_DATA_KEY_FILE"])
        if "PUSH_ALLOW_HOSTS" in os.environ:
            values["push_allow_hosts"] = os.environ["PUSH_ALLOW_HOSTS"]
        if "WEBHOOK_ALLOW_HOSTS" in os.environ:
            values["webhook_allow_hosts"] = os.environ["WEBHOOK_ALLOW_HOSTS"]
        for name, kind in (
            ("graphql_max_cost", int),
            ("graphql_cost_budget", int),
            ("graphql_cost_window", float),
            ("reencode_workers", int),
            ("reencode_per_user", int),
        ):
            if name.upper() in os.environ:
                values[name] = kind(os.environ[name.upper()])
        if "NOTIFICATIONS_WORKER" in os.environ:
            values["notifications_worker"] = os.environ["NOTIFICATIONS_WORKER"].strip().lower()
        values.update(overrides)
        values["public_base_url"] = values["public_base_url"].rstrip("/")
        return cls(**values)


# aerich's target (see [tool.aerich] in pyproject.toml). Migrations are generated for PostgreSQL.
TORTOISE_ORM = tortoise_config(os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/onevisit"))
