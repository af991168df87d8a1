"""Identity screens in headless Chromium against the live server, with Chromium's virtual WebAuthn
authenticator (CDP) standing in for the phone's fingerprint or face: sign-up with a passkey, sign-out
and sign-in, the server's error next to the ID number field, the phone-code fallback, a helper's
consent request answered by a citizen, and the account chunk staying out of the guide page."""

from __future__ import annotations

import io
import itertools
import json
import os
import re
import sqlite3
import subprocess
import sys
import urllib.request

import pytest
import zxingcpp
from PIL import Image

from api.settings import ROOT
from tests.conftest import gid
from tests.e2e.conftest import LIVE
from tests.e2e.sessions import fresh_access_token, refresh_cookie, refresh_token

pytestmark = pytest.mark.browser

_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_serials = itertools.count(200)
_phones = itertools.count(13700000001)


def resident_id(born: str = "19850612", region: str = "310104") -> str:
    """A valid resident ID number (GB 11643 check character); a new one on each call."""
    first17 = f"{region}{born}{next(_serials) % 1000:03d}"
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def wrong_check(number: str) -> str:
    return number[:17] + ("0" if number[17] != "0" else "1")


def unique_phone() -> str:
    return str(next(_phones))


def graphql(base: str, query: str, variables: dict | None = None) -> dict:
    request = urllib.request.Request(
        f"{base}/graphql",
        json.dumps({"query": query, "variables": variables or {}}).encode(),
        {"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)["data"]


@pytest.fixture(scope="session")
def live_database(live_server, tmp_path_factory) -> str:
    """The live server's SQLite file (conftest's live_server keeps it in its temporary folder)."""
    [path] = {p.resolve() for p in tmp_path_factory.getbasetemp().glob("live*/live.sqlite3")}
    return str(path)


def with_authenticator(context, page) -> object:
    """A platform authenticator with resident keys and user verification (like a phone)."""
    cdp = context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    added = cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
            }
        },
    )
    cdp.authenticator_id = added["authenticatorId"]
    return cdp


def credentials(cdp) -> list:
    return cdp.send("WebAuthn.getCredentials", {"authenticatorId": cdp.authenticator_id})["credentials"]


def open_sign_up(page, base: str) -> None:
    page.goto(f"{base}/")
    page.click("#nav-me")  # 我的 in the navigation: signed out, it shows the sign-in
    page.wait_for_url("**/me")
    page.get_by_role("link", name="注册", exact=True).click()
    page.wait_for_url("**/signup")


def text_code(phone: str) -> str:
    """The code in the last text message the live server recorded for ``phone``."""
    with sqlite3.connect(LIVE["database_url"].removeprefix("sqlite://")) as db:
        row = db.execute(
            "SELECT text FROM identity_sms_message WHERE phone = ? ORDER BY id DESC LIMIT 1", (phone,)
        ).fetchone()
    assert row, f"no text message to {phone}"
    return re.search(r"\d{6}", row[0]).group()


def fill_sign_up(page, base: str, name: str, phone: str, id_number: str) -> None:
    """The sign-up form filled in, the code asked for and typed in from the text message."""
    open_sign_up(page, base)
    page.fill("#name", name)
    page.fill("#idnumber", id_number)
    page.fill("#phone", phone)
    page.click("#send")
    page.locator("#code").wait_for(state="visible")
    page.fill("#code", text_code(phone))


def sign_in_with_texted_code(page, base: str, phone: str) -> None:
    page.goto(f"{base}/signin?via=code")
    page.fill("#phone", phone)
    page.click("#send")
    page.locator("#code").wait_for(state="visible")
    page.fill("#code", text_code(phone))
    page.click("#code-submit")


def sign_up(page, base: str, name: str, phone: str | None = None, *, passkey: bool = True) -> str:
    """Sign up by texted code, then take (or skip) the passkey offered: lands on 我的."""
    phone = phone or unique_phone()
    fill_sign_up(page, base, name, phone, resident_id())
    page.click("#signup-submit")
    page.locator("#welcome").wait_for(state="visible")
    page.click("#pk-create" if passkey else "#later")
    page.wait_for_url("**/me")
    page.wait_for_selector("main h2#profile-h")
    return phone


