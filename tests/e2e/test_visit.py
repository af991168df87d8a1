"""The visit screens in headless Chromium against the live server: a citizen signed up with a passkey
(the virtual authenticator) books a time at the hall for an item a window clerk published slots for,
moves it to another time and cancels it; anyone reports a problem (办不成事) and a lost answer or a
double tap never files it twice; and the applicant rates a completed application "dissatisfied",
sees the rectification case that opens, and confirms the department's answer. Staff and their
sessions are made in the live server's database (tortoise in this process, tests/e2e/test_desk.py)."""

from __future__ import annotations

import re
import urllib.request
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from api.identity import tokens
from api.identity.accounts import invite_staff
from api.identity.enums import Role
from api.identity.models import User
from api.identity.runtime import IdentityRuntime
from tests.conftest import gid
from tests.e2e.test_desk import Person, api, in_database, submit
from tests.e2e.test_identity import graphql, sign_up, unique_phone, with_authenticator

pytestmark = pytest.mark.browser

ITEM = "RS01"  # 社会保障卡申领: at hall CA, 15号窗口, handled at a window
HALL = "CA"
CHINA = ZoneInfo("Asia/Shanghai")


@dataclass
class Staff:
    base: str
    database: str
    clerk: Person
    rs: Person  # reviewer of 人社 (RS)
    yb: Person  # reviewer of 医保 (YB)
    supervisor: Person

    def token(self, person: Person | int) -> str:
        """A fresh access token of one person, as signing in would give."""
        user_id = person if isinstance(person, int) else person.user_id

        async def start() -> tokens.Session:
            keys = IdentityRuntime.for_base_url(self.base).keys
            await keys.load()
            return await tokens.start_session(keys, await User.get(id=user_id))

        return in_database(self.database, start).access_token

    def user_id(self, phone: str) -> int:
        async def find() -> int:
            return (await User.get(phone=phone)).id

        return in_database(self.database, find)


@pytest.fixture(scope="module")
def staff(live_server, live_database_url) -> Staff:
    async def people() -> dict[str, Person]:
        made = {}
        for key, name, role, department in [
            ("clerk", "陈窗口", Role.WINDOW_CLERK, None),
            ("rs", "周人社", Role.REVIEWER, "RS"),
            ("yb", "吴医保", Role.REVIEWER, "YB"),
            ("supervisor", "郑督查", Role.SUPERVISOR, None),
        ]:
            user, _code = await invite_staff(name, unique_phone(), [role], department)
            made[key] = Person(user.id, user.name)
        return made

    return Staff(live_server, live_database_url, **in_database(live_database_url, people))


def beijing_today() -> date:
    return datetime.now(CHINA).date()


def slots(base: str, first: date, last: date) -> list[dict]:
    data = graphql(
        base,
        """query($h: String!, $f: Date!, $t: Date!, $i: String) { slots(hall: $h, from: $f, to: $t, item: $i) {
        ... on SlotConnection { edges { node { id startsAt booked available } } }
        ... on AppointmentError { code message } } }""",
        {"h": HALL, "f": first.isoformat(), "t": last.isoformat(), "i": ITEM},
    )["slots"]
    assert "edges" in data, data
    return [edge["node"] for edge in data["edges"]]


def open_in_app(page, base: str, path: str, link: str) -> None:
    """Open `path` by following the in-app link `link` from 我的 (a page load of /cases waits for the
    server's route list; a link works in the app anyway)."""
    page.goto(f"{base}/me")
    page.click(link)
    page.wait_for_url(f"**{path}")


# --- 分时段预约 --------------------------------------------------------------------------------------


