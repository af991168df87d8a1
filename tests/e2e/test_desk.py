"""The staff desk in headless Chromium against the live server, one application all the way through:
a citizen applies (GraphQL, to save time), a window clerk on a desktop claims it from the pre-review
queue, views the materials (a photo inline, a PDF in the page), asks for one correction in a single
notice (一次性告知), the citizen sends it from their phone, the clerk accepts, reviewers of the two
departments approve (one on a tablet from the task list, one from the application), the result waits
at a window (the applicant chose nothing else; the locker and mail: test_delivery.py), the clerk
records its collection, the citizen rates the service "dissatisfied", and the rectification case that opens is assigned by a supervisor
and answered by the department. Staff and sessions are made in the live server's database (tortoise
in this process); the browser is given the refresh token, as session.ts keeps it."""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import time
import urllib.request
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import pytest
from tortoise import Tortoise
from webauthn.helpers import bytes_to_base64url

from api.identity import tokens
from api.identity.accounts import invite_staff
from api.identity.enums import Role
from api.identity.models import IdNumberClaim, User
from api.identity.runtime import IdentityRuntime
from api.settings import tortoise_config
from tests.applications.conftest import sample_value
from tests.e2e.sessions import sign_in_with
from tests.e2e.test_identity import resident_id, unique_phone
from tests.uploads import samples

pytestmark = pytest.mark.browser

BUNDLE = "B11"  # 失业一件事: two departments (人社 RS, 医保 YB), four materials, two of them deferrable
PDF_MATERIAL = "termination_proof"  # sent as a PDF; the others as photos
SAMPLES = {"bank_account": "6222020200012345678"}  # a pattern the generic sample does not match


# --- the live server's database, from this process ------------------------------------------------


def in_database(url: str, work: Callable[[], Awaitable[Any]]) -> Any:
    """Run `work` with tortoise on the live server's database, in a thread of its own (the sync
    Playwright API owns this thread's event loop)."""

    async def main() -> Any:
        await Tortoise.init(config=tortoise_config(url))
        try:
            return await work()
        finally:
            await Tortoise.close_connections()

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, main()).result()


@dataclass
class Person:
    user_id: int
    name: str


@dataclass
class Desk:
    base: str
    database: str
    citizen: Person
    clerk: Person
    rs: Person  # reviewer of 人社 (RS)
    yb: Person  # reviewer of 医保 (YB)
    supervisor: Person

    def session(self, person: Person) -> tokens.Session:
        """A new session (access + refresh token) of one person, as signing in would give."""

        async def start() -> tokens.Session:
            keys = IdentityRuntime.for_base_url(self.base).keys
            await keys.load()  # the server's signing key, from the database
            return await tokens.start_session(keys, await User.get(id=person.user_id))

        return in_database(self.database, start)


async def make_people(citizen_name: str, staff: list[tuple[str, str, Role, str | None]]) -> dict[str, Person]:
    """A citizen with a verified resident ID, and invited staff by key (name, role, department)."""
    citizen = await User.create(
        user_handle=bytes_to_base64url(secrets.token_bytes(64)),
        name=citizen_name,
        phone=unique_phone(),
        id_number=resident_id(),
        roles=[Role.CITIZEN.value],
        staff=False,
    )
    made = {"citizen": Person(citizen.id, citizen.name)}
    for key, name, role, department in staff:
        user, _code = await invite_staff(name, unique_phone(), [role], department)
        made[key] = Person(user.id, user.name)
    return made


@pytest.fixture(scope="module")
def desk(live_server, live_database_url) -> Desk:
    async def people() -> dict[str, Person]:
        return await make_people(
            "刘待业",
            [
                ("clerk", "张窗口", Role.WINDOW_CLERK, None),
                ("rs", "李人社", Role.REVIEWER, "RS"),
                ("yb", "王医保", Role.REVIEWER, "YB"),
                ("supervisor", "赵督查", Role.SUPERVISOR, None),
            ],
        )

    return Desk(live_server, live_database_url, **in_database(live_database_url, people))


