"""The licence verifier and wallet in headless Chromium against the live server: /verify checks the
JWS with WebCrypto (Ed25519) against issuer keys it saved, so after one visit it works offline;
online it also reads the signed status list; pictures of QR codes are read with the ZXing wasm
served from our own origin; /wallet lists my licences (saved for offline) and shows a fresh QR."""

from __future__ import annotations

import base64
import json
import os
import re
import sqlite3
import subprocess
import sys
import urllib.request
from urllib.parse import urlsplit

import pytest
import qrcode
from qrcode.constants import ERROR_CORRECT_M

from api.settings import ROOT
from tests.e2e.sessions import refresh_token_of, sign_in_with

pytestmark = pytest.mark.browser

DEMO_PHONE = "13800138000"


@pytest.fixture(scope="session")
def live_db(live_server, tmp_path_factory) -> str:
    """The live server's SQLite file (conftest's live_server keeps it in its temporary folder)."""
    [path] = {p.resolve() for p in tmp_path_factory.getbasetemp().glob("live*/live.sqlite3")}
    return str(path)


def issue(live_db: str, *args: str) -> dict:
    """A demo citizen's licence, issued into the live server's database by the CLI; its QR token."""
    env = {**os.environ, "DATABASE_URL": f"sqlite://{live_db}"}
    done = subprocess.run(
        [sys.executable, "-m", "api", "issue-demo-licence", "--phone", DEMO_PHONE, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def tampered(token: str) -> str:
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["no"] = "SJ0000000000000001"
    forged = base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode()).rstrip(b"=")
    return f"{header}.{forged.decode()}.{signature}"


def check(page, token: str) -> str:
    page.fill("#token", token)
    page.click("#check")
    page.wait_for_selector("#result .verdict")
    return page.inner_text("#result .verdict-t")


def test_verify_works_offline_after_one_visit(live_server, live_db, phone):
    licence = issue(live_db)
    header = json.loads(base64.urlsafe_b64decode(licence["token"].split(".")[0] + "=="))
    assert header["alg"] == "EdDSA"
    page = phone.new_page()
    page.goto(f"{live_server}/verify")
    page.wait_for_function("() => document.querySelector('#keys-state')?.textContent.includes('已保存')")
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=20_000)

    phone.set_offline(True)
    try:
        page.goto(f"{live_server}/verify")  # the shell and the chunk from the service worker's precache
        assert page.inner_text("h1") == "核验电子证照"
        verdict = check(page, licence["token"])
        assert "有效" in verdict and "valid" in verdict.lower()
        details = page.inner_text("#result")
        assert licence["number"] in details and "长安区市场监督管理局" in details and "营业执照" in details
        assert "离线" in page.inner_text("#status-source")  # revocation from the saved status list

        assert "签名无效" in check(page, tampered(licence["token"]))
        assert "Bad signature" in page.inner_text("#result .verdict-t")
        assert "无法识别" in check(page, "not a licence")
    finally:
        phone.set_offline(False)


def test_online_the_status_list_catches_revoked_and_suspended_licences(live_server, live_db, phone):
    revoked = issue(live_db, "--then", "revoke")
    suspended = issue(live_db, "--type", "food_business_licence", "--then", "suspend")
    page = phone.new_page()
    page.goto(f"{live_server}/verify")
    assert "已吊销" in check(page, revoked["token"])
    assert page.inner_text("#status-source") == "已联网核对吊销与暂扣状态。"
    assert "已暂扣" in check(page, suspended["token"])


def test_a_picture_of_the_qr_is_read_with_our_own_wasm(live_server, live_db, phone, tmp_path):
    licence = issue(live_db, "--type", "marriage_certificate")
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=6)
    qr.add_data(licence["token"])
    qr.make(fit=True)
    assert qr.version <= 20
    picture = tmp_path / "qr.png"
    qr.make_image().save(picture)

    page = phone.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{live_server}/verify")
    assert page.evaluate("'BarcodeDetector' in window") is False  # Linux Chromium: the ponyfill is used
    page.set_input_files("#scan-file", str(picture))
    page.wait_for_selector("#result .verdict", timeout=30_000)
    assert "有效" in page.inner_text("#result .verdict-t")
    assert page.input_value("#token") == licence["token"]
    assert any(u.endswith(".wasm") for u in requests), "the ZXing wasm was loaded"
    origins = {urlsplit(u).netloc for u in requests if u.startswith("http")}
    assert origins == {urlsplit(live_server).netloc}, "nothing from a CDN"


