"""Shared fixtures: real SQLite files, the real PostgreSQL server, the demo catalogue, query counting."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
from pathlib import Path

import asyncpg
import pytest
import pytest_asyncio
from tortoise import Tortoise

from api import crypto_at_rest, db
from api.catalog.loader import CatalogSource, read_catalog
from api.settings import ROOT, tortoise_config

POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test")

# Secrets at rest: one fixed test data key for this process and the servers and workers it starts
# (they read keys and ID numbers written here); never the development key file under var/.
TEST_DATA_KEYS = "test1:" + "dGVzdCBkYXRhIGtleSBmb3Igb25ldmlzaXQgdGVzdHM="  # 32 bytes
os.environ["ONEVISIT_DATA_KEYS"] = TEST_DATA_KEYS
os.environ.pop("ONEVISIT_DATA_KEY", None)
crypto_at_rest.configure(TEST_DATA_KEYS)


def pytest_collection_modifyitems(config, items):
    """Browser tests last: Playwright's sync API keeps an event loop running in the main thread for
    the rest of the session (the ``browser`` fixture), and pytest-asyncio cannot start one after it."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None or "e2e/" in item.nodeid)


DEMO_CATALOG = ROOT / "data" / "catalog"


def _postgres_reachable() -> bool:
    async def probe() -> bool:
        try:
            conn = await asyncpg.connect(POSTGRES_URL.replace("postgres://", "postgresql://"), timeout=3)
        except (OSError, asyncpg.PostgresError):
            return False
        await conn.close()
        return True

    return asyncio.run(probe())


POSTGRES_AVAILABLE = _postgres_reachable()


def require_postgres() -> None:
    if POSTGRES_AVAILABLE:
        return
    if os.environ.get("CI") or os.environ.get("REQUIRE_POSTGRES"):
        pytest.fail(f"PostgreSQL is required here but {POSTGRES_URL} is unreachable")
    pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}")


async def reset_postgres_schema(url: str) -> None:
    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://"))
    try:
        await conn.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
    finally:
        await conn.close()


def database_url_for(kind: str, tmp_path: Path) -> str:
    if kind == "sqlite":
        return f"sqlite://{tmp_path / 'onevisit-test.sqlite3'}"
    require_postgres()
    return POSTGRES_URL


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path) -> str:
    return database_url_for(request.param, tmp_path)


# --- one migrated template per session, copied for each test -------------------------------------
# Migrating costs about 1.2 s per test on PostgreSQL (every aerich migration) and the table DDL on
# SQLite; a copy of a migrated template costs a fraction of that: a file copy for SQLite, and
# CREATE DATABASE … TEMPLATE for PostgreSQL.

_templates: dict[str, str] = {}


async def _migrated(url: str) -> None:
    await Tortoise.init(config=tortoise_config(url))
    try:
        await db.migrate(url)
    finally:
        await Tortoise.close_connections()


async def _sqlite_copy(url: str, tmp_root: Path) -> None:
    template = _templates.get("sqlite")
    if template is None:
        template = str(tmp_root / "template.sqlite3")
        await _migrated(f"sqlite://{template}")  # closing the last connection checkpoints the WAL
        _templates["sqlite"] = template
    shutil.copyfile(template, url.removeprefix("sqlite://"))


async def _postgres_copy(url: str) -> None:
    server, name = url.replace("postgres://", "postgresql://").rsplit("/", 1)
    template = f"{name}_template"
    admin = await asyncpg.connect(f"{server}/postgres")
    try:
        if url not in _templates:
            await admin.execute(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
            await admin.execute(f'CREATE DATABASE "{template}"')
            await _migrated(url.rsplit("/", 1)[0] + f"/{template}")
            _templates[url] = template
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    finally:
        await admin.close()


@pytest_asyncio.fixture
async def database(database_url, tmp_path_factory):
    """An empty, migrated database: a SQLite file, or PostgreSQL through the aerich migrations
    (each a fresh copy of a template migrated once per session)."""
    if database_url.startswith("sqlite"):
        await _sqlite_copy(database_url, tmp_path_factory.getbasetemp())
    else:
        await _postgres_copy(database_url)
    await Tortoise.init(config=tortoise_config(database_url))
    yield database_url
    await Tortoise.close_connections()


@pytest.fixture(scope="session")
def demo_source() -> CatalogSource:
    return read_catalog(DEMO_CATALOG)


class QueryCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.queries: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.lstrip().split(" ", 1)[0].upper() in {"SELECT", "INSERT", "UPDATE", "DELETE", "WITH"}:
            self.queries.append(message)


@contextlib.contextmanager
def count_queries():
    """Counts SQL statements sent by tortoise (it logs each one on ``tortoise.db_client``)."""
    logger = logging.getLogger("tortoise.db_client")
    counter = QueryCounter()
    previous = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(counter)
    try:
        yield counter
    finally:
        logger.removeHandler(counter)
        logger.setLevel(previous)


SHELL_HTML = "<!doctype html><html lang=zh-CN><head><title>一次办</title></head><body></body></html>"


def make_settings(tmp_path: Path, database_url: str, **overrides):
    from api.settings import Settings

    dist = tmp_path / "dist"
    dist.mkdir(exist_ok=True)
    (dist / "index.html").write_text(SHELL_HTML, encoding="utf-8")
    values = {
        "database_url": database_url,
        "public_base_url": "https://hall.example.gov.cn",
        "pwa_dist": dist,
        "catalog_check_interval": 0.0,
        "data_keys": TEST_DATA_KEYS,
    }
    values.update(overrides)
    return Settings(**values)


def write_catalog_files(directory: Path, rows: dict) -> Path:
    """Write catalogue rows as the YAML data files the loader reads."""
    import yaml

    (directory / "items").mkdir(parents=True, exist_ok=True)
    for key, name in (
        ("departments", "departments"),
        ("halls", "halls"),
        ("materials", "materials"),
        ("bundles", "bundles"),
        ("tree", "lifecycle"),
        ("fields", "fields"),
    ):
        (directory / f"{name}.yaml").write_text(yaml.safe_dump(rows[key], allow_unicode=True), "utf-8")
    (directory / "items" / "all.yaml").write_text(yaml.safe_dump(rows["items"], allow_unicode=True), "utf-8")
    return directory


@pytest.fixture(scope="module")
def demo_client(tmp_path_factory):
    """The app on a real SQLite file with the demo catalogue loaded at start, as `serve --demo` does."""
    from starlette.testclient import TestClient

    from api.app import create_app

    tmp = tmp_path_factory.mktemp("demo")
    settings = make_settings(tmp, f"sqlite://{tmp / 'demo.sqlite3'}")
    with TestClient(create_app(settings, load_demo=True)) as client:
        yield client


def gql(client, query: str, variables: dict | None = None, **kwargs) -> dict:
    response = client.post("/graphql", json={"query": query, "variables": variables or {}}, **kwargs)
    assert response.status_code in (200, 400), response.text
    return response.json()


def edges_nodes(connection: dict) -> list:
    """The nodes of a connection as the API answered it (``{edges {node}}``)."""
    return [edge["node"] for edge in connection["edges"]]


def gid(type_name: str, pk: int) -> str:
    """The opaque id the API hands out for a row (tests build ids the way a client receives them)."""
    from api.graphql.ids import global_id

    return str(global_id(type_name, pk))