def test_book_a_visit_move_it_and_cancel_it(staff, phone):
    base = staff.base
    first, last = beijing_today() + timedelta(days=1), beijing_today() + timedelta(days=14)
    published = api(
        base,
        staff.token(staff.clerk),
        """mutation($f: Date!, $t: Date!) { publishSlots(hall: "CA", item: "RS01", fromDate: $f, toDate: $t,
        times: ["09:00-10:00"], capacity: 2, slotMinutes: 30) {
        __typename ... on SlotsPublished { created workingDays } ... on AppointmentError { code message } } }""",
        {"f": first.isoformat(), "t": last.isoformat()},
    )["publishSlots"]
    assert published["__typename"] == "SlotsPublished" and published["created"] >= 2, published
    earliest = sorted(slots(base, first, last), key=lambda s: s["startsAt"])[:2]
    one, two = earliest[0]["id"], earliest[1]["id"]  # 09:00 and 09:30 of the first working day

    page = phone.new_page()
    with_authenticator(phone, page)
    sign_up(page, base, "黄预约")

    # from 我的 without an item: the code form, then the item's calendar
    page.click("#me-appointments")
    page.wait_for_url("**/appointments")
    page.wait_for_selector("#code-form")
    page.click("#code-form button[type=submit]")
    assert page.inner_text("#item-code-err") == "请填写事项编码"
    assert page.get_attribute("#item-code", "aria-invalid") == "true"

    # from the item's guide (in the app): 预约办理
    page.goto(f"{base}/search?q=社会保障卡申领")
    page.click(f"a[href='/g/{ITEM}']")
    page.wait_for_url(f"**/g/{ITEM}")
    book = page.locator("#book")
    assert book.inner_text() == "预约办理" and book.get_attribute("href") == f"/appointments?item={ITEM}"
    assert page.get_attribute("#report-problem", "href") == f"/report?code={ITEM}"
    book.click()
    page.wait_for_url(f"**/appointments?item={ITEM}")
    page.wait_for_selector("fieldset.days")
    assert "社会保障卡申领" in page.inner_text("#item-h") and "15号窗口" in page.inner_text("main .kv")
    days = page.get_by_role("group", name="选择日期")
    assert days.get_by_role("radio").first.is_checked(), "the first day with free places is chosen"
    slot_one = page.locator(f"#slot-list li[data-slot='{one}']")
    assert "09:00–09:30" in slot_one.inner_text() and "余 2 个号" in slot_one.inner_text()

    # book 09:00: the booking code, said and focused, and in 我的预约
    slot_one.get_by_role("button", name=re.compile(r"^预约 .*09:00–09:30$")).click()
    page.wait_for_selector("#result-panel:has-text('预约成功')")
    code = page.inner_text("#booking-code")
    assert re.fullmatch(r"[2-9A-HJKMNP-Z]{8}", code), code
    assert page.evaluate("document.activeElement.id") == "result-panel"
    assert "15号窗口" in page.inner_text("#result-panel")
    row = page.locator("#bookings li.booking")
    row.wait_for()
    assert code in row.inner_text() and "已预约" in row.inner_text()
    page.wait_for_selector(f"#slot-list li[data-slot='{one}']:has-text('余 1 个号')")
    assert {s["id"]: s["booked"] for s in slots(base, first, last)}[one] == 1

    # move it to 09:30: one call; the old place is freed, the new booking has its own code
    row.get_by_role("link", name=re.compile(r"^改约\s*：")).click()
    page.wait_for_url("**/appointments?item=RS01&move=*")
    page.wait_for_selector("#moving")
    assert "正在改约" in page.inner_text("#moving")
    page.locator(f"#slot-list li[data-slot='{two}']").get_by_role(
        "button", name=re.compile("^改到此时段")
    ).click()
    page.wait_for_selector("#result-panel:has-text('改约成功')")
    moved = page.inner_text("#booking-code")
    assert moved != code
    assert page.locator("#moving").count() == 0 and "move=" not in page.url, "a reload is not a move"
    page.wait_for_function(
        "code => document.querySelector('#bookings')?.textContent.includes(code)", arg=moved
    )
    assert page.locator("#bookings li.booking").count() == 1
    assert "09:30–10:00" in page.inner_text("#bookings")
    past = page.text_content("#past-bookings")  # folded away in a <details>
    assert code in past and "已取消" in past
    booked = {s["id"]: s["booked"] for s in slots(base, first, last)}
    assert (booked[one], booked[two]) == (0, 1)

    # cancel it, after saying so in a dialog
    page.locator("#bookings li.booking").get_by_role("button", name=re.compile(r"^取消预约\s*：")).click()
    dialog = page.locator("#cancel-dialog")
    dialog.wait_for(state="visible")
    assert "09:30–10:00" in dialog.inner_text()
    page.click("#cancel-no")
    assert page.locator("#bookings li.booking").count() == 1, "not cancelled"
    page.locator("#bookings li.booking").get_by_role("button", name=re.compile(r"^取消预约\s*：")).click()
    page.click("#cancel-yes")
    page.wait_for_selector("#status:has-text('预约已取消')")
    page.wait_for_selector("#bookings-empty")
    assert {s["id"]: s["booked"] for s in slots(base, first, last)}[two] == 0


