"""Helpers (帮办代办) on a tablet in headless Chromium against the live server: a helper asks an
elderly citizen for consent (the citizen answers on their phone), sees the citizen on their helper
page with what the consent covers, applies for them (高龄老人生活补贴, the form with onBehalfOf),
answers the window's correction for them, and the citizen sees "由 X 代办" on their application and
its timeline, as the clerk does at the desk. An item done only in person (结婚登记, delegable: false)
refuses the helper, when asking for consent and when opening its form."""

from __future__ import annotations

import re
import secrets

import pytest
from webauthn.helpers import bytes_to_base64url

from api.identity.accounts import invite_staff
from api.identity.enums import Role
from api.identity.models import User
from tests.conftest import gid
from tests.e2e.test_apply import attach_materials, capture_bearer, fill_form
from tests.e2e.test_desk import Desk, Person, api, desktop, in_database, signed_in, tablet
from tests.e2e.test_identity import resident_id, unique_phone
from tests.uploads import samples

pytestmark = pytest.mark.browser

ITEM = "MZ04"  # 高龄老人生活补贴申领: a helper may file it
IN_PERSON = "MZ01"  # 内地居民婚姻登记（结婚登记）: delegable: false
SHOTS = "/tmp/k4-shots"


@pytest.fixture(scope="module")
def people(live_server, live_database_url) -> tuple[Desk, Person]:
    async def make() -> dict[str, Person]:
        citizen = await User.create(
            user_handle=bytes_to_base64url(secrets.token_bytes(64)),
            name="孙奶奶",
            phone=unique_phone(),
            id_number=resident_id("19400312"),
            roles=[Role.CITIZEN.value],
            staff=False,
        )
        made = {"citizen": Person(citizen.id, citizen.name)}
        for key, name, role in [
            ("clerk", "钱窗口", Role.WINDOW_CLERK),
            ("helper", "帮办员小周", Role.HELPER),
        ]:
            user, _code = await invite_staff(name, unique_phone(), [role], None)
            made[key] = Person(user.id, user.name)
        return made

    made = in_database(live_database_url, make)
    helper = made.pop("helper")
    desk = Desk(
        live_server, live_database_url, rs=made["clerk"], yb=made["clerk"], supervisor=made["clerk"], **made
    )
    return desk, helper


def shot(page, name: str) -> None:
    import os

    os.makedirs(SHOTS, exist_ok=True)
    page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


def ask_consent(helper, citizen, base: str, scope: str, code: str) -> None:
    """The helper asks for consent for one item; the citizen approves on their phone."""
    helper.goto(f"{base}/helper/consent")
    helper.check(f"input[name=scope][value={scope}]")
    helper.fill("#scope-ref", code)
    helper.click("#request-submit")
    helper.wait_for_selector("#request-panel .big-code")
    consent_code = helper.inner_text(".big-code [aria-hidden]").replace("-", "")
    citizen.goto(f"{base}/consent/{consent_code}")
    citizen.click("#approve")
    citizen.wait_for_selector("#answer-h")