def _session(base: str, db: str) -> str:
    """Sign the demo citizen in with a text-message code (read from the SMS the server recorded)."""

    def graphql(query: str) -> dict:
        request = urllib.request.Request(
            f"{base}/graphql", json.dumps({"query": query}).encode(), {"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            data = json.load(response)["data"]
            data["_headers"] = response.headers
            return data

    graphql(f'mutation {{ requestPhoneCode(phone: "{DEMO_PHONE}") {{ __typename }} }}')
    with sqlite3.connect(db) as conn:
        [text] = conn.execute(
            "SELECT text FROM identity_sms_message WHERE phone = ? ORDER BY id DESC LIMIT 1", (DEMO_PHONE,)
        ).fetchone()
    code = re.search(r"\d{6}", text).group()
    answer = graphql(
        f'mutation {{ signInWithPhoneCode(phone: "{DEMO_PHONE}", code: "{code}") '
        "{ __typename ... on IdentityError { code } } }"
    )
    assert answer["signInWithPhoneCode"]["__typename"] == "Session", answer
    return refresh_token_of(answer["_headers"])


def test_my_wallet_shows_a_fresh_qr_and_stays_readable_offline(live_server, live_db, phone):
    licence = issue(live_db)
    page = phone.new_page()
    page.goto(f"{live_server}/")
    sign_in_with(page, live_server, _session(live_server, live_db))
    page.goto(f"{live_server}/wallet")
    card = page.locator(f"li.licence[data-id='{licence['licence']}']")
    card.wait_for()
    assert licence["number"] in card.inner_text()
    card.locator("button[data-show]").click()
    box = card.locator(".qr-box")
    box.wait_for()
    assert int(box.get_attribute("data-version")) <= 20
    assert card.locator("svg.qr-svg path").count() == 1
    token = box.get_attribute("data-token")

    # what the holder showed verifies on a verifier's phone
    verifier = phone.new_page()
    verifier.goto(f"{live_server}/verify")
    assert "有效" in check(verifier, token)

    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=20_000)
    phone.set_offline(True)
    try:
        page.goto(f"{live_server}/wallet")
        page.locator(f"li.licence[data-id='{licence['licence']}']").wait_for()
        assert "离线" in page.inner_text("main")
    finally:
        phone.set_offline(False)


def test_the_camera_reads_a_licence_qr(live_server, live_db, browser, tmp_path):
    """Chromium's fake camera plays a picture of the QR (MJPEG frames); the scanner reads it."""
    from PIL import Image

    from tests.e2e.conftest import CHROMIUM, CHROMIUM_FLAGS

    licence = issue(live_db)
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=6)
    qr.add_data(licence["token"])
    qr.make(fit=True)
    image = qr.make_image().get_image().convert("RGB")
    frame = Image.new("RGB", (1280, 720), "white")
    frame.paste(image.resize((700, 700), Image.Resampling.NEAREST), (290, 10))
    video = tmp_path / "qr.mjpeg"
    with open(video, "wb") as out:
        for _ in range(10):
            frame.save(out, format="JPEG", quality=92)
    flags = [
        *CHROMIUM_FLAGS,
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
        f"--use-file-for-fake-video-capture={video}",
    ]
    with_camera = browser.browser_type.launch(executable_path=CHROMIUM, args=flags)
    try:
        page = with_camera.new_context(locale="zh-CN", permissions=["camera"]).new_page()
        page.goto(f"{live_server}/verify")
        page.click("#scan")
        page.wait_for_selector("#result .verdict", timeout=30_000)
        assert "有效" in page.inner_text("#result .verdict-t")
        assert page.input_value("#token") == licence["token"]
        page.wait_for_function("() => document.querySelector('#camera').hidden")  # the camera is off again
    finally:
        with_camera.close()