def signed_in(desk: Desk, context, person: Person):
    """A page of `context` signed in as `person`: the refresh cookie a sign-in would have set (the page
    gets its access token with it on the first call)."""
    page = context.new_page()
    page.goto(f"{desk.base}/")
    sign_in_with(page, desk.base, desk.session(person).refresh_token)
    return page


# --- the citizen's side over HTTP -----------------------------------------------------------------


def api(base: str, token: str, query: str, variables: dict | None = None) -> dict:
    request = urllib.request.Request(
        f"{base}/graphql",
        json.dumps({"query": query, "variables": variables or {}}).encode(),
        {"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        body = json.load(response)
    assert not body.get("errors"), body
    return body["data"]


def upload(base: str, token: str, data: bytes, filename: str, content_type: str) -> str:
    boundary = secrets.token_hex(12)
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
            f"Content-Type: {content_type}\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    request = urllib.request.Request(
        f"{base}/uploads",
        body,
        {"Content-Type": f"multipart/form-data; boundary={boundary}", "Authorization": f"Bearer {token}"},
    )
    with urllib.request.urlopen(request, timeout=20) as response:
        assert response.status == 201
        return json.load(response)["id"]


def submit(base: str, token: str, leave_out: frozenset[str] = frozenset()) -> dict:
    """Apply for the bundle as the form asks: its fields, the profile's values, one file a material
    (but those left out: a deferrable material may follow later)."""
    form = api(
        base,
        token,
        """query($c: String!) { applyForm(code: $c) { ... on ApplyForm { formSchema prefill
        materials { material status } } ... on ApplicationError { code message } } }""",
        {"c": BUNDLE},
    )["applyForm"]
    data = {f["code"]: SAMPLES.get(f["code"]) or sample_value(f) for f in form["formSchema"]["fields"]}
    data.update(form["prefill"])
    materials = []
    for m in form["materials"]:
        if m["status"] != "MISSING" or m["material"] in leave_out:
            continue  # 免提交: supplied by an e-licence or shared data
        if m["material"] == PDF_MATERIAL:
            file = upload(base, token, samples.reportlab_pdf(), "解除劳动关系证明.pdf", "application/pdf")
        else:
            file = upload(base, token, samples.png(), "材料.png", "image/png")
        materials.append({"material": m["material"], "upload": file})
    result = api(
        base,
        token,
        """mutation($i: ApplicationInput!) { submitApplication(input: $i) {
        ... on Submitted { application { id trackingNumber status lanes { departmentCode } } }
        ... on ApplicationError { code message problems { field message } } } }""",
        {"i": {"code": BUNDLE, "data": data, "materials": materials, "idempotencyKey": secrets.token_hex(8)}},
    )["submitApplication"]
    assert "application" in result, result
    return result["application"]


def application(base: str, token: str, app_id: str) -> dict:
    return api(
        base,
        token,
        """query($id: ID!) { application(id: $id) { status acceptance pickup
        materials { material status note dueOn owed } lanes { departmentCode status decisionNote } } }""",
        {"id": app_id},
    )["application"]


def inbox(base: str, token: str, kind: str, app_id: str, seconds: float = 20) -> dict:
    """The newest inbox message of a kind about an application, once the worker has delivered it."""
    deadline = time.monotonic() + seconds
    while True:
        found_page = api(base, token, "{ myInbox(first: 50) { edges { node { kind title body url } } } }")
        nodes = [edge["node"] for edge in found_page["myInbox"]["edges"]]
        found = [m for m in nodes if m["kind"] == kind and m["url"] == f"/applications/{app_id}"]
        if found:
            return found[0]
        assert time.monotonic() < deadline, f"no {kind} message in the inbox: {nodes}"
        time.sleep(0.25)


# --- the test -------------------------------------------------------------------------------------


def desktop(browser):
    return browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN")


def tablet(browser):
    return browser.new_context(
        viewport={"width": 820, "height": 1180}, device_scale_factor=2, has_touch=True, locale="zh-CN"
    )


def test_one_application_from_pre_review_to_a_rectification_case(desk, browser, phone):
    base = desk.base
    citizen_token = desk.session(desk.citizen).access_token
    submitted = submit(base, citizen_token)
    app_id, tn = submitted["id"], submitted["trackingNumber"]
    assert {lane["departmentCode"] for lane in submitted["lanes"]} == {"RS", "YB"}

    clerk_context = desktop(browser)
    rs_context = tablet(browser)
    yb_context = desktop(browser)
    supervisor_context = desktop(browser)
    try:
        # --- the window clerk: the queue, oldest first; claim → the application ----------------
        clerk = signed_in(desk, clerk_context, desk.clerk)
        clerk.goto(f"{base}/desk")
        clerk.wait_for_selector("#go-queue")
        assert "张窗口" in clerk.inner_text("main h1 + .lede")
        assert "件待预审" in clerk.inner_text("#go-queue")
        assert clerk.locator("#go-tasks").count() == 0, "a clerk has no department tasks"
        clerk.click("#go-queue")
        clerk.wait_for_url("**/desk/queue")
        row = clerk.locator("#queue tbody tr", has_text=tn)
        assert "未认领" in row.inner_text()
        queued = clerk.locator("#queue tbody th .tn").all_inner_texts()
        assert queued.index(tn) == len(queued) - 1, "oldest first: the newest application is last"
        row.get_by_role("button", name=f"认领并预审 {tn}").click()
        clerk.wait_for_url(f"**/desk/applications/{app_id}")
        clerk.wait_for_selector("#review-form fieldset.verdict")
        assert clerk.evaluate("document.activeElement.tagName") == "H1", "focus moves to the new page"
        assert tn in clerk.inner_text("#head")
        assert "您已认领本办件" in clerk.inner_text("#claim-h + p")
        assert "刘待业" in clerk.inner_text(".form-data"), "the form data, as the applicant filled it"

        # each material's file, fetched with the bearer token: a photo inline, the PDF in the page
        clerk.get_by_role("button", name="查看材料：申请表（登记表）").click()
        photo = clerk.wait_for_selector("#file-application_form img")
        clerk.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=photo)
        assert photo.get_attribute("src").startswith("blob:")
        assert photo.get_attribute("alt") == "材料“申请表（登记表）”的图片"
        clerk.get_by_role("button", name="查看材料：解除或终止劳动关系证明").click()
        pdf = clerk.wait_for_selector(f"#file-{PDF_MATERIAL} object[type='application/pdf']")
        assert pdf.get_attribute("data").startswith("blob:")
        viewer_button = clerk.get_by_role("button", name="查看材料：解除或终止劳动关系证明")
        assert viewer_button.get_attribute("aria-expanded") == "true"

        # the verdicts: three OK, one to correct; a correction without its reason is refused here
        for name in ("申请表（登记表）", "职业培训费发票", "本人银行卡或存折"):
            clerk.get_by_role("group", name=f"“{name}”审核结果").get_by_label("通过", exact=True).check()
        clerk.get_by_role("group", name="“解除或终止劳动关系证明”审核结果").get_by_label(
            "需补正", exact=True
        ).check()
        clerk.click("#send-correction")
        reason_error = clerk.locator(f"#note-{PDF_MATERIAL}-err")
        assert reason_error.inner_text() == "请写明需要补正的原因"
        assert clerk.get_attribute(f"#note-{PDF_MATERIAL}", "aria-invalid") == "true"
        assert clerk.evaluate("document.activeElement.id") == f"note-{PDF_MATERIAL}"
        clerk.fill(f"#note-{PDF_MATERIAL}", "缺少单位盖章，请上传盖章后的证明")
        clerk.fill("#correction-summary", "其余材料已审核通过")
        clerk.click("#send-correction")
        clerk.wait_for_selector("#status:has-text('补正通知已发送给申请人')")
        assert "待补正" in clerk.inner_text("#head")
        assert clerk.locator("#review-form fieldset.verdict").count() == 0, "back with the applicant"
        state = application(base, citizen_token, app_id)
        assert state["status"] == "NEEDS_CORRECTION"
        statuses = {m["material"]: (m["status"], m["note"]) for m in state["materials"]}
        assert statuses[PDF_MATERIAL] == ("NEEDS_CORRECTION", "缺少单位盖章，请上传盖章后的证明")
        assert statuses["bank_card"] == ("ACCEPTED", "")

        # --- the citizen corrects it from the phone (the one notice lists exactly that) -----------
        mine = signed_in(desk, phone, desk.citizen)
        mine.goto(f"{base}/applications/{app_id}")
        mine.wait_for_selector("#correction-form")
        assert mine.locator("#correction-form li.upl").count() == 1
        assert "缺少单位盖章" in mine.inner_text(f"#c-{PDF_MATERIAL}-note")
        mine.set_input_files(
            f"#c-{PDF_MATERIAL}-file",
            files=[{"name": "盖章证明.png", "mimeType": "image/png", "buffer": samples.png()}],
        )
        mine.wait_for_selector(f"#c-{PDF_MATERIAL}-field[data-state=done]")
        mine.click("#send-correction")
        mine.wait_for_selector("#status:has-text('补正已提交')")
        assert application(base, citizen_token, app_id)["status"] == "SUBMITTED"

        # --- the clerk claims it again and accepts it --------------------------------------------
        clerk.goto(f"{base}/desk/queue")
        clerk.locator("#queue tbody tr", has_text=tn).get_by_role("button", name=f"认领并预审 {tn}").click()
        clerk.wait_for_url(f"**/desk/applications/{app_id}")
        group = clerk.get_by_role("group", name="“解除或终止劳动关系证明”审核结果")
        group.wait_for()
        assert "已提交" in clerk.inner_text(f"li[data-material={PDF_MATERIAL}] .mat-h")
        assert clerk.is_checked("input[name=v-bank_card][value=ok]"), "the first verdicts are kept"
        group.get_by_label("通过", exact=True).check()
        assert clerk.is_checked("input[name=mode][value=NORMAL]")
        clerk.click("#accept")
        clerk.wait_for_selector("#status:has-text('已受理')")
        assert "已受理" in clerk.inner_text("#head") and "正常受理" in clerk.inner_text("#head")
        assert clerk.locator("#accept-form").count() == 0
        assert clerk.locator(".lane").count() == 2

        # a word with the applicant in the consultation thread
        clerk.fill("#message-body", "您好，已受理，请留意领件通知。")
        clerk.click("#send-message")
        clerk.wait_for_selector("#thread .msg.staff:has-text('请留意领件通知')")

        # --- 人社 on a tablet: its task list; a rejection needs the reason; approve ---------------
        rs = signed_in(desk, rs_context, desk.rs)
        rs.goto(f"{base}/desk")
        rs.click("#go-tasks")
        rs.wait_for_url("**/desk/tasks")
        task = rs.locator("#open-tasks li.task", has_text=tn)
        assert "待审批" in task.inner_text() and "承诺期限" in task.inner_text()
        task.get_by_role("button", name=f"不予批准：{tn}").click()
        error = task.locator(".err").first
        error.wait_for()
        assert error.inner_text() == "不予批准须说明理由"
        task.locator("textarea").fill("材料齐全，同意办理失业登记。")
        task.get_by_role("button", name=f"批准：{tn}", exact=True).click()
        rs.wait_for_selector("#status:has-text('已批准')")
        done = rs.locator("#done-tasks li.task", has_text=tn)
        assert "已批准" in done.inner_text() and "同意办理失业登记" in done.inner_text()

        # --- 医保 on a desktop: from the application itself ---------------------------------------
        yb = signed_in(desk, yb_context, desk.yb)
        yb.goto(f"{base}/desk/applications/{app_id}")
        yb.wait_for_selector("#decide-form")
        assert "长安区医疗保障局" in yb.inner_text("#decide-h + p")
        assert yb.locator("#review-form fieldset.verdict").count() == 0, "a reviewer does not pre-review"
        yb.click("#approve")
        yb.wait_for_selector("#status:has-text('已批准')")
        assert "已办结" in yb.inner_text("#head"), "both departments approved: completed"
        lanes = {x["departmentCode"]: x["status"] for x in application(base, citizen_token, app_id)["lanes"]}
        assert lanes == {"RS": "APPROVED", "YB": "APPROVED"}

        # --- the clerk: at a window, since the applicant chose nothing (失业一件事 offers only that) --
        clerk.click("#refresh")
        clerk.wait_for_selector("#pickup-form[data-method=WINDOW]")
        assert "申请人没有选择" in clerk.inner_text("#chosen-delivery")
        assert clerk.locator("#pickup-locker").count() == 0, "the clerk does not choose the method"
        clerk.click("#set-pickup")
        assert clerk.inner_text("#pickup-window-err") == "请填写领取窗口"
        clerk.fill("#pickup-window", "6号窗口")
        clerk.click("#set-pickup")
        clerk.wait_for_selector("#status:has-text('已设置送达方式')")
        assert "6号窗口" in clerk.inner_text("#pickup-text")
        notice = inbox(base, citizen_token, "ready_for_pickup", app_id)  # the outbox worker sends it
        assert "6号窗口" in notice["body"]
        clerk.fill("#collected-by", "刘待业")
        clerk.check("#identity-checked")
        clerk.click("#record-collection")
        clerk.wait_for_selector("#status:has-text('已登记领取')")
        mine.goto(f"{base}/applications/{app_id}")
        mine.wait_for_function("() => document.querySelector('#head')?.textContent.includes('已领取')")

        # --- 好差评: "dissatisfied" opens a rectification case ------------------------------------
        rated = api(
            base,
            citizen_token,
            """mutation($id: ID!) { rateApplication(applicationId: $id, level: 2, comment: "等了很久才有人回复") {
            __typename ... on Rating { level rectificationCase { id status } }
            ... on FeedbackError { code message } } }""",
            {"id": app_id},
        )["rateApplication"]
        assert rated["__typename"] == "Rating" and rated["rectificationCase"]["status"] == "OPEN", rated
        case_id = rated["rectificationCase"]["id"]

        supervisor = signed_in(desk, supervisor_context, desk.supervisor)
        supervisor.goto(f"{base}/desk")
        supervisor.click("#go-cases")
        supervisor.wait_for_url("**/desk/cases")
        case = supervisor.locator(f"#c-{case_id}")
        text = case.inner_text()
        assert "待转办" in text and "评价 2 星" in text and tn in text and "等了很久" in text
        case.get_by_label("承办部门").select_option("RS")
        case.get_by_label("转办意见").fill("请核实并答复申请人")
        case.get_by_role("button", name="转办", exact=True).click()
        supervisor.wait_for_selector("#status:has-text('已转办')")
        assert "已转办" in supervisor.inner_text(f"#c-{case_id}")

        rs.goto(f"{base}/desk/cases")
        rs_case = rs.locator(f"#c-{case_id}")
        assert "请核实并答复申请人" in rs_case.inner_text()
        assert rs_case.locator("form.assign").count() == 0, "only a supervisor assigns"
        rs_case.get_by_label("答复申请人（至少 5 个字）").fill("已约谈经办人员，今后留言当日回复。")
        rs_case.get_by_role("button", name="答复", exact=True).click()
        rs.wait_for_selector("#status:has-text('已答复申请人')")
        assert "已答复" in rs.inner_text(f"#c-{case_id}")

        # --- 电子监察: the dashboard has both departments ------------------------------------------
        supervisor.goto(f"{base}/desk/supervision")
        supervisor.wait_for_selector("#departments")
        departments = supervisor.inner_text("#departments")
        assert "长安区人力资源和社会保障局" in departments and "长安区医疗保障局" in departments
        assert supervisor.locator("#totals").count() == 1
    finally:
        for context in (clerk_context, rs_context, yb_context, supervisor_context):
            context.close()


