"""Follow-through screens in headless Chromium against the live server: the apply form keeps every
field across a reload and the back button (autosave, local first, then the server's draft); the
verifier's headline says whether the licence's status was checked and when; the wallet and the
verifier name fields and values from the catalogue; the ID card reminder reaches the inbox."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta

import pytest

from api import clock
from api.settings import ROOT
from tests.e2e.sessions import sign_in_with
from tests.e2e.test_apply import fill_form, open_form
from tests.e2e.test_identity import with_authenticator
from tests.e2e.test_wallet_verify import _session, check, issue, live_db  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("SCREENSHOT_DIR")


def shot(page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, f"{name}.png"), full_page=True)


def form_values(page, form: dict) -> dict:
    out = {}
    for field in form["formSchema"]["fields"]:
        code, kind = field["code"], field["type"]
        if kind in ("choice", "multi_choice", "boolean"):
            out[code] = sorted(
                page.eval_on_selector_all(f"[name={code}]:checked", "els => els.map(e => e.value)")
            )
        else:
            out[code] = page.input_value(f"[name={code}]")
    return out


def test_the_apply_form_keeps_every_field_across_reload_and_back(live_server, phone):
    page = phone.new_page()
    with_authenticator(phone, page)
    form, _ = open_form(page, live_server)
    fill_form(page, form)
    filled = form_values(page, form)
    assert sum(1 for v in filled.values() if v) > 10

    page.reload()  # at once: the device's copy (written when the page went away)
    page.wait_for_selector("#apply-form")
    assert "已恢复您上次填写的内容" in page.inner_text("main")
    assert form_values(page, form) == filled

    page.fill("[name=shop_name]" if "shop_name" in filled else "[name=applicant_name]", "陈立明")
    page.wait_for_function("() => document.querySelector('#autosave')?.textContent.includes('草稿已同步')")
    assert "?draft=" in page.url  # the server's draft, which continues on another device
    shot(page, "apply-autosaved")
    kept = form_values(page, form)
    page.goto(f"{live_server}/applications")
    page.go_back()
    page.wait_for_selector("#apply-form")
    assert form_values(page, form) == kept
    page.reload()
    page.wait_for_selector("#apply-form")
    assert form_values(page, form) == kept


def test_the_verifier_says_whether_the_status_was_checked(live_server, live_db, phone):  # noqa: F811
    licence = issue(live_db, "--type", "food_business_licence")
    page = phone.new_page()
    page.goto(f"{live_server}/verify")
    headline = check(page, licence["token"])
    assert "签名有效，状态已于" in headline and "核验" in headline
    assert "Signature valid, status checked at" in headline
    assert page.get_attribute("#result .verdict", "data-status") == "checked"
    details = page.inner_text("#result dl")
    assert "营业面积（平方米）" in details and "热食类食品制售、预包装食品销售" in details
    assert "business_area" not in details and "hot_food" not in details
    shot(page, "verify-status-checked")

    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=20_000)
    # the saved status list is gone (expired, or never fetched): offline, only the signature is known
    # the first check saves the list in the background: wait for that write, or it lands after the delete
    page.wait_for_function(
        "() => caches.open('ov-wallet-v1').then(c => c.match('/wallet/status-list')).then(r => !!r)"
    )
    page.evaluate("caches.open('ov-wallet-v1').then(c => c.delete('/wallet/status-list'))")
    phone.set_offline(True)
    try:
        headline = check(page, licence["token"])
        assert "签名有效，状态未核验（离线）" in headline
        assert "Signature valid, status not checked (offline)" in headline
        assert page.get_attribute("#result .verdict", "data-tone") == "warn"
        assert page.get_attribute("#result .verdict", "data-status") == "unchecked"
        shot(page, "verify-status-unchecked")
        page.click("#lang")
        # the page drawn again in English (the Chinese one is still there for an instant: a check made
        # on it would be lost with it)
        page.wait_for_selector("#check:text-is('Verify')")
        check(page, licence["token"])
        details = page.inner_text("#result dl")
        assert "Business floor area (m²)" in details and "Hot food, Sale of prepackaged food" in details
        shot(page, "verify-status-unchecked-en")
    finally:
        phone.set_offline(False)


def test_the_wallet_names_fields_and_the_id_card_reminder_reaches_the_inbox(live_server, live_db, phone):  # noqa: F811
    licence = issue(live_db, "--type", "food_business_licence")
    page = phone.new_page()
    page.goto(f"{live_server}/")
    sign_in_with(page, live_server, _session(live_server, live_db))
    page.goto(f"{live_server}/wallet")
    card = page.locator(f"li.licence[data-id='{licence['licence']}']")
    card.wait_for()
    text = card.inner_text()
    assert "营业面积（平方米）" in text and "热食类食品制售" in text and "business_area" not in text

    valid_until = clock.today() + timedelta(days=60)
    page.fill("#idcard-date", valid_until.isoformat())
    page.click("#idcard-form button[type=submit]")
    page.wait_for_function(
        "() => document.querySelector('#idcard-state')?.textContent.includes('90 天和 30 天')"
    )
    shot(page, "wallet-labels-idcard")

    env = {**os.environ, "DATABASE_URL": f"sqlite://{live_db}"}
    run = [sys.executable, "-m", "api", "remind"]
    first = subprocess.run(run, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=True)
    again = subprocess.run(run, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=True)
    assert "id_cards 1" in first.stdout and "id_cards 0" in again.stdout, (first.stdout, again.stdout)
    # the app's notification worker delivers the outbox row to the inbox on its next poll: a loaded
    # machine may open the inbox first, so look again (as a person would) until it is there
    for _ in range(20):
        page.goto(f"{live_server}/inbox")
        page.wait_for_selector("main h1")
        if page.locator("text=身份证即将到期").count():
            break
        page.wait_for_timeout(1000)
    page.wait_for_selector("text=身份证即将到期", timeout=5_000)
    assert page.locator("text=身份证即将到期").count() == 1
    shot(page, "inbox-id-card-reminder")
