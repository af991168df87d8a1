"""The consent screen of /oauth/authorize in Chromium: an administrator registers a mini-program at
/desk/clients (its secret shown once), a citizen opens the authorize URL on a phone (signed out: the
sign-in comes first), sees the app and what it asks for in plain Chinese, approves and lands on the
app's redirect URI with a code that the token endpoint exchanges; and the deny path."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import urllib.request
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from tests.e2e.test_staff import SCREENSHOTS, demo_sign_in, tablet

pytestmark = pytest.mark.browser

REDIRECT = "http://localhost:9/callback"  # never reached: the test catches the navigation


def _register(browser, base: str) -> tuple[str, str]:
    context = tablet(browser)
    try:
        admin = context.new_page()
        demo_sign_in(admin, base, "admin")
        admin.goto(f"{base}/desk/clients")
        admin.wait_for_selector("#register")
        admin.fill("#client-name", f"社区办事小程序{secrets.token_hex(2)}")
        admin.check("input[name='scope'][value='PROFILE_READ']")
        admin.check("input[name='scope'][value='APPLICATIONS_WRITE']")
        admin.fill("#client-redirects", REDIRECT)
        admin.click("#register-submit")
        admin.wait_for_selector("#client-secret")
        secret = admin.inner_text("#client-secret")
        client_id = admin.inner_text("#client-secret-box").split("client_id：")[1].split()[0]
        assert client_id.startswith("ov_") and len(secret) >= 40
        assert admin.locator(f"#client-{client_id}").is_visible()
        admin.screenshot(path=str(SCREENSHOTS / "desk-clients.png"), full_page=True)
        return client_id, secret
    finally:
        context.close()


def _authorize_url(base: str, client_id: str, challenge: str, state: str) -> str:
    query = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": REDIRECT,
        "scope": "profile:read applications:write",
        "state": state,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    return f"{base}/oauth/authorize?{urlencode(query)}"


def _caught(page) -> list[str]:
    """Navigations to the redirect URI, answered here with a tiny page."""
    seen: list[str] = []

    def answer(route):
        seen.append(route.request.url)
        route.fulfill(
            status=200,
            content_type="text/html",
            body="<!doctype html><title>小程序</title><p>已返回小程序</p>",
        )

    page.route("http://localhost:9/**", answer)
    return seen


def _toggle_care_and_measure_approve(page) -> float:
    """Press 关怀版 and return the height of the approve button the screen is redrawn with. The redraw
    waits for the prompt to be fetched again, so the old button stays on the page for a while: it is
    marked first, and only an unmarked button, measured in the same step, counts."""
    page.eval_on_selector("#oauth-approve", "b => { b.dataset.drawnBefore = '1' }")
    page.click("#care")
    height = page.wait_for_function(
        "() => { const b = document.querySelector('#oauth-approve');"
        " return b && !b.dataset.drawnBefore && b.getBoundingClientRect().height }"
    )
    return height.json_value()


def test_a_citizen_approves_and_denies_a_mini_program_on_the_consent_screen(live_server, browser, phone):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    client_id, secret = _register(browser, live_server)
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")

    page = phone.new_page()
    seen = _caught(page)
    url = _authorize_url(live_server, client_id, challenge, "s-approve")
    page.goto(url)  # signed out: the sign-in comes first, on the same address
    page.wait_for_selector("#demo-signin:not([hidden])")
    assert "/oauth/authorize" in page.url and page.locator("#oauth-approve").count() == 0
    page.click("button[data-demo='citizen']")  # signed in, back to the consent screen
    page.wait_for_selector("#oauth-approve")
    assert page.url == url
    text = page.inner_text("main")
    assert "社区办事小程序" in text and "想要" in text
    assert "以您的名义填写草稿并提交办件申请" in text and "查看您的姓名" in text
    assert "localhost:9" in text
    approve = page.locator("#oauth-approve")
    assert approve.bounding_box()["height"] >= 48  # a large target
    page.screenshot(path=str(SCREENSHOTS / "oauth-consent-phone.png"), full_page=True)
    # 关怀版 (larger type for the elderly): the same screen, redrawn
    assert _toggle_care_and_measure_approve(page) >= 56
    assert page.evaluate("document.documentElement.classList.contains('care')")
    page.screenshot(path=str(SCREENSHOTS / "oauth-consent-care.png"), full_page=True)
    _toggle_care_and_measure_approve(page)  # back to the standard screen
    assert not page.evaluate("document.documentElement.classList.contains('care')")
    approve = page.locator("#oauth-approve")

    approve.click()
    page.wait_for_url("http://localhost:9/callback?**")
    query = parse_qs(urlsplit(seen[-1]).query)
    assert query["state"] == ["s-approve"] and len(query["code"][0]) > 30

    form = urlencode(
        {
            "grant_type": "authorization_code",
            "code": query["code"][0],
            "redirect_uri": REDIRECT,
            "code_verifier": verifier,
        }
    ).encode()
    request = urllib.request.Request(f"{live_server}/oauth/token", data=form, method="POST")
    request.add_header("Content-Type", "application/x-www-form-urlencoded")
    request.add_header(
        "Authorization", "Basic " + base64.b64encode(f"{client_id}:{secret}".encode()).decode()
    )
    with urllib.request.urlopen(request) as response:
        tokens = json.load(response)
    assert "applications:write" in tokens["scope"] and tokens["refresh_token"]

    # the grants screen lists the new grant
    page.goto(f"{live_server}/consents")
    page.wait_for_selector("#grant-list")
    assert "以我的名义填写草稿并提交办件" in page.inner_text("#grant-list")

    page.goto(_authorize_url(live_server, client_id, challenge, "s-deny"))
    page.wait_for_selector("#oauth-deny")
    assert "以前已同意过" in page.inner_text("main")
    page.click("#oauth-deny")
    page.wait_for_url("http://localhost:9/callback?**")
    assert parse_qs(urlsplit(seen[-1]).query) == {"error": ["access_denied"], "state": ["s-deny"]}

    # a redirect URI that is not registered: said on the page, never followed
    page.goto(_authorize_url(live_server, client_id, challenge, "s-bad").replace("callback", "evil"))
    assert "回调地址" in page.inner_text("body") and page.url.startswith(live_server)
