"""Search as a new user types it, in headless Chromium against the live demo server: results appear
while typing (no Enter), the right item first for pinyin and for an everyday phrase, and a search
that finds nothing says so with words to try instead."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

SHOTS = Path(__file__).resolve().parent.parent.parent / "var" / "screenshots"


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"search-{name}.png"), full_page=False)


def _first_result(page) -> str:
    page.wait_for_selector("#search-results .cards a")
    return page.locator("#search-results .cards a .t").first.inner_text()


def test_typing_pinyin_on_the_search_page_shows_the_restaurant_bundle_first(live_server, phone):
    page = phone.new_page()
    page.goto(f"{live_server}/search")
    page.locator("#q").press_sequentially("canguan", delay=40)  # typed, never submitted
    assert "我要开餐馆" in _first_result(page)
    page.wait_for_url("**/search?q=canguan")
    assert page.inner_text("main h1") == "“canguan”的搜索结果"
    assert page.evaluate("document.activeElement.id") == "q"  # the focus stays in the box
    assert page.inner_text("#search-status").startswith("共 ")
    _shot(page, "canguan")
    page.reload()  # the address kept the text: the same results after a reload
    assert "我要开餐馆" in _first_result(page)


def test_typing_an_everyday_phrase_on_the_home_page_shows_the_right_item_first(live_server, phone):
    page = phone.new_page()
    page.goto(f"{live_server}/")
    page.evaluate("window.__samePage = true")
    page.click("#care")  # 关怀版: larger text and targets, as an older person would have it
    page.wait_for_function("() => document.documentElement.classList.contains('care')")
    page.locator("#q").press_sequentially("身份证丢了", delay=40)
    assert _first_result(page) == "居民身份证换领"
    assert page.locator("#search-results .cards a").count() <= 3  # not 62 of the 66 items
    _shot(page, "lost-id-card")
    page.locator("#search-results .cards a").first.click()
    page.wait_for_url("**/g/GA02")
    assert page.evaluate("window.__samePage === true")


def test_a_search_that_finds_nothing_says_so_and_offers_words_to_try(live_server, phone):
    page = phone.new_page()
    page.goto(f"{live_server}/search")
    page.locator("#q").press_sequentially("婚庆", delay=40)
    page.wait_for_selector("#search-results .none h2")
    assert page.inner_text("#search-results .none h2") == "没有找到"
    suggestions = page.locator("#search-results .none .chip")
    assert suggestions.count() >= 1
    assert "结婚" in suggestions.all_inner_texts()
    _shot(page, "nothing-found")
    suggestions.filter(has_text="结婚").first.click()
    page.wait_for_url("**/search?q=*")
    assert "结婚" in _first_result(page)