def test_deferred_acceptance_a_rejection_and_collection_at_the_window(desk, browser):
    """容缺受理 of a material the applicant has not sent yet, one department rejecting (with the
    reason) and the other approving — partly completed — then the result collected at a window."""
    base = desk.base
    citizen_token = desk.session(desk.citizen).access_token
    submitted = submit(base, citizen_token, leave_out=frozenset({"training_invoice"}))
    app_id, tn = submitted["id"], submitted["trackingNumber"]

    clerk_context = desktop(browser)
    rs_context = desktop(browser)
    yb_context = tablet(browser)
    try:
        clerk = signed_in(desk, clerk_context, desk.clerk)
        clerk.goto(f"{base}/desk/applications/{app_id}")  # straight from a link: claim here
        clerk.wait_for_selector("#claim")
        assert "尚未认领" in clerk.inner_text("#claim-h + p")
        assert clerk.locator("fieldset.verdict").count() == 0, "no verdicts before the claim"
        clerk.click("#claim")
        clerk.wait_for_selector("#status:has-text('已认领')")
        for name in ("申请表（登记表）", "解除或终止劳动关系证明", "本人银行卡或存折"):
            clerk.get_by_role("group", name=f"“{name}”审核结果").get_by_label("通过", exact=True).check()
        missing = clerk.get_by_role("group", name="“职业培训费发票”审核结果")
        assert missing.get_by_label("通过", exact=True).count() == 0, "a missing material cannot be OK"

        # a normal acceptance with a material missing: the server says which
        clerk.click("#accept")
        clerk.wait_for_selector("#alert:has-text('职业培训费发票')")
        assert "尚未齐全" in clerk.inner_text("#alert")

        # 容缺: the missing material follows by its due date
        clerk.get_by_label("容缺受理").check()
        clerk.click("#accept")
        assert clerk.inner_text("#deferred-err") == "请至少选择一份后补的材料"
        clerk.get_by_label("职业培训费发票", exact=True).check()
        assert "10 个工作日内补交" in clerk.inner_text("#terms-training_invoice"), "the catalogue's terms"
        clerk.click("#accept")
        clerk.wait_for_selector("#status:has-text('已受理')")
        assert "容缺受理" in clerk.inner_text("#head")
        state = application(base, citizen_token, app_id)
        assert state["acceptance"] == "deferred"
        owed = {m["material"]: m for m in state["materials"]}["training_invoice"]
        assert owed["status"] == "DEFERRED"
        assert owed["dueOn"] in clerk.inner_text(".log"), "the history says until when"
        assert "“职业培训费发票”" in clerk.inner_text(".log"), "by its name, not its code"

        # 人社 rejects from the application (the reason is required and shown), 医保 approves
        rs = signed_in(desk, rs_context, desk.rs)
        rs.goto(f"{base}/desk/applications/{app_id}")
        rs.wait_for_selector("#decide-form")
        rs.click("#reject")
        assert rs.inner_text("#decision-note-err") == "不予批准须说明理由"
        assert rs.evaluate("document.activeElement.id") == "decision-note"
        rs.fill("#decision-note", "申请人已重新就业，不符合失业登记条件。")
        rs.click("#reject")
        rs.wait_for_selector("#status:has-text('不予批准')")
        assert "不符合失业登记条件" in rs.inner_text(".lane[data-dept=RS]")

        yb = signed_in(desk, yb_context, desk.yb)
        yb.goto(f"{base}/desk/tasks")
        task = yb.locator("#open-tasks li.task", has_text=tn)
        task.get_by_role("button", name=f"批准：{tn}", exact=True).click()
        yb.wait_for_selector("#status:has-text('已批准')")
        assert application(base, citizen_token, app_id)["status"] == "PARTLY_COMPLETED"

        # at the window: where and when, then who collected it (identity checked)
        clerk.click("#refresh")
        clerk.wait_for_selector("#pickup-form")
        assert "部分办结" in clerk.inner_text("#head")
        clerk.fill("#pickup-window", "综合窗口 6 号")
        clerk.fill("#pickup-hours", "工作日 9:00–17:00")
        clerk.click("#set-pickup")
        clerk.wait_for_selector("#collect-form")
        assert clerk.inner_text("#pickup-text") == "窗口领取：综合窗口 6 号（工作日 9:00–17:00）"
        assert clerk.input_value("#collected-by") == "刘待业", "the applicant, from the form"
        clerk.click("#record-collection")
        assert clerk.inner_text("#identity-checked-err") == "领取前须核验领取人身份"
        clerk.check("#identity-checked")
        clerk.click("#record-collection")
        clerk.wait_for_selector("#status:has-text('已登记领取')")
        assert "已领取" in clerk.inner_text("#head")
        assert application(base, citizen_token, app_id)["status"] == "COLLECTED"
    finally:
        for context in (clerk_context, rs_context, yb_context):
            context.close()


