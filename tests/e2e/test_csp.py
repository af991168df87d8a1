"""The Content-Security-Policy in a real browser: the app shell, the guide page and the service worker
run with it and nothing on them is refused (no securitypolicyviolation, no CSP message in the console)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


def _watched(context):
    context.add_init_script(WATCH)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text))
    return page, console


def _assert_clean(page, console: list[str], where: str) -> None:
    assert page.evaluate("window.__violations") == [], where
    assert not [m for m in console if "Content Security Policy" in m or "Permissions-Policy" in m], (where, console)


@pytest.mark.parametrize("path", ["/", "/g/B03"])
def test_no_violation_on_the_first_pages(live_server, phone, path):
    page, console = _watched(phone)
    response = page.goto(f"{live_server}{path}")
    assert "script-src 'self' 'wasm-unsafe-eval' 'sha256-" in response.headers["content-security-policy"]
    page.wait_for_selector("main h1, main h2")
    # the service worker installs and controls the page under the policy
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.reload()
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    page.wait_for_selector("main h1, main h2")
    _assert_clean(page, console, path)


def test_no_violation_across_the_app_screens(live_server, phone):
    """Screens whose chunks add their own styles (constructed stylesheets, not inline <style>)."""
    page, console = _watched(phone)
    styled = {}
    for path in ("/tree", "/search", "/signin", "/me", "/verify", "/report", "/g/B03"):
        page.goto(f"{live_server}{path}")
        page.wait_for_selector("main h1")
        _assert_clean(page, console, path)
        styled[path] = page.evaluate("document.adoptedStyleSheets.length")
    assert styled["/signin"] >= 1 and styled["/verify"] >= 1, styled


def test_injected_inline_code_is_refused(live_server, phone):
    """What the policy is for: script or style injected into the page (say through an XSS) does not run."""
    page, _ = _watched(phone)
    page.goto(f"{live_server}/g/B03")
    page.wait_for_selector("main h1")
    page.evaluate(
        """() => {
            const s = document.createElement('script'); s.textContent = 'window.__ran = true'; document.body.append(s)
            document.body.insertAdjacentHTML('beforeend', '<p id="x" style="color: rgb(1, 2, 3)">x</p>')
        }"""
    )
    page.wait_for_function("() => window.__violations.length >= 2")
    assert page.evaluate("window.__ran") is None
    assert page.evaluate("getComputedStyle(document.getElementById('x')).color") != "rgb(1, 2, 3)"
