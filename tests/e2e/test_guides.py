"""The hall QR code → guide on a phone, in real headless Chromium against a real server."""

from __future__ import annotations

import io
import json
import urllib.request

import pytest
import zxingcpp
from PIL import Image

pytestmark = pytest.mark.browser


def graphql(base: str, query: str) -> dict:
    request = urllib.request.Request(
        f"{base}/graphql", json.dumps({"query": query}).encode(), {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request) as response:
        return json.load(response)["data"]


@pytest.fixture(scope="module")
def catalogue(live_server):
    return graphql(
        live_server,
        """{
      catalogItems(first: 100) { edges { node { code name nameEn materials { material { name } waived } } } }
      bundles { code name savings { materialsBefore materialsAfter windowsBefore windowsAfter daysBefore daysAfter } }
    }""",
    )


def an_item(catalogue, with_waived: bool = True) -> dict:
    return next(
        i
        for i in (edge["node"] for edge in catalogue["catalogItems"]["edges"])
        if any(m["waived"] for m in i["materials"]) == with_waived
    )


def wait_for_service_worker(page) -> None:
    page.wait_for_function(
        "() => navigator.serviceWorker && navigator.serviceWorker.controller !== null", timeout=15000
    )


def test_qr_url_opens_the_item_guide_with_its_materials(live_server, phone, catalogue):
    item = an_item(catalogue)
    page = phone.new_page()
    page.goto(f"{live_server}/g/{item['code']}")
    assert page.locator("h1").inner_text() == item["name"]
    materials = page.locator("#materials")
    for line in item["materials"]:
        assert materials.get_by_text(line["material"]["name"], exact=True).count() >= 1
    assert materials.get_by_text("免提交").count() >= 1


def test_a_guide_seen_once_opens_with_the_network_off(live_server, phone, catalogue):
    item = an_item(catalogue)
    url = f"{live_server}/g/{item['code']}"
    page = phone.new_page()
    page.goto(url)
    wait_for_service_worker(page)
    page.wait_for_timeout(500)  # let the worker finish saving what the page used
    phone.set_offline(True)
    try:
        offline = phone.new_page()
        offline.goto(url)
        assert offline.locator("h1").inner_text() == item["name"]
        assert (
            offline.locator("#materials").get_by_text(item["materials"][0]["material"]["name"]).count() >= 1
        )
        offline.reload()
        assert offline.locator("h1").inner_text() == item["name"]
    finally:
        phone.set_offline(False)


def test_bundle_guide_shows_the_computed_savings(live_server, phone, catalogue):
    bundle = next(b for b in catalogue["bundles"] if "餐馆" in b["name"])
    s = bundle["savings"]
    page = phone.new_page()
    page.goto(f"{live_server}/g/{bundle['code']}")
    assert page.locator("h1").inner_text() == bundle["name"]
    box = page.locator(".save-box").inner_text()
    for before, after in (
        ("materialsBefore", "materialsAfter"),
        ("windowsBefore", "windowsAfter"),
        ("daysBefore", "daysAfter"),
    ):
        assert f"从 {s[before]} 减少到 {s[after]}" in box, box


def test_unknown_code_says_so(live_server, phone):
    page = phone.new_page()
    response = page.goto(f"{live_server}/g/ZZ999")
    assert response.status == 404
    assert "没有找到" in page.locator("main").inner_text()


def test_search_in_chinese_finds_the_restaurant_bundle(live_server, phone, catalogue):
    bundle = next(b for b in catalogue["bundles"] if "餐馆" in b["name"])
    page = phone.new_page()
    page.goto(f"{live_server}/search?q=开餐馆")
    first = page.locator("main a.card").first
    assert bundle["name"] in first.inner_text()
    first.click()
    page.wait_for_url(f"**/g/{bundle['code']}")
    assert page.locator("h1").inner_text() == bundle["name"]


def test_life_cycle_tree_leads_to_a_bundle(live_server, phone, catalogue):
    page = phone.new_page()
    page.goto(f"{live_server}/tree")
    page.wait_for_selector("details.stage")
    assert page.get_by_text("自然人").count() >= 1
    birth = next(b for b in catalogue["bundles"] if "出生" in b["name"])
    link = page.locator(f'a[href="/g/{birth["code"]}"]').first
    link.evaluate(
        "a => { for (let d = a.closest('details'); d; d = d.parentElement.closest('details')) d.open = true }"
    )
    link.click()
    page.wait_for_url(f"**/g/{birth['code']}")


def test_elder_mode_and_english_are_one_tap_and_remembered(live_server, phone, catalogue):
    item = an_item(catalogue)
    page = phone.new_page()
    page.goto(f"{live_server}/g/{item['code']}")
    base_size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    page.get_by_role("button", name="关怀版").click()
    page.reload()
    elder_size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert elder_size >= 20 and elder_size > base_size
    page.get_by_role("button", name="English").click()
    page.reload()
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator("h1").inner_text() == item["nameEn"]


def test_the_app_is_installable(live_server, phone):
    page = phone.new_page()
    page.goto(f"{live_server}/")
    wait_for_service_worker(page)
    cdp = phone.new_cdp_session(page)
    errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
    # a fresh test context counts as incognito, where Chromium never offers installation
    errors = [e for e in errors if e["errorId"] != "in-incognito"]
    assert errors == [], errors
    manifest = page.evaluate("fetch(document.querySelector('link[rel=manifest]').href).then(r => r.json())")
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    assert manifest["display"] == "standalone" and manifest["start_url"] == "/"


def test_a_qr_image_from_the_app_decodes_to_the_guide_url(live_server, phone, catalogue):
    code = catalogue["bundles"][0]["code"]
    page = phone.new_page()
    page.set_content(
        f'<img src="{live_server}/q/{code}.svg" width="330" height="330" style="image-rendering:pixelated">'
    )
    page.wait_for_function("() => document.images[0].complete && document.images[0].naturalWidth > 0")
    shot = page.locator("img").screenshot()
    decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(shot)))
    assert [d.text for d in decoded] == [f"{live_server}/g/{code}"]
