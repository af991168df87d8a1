"""The pickup the citizen chooses, in headless Chromium against the live server: on the phone the
citizen chooses mail to their address (我要开餐馆 offers window, 24-hour locker and mail); after the
departments approve (over GraphQL, to save time) the clerk at the desk sees the choice and the
address, records the carrier and tracking number, then the delivery — the application is collected
and the citizen is asked to rate. And the 24-hour locker: chosen on the phone, the code in the inbox,
the locker opened from the application page."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

import pytest
from webauthn.helpers import bytes_to_base64url

from api.identity import tokens
from api.identity.accounts import invite_staff
from api.identity.enums import Role
from api.identity.models import User
from tests.applications.conftest import sample_value
from tests.e2e.test_desk import Desk, Person, api, desktop, in_database, inbox, signed_in, upload
from tests.e2e.test_identity import resident_id, unique_phone
from tests.uploads import samples

pytestmark = pytest.mark.browser

BUNDLE = "B03"  # 我要开餐馆: SJ, CG and XF in parallel; window, locker and mail offered
SHOTS = "/tmp/onevisit-shots"


@dataclass
class Hall:
    base: str
    database: str
    citizen: Person
    clerk: Person
    reviewers: dict[str, Person]  # by department code

    def session(self, person: Person) -> tokens.Session:
        """As signing in would give (the desk tests' helper, on this hall's database)."""
        return Desk(self.base, self.database, person, person, person, person, person).session(person)

    def token(self, person: Person) -> str:
        return self.session(person).access_token


@pytest.fixture(scope="module")
def hall(live_server, live_database_url) -> Hall:
    async def people() -> dict:
        citizen = await User.create(
            user_handle=bytes_to_base64url(secrets.token_bytes(64)),
            name="周开店",
            phone=unique_phone(),
            id_number=resident_id(),
            roles=[Role.CITIZEN.value],
            staff=False,
        )
        clerk, _ = await invite_staff("孙窗口", unique_phone(), [Role.WINDOW_CLERK], None)
        reviewers = {}
        for code in ("SJ", "CG", "XF"):
            user, _ = await invite_staff(f"审批{code}", unique_phone(), [Role.REVIEWER], code)
            reviewers[code] = Person(user.id, user.name)
        return {
            "citizen": Person(citizen.id, citizen.name),
            "clerk": Person(clerk.id, clerk.name),
            "reviewers": reviewers,
        }

    return Hall(live_server, live_database_url, **in_database(live_database_url, people))


def submit(base: str, token: str) -> dict:
    form = api(
        base,
        token,
        """query($c: String!) { applyForm(code: $c) { ... on ApplyForm { formSchema prefill
        materials { material status } } } }""",
        {"c": BUNDLE},
    )["applyForm"]
    data = {f["code"]: sample_value(f) for f in form["formSchema"]["fields"]}
    data.update(form["prefill"])
    materials = [
        {"material": m["material"], "upload": upload(base, token, samples.png(), "材料.png", "image/png")}
        for m in form["materials"]
        if m["status"] == "MISSING"
    ]
    result = api(
        base,
        token,
        """mutation($i: ApplicationInput!) { submitApplication(input: $i) {
        ... on Submitted { application { id trackingNumber } }
        ... on ApplicationError { code message problems { field message } } } }""",
        {"i": {"code": BUNDLE, "data": data, "materials": materials, "idempotencyKey": secrets.token_hex(8)}},
    )["submitApplication"]
    assert "application" in result, result
    return result["application"]


def accept_and_approve(hall: Hall, app_id: str) -> None:
    """The clerk accepts, each department approves: GraphQL, as the desk screens do."""
    clerk = hall.token(hall.clerk)
    for doc in (
        "mutation($id: ID!) { claimApplication(id: $id) { __typename } }",
        "mutation($id: ID!) { acceptApplication(id: $id) { __typename ... on ApplicationError { code message } } }",
    ):
        api(hall.base, clerk, doc, {"id": app_id})
    lanes = api(
        hall.base,
        clerk,
        "query($id: ID!) { application(id: $id) { lanes { taskId departmentCode } } }",
        {"id": app_id},
    )
    for lane in lanes["application"]["lanes"]:
        token = hall.token(hall.reviewers[lane["departmentCode"]])
        api(
            hall.base,
            token,
            "mutation($id: ID!) { startTaskReview(id: $id) { __typename } }",
            {"id": lane["taskId"]},
        )
        decided = api(
            hall.base,
            token,
            'mutation($id: ID!) { decideTask(id: $id, approve: true, note: "同意") { __typename ... on ApplicationType { status } } }',
            {"id": lane["taskId"]},
        )
        assert decided["decideTask"]["__typename"] == "ApplicationType", decided


def shot(page, name: str) -> None:
    page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


def test_the_citizen_chooses_mail_and_the_clerk_records_tracking_and_delivery(hall, browser, phone):
    base = hall.base
    citizen_token = hall.token(hall.citizen)
    submitted = submit(base, citizen_token)
    app_id, tn = submitted["id"], submitted["trackingNumber"]

    # --- the citizen on the phone: mail to an address ---------------------------------------------
    mine = signed_in(hall, phone, hall.citizen)
    mine.goto(f"{base}/applications/{app_id}")
    mine.wait_for_selector("#delivery-form")
    assert "默认到窗口领取" in mine.inner_text("#delivery-now")
    options = mine.locator("#delivery-form input[name=delivery]")
    assert [options.nth(i).get_attribute("value") for i in range(options.count())] == [
        "WINDOW",
        "LOCKER",
        "MAIL",
    ]
    assert mine.is_hidden("#mail-fields")
    mine.get_by_label("邮寄到家（免费）").check()
    assert mine.is_visible("#mail-fields")
    mine.fill("#mail-recipient", "周开店")
    mine.fill("#mail-phone", "12345")
    mine.fill("#mail-address", "陕西省西安市长安区韦曲街道航天大道 188 号 3 单元 502")
    mine.click("#save-delivery")
    assert mine.inner_text("#mail-phone-err") == "请填写 11 位手机号"
    assert mine.get_attribute("#mail-phone", "aria-invalid") == "true"
    assert mine.evaluate("document.activeElement.id") == "mail-phone"
    mine.fill("#mail-phone", "139 1234 5678")
    mine.click("#save-delivery")
    mine.wait_for_selector("#status:has-text('领取方式已保存')")
    now = mine.inner_text("#delivery-now")
    assert "邮寄" in now and "航天大道 188 号" in now and "13912345678" in now
    shot(mine, "delivery-citizen-mail-zh")

    # --- accepted and approved; the clerk delivers by mail as chosen -------------------------------
    accept_and_approve(hall, app_id)
    clerk_context = desktop(browser)
    try:
        clerk = signed_in(hall, clerk_context, hall.clerk)
        clerk.goto(f"{base}/desk/applications/{app_id}")
        clerk.wait_for_selector("#pickup-form[data-method=MAIL]")
        assert "邮寄" in clerk.inner_text("#chosen-delivery")
        assert "航天大道 188 号" in clerk.inner_text("#mail-to") and "周开店" in clerk.inner_text("#mail-to")
        assert clerk.locator("#pickup-window").count() == 0 and clerk.locator("#pickup-locker").count() == 0
        clerk.click("#set-pickup")
        assert clerk.inner_text("#pickup-carrier-err") == "请填写快递公司"
        clerk.fill("#pickup-carrier", "中国邮政EMS")
        clerk.fill("#pickup-tracking", "1187654321098")
        clerk.click("#set-pickup")
        clerk.wait_for_selector("#status:has-text('已设置送达方式')")
        assert "1187654321098" in clerk.inner_text("#pickup-text")
        clerk.wait_for_selector("#delivered-form")
        shot(clerk, "delivery-desk-mailed-zh")

        notice = inbox(base, citizen_token, "ready_for_pickup", app_id)
        assert "中国邮政EMS" in notice["body"] and "1187654321098" in notice["body"]
        assert "航天大道" not in notice["body"], "no address in a text message"
        mine.goto(f"{base}/applications/{app_id}")
        mine.wait_for_selector("#pickup-h")
        assert "1187654321098" in mine.inner_text(".pickup")
        assert "快递签收" in mine.inner_text("#next-action")
        assert mine.locator("#delivery-form").count() == 0, "too late to change once it is in the post"

        # the tracking says it was delivered: the clerk records it; the loop closes with a rating
        clerk.fill("#signed-by", "本人签收")
        clerk.click("#record-delivered")
        clerk.wait_for_selector("#status:has-text('已登记送达')")
        assert "已领取" in clerk.inner_text("#head")
        rate = inbox(base, citizen_token, "please_rate", app_id)
        assert "评价" in rate["body"]
        mine.goto(f"{base}/applications/{app_id}")
        mine.wait_for_function("() => document.querySelector('#head')?.textContent.includes('已领取')")
        log = mine.inner_text("#log")
        assert "邮件已送达" in log and "1187654321098" in log
        shot(mine, "delivery-citizen-delivered-zh")
        events = api(
            base, citizen_token, "query($id: ID!) { application(id: $id) { status } }", {"id": app_id}
        )
        assert events["application"]["status"] == "COLLECTED"
        assert tn
    finally:
        clerk_context.close()


def test_the_citizen_chooses_the_locker_and_opens_it_with_the_code(hall, browser, phone):
    base = hall.base
    citizen_token = hall.token(hall.citizen)
    app_id = submit(base, citizen_token)["id"]
    mine = signed_in(hall, phone, hall.citizen)
    mine.goto(f"{base}/applications/{app_id}")
    mine.wait_for_selector("#delivery-form")
    mine.get_by_label("24 小时智能柜自取").check()
    mine.click("#save-delivery")
    mine.wait_for_selector("#status:has-text('领取方式已保存')")
    assert "24 小时智能柜" in mine.inner_text("#delivery-now")

    accept_and_approve(hall, app_id)
    clerk_context = desktop(browser)
    try:
        clerk = signed_in(hall, clerk_context, hall.clerk)
        clerk.goto(f"{base}/desk/applications/{app_id}")
        clerk.wait_for_selector("#pickup-form[data-method=LOCKER]")
        clerk.fill("#pickup-locker", "A-12")
        clerk.click("#set-pickup")
        clerk.wait_for_selector("#status:has-text('已设置送达方式')")
    finally:
        clerk_context.close()
    notice = inbox(base, citizen_token, "ready_for_pickup", app_id)
    code = re.search(r"取件码 (\d{6})", notice["body"]).group(1)
    mine.goto(f"{base}/applications/{app_id}")
    mine.wait_for_selector("#collect-form")
    mine.fill("#pickup-code", code)
    mine.click("#collect")
    mine.wait_for_function("() => document.querySelector('#head')?.textContent.includes('已领取')")
    assert "评价" in inbox(base, citizen_token, "please_rate", app_id)["body"]


def test_a_second_correction_list_needs_a_supervisor_and_says_so(hall, browser, phone, live_database_url):
    """一次性告知 enforced at the desk: after the one-time list, the clerk must give the reason and
    ask a supervisor; the supervisor approves it from /desk/corrections; the citizen reads that it is an
    extra request, and why."""
    base = hall.base
    citizen_token, clerk_token = hall.token(hall.citizen), hall.token(hall.clerk)
    app_id = submit(base, citizen_token)["id"]
    run = lambda doc, token, **v: api(base, token, doc, {"id": app_id, **v})  # noqa: E731
    run("mutation($id: ID!) { claimApplication(id: $id) { __typename } }", clerk_token)
    verdict = [{"material": "floor_plan", "ok": False, "note": "请标注灶台位置"}]
    run(
        "mutation($id: ID!, $v: [VerdictInput!]!) { judgeMaterials(id: $id, verdicts: $v) { __typename } }",
        clerk_token,
        v=verdict,
    )
    run('mutation($id: ID!) { requestCorrections(id: $id, summary: "") { __typename } }', clerk_token)
    fixed = upload(base, citizen_token, samples.png(), "平面图.png", "image/png")
    run(
        "mutation($id: ID!, $m: [MaterialInput!]!) { answerCorrection(id: $id, materials: $m) { __typename } }",
        citizen_token,
        m=[{"material": "floor_plan", "upload": fixed}],
    )
    run("mutation($id: ID!) { claimApplication(id: $id) { __typename } }", clerk_token)

    async def supervisor() -> Person:
        user, _ = await invite_staff("吴主管", unique_phone(), [Role.SUPERVISOR], None)
        return Person(user.id, user.name)

    boss = in_database(live_database_url, supervisor)
    clerk_context, boss_context = desktop(browser), desktop(browser)
    try:
        clerk = signed_in(hall, clerk_context, hall.clerk)
        clerk.goto(f"{base}/desk/applications/{app_id}")
        clerk.wait_for_selector("#extra-form")
        assert clerk.locator("#correction-form").count() == 0, "no second one-time list"
        assert "须写明原因" in clerk.inner_text("#extra-h + p")
        group = clerk.locator("#v-signboard_design")
        group.get_by_label("需补正", exact=True).check()
        clerk.fill("#note-signboard_design", "牌匾尺寸与图纸不符")
        clerk.click("#send-extra")
        assert clerk.inner_text("#extra-reason-err") == "请写明再次要求补正的原因"
        clerk.fill("#extra-reason", "首次告知时遗漏了牌匾尺寸的核对，给您添麻烦了")
        clerk.click("#send-extra")
        clerk.wait_for_selector("#status:has-text('已提交主管审批')")
        assert "待主管审批" in clerk.inner_text("#extras")
        shot(clerk, "extra-desk-asked-zh")

        chief = signed_in(hall, boss_context, boss)
        chief.goto(f"{base}/desk")
        chief.click("#go-corrections")
        chief.wait_for_url("**/desk/corrections")
        chief.wait_for_selector("#flagged")
        row = chief.locator("#flagged tbody tr").first
        assert "待主管审批" in row.inner_text() and "遗漏了牌匾尺寸" in row.inner_text()
        row.locator("a.tn").click()
        chief.wait_for_selector("#extra-decide-form")
        chief.click("#extra-refuse")
        assert chief.inner_text("#extra-note-err") == "不批准须写明理由"
        chief.click("#extra-approve")
        chief.wait_for_selector("#status:has-text('已批准')")
        assert "待补正" in chief.inner_text("#head") and "已批准并发送" in chief.inner_text("#extras")
        shot(chief, "extra-desk-approved-zh")
    finally:
        clerk_context.close()
        boss_context.close()

    mine = signed_in(hall, phone, hall.citizen)
    mine.goto(f"{base}/applications/{app_id}")
    mine.wait_for_selector("#correction-form")
    assert "补充补正（第 2 次补正）" in mine.inner_text("#corr-h")
    assert "遗漏了牌匾尺寸" in mine.inner_text("#extra-why") and "经主管批准" in mine.inner_text("#extra-why")
    shot(mine, "extra-citizen-zh")
    notice = inbox(base, citizen_token, "extra_correction_needed", app_id)
    assert "非一次性告知" in notice["title"] and "遗漏了牌匾尺寸" in notice["body"]
