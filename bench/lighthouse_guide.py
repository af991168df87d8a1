"""Lighthouse (mobile preset, Debian Chromium) on a guide URL, plus the guide page's JavaScript size.

Budgets: performance ≥ 0.95, accessibility ≥ 0.98, LCP ≤ 1.0 s, guide-page JavaScript ≤ 40 KB
gzipped. Needs `npm ci` in bench/ (Lighthouse) and a built PWA.

    python -m bench.lighthouse_guide [CODE ...]
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

from bench.common import PYTHON, ROOT, running_server

LIGHTHOUSE = ROOT / "bench" / "node_modules" / ".bin" / "lighthouse"
FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"
BUDGET = {"performance": 0.95, "accessibility": 0.98, "lcp_s": 1.0, "js_kb_gz": 40.0}


def guide_js_gzip_kb(html: str) -> float:
    """Gzipped size of every script the guide page loads up front (entry + module preloads)."""
    dist = ROOT / "pwa" / "dist"
    paths = set(re.findall(r'<script[^>]+src="(/[^"]+\.js)"', html))
    paths |= set(re.findall(r'<link[^>]+rel="modulepreload"[^>]+href="(/[^"]+\.js)"', html))
    return sum(len(gzip.compress((dist / p.lstrip("/")).read_bytes(), 9)) for p in paths) / 1024


def lighthouse(url: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={out}",
                "--only-categories=performance,accessibility",
                f"--chrome-flags={FLAGS}",
            ],
            check=True,
            env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"},
        )
        report = json.loads(out.read_text())
    audits = report["audits"]
    return {
        "performance": report["categories"]["performance"]["score"],
        "accessibility": report["categories"]["accessibility"]["score"],
        "lcp_s": audits["largest-contentful-paint"]["numericValue"] / 1000,
        "fcp_s": audits["first-contentful-paint"]["numericValue"] / 1000,
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "tbt_ms": audits["total-blocking-time"]["numericValue"],
        "failed_a11y": [
            key
            for key, audit in audits.items()
            if audit.get("score") == 0
            and key in {ref["id"] for ref in report["categories"]["accessibility"]["auditRefs"]}
        ],
    }


def main(codes: list[str]) -> int:
    if not LIGHTHOUSE.exists():
        print("Lighthouse is needed: (cd bench && npm ci)", file=sys.stderr)
        return 2
    failed = False
    with running_server([PYTHON, "-m", "api", "serve", "--demo", "--port", "{port}"]) as base:
        if not codes:
            query = json.dumps({"query": "{ bundles { code } catalogItems(first: 1) { nodes { code } } }"})
            request = urllib.request.Request(
                f"{base}/graphql", query.encode(), {"Content-Type": "application/json"}
            )
            data = json.load(urllib.request.urlopen(request))["data"]
            codes = [data["catalogItems"]["nodes"][0]["code"], data["bundles"][0]["code"]]
        for code in codes:
            url = f"{base}/g/{code}"
            html = urllib.request.urlopen(url).read().decode()
            result = lighthouse(url)
            result["js_kb_gz"] = guide_js_gzip_kb(html)
            checks = {
                "performance": result["performance"] >= BUDGET["performance"],
                "accessibility": result["accessibility"] >= BUDGET["accessibility"],
                "lcp_s": result["lcp_s"] <= BUDGET["lcp_s"],
                "js_kb_gz": result["js_kb_gz"] <= BUDGET["js_kb_gz"],
            }
            failed |= not all(checks.values())
            print(
                f"/g/{code}: performance {result['performance']:.2f}, accessibility "
                f"{result['accessibility']:.2f}, LCP {result['lcp_s']:.2f} s, FCP {result['fcp_s']:.2f} s, "
                f"CLS {result['cls']:.3f}, TBT {result['tbt_ms']:.0f} ms, JS {result['js_kb_gz']:.1f} KB gz"
            )
            for name, ok in checks.items():
                print(f"  budget {name} {'ok' if ok else 'FAIL'}")
            if result["failed_a11y"]:
                print(f"  failing accessibility audits: {', '.join(result['failed_a11y'])}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
