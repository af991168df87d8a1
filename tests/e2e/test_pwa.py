"""The PWA's own behaviour in headless Chromium against the live demo server (test_guides.py covers
the guide contents): first render from the server's preload, client-side navigation, and the
offline banner when a guide comes from the saved copy."""

from __future__ import annotations

import json
import urllib.request

import pytest

pytestmark = pytest.mark.browser

OFFLINE_BANNER = "离线 · 显示已保存的内容"


def _graphql(base: str, query: str) -> dict:
    request = urllib.request.Request(
        f"{base}/graphql",
        data=json.dumps({"query": query}).encode(),
        headers={"content-type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)["data"]


@pytest.fixture(scope="module")
def demo(live_server):
    data = _graphql(
        live_server,
        "{ bundles { code name savings { materialsAfter visitsAfter } } catalogItems(first: 1) { edges { node { code name } } } }",
    )
    return {"bundle": data["bundles"][0], "item": data["catalogItems"]["edges"][0]["node"]}


def test_a_guide_opened_from_its_qr_code_renders_from_the_inlined_data(live_server, phone, demo):
    bundle = demo["bundle"]
    page = phone.new_page()
    graphql_requests: list[str] = []
    page.on("request", lambda r: graphql_requests.append(r.url) if "/graphql" in r.url else None)
    page.goto(f"{live_server}/g/{bundle['code']}")
    assert page.inner_text("h1") == bundle["name"]
    savings = page.inner_text(".savings")
    assert f"→{bundle['savings']['materialsAfter']}" in savings.replace(" ", "").replace("\n", "")
    assert graphql_requests == [], "the first render uses the server's preload"
    assert page.locator("h1").count() == 1
    qr = page.locator(".qr img")
    assert qr.get_attribute("width") and qr.get_attribute("height"), "no layout shift from the QR image"


def test_a_bundles_items_are_fetched_when_their_list_comes_into_view(live_server, phone, demo):
    page = phone.new_page()
    graphql_requests: list[str] = []
    page.on("request", lambda r: graphql_requests.append(r.url) if "/graphql" in r.url else None)
    page.goto(f"{live_server}/g/{demo['bundle']['code']}")
    page.wait_for_timeout(300)
    assert graphql_requests == [], "nothing fetched before the list of items is in view"
    with page.expect_response(lambda r: "/graphql" in r.url and r.ok):
        page.locator("#items").scroll_into_view_if_needed()
    graphql_requests.clear()
    page.locator("#items a.card").first.click()
    page.wait_for_url("**/g/*")
    page.wait_for_selector("article.guide:not(.bundle) #materials")
    assert graphql_requests == [], "an item of the bundle opens from what the bundle fetched"


def test_a_guide_links_to_the_other_pages(live_server, phone, demo):
    """The QR page carries the guide views only; the others load with their page."""
    page = phone.new_page()
    page.goto(f"{live_server}/g/{demo['item']['code']}")
    page.click("#nav-search")
    page.wait_for_url("**/search")
    assert page.inner_text("main h1") == "搜索"
    page.fill("#q", "出生")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator("main .cards a").count() > 0


def test_search_then_follow_a_result_without_reloading(live_server, phone):
    page = phone.new_page()
    page.goto(f"{live_server}/")
    page.evaluate("window.__samePage = true")
    page.fill("#q", "出生")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator("main .cards a").count() > 0
    page.locator("main .cards a").first.click()
    page.wait_for_url("**/g/*")
    page.wait_for_selector("article.guide h1")
    assert page.evaluate("window.__samePage === true"), "client-side navigation, no page load"
    assert page.evaluate("document.activeElement.tagName") == "H1"


def test_a_guide_from_the_saved_copy_says_it_is_offline(live_server, phone, demo):
    page = phone.new_page()
    page.goto(f"{live_server}/")
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=20_000)
    page.goto(f"{live_server}/g/{demo['item']['code']}")
    name = page.inner_text("h1")
    page.wait_for_function(
        "() => caches.open('ov-graphql-v1').then(c => c.keys()).then(keys => keys.length > 0)", timeout=10_000
    )
    phone.set_offline(True)
    try:
        page.goto(f"{live_server}/g/{demo['item']['code']}")
        assert page.inner_text("h1") == name
        assert page.inner_text("#offline") == OFFLINE_BANNER
    finally:
        phone.set_offline(False)