def test_a_clerk_binds_an_id_number_after_checking_the_card(desk, browser):
    """A sign-up whose ID number another phone holds waits on the clerk's 身份和企业核验 screen; the
    clerk checks the card in person and binds it (the other account loses it)."""
    id_number = resident_id()

    async def conflict() -> tuple[int, int]:
        holder = await User.create(
            user_handle=bytes_to_base64url(secrets.token_bytes(64)),
            name="先登记者",
            phone=unique_phone(),
            id_number=id_number,
            roles=[Role.CITIZEN.value],
        )
        claimant = await User.create(
            user_handle=bytes_to_base64url(secrets.token_bytes(64)),
            name="持证的葛大爷",
            phone=unique_phone(),
            roles=[Role.CITIZEN.value],
        )
        await IdNumberClaim.create(claimant=claimant, id_number=id_number)
        return holder.id, claimant.id

    holder_id, claimant_id = in_database(desk.database, conflict)
    context = browser.new_context(viewport={"width": 1024, "height": 768}, locale="zh-CN")
    try:
        page = signed_in(desk, context, desk.clerk)
        page.goto(f"{desk.base}/desk")
        page.click("#go-checks")
        page.wait_for_selector("#id-claims")
        claim = page.locator("#id-claims li", has_text="持证的葛大爷")
        assert id_number not in claim.inner_text(), "the number is shown masked"
        claim.locator("input").fill("核验身份证原件")
        claim.get_by_role("button", name="已查验身份证原件，绑定到此账户").click()
        page.wait_for_selector("#status.on")
        assert page.inner_text("#status") == "已绑定身份证号。"
        assert page.locator("#id-claims li", has_text="持证的葛大爷").count() == 0
    finally:
        context.close()

    async def numbers() -> tuple[str | None, str | None]:
        return (await User.get(id=holder_id)).id_number, (await User.get(id=claimant_id)).id_number

    assert in_database(desk.database, numbers) == (None, id_number)