def test_a_helper_applies_for_a_citizen_and_answers_a_correction(people, browser, phone):
    desk, helper_person = people
    base = desk.base
    helper_context, clerk_context = tablet(browser), desktop(browser)
    try:
        helper = signed_in(desk, helper_context, helper_person)
        grandma = signed_in(desk, phone, desk.citizen)

        # --- 结婚登记 is done in person: no consent can even be asked for it ----------------------
        helper.goto(f"{base}/helper/consent")
        helper.check("input[name=scope][value=ITEM]")
        helper.fill("#scope-ref", IN_PERSON)
        helper.click("#request-submit")
        refusal = helper.locator("#scope-ref-err")
        refusal.wait_for(state="visible")
        assert "须本人亲自办理" in refusal.inner_text() and "结婚登记" in refusal.inner_text()

        # --- consent for 高龄老人生活补贴, answered on the citizen's phone ---------------------------
        ask_consent(helper, grandma, base, "ITEM", ITEM)
        start = helper.locator("#start-helping")
        start.wait_for(timeout=15_000)
        start.click()
        helper.wait_for_url("**/helper")
        person = helper.locator(f"section[data-person='{gid('User', desk.citizen.user_id)}']")
        person.wait_for()
        assert "代办对象：孙奶奶" in person.inner_text() and "高龄老人生活补贴" in person.inner_text()
        assert "授权有效至" in person.inner_text()
        shot(helper, "helper-home")

        # a non-delegable item's form refuses the helper even when opened by its address
        helper.goto(f"{base}/apply/{IN_PERSON}?for={gid('User', desk.citizen.user_id)}")
        notice = helper.locator("main .notice")
        notice.wait_for()
        assert "须本人亲自办理" in notice.inner_text()
        shot(helper, "helper-in-person-refused")

        # --- apply for her: the form says for whom; the profile's values are hers ---------------
        helper.goto(f"{base}/helper")
        bearer = capture_bearer(helper)
        person = helper.locator(f"section[data-person='{gid('User', desk.citizen.user_id)}']")
        person.get_by_role("link", name=re.compile("代 孙奶奶 申请")).click()
        helper.wait_for_url(f"**/apply/{ITEM}?for={gid('User', desk.citizen.user_id)}")
        helper.wait_for_selector("#apply-form")
        assert "代 孙奶奶 申请" in helper.inner_text("#acting-for")
        form = api(
            base,
            bearer["token"],
            """query($c: String!, $f: ID) { applyForm(code: $c, onBehalfOf: $f) { ... on ApplyForm {
            formSchema prefill actingFor materials { material status } } } }""",
            {"c": ITEM, "f": gid("User", desk.citizen.user_id)},
        )["applyForm"]
        assert form["actingFor"] == "孙奶奶" and form["prefill"].get("applicant_name") == "孙奶奶"
        fill_form(helper, form)
        helper.fill("[name=bank_account]", "6222020200012345678")
        missing = attach_materials(helper, form)
        helper.click("#save-draft")  # a draft first: saved for her, the address keeps for whom
        helper.wait_for_selector("#status:has-text('草稿已保存')")
        assert f"for={gid('User', desk.citizen.user_id)}" in helper.url and "draft=" in helper.url
        shot(helper, "helper-apply-form")
        helper.click("#submit")
        helper.wait_for_url(re.compile(r"/applications/[A-Za-z0-9_-]+\?new=1$"))
        app_id = re.search(r"/applications/([A-Za-z0-9_-]+)", helper.url).group(1)
        helper.wait_for_selector(".filed-by")
        assert helper.inner_text(".filed-by") == "由 帮办员小周 代办"

        # --- the window asks for a correction of one material --------------------------------------
        clerk_token = desk.session(desk.clerk).access_token
        first = missing[0]
        api(
            base,
            clerk_token,
            "mutation($id: ID!) { claimApplication(id: $id) { __typename } }",
            {"id": app_id},
        )
        verdicts = [
            {"material": m, "ok": m != first, "note": "照片不清晰，请重新拍摄" if m == first else ""}
            for m in missing
        ]
        judged = api(
            base,
            clerk_token,
            """mutation($id: ID!, $v: [VerdictInput!]!) { judgeMaterials(id: $id, verdicts: $v) {
            __typename ... on ApplicationError { code message } } }""",
            {"id": app_id, "v": verdicts},
        )["judgeMaterials"]
        assert judged["__typename"] == "ApplicationType", judged
        sent = api(
            base,
            clerk_token,
            """mutation($id: ID!) { requestCorrections(id: $id, summary: "其余材料齐全", reason: "") {
            __typename ... on ApplicationError { code message } } }""",
            {"id": app_id},
        )["requestCorrections"]
        assert sent["__typename"] == "ApplicationType", sent

        # --- the helper finds it in their list (代 孙奶奶 申请) and answers the correction ----------
        helper.goto(f"{base}/applications")
        row = helper.locator(f"li.app[data-id='{app_id}']")
        row.wait_for()
        assert "代 孙奶奶 申请" in row.inner_text()
        row.locator("a.row-t").click()
        helper.wait_for_selector("#correction-form")
        helper.set_input_files(
            f"#c-{first}-file", files=[{"name": "重拍.png", "mimeType": "image/png", "buffer": samples.png()}]
        )
        helper.wait_for_selector(f"#c-{first}-field[data-state=done]")
        helper.click("#send-correction")
        helper.wait_for_selector("#status:has-text('补正已提交')")

        # --- the citizen sees who acted for her -----------------------------------------------------
        grandma.goto(f"{base}/applications/{app_id}")
        grandma.wait_for_selector(".filed-by")
        assert grandma.inner_text(".filed-by") == "由 帮办员小周 代办"
        timeline = grandma.inner_text("main")
        assert "帮办人员 帮办员小周 代 孙奶奶 办理" in timeline
        shot(grandma, "citizen-sees-helper")
        grandma.goto(f"{base}/applications")
        mine = grandma.locator(f"li.app[data-id='{app_id}']")
        mine.wait_for()
        assert "由 帮办员小周 代办" in mine.inner_text()

        # --- and so does the window ----------------------------------------------------------------
        clerk = signed_in(desk, clerk_context, desk.clerk)
        clerk.goto(f"{base}/desk/applications/{app_id}")
        clerk.wait_for_selector("#head .filed-by")
        assert "由 帮办员小周 代办" in clerk.inner_text("#head")
        shot(clerk, "desk-sees-helper")
    finally:
        helper_context.close()
        clerk_context.close()


