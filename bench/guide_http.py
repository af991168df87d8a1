"""Guide-by-code through GraphQL (POST, and persisted GET) against a bare Starlette JSON route.

One server process (uvicorn, pinned to CPU 0), one load generator (wrk, pinned to CPU 1), the
same run for all three routes. Prints requests/s, p50/p99 latency and the ratios, and checks the
budgets: persisted GET ≥ 0.7× the bare route, POST ≥ 0.3×, an ad-hoc POST ≥ 0.3×. A POST of a
persisted (public) document, or of an integrator's own document that reads only public catalogue
fields, is answered from the same per-revision cache as the GET; a fifth case measures a document
that strawberry executes in full, for the record (no budget). The per-principal query budget is lifted
for the run (GRAPHQL_COST_BUDGET): the ad-hoc case measures the cost computation, not refusals.

    python -m bench.guide_http [--seconds 10] [--connections 16]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path

from api.graphql.persisted import PersistedQueries
from bench.common import PYTHON, running_server, wrk, wrk_latency_ms, wrk_rate

BUDGETS = {"GET (persisted, cached)": 0.7, "POST": 0.3, "POST ad-hoc (public, cached)": 0.3}


def measure(url: str, seconds: int, connections: int, script: str | None = None) -> dict:
    """wrk's figures for ``url`` (``script``: the Lua text, if any); any failed answer stops the bench."""
    if script is None:
        out = wrk(url, connections, seconds)
    else:
        with tempfile.NamedTemporaryFile("w", suffix=".lua") as lua:
            lua.write(script)
            lua.flush()
            out = wrk(url, connections, seconds, lua.name)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise RuntimeError(f"{url}: {errors.group(1)} failed responses\n{out}")
    return {"rps": wrk_rate(out), "p50": wrk_latency_ms(out, 50), "p99": wrk_latency_ms(out, 99)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("wrk is needed: apt-get install wrk", file=sys.stderr)
        return 2
    guide = PersistedQueries().by_name("Guide")
    os.environ.setdefault("GRAPHQL_COST_BUDGET", str(10**12))
    command = [
        PYTHON,
        "-m",
        "uvicorn",
        "bench.server:app",
        "--port",
        "{port}",
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    with running_server(command, cpu="0") as base:
        query = json.dumps({"query": "{ catalogItems(first: 1) { edges { node { code } } } }"}).encode()
        request = urllib.request.Request(f"{base}/graphql", query, {"Content-Type": "application/json"})
        code = json.load(urllib.request.urlopen(request))["data"]["catalogItems"]["edges"][0]["node"]["code"]
        variables = {"code": code}
        extensions = {"persistedQuery": {"version": 1, "sha256Hash": guide.sha256}}
        get_url = (
            f"{base}/graphql?extensions={urllib.parse.quote(json.dumps(extensions))}"
            f"&variables={urllib.parse.quote(json.dumps(variables))}"
        )
        body = json.dumps({"query": guide.text, "variables": variables})
        post_script = (
            'wrk.method = "POST"\n'
            'wrk.headers["Content-Type"] = "application/json"\n'
            f"wrk.body = {json.dumps(body)}\n"
        )
        sizes = {
            "bare": len(urllib.request.urlopen(f"{base}/bench/bare").read()),
            "guide": len(urllib.request.urlopen(get_url).read()),
        }
        # The same document with one more space is not a persisted one: an integrator's own document.
        # It reads only public catalogue fields, so it is answered from the same per-revision cache
        # (api.web.public_documents). A GET with the query text goes to strawberry: executed in full.
        adhoc = json.dumps({"query": guide.text.replace("{", " {", 1), "variables": variables})
        adhoc_script = post_script.replace(
            f"wrk.body = {json.dumps(body)}", f"wrk.body = {json.dumps(adhoc)}"
        )
        executed_url = (
            f"{base}/graphql?query={urllib.parse.quote(guide.text.replace('{', ' {', 1))}"
            f"&variables={urllib.parse.quote(json.dumps(variables))}"
        )
        cases = {
            "bare JSON route": (f"{base}/bench/bare", None),
            "GET (persisted, cached)": (get_url, None),
            "POST": (f"{base}/graphql", post_script),
            "POST ad-hoc (public, cached)": (f"{base}/graphql", adhoc_script),
            "GET ad-hoc (executed)": (executed_url, None),
        }
        for url, script in cases.values():  # warm up caches and the JIT-less interpreter alike
            measure(url, 2, args.connections, script)
        results = {
            name: measure(url, args.seconds, args.connections, script)
            for name, (url, script) in cases.items()
        }

    bare = results["bare JSON route"]["rps"]
    print(
        f"guide {code}: response {sizes['guide']} bytes (bare route {sizes['bare']} bytes); "
        f"wrk 1 thread, {args.connections} connections, {args.seconds}s per case; server on CPU 0"
    )
    print(f"{'case':30} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'× bare':>7}")
    for name, r in results.items():
        print(f"{name:30} {r['rps']:9.0f} {r['p50']:8.2f} {r['p99']:8.2f} {r['rps'] / bare:7.2f}")
    failed = [name for name, floor in BUDGETS.items() if results[name]["rps"] / bare < floor]
    for name, floor in BUDGETS.items():
        verdict = "FAIL" if name in failed else "ok"
        print(f"budget {name} ≥ {floor}× bare: {results[name]['rps'] / bare:.2f}× {verdict}")
    Path("bench/results").mkdir(exist_ok=True)
    Path("bench/results/guide_http.json").write_text(json.dumps(results, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
