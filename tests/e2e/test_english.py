"""A guide in English: a foreign resident reads the conditions, materials and steps in English, also
offline (the guide's cached answer carries both languages)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.test_guides import graphql, wait_for_service_worker

pytestmark = pytest.mark.browser

ITEM = "GA02"  # 居民身份证换领: conditions, a fee, notes on its materials, four steps
BUNDLE = "B03"  # 我要开餐馆

GUIDE = """{
  item: guide(code: "%s") {
    ... on ServiceItem {
      nameEn summaryEn eligibilityEn conditionsEn legalBasisEn
      materials { material { nameEn } noteEn waived }
      steps { titleEn descriptionEn }
      fee { descriptionEn }
      location { windowEn hall { addressEn hoursEn } }
    }
  }
  bundle: guide(code: "%s") {
    ... on Bundle { nameEn summaryEn location { windowEn } materials { material { code nameEn } } }
  }
}"""


@pytest.fixture(scope="module")
def english(live_server):
    return graphql(live_server, GUIDE % (ITEM, BUNDLE))


def in_english(page, title: str) -> None:
    """Tap English and wait for the page to be drawn again in English (its title)."""
    page.get_by_role("button", name="English").click()
    expect(page.locator("h1")).to_have_text(title)


def assert_item_in_english(page, item: dict) -> None:
    expect(page.locator("h1")).to_have_text(item["nameEn"])
    assert page.locator(".summary").inner_text() == item["summaryEn"]
    conditions = page.locator("#conditions")
    assert item["eligibilityEn"] in conditions.inner_text()
    assert conditions.locator("li").all_inner_texts() == item["conditionsEn"]
    materials = page.locator("#materials")
    for line in item["materials"]:
        if not line["waived"]:
            assert materials.get_by_text(line["material"]["nameEn"], exact=True).count() >= 1
            if line["noteEn"]:
                assert materials.get_by_text(line["noteEn"], exact=True).count() == 1
    steps = page.locator("#steps")
    assert steps.locator("h3").all_inner_texts() == [s["titleEn"] for s in item["steps"]]
    assert steps.locator("p").all_inner_texts() == [s["descriptionEn"] for s in item["steps"]]
    where = page.locator("#where")
    assert item["location"]["windowEn"] in where.inner_text()
    assert item["location"]["hall"]["addressEn"] in where.inner_text()
    assert item["fee"]["descriptionEn"] in page.locator(".facts").inner_text()
    # nothing of the guide is left marked as Chinese-only text
    assert page.locator('.guide [lang="zh-CN"]').count() == 0


def test_an_item_guide_in_english_shows_english_conditions_materials_and_steps(live_server, phone, english):
    item = english["item"]
    page = phone.new_page()
    page.goto(f"{live_server}/g/{ITEM}")
    assert page.locator("h1").inner_text() != item["nameEn"]  # Chinese first
    in_english(page, item["nameEn"])
    assert_item_in_english(page, item)
    page.screenshot(path="/tmp/onevisit-english-guide.png", full_page=True)
    page.reload()  # the language is remembered
    assert_item_in_english(page, item)


def test_the_english_guide_opens_offline(live_server, phone, english):
    page = phone.new_page()
    page.goto(f"{live_server}/g/{ITEM}")
    wait_for_service_worker(page)
    in_english(page, english["item"]["nameEn"])
    page.wait_for_timeout(500)  # let the worker finish saving what the page used
    phone.set_offline(True)
    try:
        offline = phone.new_page()
        offline.goto(f"{live_server}/g/{ITEM}")
        assert_item_in_english(offline, english["item"])
    finally:
        phone.set_offline(False)


def test_a_bundle_guide_in_english(live_server, phone, english):
    bundle = english["bundle"]
    page = phone.new_page()
    page.goto(f"{live_server}/g/{BUNDLE}")
    in_english(page, bundle["nameEn"])
    assert page.locator(".summary").inner_text() == bundle["summaryEn"]
    assert bundle["location"]["windowEn"] in page.locator(".facts").inner_text()
    assert page.locator('.guide [lang="zh-CN"]').count() == 0
    page.screenshot(path="/tmp/onevisit-english-bundle.png", full_page=True)


def test_the_apply_form_in_english_asks_in_english(live_server, phone, english):
    from tests.e2e.test_apply import open_form
    from tests.e2e.test_identity import with_authenticator

    page = phone.new_page()
    with_authenticator(phone, page)
    form, _ = open_form(page, live_server)  # the restaurant bundle's merged form, signed up on the way
    names = english["bundle"]
    page.get_by_role("button", name="English").click()
    expect(page.locator("h1")).to_contain_text(names["nameEn"])
    for field in form["formSchema"]["fields"]:
        expect(page.locator(f"#f-{field['code']}-field")).to_contain_text(field["name_en"])
    asked = {m["material"] for m in form["materials"] if m["status"] == "MISSING"}
    listed = page.locator("#apply-form").inner_text()
    for line in names["materials"]:
        if line["material"]["code"] in asked:
            assert line["material"]["nameEn"] in listed
    page.screenshot(path="/tmp/onevisit-english-apply.png", full_page=True)