def test_the_desk_asks_staff_to_sign_in_and_turns_citizens_away(desk, browser, phone):
    page = phone.new_page()
    page.goto(f"{desk.base}/desk/queue")
    page.wait_for_selector("main .notice")
    assert "请先用通行密钥登录" in page.inner_text("main")
    link = page.get_by_role("link", name="工作人员登录")
    assert link.get_attribute("href") == "/signin?staff=1&next=%2Fdesk%2Fqueue"
    link.click()
    page.wait_for_url("**/signin?staff=1*")
    page.wait_for_selector("#passkey")

    citizen = signed_in(desk, phone, desk.citizen)
    citizen.goto(f"{desk.base}/desk")
    citizen.wait_for_selector("main .notice")
    assert "没有工作台权限" in citizen.inner_text("main")

    # a reviewer opening the clerk's queue is told so (the server would refuse it anyway)
    context = desktop(browser)
    try:
        rs = signed_in(desk, context, desk.rs)
        rs.goto(f"{desk.base}/desk/queue")
        rs.wait_for_selector("main .notice")
        assert "需要相应的岗位权限" in rs.inner_text("main")
    finally:
        context.close()


def test_the_desk_is_a_lazy_chunk_the_guide_page_does_not_load(desk, phone):
    with urllib.request.urlopen(f"{desk.base}/", timeout=10) as response:
        app_html = response.read().decode()
    chunk = re.search(r"/assets/desk-[\w-]+\.js", app_html).group()
    assert "预审队列" not in app_html and "preReviewQueue" not in app_html, "the screens are in the chunk"
    with urllib.request.urlopen(f"{desk.base}/g/{BUNDLE}", timeout=10) as response:
        assert "/assets/desk-" not in response.read().decode()
    with urllib.request.urlopen(f"{desk.base}{chunk}", timeout=10) as response:
        assert "preReviewQueue" in response.read().decode()

    page = phone.new_page()
    scripts: list[str] = []
    page.on("request", lambda r: scripts.append(r.url) if r.resource_type == "script" else None)
    page.goto(f"{desk.base}/g/{BUNDLE}")
    page.wait_for_selector("article.guide h1")
    assert not [u for u in scripts if "/assets/desk-" in u]
