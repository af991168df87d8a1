"""An integrator's authenticated read of one application by id: GraphQL ``application(id:)`` with the
citizen's access token (the restaurant bundle: three lanes, twelve materials, the timeline), on
PostgreSQL, one server process, by wrk. ``--citizens`` (40) each read their own application, in turn: the
applications do not change during the run, so after the first round every read is answered from the
kept view (``api.applications.view_cache``) and what is measured is the read path around it (token,
policy, the row, GraphQL execution); a read right after a change builds the view again. Beside it the
bare Starlette route of the same server, each figure measured right after the other so their ratio holds
on a busy machine.

    python -m bench.reads [--seconds 10] [--profile FILE]

``--profile FILE`` records the server with py-spy during the 32-connection run (collapsed stacks; read
them with ``python -m bench.stacks FILE``).

Prints p50/p99 at 1 connection and requests/s at 32 connections, then the median latency of a read
right after its application changed (the view built again) beside the read after it. Goals (issue 15):
p99 ≤ 10 ms at 1 connection, ≥ 700 requests/s at 32.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import statistics
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import asyncpg

from api.graphql.ids import from_global_id
from api.settings import Settings
from bench.common import PYTHON, cpu_seconds, free_port, running_server, wrk, wrk_latency_ms, wrk_rate
from bench.submissions import PG_URL, prepare

READ = """query($id: ID!) { application(id: $id) { id trackingNumber status statusLabel { zh en }
  nextAction { zh en } code name submittedAt channel
  lanes { taskId departmentCode departmentName items status promisedDays dueOn remainingWorkingDays paused }
  materials { material name status upload owed late } events { at toStatus actorKind actorName reason }
  commitments { item version } } }"""
MINE = "{ myApplications(first: 1) { edges { node { id } } } }"

LUA = r"""
local bodies = {BODIES}
local requests = {}
for i, pair in ipairs(bodies) do
  requests[i] = wrk.format("POST", "/graphql", {["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. pair[1]}, pair[2])
end
local n = 0
request = function()
  n = n % #requests + 1
  return requests[n]
end
done = function(summary, latency, requests)
  io.write(string.format("P50_US %d\nP99_US %d\n", latency:percentile(50), latency:percentile(99)))
  local e = summary.errors
  io.write(string.format("ERRORS %d\n", e.status + e.connect + e.timeout))
end
"""


def _post(base: str, token: str, body: str) -> dict:
    request = urllib.request.Request(
        f"{base}/graphql",
        data=body.encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def _lua_string(text: str) -> str:
    return "[==[" + text + "]==]"


def _one_application(base: str, token: str, submission: str, n: int) -> tuple[str, str]:
    """The citizen submits the restaurant bundle; (their token, the body reading it back by id)."""
    answer = _post(base, token, submission.replace("__KEY__", f"bench-read-{n:04d}"))
    assert "errors" not in answer, answer
    mine = _post(base, token, json.dumps({"query": MINE}))
    application_id = mine["data"]["myApplications"]["edges"][0]["node"]["id"]
    body = json.dumps({"query": READ, "variables": {"id": application_id}}, ensure_ascii=False)
    check = _post(base, token, body)
    assert "errors" not in check and len(check["data"]["application"]["lanes"]) == 3, check
    return token, body


async def _after_a_change(base: str, reads: list[tuple[str, str]], rounds: int = 5) -> tuple[float, float]:
    """Median latency (ms, one connection) of a read right after its application changed (its version
    bumped in the database, as the unit of work does: the kept view is built again), and of the read
    after it (the kept view)."""
    connection = await asyncpg.connect(PG_URL.replace("postgres://", "postgresql://"))
    cold: list[float] = []
    warm: list[float] = []
    try:
        for _ in range(rounds):
            for token, body in reads:
                application_id = from_global_id(json.loads(body)["variables"]["id"], "Application")
                await connection.execute(
                    "UPDATE applications_application SET version = version + 1 WHERE id = $1", application_id
                )
                for timings in (cold, warm):
                    started = time.perf_counter()
                    await asyncio.to_thread(_post, base, token, body)
                    timings.append((time.perf_counter() - started) * 1000)
    finally:
        await connection.close()
    return statistics.median(cold), statistics.median(warm)


def _wrk(
    url: str, connections: int, seconds: int, script: str | None = None, pid: int | None = None
) -> dict[str, float]:
    """wrk's figures; with the server's ``pid``, also its CPU time per request (``cpu_ms``) and the share
    of one core it used (``busy``)."""
    before = cpu_seconds(pid) if pid else 0.0
    out = wrk(url, connections, seconds, script)
    figures = {"rps": wrk_rate(out)}
    if script is not None:
        figures["p50_ms"] = int(re.search(r"P50_US (\d+)", out).group(1)) / 1000
        figures["p99_ms"] = int(re.search(r"P99_US (\d+)", out).group(1)) / 1000
        figures["errors"] = int(re.search(r"ERRORS (\d+)", out).group(1))
    else:
        figures["p99_ms"] = wrk_latency_ms(out, 99)
    if pid:
        used = cpu_seconds(pid) - before
        figures["cpu_ms"] = used * 1000 / (figures["rps"] * seconds)
        figures["busy"] = used / seconds
    return figures


def main() -> None:
    Settings.from_env().setup_data_keys()
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--citizens", type=int, default=40, help="each reads their own application")
    parser.add_argument("--profile", type=Path, help="write py-spy collapsed stacks of the server here")
    args = parser.parse_args()
    port = free_port()
    base = f"http://localhost:{port}"
    pairs = asyncio.run(prepare(PG_URL, base, args.citizens))
    command = [PYTHON, "-m", "uvicorn", "bench.server:app", "--port", "{port}", "--log-level", "warning"]
    server: list[subprocess.Popen[bytes]] = []
    with running_server(command, database_url=PG_URL, cpu="0", port=port, on_start=server.append) as served:
        reads = [_one_application(served, token, body, n) for n, (token, body) in enumerate(pairs)]
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
            table = ",".join(f"{{{_lua_string(token)},{_lua_string(body)}}}" for token, body in reads)
            lua.write(LUA.replace("{BODIES}", "{" + table + "}"))
        try:
            _wrk(f"{served}/graphql", 4, 2, lua.name)  # warm-up: connections, prepared statements
            one = _wrk(f"{served}/graphql", 1, args.seconds, lua.name, server[0].pid)
            bare_one = _wrk(f"{served}/bench/bare", 1, max(3, args.seconds // 2))
            spy = None
            if args.profile is not None:
                argv = ["record", "--pid", str(server[0].pid), "--duration", str(args.seconds), "-f", "raw"]
                spy = subprocess.Popen([str(Path(PYTHON).parent / "py-spy"), *argv, "-o", str(args.profile)])
            many = _wrk(f"{served}/graphql", 32, args.seconds, lua.name, server[0].pid)
            if spy is not None:
                spy.wait(timeout=60)
            bare_many = _wrk(f"{served}/bench/bare", 32, max(3, args.seconds // 2))
            cold, warm = asyncio.run(_after_a_change(served, reads))
        finally:
            Path(lua.name).unlink()
    print(
        f"application(id:) 1 connection:   p50 {one['p50_ms']:6.2f} ms   p99 {one['p99_ms']:6.2f} ms "
        f"(goal ≤ 10)   {one['rps']:7.1f} req/s   errors {one['errors']:.0f}   "
        f"bare route p99 {bare_one['p99_ms']:6.2f} ms, {bare_one['rps']:7.1f} req/s   "
        f"server CPU {one['cpu_ms']:.2f} ms a read ({one['busy']:.0%} of its core)"
    )
    print(
        f"application(id:) 32 connections: {many['rps']:7.1f} req/s (goal ≥ 700)   "
        f"p99 {many['p99_ms']:6.1f} ms"
        f"   errors {many['errors']:.0f}   bare route {bare_many['rps']:7.1f} req/s "
        f"(the read runs at {many['rps'] / bare_many['rps']:.3f}× of it)   "
        f"server CPU {many['cpu_ms']:.2f} ms a read ({many['busy']:.0%} of its core)",
        flush=True,
    )
    print(
        f"application(id:) right after a change (its view built again): median {cold:5.2f} ms; "
        f"the read after it (kept view): median {warm:5.2f} ms (one client, {len(reads)} applications × 5)"
    )


if __name__ == "__main__":
    main()