def test_sign_up_with_a_passkey_sign_out_and_sign_in_again(live_server, phone):
    page = phone.new_page()
    cdp = with_authenticator(phone, page)

    sign_up(page, live_server, "林晓燕")
    main = page.inner_text("main")
    assert "林晓燕" in main
    assert "310104********" in main, "the ID number is shown masked"
    assert page.get_attribute("#nav-me", "aria-current") == "page"
    assert len(credentials(cdp)) == 1, "one discoverable credential on the authenticator"
    assert page.locator("#passkey-list li").count() == 1

    # The refresh token is an HttpOnly cookie for /auth only: no script can read it.
    cookie = refresh_cookie(phone)
    assert cookie is not None
    assert (cookie["httpOnly"], cookie["secure"], cookie["sameSite"], cookie["path"]) == (
        True,
        True,  # Chromium keeps Secure cookies from http://localhost
        "Strict",
        "/auth",
    )
    assert "ov_refresh" not in page.evaluate("document.cookie")
    stored = page.evaluate("JSON.stringify(Object.entries(localStorage))")
    assert cookie["value"] not in stored

    # A reload starts without the access token (memory only): the refresh token gets a new one and
    # is itself replaced (single use).
    before = refresh_token(page)
    page.reload()
    page.wait_for_selector("main h2#profile-h")
    assert "林晓燕" in page.inner_text("main")
    assert refresh_token(page) not in (None, before)

    page.click("#sign-out")
    page.wait_for_url(f"{live_server}/")
    assert refresh_token(page) is None

    page.click("#nav-me")
    page.wait_for_url("**/me")
    page.wait_for_selector("#passkey")
    assert page.inner_text("main h1") == "登录"
    assert page.evaluate("document.activeElement.tagName") == "H1", "focus moves to the new page"
    page.click("#passkey")
    page.wait_for_selector("main h2#profile-h")
    assert "林晓燕" in page.inner_text("main")
    assert page.url == f"{live_server}/me"


