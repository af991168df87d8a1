"""Submission throughput and latency: ``submitApplication`` for the restaurant bundle (我要开餐馆, one
application + a task per department + materials + event + outbox row per request), on SQLite and on
PostgreSQL, by wrk against one server process (the notification worker runs in a process of its own
beside it, as ``./run.sh serve`` runs them). Every request has its own idempotency key.

    python -m bench.submissions [--seconds 10] [--connections 8] [--users 40] [--profile DIR]

Beside each figure: the bare Starlette route (``bench.server``'s ``/bench/bare``) of the same server,
measured by wrk right after, so the ratio holds on a machine that is busy with other work.

``--profile DIR`` records the server with py-spy (``pip install py-spy``) during each run and writes a
flame graph per database to DIR, as collapsed stacks (open them in speedscope or flamegraph.pl; or
``python -m bench.stacks FILE`` for the top frames as text).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import secrets
import subprocess
import tempfile
from pathlib import Path

import asyncpg
from tortoise import Tortoise

from api import db
from api.applications import services
from api.catalog import forms
from api.catalog.loader import load_catalog, read_catalog
from api.catalog.snapshot import CatalogCache
from api.identity import tokens
from api.identity.enums import Role
from api.identity.models import User
from api.identity.runtime import IdentityRuntime
from api.settings import ROOT, Settings, tortoise_config
from api.uploads.models import Upload
from bench.common import PYTHON, free_port, running_server, wrk, wrk_latency_ms, wrk_rate
from tests.applications.conftest import valid_data

PG_URL = "postgres://postgres@127.0.0.1:5432/onevisit_bench"
SUBMIT = """mutation($i: ApplicationInput!) { submitApplication(input: $i) {
  ... on Submitted { created application { trackingNumber } } ... on ApplicationError { code } } }"""

LUA = r"""
local bodies = {BODIES}
local tokens = {TOKENS}
local n = 0
request = function()
  n = n + 1
  local i = (n % #bodies) + 1
  local key = string.format("bench-%d-%d", math.random(1, 2147483647), n)
  local body = string.gsub(bodies[i], "__KEY__", key)
  return wrk.format("POST", "/graphql", {["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[i]}, body)
end
done = function(summary, latency, requests)
  io.write(string.format("P95_US %d\n", latency:percentile(95)))
  local e = summary.errors
  io.write(string.format("ERRORS %d\n", e.status + e.connect + e.timeout))
end
"""


async def prepare(url: str, base: str, users: int) -> list[tuple[str, str]]:
    """Catalogue, citizens with uploaded materials, and an access token each: (token, body) pairs."""
    if url.startswith("postgres"):
        admin = await asyncpg.connect("postgresql://postgres@127.0.0.1:5432/postgres")
        exists = await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = 'onevisit_bench'")
        if not exists:
            await admin.execute("CREATE DATABASE onevisit_bench")
        await admin.close()
        conn = await asyncpg.connect(url.replace("postgres://", "postgresql://"))
        await conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
        await conn.close()
    await Tortoise.init(config=tortoise_config(url))
    await db.migrate(url)
    await load_catalog(read_catalog(ROOT / "data" / "catalog"))
    catalog = await CatalogCache(0).get()
    identity = IdentityRuntime.for_base_url(base)
    await identity.keys.load()
    plan = services.material_plan(catalog.entry("B03"))
    schema = forms.form_for(catalog, "B03")
    pairs = []
    for n in range(users):
        user = await User.create(
            user_handle=secrets.token_urlsafe(64),
            name=f"压测用户{n}",
            phone=f"139{n:08d}",
            roles=[Role.CITIZEN.value],
        )
        materials = []
        for line in plan:
            if line.status == "missing":
                upload = await Upload.create(
                    owner=user,
                    sha256=secrets.token_hex(32),
                    content_type="image/jpeg",
                    size=1,
                    original_name="x.jpg",
                )
                materials.append({"material": line.material_code, "upload": upload.public_id})
        body = {
            "query": SUBMIT,
            "variables": {
                "i": {
                    "code": "B03",
                    "data": valid_data(schema),
                    "materials": materials,
                    "idempotencyKey": "__KEY__",
                }
            },
        }
        session = await tokens.start_session(identity.keys, user)
        pairs.append((session.access_token, json.dumps(body, ensure_ascii=False)))
    await Tortoise.close_connections()
    return pairs


async def count_applications(url: str) -> int:
    from api.applications.models import Application

    await Tortoise.init(config=tortoise_config(url))
    try:
        return await Application.all().count()
    finally:
        await Tortoise.close_connections()


def lua_list(values: list[str]) -> str:
    return "{" + ",".join("[==[" + v + "]==]" for v in values) + "}"


def run(
    url: str, label: str, seconds: int, connections: int, users: int, profile: Path | None = None
) -> dict:
    port = free_port()
    base = f"http://localhost:{port}"
    pairs = asyncio.run(prepare(url, base, users))
    script = LUA.replace("{BODIES}", lua_list([b for _, b in pairs])).replace(
        "{TOKENS}", lua_list([t for t, _ in pairs])
    )
    command = [PYTHON, "-m", "uvicorn", "bench.server:app", "--port", "{port}", "--log-level", "warning"]
    spies: list[subprocess.Popen] = []

    def spy(process: subprocess.Popen) -> None:
        if profile is not None:
            profile.mkdir(parents=True, exist_ok=True)
            out = profile / f"submissions-{label.lower()}.folded"  # collapsed stacks
            argv = ["record", "--pid", str(process.pid), "--duration", str(seconds), "-f", "raw"]
            argv += ["-o", str(out)]
            spies.append(subprocess.Popen([str(Path(PYTHON).parent / "py-spy"), *argv]))

    # production's topology (``./run.sh serve``): the app process writes the outbox, a worker process
    # beside it delivers (on the other core, with wrk)
    worker = ["taskset", "-c", "1", PYTHON, "-m", "notifications.worker"]
    off = {"NOTIFICATIONS_WORKER": "off"}
    with running_server(command, url, cpu="0", port=port, on_start=spy, env=off, beside=worker) as served:
        with tempfile.NamedTemporaryFile("w", suffix=".lua") as lua:
            lua.write(script)
            lua.flush()
            out = wrk(f"{served}/graphql", connections, seconds, lua.name)
        for recording in spies:
            recording.wait(timeout=60)
        # the bare Starlette route on the same server, right after: the ceiling of this machine now
        bare_out = wrk(f"{served}/bench/bare", connections, max(3, seconds // 2))
    bare = wrk_rate(bare_out)
    rps = wrk_rate(out)
    sent = int(re.search(r"(\d+) requests in", out).group(1))
    stored = asyncio.run(count_applications(url))
    p95 = int(re.search(r"P95_US (\d+)", out).group(1)) / 1000
    errors = int(re.search(r"ERRORS (\d+)", out).group(1))
    result = {
        "database": label,
        "submissions_per_s": rps,
        "p50_ms": wrk_latency_ms(out, 50),
        "p95_ms": p95,
        "errors": errors,
        "requests": sent,
        "applications": stored,
        "bare_route_per_s": bare,
    }
    print(
        f"{label:10s} {rps:8.1f} submissions/s   p50 {result['p50_ms']:7.1f} ms   p95 {p95:7.1f} ms   "
        f"errors {errors}   {stored} applications stored for {sent} requests   "
        f"bare route {bare:8.1f} req/s (submissions {rps / bare:.3f}× of it)",
        flush=True,
    )
    return result


def main() -> None:
    # the data key the app would use (ONEVISIT_DATA_KEYS, or the development var/data-key): rows
    # this process writes are read by the server and workers it starts
    Settings.from_env().setup_data_keys()
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--users", type=int, default=40)
    parser.add_argument("--profile", type=Path, help="write py-spy flame graphs of the server here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = f"sqlite://{tmp}/bench.sqlite3"
        run(sqlite, "SQLite", args.seconds, args.connections, args.users, args.profile)
    try:
        run(PG_URL, "PostgreSQL", args.seconds, args.connections, args.users, args.profile)
    except (OSError, asyncpg.PostgresError) as exc:
        print(f"PostgreSQL skipped: {exc}")


if __name__ == "__main__":
    main()