def test_consent_in_person_by_texted_code_and_by_signature_and_revoked_at_a_window(people, browser):
    desk, helper_person = people
    base = desk.base

    async def grandpa() -> tuple[Person, str, str]:
        number = resident_id("19380805")
        user = await User.create(
            user_handle=bytes_to_base64url(secrets.token_bytes(64)),
            name="李爷爷",
            phone=unique_phone(),
            id_number=number,
            roles=[Role.CITIZEN.value],
            staff=False,
        )
        return Person(user.id, user.name), number, user.phone or ""

    person, id_number, phone_number = in_database(desk.database, grandpa)
    helper_context, clerk_context = tablet(browser), desktop(browser)
    try:
        helper = signed_in(desk, helper_context, helper_person)
        helper.goto(f"{base}/helper/consent")
        helper.wait_for_selector("#in-person")
        helper.check("input[name=scope][value=ITEM]")
        helper.fill("#scope-ref", ITEM)
        # a mistyped ID number is caught by its check digit
        helper.fill("#ip-id", id_number[:-1] + ("0" if id_number[-1] != "0" else "1"))
        helper.click("#ip-submit")
        helper.locator("#ip-id-err").wait_for(state="visible")
        helper.fill("#ip-id", id_number)
        helper.click("#ip-submit")  # by texted code (the default)
        helper.wait_for_selector("#ip-sent")
        assert phone_number[-4:] in helper.inner_text("#ip-sent")

        async def texted() -> str:
            from api.identity.sms import latest_message

            return await latest_message(phone_number) or ""

        text = in_database(desk.database, texted)
        assert "帮办员小周" in text and "高龄老人生活补贴申领" in text
        helper.fill("#ip-code", re.search(r"\d{6}", text).group())
        helper.click("#ip-confirm")
        helper.wait_for_selector("#ip-done")
        assert "李爷爷 已授权" in helper.inner_text("#ip-done")

        # another item, confirmed by a signature on the tablet
        helper.goto(f"{base}/helper/consent")
        helper.check("input[name=scope][value=ITEM]")
        helper.fill("#scope-ref", "MZ03")
        helper.fill("#ip-id", id_number)
        helper.check("input[name=ip-by][value=SIGNATURE]")
        helper.click("#ip-submit")
        pad = helper.locator("#sig-pad")
        pad.wait_for()
        helper.click("#ip-confirm")  # nothing signed yet
        helper.locator("#sig-err").wait_for(state="visible")
        box = pad.bounding_box()
        helper.mouse.move(box["x"] + 30, box["y"] + 60)
        helper.mouse.down()
        for x, y in ((120, 30), (200, 100), (300, 40), (420, 90)):
            helper.mouse.move(box["x"] + x * box["width"] / 600, box["y"] + y * box["height"] / 220, steps=4)
        helper.mouse.up()
        shot(helper, "helper-signature")
        helper.click("#ip-confirm")
        helper.wait_for_selector("#ip-done")
        helper.click("#start-helping")
        helper.wait_for_url("**/helper")
        section = helper.locator(f"section[data-person='{gid('User', person.user_id)}']")
        section.wait_for()
        assert section.locator("li.row").count() == 2

        # the person asks at a window to revoke one: the clerk finds it by the ID number
        clerk_token = desk.session(desk.clerk).access_token
        listed = api(
            base,
            clerk_token,
            "query($n: String!) { consentsAtWindow(idNumber: $n) { id scopeRef confirmedBy } }",
            {"n": id_number},
        )["consentsAtWindow"]
        assert {(c["scopeRef"], c["confirmedBy"]) for c in listed} == {("MZ04", "SMS"), ("MZ03", "SIGNATURE")}
        signed = next(c for c in listed if c["scopeRef"] == "MZ03")
        clerk = signed_in(desk, clerk_context, desk.clerk)  # the window's screen: /desk/consents
        clerk.goto(f"{base}/desk/consents")
        clerk.fill("#id-number", id_number)
        clerk.click("#find button[type=submit]")
        clerk.wait_for_selector("#consents")
        assert clerk.locator("#consents li.task").count() == 2
        clerk.click(f"button[data-revoke='{signed['id']}']")
        clerk.wait_for_selector("#status:has-text('已撤销该授权')")
        shot(clerk, "desk-consent-revoked")
        again = api(
            base,
            clerk_token,
            "query($n: String!) { consentsAtWindow(idNumber: $n) { id status revokedAtWindow } }",
            {"n": id_number},
        )["consentsAtWindow"]
        revoked = next(c for c in again if c["id"] == signed["id"])
        assert (revoked["status"], revoked["revokedAtWindow"]) == ("REVOKED", True)
        helper.reload()
        helper.locator(f"section[data-person='{gid('User', person.user_id)}']").wait_for()
        assert helper.locator(f"section[data-person='{gid('User', person.user_id)}'] li.row").count() == 1
    finally:
        helper_context.close()
        clerk_context.close()