# --- 办不成事 -----------------------------------------------------------------------------------------


def cases_about(staff: Staff, description: str) -> list[dict]:
    nodes = api(
        staff.base,
        staff.token(staff.supervisor),
        "{ rectificationCases(first: 100) { edges { node { id number source summary contactPhone catalogCode } } } }",
    )["rectificationCases"]["edges"]
    return [e["node"] for e in nodes if e["node"]["summary"] == description]


def test_anyone_reports_a_problem_once_even_when_the_answer_is_lost_or_the_button_tapped_twice(staff, phone):
    base = staff.base
    page = phone.new_page()
    page.goto(f"{base}/search?q=社会保障卡申领")
    page.click(f"a[href='/g/{ITEM}']")
    page.wait_for_url(f"**/g/{ITEM}")
    page.click("#report-problem")
    page.wait_for_url(f"**/report?code={ITEM}")
    page.wait_for_selector("#report-form")
    assert page.input_value("#code") == ITEM
    page.wait_for_selector("#code-name:has-text('社会保障卡申领')")
    assert page.get_attribute("#phone", "aria-required") == "true", "anonymous: a phone is required"

    # signed out, no phone: the error is tied to the field, which gets the focus
    first = "窗口说系统维护，让我下周再来，已经跑了三次。"
    page.fill("#description", first)
    page.click("#report-submit")
    assert page.inner_text("#phone-err") == "请留下手机号码，以便答复您"
    assert page.get_attribute("#phone", "aria-invalid") == "true"
    assert page.evaluate("document.activeElement.id") == "phone"
    assert "phone-err" in page.get_attribute("#phone", "aria-describedby")
    page.fill("#phone", "138 0013 8000")

    # the server files it but the answer is lost on the way back: sending again files nothing new
    lost: list[str] = []

    def lose_the_answer(route) -> None:
        if "ReportProblem" in (route.request.post_data or "") and not lost:
            route.fetch()  # the server gets it and answers…
            lost.append(route.request.post_data)
            route.abort()  # …but the phone never hears it
        else:
            route.continue_()

    page.route("**/graphql", lose_the_answer)
    page.click("#report-submit")
    page.wait_for_selector("#alert:has-text('网络不可用')")
    assert len(cases_about(staff, first)) == 1, "filed once already"
    page.click("#report-submit")
    page.wait_for_selector("#receipt")
    page.unroute("**/graphql")
    case_number = page.inner_text("#case-id")  # 工单编号, what a person quotes on the phone
    assert f"工单编号 {case_number}" in page.inner_text("#receipt")
    assert page.evaluate("document.activeElement.id") == "receipt"
    [case] = cases_about(staff, first)
    assert case["number"] == case_number and case["contactPhone"] == "13800138000" and case["catalogCode"] == ITEM

    # a new report (a new key) tapped twice in a row: one request, one case
    page.click("#report-another")
    assert page.evaluate("document.activeElement.id") == "description"
    second = "自助机打印不了社保卡申领回执，也没有工作人员。"
    page.fill("#description", second)
    page.fill("#phone", "13800138001")
    sent: list[str] = []
    page.on(
        "request",
        lambda r: (
            sent.append(r.url) if r.method == "POST" and "ReportProblem" in (r.post_data or "") else None
        ),
    )
    page.evaluate(
        "() => { const f = document.querySelector('#report-form'); f.requestSubmit(); f.requestSubmit() }"
    )
    page.wait_for_selector("#receipt")
    assert len(sent) == 1
    assert len(cases_about(staff, second)) == 1

    # the footer of every page of the app leads here too
    page.goto(f"{base}/")
    link = page.locator("#foot-report")
    assert link.inner_text() == "办不成事？反映问题"
    link.click()
    page.wait_for_url(f"{base}/report")
    page.wait_for_selector("#report-form")
    assert page.input_value("#code") == ""


# --- 好差评 -------------------------------------------------------------------------------------------


