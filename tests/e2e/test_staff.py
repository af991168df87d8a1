"""Staff onboarding and the demo sign-in in Chromium: an administrator (signed in with the demo sign-in)
invites a window clerk from /desk/staff, the clerk enrols with a virtual passkey (CDP WebAuthn) and sees
the clerk desk, then is suspended; a demo sign-in as each role reaches its desk page."""

from __future__ import annotations

import re

import pytest

from tests.e2e.test_identity import unique_phone, with_authenticator

pytestmark = pytest.mark.browser

SCREENSHOTS = __import__("pathlib").Path(__file__).resolve().parent.parent.parent / "var" / "screenshots"
HOMES = {
    "citizen": ("/me", "main h2#profile-h"),
    "helper": ("/helper", "#nobody, section.helping"),
    "window_clerk": ("/desk/queue", ".desk h1"),
    "reviewer": ("/desk/tasks", ".desk h1"),
    "supervisor": ("/desk/supervision", ".desk h1"),
    "admin": ("/desk/staff", "#invite"),
}


def tablet(browser, lang: str = "zh-CN"):
    return browser.new_context(viewport={"width": 1024, "height": 1300}, locale=lang)


def demo_sign_in(page, base: str, key: str) -> None:
    page.goto(f"{base}/signin")
    page.wait_for_selector("#demo-signin:not([hidden])")
    page.click(f"button[data-demo='{key}']")
    path, ready = HOMES[key]
    page.wait_for_url(f"**{path}")
    page.wait_for_selector(ready)


def test_an_admin_invites_a_clerk_who_enrols_with_a_passkey_and_sees_the_clerk_desk(live_server, browser):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    admin_ctx, clerk_ctx = tablet(browser), tablet(browser)
    try:
        admin = admin_ctx.new_page()
        admin.goto(f"{live_server}/signin")
        panel = admin.wait_for_selector("#demo-signin:not([hidden])")
        assert "演示登录" in panel.inner_text() and admin.get_attribute("#demo-sms", "href") == "/demo/sms"
        admin.screenshot(path=str(SCREENSHOTS / "demo-signin.png"), full_page=True)
        admin.click("button[data-demo='admin']")
        admin.wait_for_url("**/desk/staff")
        admin.fill("#staff-name", "新窗口 吴敏")
        admin.fill("#staff-phone", unique_phone())
        admin.check("input[name='role'][value='WINDOW_CLERK']")
        admin.click("#invite-submit")
        admin.wait_for_selector("#invitation-code")
        code = admin.inner_text("#invitation-code")
        assert re.fullmatch(r"[A-Z2-9]{12}", code)
        url = admin.get_attribute("#enroll-url", "href")
        assert url == f"{live_server}/enroll"  # from the public base URL
        row = admin.locator("#staff-list li", has_text="新窗口 吴敏")
        assert "未登记通行密钥" in row.inner_text() and "长安区政务服务中心" in row.inner_text()  # the admin's hall
        admin.screenshot(path=str(SCREENSHOTS / "desk-staff-invited.png"), full_page=True)

        clerk = clerk_ctx.new_page()
        with_authenticator(clerk_ctx, clerk)
        clerk.goto(url)
        clerk.fill("#invitation", code)
        clerk.click("#enroll-submit")
        clerk.wait_for_url("**/me")
        clerk.goto(f"{live_server}/desk")
        clerk.wait_for_selector("#go-queue")
        assert "窗口受理" in clerk.inner_text(".desk")

        # The admin suspends the clerk: the clerk's next request is refused and asks for a sign-in.
        admin.reload()
        row = admin.locator("#staff-list li", has_text="新窗口 吴敏")
        assert "未登记通行密钥" not in row.inner_text()
        admin.once("dialog", lambda d: d.accept())
        row.locator("button[data-do='suspend']").click()
        admin.wait_for_selector("#staff-list li:has-text('新窗口 吴敏') .badge.bad")
        assert "已停用" in admin.inner_text("#status")
        clerk.goto(f"{live_server}/desk/queue")
        clerk.wait_for_selector("text=请先用通行密钥登录")

        admin.click("#lang")  # the same page in English
        admin.wait_for_selector("h1:has-text('Staff')")
        assert "Suspended" in admin.inner_text("#staff-list") and "Invite a member of staff" in admin.inner_text("#invite")
        admin.screenshot(path=str(SCREENSHOTS / "desk-staff-en.png"), full_page=True)
    finally:
        admin_ctx.close()
        clerk_ctx.close()


@pytest.mark.parametrize("key", list(HOMES))
def test_a_demo_sign_in_as_each_role_reaches_its_desk_page(live_server, browser, key):
    context = tablet(browser)
    try:
        page = context.new_page()
        demo_sign_in(page, live_server, key)
        if key != "citizen" and key != "helper":
            assert "工作台" in page.title() or page.locator(".desk h1").count() == 1
        page.screenshot(path=str(SCREENSHOTS / f"demo-{key}.png"), full_page=True)
    finally:
        context.close()