def test_a_citizen_asks_for_a_helper_from_the_guide_and_follows_the_request(people, browser, phone):
    desk, helper_person = people
    base = desk.base

    async def team_up() -> None:
        from api.helping import teams
        from api.settings import ROOT

        await teams.load_teams(teams.read_teams(ROOT / "data" / "catalog" / "helper_teams.yaml"))
        await teams.join(helper_person.user_id, "XA-CA-WQ")  # 韦曲街道's team: its communities too

    in_database(desk.database, team_up)
    grandma = signed_in(desk, phone, desk.citizen)
    grandma.goto(f"{base}/g/{ITEM}")
    grandma.click("#ask-helper")
    grandma.wait_for_url(f"**/help?code={ITEM}")
    grandma.wait_for_selector("#help-form")
    assert "高龄老人生活补贴申领" in grandma.inner_text("#help-what")
    grandma.fill("#help-phone", "139")
    grandma.fill("#help-address", "西安市长安区韦曲街道西长安街社区 8 号楼")
    grandma.click("#help-submit")
    grandma.locator("#help-phone-err").wait_for(state="visible")
    grandma.fill("#help-phone", "13912345678")
    grandma.click("#help-submit")
    row = grandma.locator("#help-list li").first
    row.wait_for()
    assert "已分派到帮办队伍" in row.inner_text() and "西长安街社区帮办代办点" in row.inner_text()

    helper_context = tablet(browser)
    try:
        helper = signed_in(desk, helper_context, helper_person)
        helper.goto(f"{base}/helper")
        queue = helper.locator("#help-queue li").first
        queue.wait_for()
        assert "孙奶奶" in queue.inner_text() and "西长安街社区" in queue.inner_text()
        queue.get_by_role("button", name="接单").click()
        helper.locator("#help-queue li[data-status=ASSIGNED]").wait_for()
        shot(helper, "helper-requests")
    finally:
        helper_context.close()
    grandma.reload()
    row = grandma.locator("#help-list li").first
    row.wait_for()
    assert "帮办员已接单" in row.inner_text() and "帮办员小周" in row.inner_text()
    shot(grandma, "citizen-help-request")