def complete(staff: Staff, app_id: str) -> None:
    """Pre-review and acceptance by the clerk, then each department's approval."""
    result = "{ __typename ... on ApplicationType { status lanes { taskId departmentCode } } ... on ApplicationError { code message } }"
    clerk = staff.token(staff.clerk)
    for mutation in ("claimApplication", "acceptApplication"):
        done = api(
            staff.base, clerk, f"mutation($id: ID!) {{ {mutation}(id: $id) {result} }}", {"id": app_id}
        )
        assert done[mutation]["__typename"] == "ApplicationType", done
    lanes = done["acceptApplication"]["lanes"]
    reviewers = {"RS": staff.rs, "YB": staff.yb}
    for lane in lanes:
        token = staff.token(reviewers[lane["departmentCode"]])
        for mutation, extra in (("startTaskReview", ""), ("decideTask", ", approve: true")):
            done = api(
                staff.base,
                token,
                f"mutation($id: ID!) {{ {mutation}(id: $id{extra}) {result} }}",
                {"id": lane["taskId"]},
            )
            assert done[mutation]["__typename"] == "ApplicationType", done
    assert done["decideTask"]["status"] == "COMPLETED"


def test_rate_a_completed_application_dissatisfied_and_confirm_the_answer(staff, phone):
    base = staff.base
    page = phone.new_page()
    with_authenticator(phone, page)
    number = sign_up(page, base, "马评价")
    citizen_token = staff.token(staff.user_id(number))
    app_id = submit(base, citizen_token)["id"]

    # not done yet: no rating
    page.goto(f"{base}/applications/{app_id}")
    page.wait_for_selector("#tracking-number")
    page.wait_for_timeout(300)
    assert page.locator("#rate-form").count() == 0

    complete(staff, app_id)
    page.goto(f"{base}/applications")
    page.click(f"a[href='/applications/{app_id}']")
    page.wait_for_url(f"**/applications/{app_id}")
    page.wait_for_selector("#rate-form")
    levels = page.get_by_role("radiogroup", name="满意程度")
    assert levels.get_by_role("radio").count() == 5
    assert [levels.get_by_role("radio").nth(i).get_attribute("value") for i in range(5)] == list("12345")

    # no level chosen: said next to the group
    page.click("#rate-submit")
    assert page.inner_text("#rate-level-err") == "请选择满意程度"
    assert page.evaluate("document.activeElement.name") == "level"

    levels.get_by_role("radio", name="不满意", exact=True).check()
    page.fill("#rate-comment", "两个部门的审批进度都看不到，打电话也没人接。")
    page.click("#rate-submit")
    opened = page.locator("#case-opened")
    opened.wait_for()
    match = re.search(
        r"整改工单（编号 (\d+)），相关部门将在 (\d{4})年(\d+)月(\d+)日 前答复您", opened.inner_text()
    )
    assert match, opened.inner_text()
    case_number = match.group(1)  # 工单编号, what a person quotes; the id is opaque
    case_id = gid("RectificationCase", int(case_number))
    assert "感谢您的评价：不满意" in page.inner_text("#rate-done")
    assert page.evaluate("document.activeElement.id") == "rate-done"
    page.wait_for_selector(f"#rate-cases #case-{case_id}")
    assert "已受理" in page.inner_text(f"#case-{case_id}")

    # the department answers; the citizen confirms on /cases (from 我的)
    answered = api(
        base,
        staff.token(staff.supervisor),
        """mutation($id: ID!) { answerCase(id: $id, answer: "已督促两部门公开审批进度并专人接听电话。") {
        __typename ... on RectificationCase { status } ... on FeedbackError { code message } } }""",
        {"id": case_id},
    )["answerCase"]
    assert answered == {"__typename": "RectificationCase", "status": "ANSWERED"}, answered
    open_in_app(page, base, "/cases", "#me-cases")
    case = page.locator(f"#case-{case_id}")
    case.wait_for()
    text = case.inner_text()
    assert "已答复" in text and "专人接听电话" in text and "不满意（2/5）" in text
    case.get_by_role("button", name=re.compile(rf"^满意\s*：工单 {case_number}$")).click()
    page.wait_for_selector("#status:has-text('工单已办结')")
    assert "已办结" in page.inner_text(f"#case-{case_id}")
    assert page.locator(f"#case-{case_id} form").count() == 0


def test_the_visit_screens_are_a_lazy_chunk_the_guide_page_does_not_load(staff):
    with urllib.request.urlopen(f"{staff.base}/", timeout=10) as response:
        app_html = response.read().decode()
    assert re.search(r"/assets/visit-[\w-]+\.js", app_html), "the app knows the chunk"
    assert "bookSlot" not in app_html and "reportProblem" not in app_html, "the screens are in the chunk"
    with urllib.request.urlopen(f"{staff.base}/g/{ITEM}", timeout=10) as response:
        guide_html = response.read().decode()
    assert "/assets/visit-" not in guide_html and "办不成事" not in guide_html
