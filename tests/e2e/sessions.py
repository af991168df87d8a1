"""Browser sessions in the e2e tests: the refresh token is an HttpOnly cookie (api.web.session_cookie)
that page script cannot read; the tests read and plant it through the browser context's cookie jar."""

from __future__ import annotations

from urllib.parse import urlsplit

COOKIE = "ov_refresh"


def refresh_cookie(context) -> dict | None:
    cookies = [c for c in context.cookies() if c["name"] == COOKIE]
    return cookies[0] if cookies else None


def refresh_token(page) -> str | None:
    cookie = refresh_cookie(page.context)
    return cookie["value"] if cookie else None


def refresh_token_of(headers) -> str:
    """The refresh token a sign-in response set (urllib response headers)."""
    for value in headers.get_all("Set-Cookie") or []:
        if value.startswith(f"{COOKIE}="):
            return value.split(";", 1)[0].removeprefix(f"{COOKIE}=")
    raise AssertionError(f"no {COOKIE} cookie in {headers}")


def sign_in_with(page, base: str, refresh: str) -> None:
    """Sign the page's browser in with a refresh token made elsewhere, as a sign-in answer would have:
    the cookie for /auth, and session.ts's marker. The page gets an access token on its first call."""
    page.context.add_cookies(
        [
            {
                "name": COOKIE,
                "value": refresh,
                "domain": urlsplit(base).hostname,
                "path": "/auth",
                "httpOnly": True,
                "secure": True,
                "sameSite": "Strict",
            }
        ]
    )
    if not page.url.startswith(base):
        page.goto(f"{base}/")
    page.evaluate("localStorage.setItem('ov.session', String(Date.now()))")


def fresh_access_token(page) -> str:
    """An access token of the page's session: /auth/refresh called in the page (the browser keeps the
    rotated cookie, as the page itself would)."""
    return page.evaluate(
        """async () => {
            const r = await fetch('/auth/refresh', { method: 'POST', headers: { 'x-onevisit-csrf': '1' } })
            if (!r.ok) throw new Error('refresh failed: ' + r.status + ' ' + (await r.text()))
            return (await r.json()).accessToken
        }"""
    )