def test_passkeys_work_where_the_browser_lacks_the_webauthn_json_helpers(live_server, browser):
    """Older browsers (before Chrome 129, Safari 18, Firefox 119) have no parse*OptionsFromJSON or
    credential.toJSON(): the page converts the base64url fields itself."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
    context.add_init_script(
        "if (window.PublicKeyCredential) {"
        " delete PublicKeyCredential.parseCreationOptionsFromJSON;"
        " delete PublicKeyCredential.parseRequestOptionsFromJSON;"
        " delete PublicKeyCredential.prototype.toJSON; }"
    )
    try:
        page = context.new_page()
        with_authenticator(context, page)
        sign_up(page, live_server, "吴老伯")
        assert page.evaluate("typeof PublicKeyCredential.prototype.toJSON") == "undefined"
        page.click("#sign-out")
        page.wait_for_url(f"{live_server}/")
        page.click("#nav-me")
        page.click("#passkey")
        page.wait_for_selector("main h2#profile-h")
        assert "吴老伯" in page.inner_text("main")
    finally:
        context.close()


def test_two_tabs_refresh_one_after_the_other_and_a_reused_token_ends_the_session(
    live_server, live_database_url, phone
):
    first = phone.new_page()
    with_authenticator(phone, first)
    sign_up(first, live_server, "周一")
    second = phone.new_page()
    second.goto(f"{live_server}/me")
    second.wait_for_selector("main h2#profile-h")

    # Both tabs start without an access token and refresh at the same moment: the refresh token is
    # single use, so they must take turns (Web Locks), each with the token the other just stored.
    for _ in range(2):
        first.evaluate("location.reload()")
        second.evaluate("location.reload()")
        for page in (first, second):
            page.wait_for_selector("main h2#profile-h")
            assert "周一" in page.inner_text("main")

    # A refresh whose reply never arrived (the tab closed, the network dropped): the browser still
    # holds the spent token, and within the grace window it is answered again.
    spent = refresh_token(first)
    assert _refresh_outside_the_browser(live_server, spent) == 200
    first.reload()
    first.wait_for_selector("main h2#profile-h")
    assert "周一" in first.inner_text("main")

    # A refresh token that comes back after the grace window (stolen and replayed later) ends the
    # session. "Later" is made by moving the spent token's first use back in the database.
    spent = refresh_token(first)
    assert _refresh_outside_the_browser(live_server, spent) == 200
    _age_first_use(live_database_url, spent)
    first.reload()
    first.wait_for_selector("#passkey")
    assert "检测到登录凭证被重复使用" in first.inner_text("main")
    assert refresh_token(first) is None


def _refresh_outside_the_browser(base: str, token: str) -> int:
    request = urllib.request.Request(
        f"{base}/auth/refresh",
        b"",
        {"Cookie": f"ov_refresh={token}", "X-OneVisit-CSRF": "1"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status


def _age_first_use(database_url: str, token: str) -> None:
    from datetime import datetime, timedelta

    from api.identity.tokens import REFRESH_GRACE, _hash

    with sqlite3.connect(database_url.removeprefix("sqlite://")) as db:
        (used_at,) = db.execute(
            "SELECT used_at FROM identity_refresh_token WHERE token_hash = ?", (_hash(token),)
        ).fetchone()
        earlier = datetime.fromisoformat(used_at) - REFRESH_GRACE - timedelta(seconds=5)
        db.execute(
            "UPDATE identity_refresh_token SET used_at = ? WHERE token_hash = ?",
            (earlier.isoformat(sep=" "), _hash(token)),
        )


def test_a_wrong_id_number_shows_the_servers_message_next_to_the_field(live_server, phone):
    page = phone.new_page()
    cdp = with_authenticator(phone, page)
    fill_sign_up(page, live_server, "赵敏", unique_phone(), wrong_check(resident_id()))
    page.click("#signup-submit")

    error = page.locator("#idnumber-err")
    error.wait_for(state="visible")
    assert error.inner_text() == "身份证号码校验位不正确，请核对"  # the server's own words
    assert page.get_attribute("#idnumber", "aria-invalid") == "true"
    assert "idnumber-err" in page.get_attribute("#idnumber", "aria-describedby")
    assert page.evaluate("document.activeElement.id") == "idnumber", "focus goes to the field to fix"
    assert "最后一位应为" in page.inner_text("#idnumber-check"), "the client-side hint agrees"
    assert page.url.endswith("/signup")
    assert credentials(cdp) == [], "no passkey is created for refused details"

    # In English the same error comes in English.
    page.click("#lang")
    page.wait_for_selector("#send:text-is('Send code')")
    number = unique_phone()
    page.fill("#name", "Zhao Min")
    page.fill("#idnumber", wrong_check(resident_id()))
    page.fill("#phone", number)
    page.click("#send")
    page.locator("#code").wait_for(state="visible")
    page.fill("#code", text_code(number))
    page.click("#signup-submit")
    page.locator("#idnumber-err").wait_for(state="visible")
    assert page.inner_text("#idnumber-err") == "The check digit of the resident ID number is wrong"


def test_phone_code_sign_up_without_a_passkey_then_a_passkey_later(live_server, phone):
    """An elderly citizen whose phone makes no passkey: signs up and in with texted codes alone, and
    adds a passkey later from 我的."""
    page = phone.new_page()
    number = sign_up(page, live_server, "孙奶奶", passkey=False)
    assert page.locator("#passkey-list li").count() == 0
    page.click("#sign-out")
    page.wait_for_url(f"{live_server}/")

    sign_in_with_texted_code(page, live_server, number)
    page.wait_for_selector("main h2#profile-h")
    assert "孙奶奶" in page.inner_text("main")

    cdp = with_authenticator(phone, page)  # a new phone that can make passkeys
    page.click("#add-passkey button[type=submit]")
    page.wait_for_selector("#passkey-list li")
    assert len(credentials(cdp)) == 1
    page.click("#sign-out")
    page.wait_for_url(f"{live_server}/")
    page.click("#nav-me")
    page.click("#passkey")
    page.wait_for_selector("main h2#profile-h")
    assert "孙奶奶" in page.inner_text("main")


def test_an_id_number_registered_to_another_phone_sends_the_person_to_a_window(live_server, browser):
    id_number = resident_id()
    for name, expected in (("先登记的人", "注册成功"), ("持证本人", "请携带身份证到政务服务大厅综合窗口")):
        context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
        try:
            page = context.new_page()
            fill_sign_up(page, live_server, name, unique_phone(), id_number)
            page.click("#signup-submit")
            page.locator("#welcome").wait_for(state="visible")
            assert expected in page.inner_text("#outcome")
            assert page.evaluate("document.activeElement.id") in ("offer-h", "outcome")
            page.click("#later")
            page.wait_for_selector("main h2#profile-h")
            assert page.locator("#id-claim").count() == (1 if name == "持证本人" else 0)
        finally:
            context.close()


def test_a_code_for_a_new_number_at_sign_in_carries_over_to_sign_up(live_server, phone):
    page = phone.new_page()
    number = unique_phone()
    sign_in_with_texted_code(page, live_server, number)
    page.click("#to-signup")
    page.wait_for_url("**/signup")
    assert page.input_value("#phone") == number and page.is_visible("#code")
    assert number not in page.url, "the phone and the code travel in the tab's storage, not the URL"
    page.fill("#name", "周新")
    page.fill("#idnumber", resident_id())
    page.click("#signup-submit")
    page.locator("#welcome").wait_for(state="visible")
    assert "注册成功" in page.inner_text("#outcome")


def test_phone_code_sign_in_is_the_fallback(live_server, live_database, browser):
    signer = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
    try:
        page = signer.new_page()
        with_authenticator(signer, page)
        number = sign_up(page, live_server, "钱多多")
        page.click("#sign-out")
        page.wait_for_url(f"{live_server}/")

        page.click("#nav-me")
        page.get_by_role("link", name="没有通行密钥？用短信验证码登录").click()
        page.wait_for_url("**/signin?via=code")
        page.fill("#phone", number)
        page.click("#send")
        page.locator("#code").wait_for(state="visible")
        assert page.evaluate("document.activeElement.id") == "code"
        with sqlite3.connect(live_database) as db:
            (text,) = db.execute(
                "SELECT text FROM identity_sms_message WHERE phone = ? ORDER BY id DESC LIMIT 1", (number,)
            ).fetchone()
        code = re.search(r"\d{6}", text).group()

        page.fill("#code", "000000" if code != "000000" else "111111")
        page.click("#code-submit")
        page.locator("#code-err").wait_for(state="visible")
        assert page.inner_text("#code-err") == "验证码错误或已过期"

        page.fill("#code", code)
        page.click("#code-submit")
        page.wait_for_url("**/me")
        page.wait_for_selector("main h2#profile-h")
        assert "钱多多" in page.inner_text("main")
    finally:
        signer.close()


def invite_helper(live_server: str, live_database: str, name: str) -> str:
    """The CLI an administrator uses; returns the single-use enrollment code."""
    env = {**os.environ, "DATABASE_URL": f"sqlite://{live_database}", "PUBLIC_BASE_URL": live_server}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "api",
            "invite-staff",
            "--name",
            name,
            "--phone",
            unique_phone(),
            "--role",
            "helper",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return re.search(r"shown once: (\S+)", done.stdout).group(1)


def test_a_helper_asks_for_consent_and_the_citizen_answers_on_their_phone(
    live_server, live_database, browser
):
    # a bundle a helper may act for (B01 出生 holds 出生医学证明, done in person: delegable false)
    bundles = graphql(live_server, "{ bundles { code name } }")["bundles"]
    bundle = next(b for b in bundles if b["code"] == "B03")
    invitation = invite_helper(live_server, live_database, "帮办员周到")
    tablet = browser.new_context(viewport={"width": 800, "height": 1100}, locale="zh-CN")
    citizen = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, locale="zh-CN")
    try:
        # The helper enrolls a passkey with the invitation, then asks for consent for a bundle.
        helper_page = tablet.new_page()
        with_authenticator(tablet, helper_page)
        helper_page.goto(f"{live_server}/enroll")
        helper_page.fill("#invitation", invitation)
        helper_page.click("#enroll-submit")
        helper_page.wait_for_url("**/me")
        helper_page.get_by_role("link", name="帮办代办：请群众授权").click()
        helper_page.wait_for_url("**/helper/consent")
        helper_page.fill("#scope-ref", bundle["code"])
        helper_page.select_option("#hours", "8")
        helper_page.click("#request-submit")
        helper_page.wait_for_selector("#request-panel .big-code")
        code = helper_page.inner_text(".big-code [aria-hidden]").replace("-", "")
        assert re.fullmatch(r"[A-Z2-9]{8}", code)
        assert bundle["name"] in helper_page.inner_text("#request-panel")

        # The QR code on the tablet opens the consent page on the citizen's phone.
        png = helper_page.locator("#request-panel svg").screenshot()
        [decoded] = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
        assert decoded.text == f"{live_server}/consent/{code}"

        phone_page = citizen.new_page()
        with_authenticator(citizen, phone_page)
        number = sign_up(phone_page, live_server, "孙大娘")
        phone_page.goto(decoded.text)  # a fresh load, as from the camera
        phone_page.wait_for_selector("#approve")
        ask = phone_page.inner_text("#consent-panel")
        assert "帮办员周到" in ask and bundle["name"] in ask and "授权 8 小时" in ask
        phone_page.click("#approve")
        phone_page.wait_for_selector("#answer-h")
        assert phone_page.evaluate("document.activeElement.id") == "answer-h"
        assert "已同意授权" in phone_page.inner_text("#consent-panel")

        # The tablet notices without a reload.
        helper_page.wait_for_function(
            "() => document.querySelector('#wait')?.textContent.includes('已同意授权')", timeout=15_000
        )
        assert "孙大娘" in helper_page.inner_text("#wait")

        # The helper reads the citizen's profile with the consent: it shows in the citizen's access log.
        with sqlite3.connect(live_database) as db:
            (citizen_id,) = db.execute("SELECT id FROM identity_user WHERE phone = ?", (number,)).fetchone()
        helper_token = fresh_access_token(helper_page)
        request = urllib.request.Request(
            f"{live_server}/graphql",
            json.dumps(
                {
                    "query": 'query($id: ID!) { citizen(id: $id, purpose: "代办出生一件事") { name } }',
                    "variables": {"id": gid("User", citizen_id)},
                }
            ).encode(),
            {"Content-Type": "application/json", "Authorization": f"Bearer {helper_token}"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            assert json.load(response)["data"]["citizen"]["name"] == "孙大娘"

        phone_page.goto(f"{live_server}/me")
        phone_page.get_by_role("link", name="谁看过我的数据").click()
        phone_page.wait_for_url("**/access-log")
        log = phone_page.inner_text("#access-list")
        assert "帮办员周到" in log and "帮办代办人员" in log and "代办出生一件事" in log

        # …and the citizen can take the consent back.
        phone_page.goto(f"{live_server}/consents")
        row = phone_page.locator("#consent-list li").first
        assert "有效" in row.inner_text()
        phone_page.once("dialog", lambda dialog: dialog.accept())
        row.get_by_role("button", name="撤销对“帮办员周到”的授权").click()
        phone_page.wait_for_selector("#consent-list li >> text=已撤销")
    finally:
        tablet.close()
        citizen.close()


def test_the_account_screens_are_a_lazy_chunk_the_guide_page_does_not_carry(live_server, phone):
    item = graphql(live_server, "{ catalogItems(first: 1) { edges { node { code } } } }")["catalogItems"]["edges"][0]["node"]
    with urllib.request.urlopen(f"{live_server}/", timeout=10) as response:
        app_html = response.read().decode()
    chunk = re.search(r"/assets/account-[\w-]+\.js", app_html).group()  # the app's loader names it
    assert "signUpWithPhoneCode" not in app_html, "the screens themselves are in the chunk"
    assert "<script src=" not in app_html and "<script type=" not in app_html, (
        "the app stays one inline script"
    )
    with urllib.request.urlopen(f"{live_server}/g/{item['code']}", timeout=10) as response:
        guide_html = response.read().decode()
    assert "signUpWithPhoneCode" not in guide_html and "/assets/account-" not in guide_html

    with urllib.request.urlopen(f"{live_server}{chunk}", timeout=10) as response:
        assert "immutable" in response.headers["Cache-Control"]
        assert "signUpWithPhoneCode" in response.read().decode()
    with urllib.request.urlopen(f"{live_server}/sw.js", timeout=10) as response:
        assert chunk.lstrip("/") in response.read().decode(), "precached for offline use"

    page = phone.new_page()
    scripts: list[str] = []
    page.on("request", lambda r: scripts.append(r.url) if r.resource_type == "script" else None)
    page.goto(f"{live_server}/g/{item['code']}")
    page.wait_for_selector("article.guide h1")
    assert not [u for u in scripts if "/assets/account-" in u], "a guide does not load the account chunk"
    page.click("#nav-me")  # guide.html has no account views: a page load of /me
    page.wait_for_url("**/me")
    page.wait_for_selector("#passkey")
    assert any(chunk in u for u in scripts)
