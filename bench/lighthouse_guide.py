"""Lighthouse (mobile preset, Debian Chromium) on a guide URL and on the home page, plus the guide
page's JavaScript size.

Budgets: performance ≥ 0.95, accessibility ≥ 0.98, LCP ≤ 1.0 s, guide-page JavaScript ≤ 40 KB
gzipped. Needs `npm ci` in bench/ (Lighthouse) and a built PWA.

The JavaScript figure is everything the page ships: the inline <script> elements of its HTML (the
app is inlined into it; JSON data islands such as ov-preload are not code) plus every script the
page requested during the Lighthouse run or names in its HTML, each gzipped on its own. The HTML
figure is the document as it goes over the wire (gzipped, with headers): up to 14,600 bytes (ten
1460-byte TCP segments) it arrives in the first round trip, which the LCP budget relies on.

    python -m bench.lighthouse_guide [CODE ...]
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

from bench.common import PYTHON, ROOT, running_server

LIGHTHOUSE = ROOT / "bench" / "node_modules" / ".bin" / "lighthouse"
FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"
BUDGET = {"performance": 0.95, "accessibility": 0.98, "lcp_s": 1.0, "js_kb_gz": 40.0}
FIRST_ROUND_TRIP = 10 * 1460  # bytes TCP sends before the first acknowledgement (initial window)


# <script type> values that are code (an absent or empty type is too); anything else is data.
JS_TYPES = {
    "module",
    "text/javascript",
    "application/javascript",
    "text/ecmascript",
    "application/ecmascript",
}


class _Scripts(HTMLParser):
    """Inline script bodies that are code, and the URLs of external scripts and module preloads."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.inline: list[str] = []
        self.urls: list[str] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "link" and "modulepreload" in a.get("rel", "").split() and a.get("href"):
            self.urls.append(a["href"])
        if tag != "script":
            return
        if a.get("src"):
            self.urls.append(a["src"])
        elif a.get("type", "").strip().lower() in JS_TYPES | {""}:
            self._open = []

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._open is not None:
            self.inline.append("".join(self._open))
            self._open = None


def _gz(data: bytes) -> int:
    return len(gzip.compress(data, 9))


def guide_js_gzip_kb(url: str, html: str, requested: list[str]) -> dict[str, float]:
    """Gzipped JavaScript of the guide page: inline scripts, and external ones (named in the HTML or
    requested while Lighthouse loaded it), each compressed on its own."""
    parser = _Scripts()
    parser.feed(html)
    inline = sum(_gz(code.encode()) for code in parser.inline if code.strip())
    external = 0
    files = {urllib.parse.urljoin(url, src) for src in [*parser.urls, *requested]}
    for src in sorted(files):
        with urllib.request.urlopen(src) as response:
            external += _gz(response.read())
    return {"js_kb_gz": (inline + external) / 1024, "inline_kb": inline / 1024, "files": len(files)}


def _html_transfer_bytes(url: str) -> int:
    """The guide's HTML as it goes over the wire to a browser: gzipped body plus headers."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request) as response:
        body = response.read()
        headers = sum(len(k) + len(v) + 4 for k, v in response.getheaders())
    return len(body) + headers + len("HTTP/1.1 200 OK\r\n\r\n")


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
    requests = audits["network-requests"]["details"]["items"]
    return {
        "scripts": [
            r["url"]
            for r in requests
            if r.get("resourceType") == "Script" and r.get("sessionTargetType", "page") == "page"
        ],
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
            first_item = "catalogItems(first: 1) { edges { node { code } } }"
            query = json.dumps({"query": "{ bundles { code } " + first_item + " }"})
            request = urllib.request.Request(
                f"{base}/graphql", query.encode(), {"Content-Type": "application/json"}
            )
            data = json.load(urllib.request.urlopen(request))["data"]
            codes = [data["catalogItems"]["edges"][0]["node"]["code"], data["bundles"][0]["code"]]
        for code in codes:
            url = f"{base}/g/{code}"
            html = urllib.request.urlopen(url).read().decode()
            result = lighthouse(url)
            result |= guide_js_gzip_kb(url, html, result["scripts"])
            result["html_bytes"] = _html_transfer_bytes(url)
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
                f"CLS {result['cls']:.3f}, TBT {result['tbt_ms']:.0f} ms, JS {result['js_kb_gz']:.1f} KB gz "
                f"(inline {result['inline_kb']:.1f} KB, {result['files']} files), "
                f"HTML {result['html_bytes']} B gz"
            )
            for name, ok in checks.items():
                print(f"  budget {name} {'ok' if ok else 'FAIL'}")
            if result["html_bytes"] > FIRST_ROUND_TRIP:
                print(f"  note: the HTML needs more than TCP's first round trip ({FIRST_ROUND_TRIP} B)")
            if result["failed_a11y"]:
                print(f"  failing accessibility audits: {', '.join(result['failed_a11y'])}")
        failed |= not landing(base)
    return 1 if failed else 0


def landing(base: str) -> bool:
    """The home page, where a citizen without a QR code starts: the same performance, accessibility
    and LCP budgets as a guide (its code is the whole app's, so no JavaScript budget)."""
    urllib.request.urlopen(f"{base}/").read()  # the catalogue answer it carries is cached from now on
    result = lighthouse(f"{base}/")
    checks = {name: result[name] >= BUDGET[name] for name in ("performance", "accessibility")}
    checks["lcp_s"] = result["lcp_s"] <= BUDGET["lcp_s"]
    print(
        f"/: performance {result['performance']:.2f}, accessibility {result['accessibility']:.2f}, "
        f"LCP {result['lcp_s']:.2f} s, FCP {result['fcp_s']:.2f} s, CLS {result['cls']:.3f}, "
        f"TBT {result['tbt_ms']:.0f} ms, HTML {_html_transfer_bytes(f'{base}/')} B gz"
    )
    for name, ok in checks.items():
        print(f"  budget {name} {'ok' if ok else 'FAIL'}")
    return all(checks.values())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
