"""Security headers: CSP (inline code of the built shells allowed by hash only), frame-ancestors,
nosniff, Referrer-Policy, Permissions-Policy (camera only in the app shell), HSTS over https only."""

from __future__ import annotations

import base64
import hashlib
import os

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from api.web.security_headers import inline_hashes
from tests.conftest import make_settings

SHELL = (
    "<!doctype html><html><head><style>body{color:#123}</style>"
    "<script>document.documentElement.lang='zh-CN'</script>"
    '<script type="module" src="/assets/x.js"></script></head><body></body></html>'
)
GUIDE = "<!doctype html><html><head><style>main{margin:0}</style></head><body><script>(function(){})()</script></body></html>"


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("headers")
    settings = make_settings(tmp, f"sqlite://{tmp / 'db.sqlite3'}")
    (settings.pwa_dist / "index.html").write_text(SHELL, encoding="utf-8")
    (settings.pwa_dist / "guide.html").write_text(GUIDE, encoding="utf-8")
    (settings.pwa_dist / "sw.js").write_text("self.addEventListener('fetch', () => {})", encoding="utf-8")
    with TestClient(create_app(settings, load_demo=True)) as client:
        yield client


def _directives(csp: str) -> dict[str, list[str]]:
    return {name: rest for name, *rest in (part.split() for part in csp.split(";") if part.strip())}


def _common(response) -> None:
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert "strict-transport-security" not in response.headers  # plain http


def test_the_app_shell_allows_its_own_inline_code_by_hash_and_the_camera(client):
    response = client.get("/verify")
    assert response.status_code == 200
    _common(response)
    csp = _directives(response.headers["content-security-policy"])
    assert csp["script-src"] == ["'self'", "'wasm-unsafe-eval'", sha("document.documentElement.lang='zh-CN'"),
                                 sha("(function(){})()")]
    assert csp["style-src"] == ["'self'", sha("body{color:#123}"), sha("main{margin:0}")]
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    assert csp["frame-ancestors"] == ["'none'"] and csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"] and csp["connect-src"] == ["'self'"]
    permissions = response.headers["permissions-policy"]
    assert "camera=(self)" in permissions and "microphone=()" in permissions and "geolocation=()" in permissions


def test_a_guide_page_gets_the_same_policy_and_no_camera(client):
    response = client.get("/g/B03")
    assert response.status_code == 200 and 'id="ov-preload"' in response.text
    _common(response)
    assert response.headers["content-security-policy"] == client.get("/").headers["content-security-policy"]
    assert "camera=()" in response.headers["permissions-policy"]


def test_graphql_answers_allow_nothing_to_run(client):
    response = client.post("/graphql", json={"query": "{ __typename }"})
    _common(response)
    assert response.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
    persisted = client.get("/graphql", params={"extensions": '{"persistedQuery":{"sha256Hash":"00"}}'})
    assert persisted.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"


def test_graphiql_in_development_may_load_its_cdn(client):
    response = client.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 200 and "graphiql" in response.text.lower()
    csp = _directives(response.headers["content-security-policy"])
    assert "https://unpkg.com" in csp["script-src"] and csp["frame-ancestors"] == ["'none'"]


def test_other_files_are_not_sniffed(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    _common(response)
    assert "content-security-policy" not in response.headers  # a worker's CSP would be its own


def test_hsts_only_over_https(client):
    assert client.get("https://hall.example.gov.cn/").headers["strict-transport-security"] == "max-age=31536000"
    assert "strict-transport-security" not in client.get("http://hall.example.gov.cn/").headers


def test_a_new_build_brings_new_hashes(client):
    index = client.app.state.settings.pwa_dist / "index.html"
    index.write_text(SHELL.replace("zh-CN", "en"), encoding="utf-8")
    stat = index.stat()
    os.utime(index, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    csp = client.get("/").headers["content-security-policy"]
    assert sha("document.documentElement.lang='en'") in csp
    assert sha("document.documentElement.lang='zh-CN'") not in csp


def test_data_blocks_and_external_scripts_need_no_hash():
    html = (
        '<script id="ov-preload" type="application/json">{"a":1}</script>'
        '<script type="module">import("/x.js")</script><script src="/a.js"></script>'
    )
    assert inline_hashes(html) == ([sha('import("/x.js")')], [])
