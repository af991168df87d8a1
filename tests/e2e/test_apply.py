"""Applying in headless Chromium against the live server: from the restaurant bundle's guide to the
merged form, photos uploaded as they are chosen, a submission made offline that is kept in the
outbox and sent exactly once when the phone is back online, the application and its timeline, the
server's problem shown next to its field, and a lost answer sent again without a second application."""

from __future__ import annotations

import io
import json
import re
import urllib.request

import pytest
from PIL import Image

from tests.e2e.test_identity import resident_id, text_code, unique_phone, with_authenticator
from tests.identity.ids import credit_code

pytestmark = pytest.mark.browser

BUNDLE = "B03"  # 我要开餐馆: four departments, one merged form
SAMPLES = {"signboard_size": "6×1.2"}  # a pattern a generic value would not match


def png(color: tuple[int, int, int] = (30, 120, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (48, 64), color).save(out, format="PNG")
    return out.getvalue()


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


def capture_bearer(page) -> dict:
    """The access token the page sends (the test reads the server as that person)."""
    seen: dict = {}

    def on_request(request) -> None:
        header = request.headers.get("authorization", "")
        if header.startswith("Bearer "):
            seen["token"] = header.removeprefix("Bearer ")

    page.on("request", on_request)
    return seen


def applications(base: str, token: str) -> list[dict]:
    found = api(
        base,
        token,
        "{ myApplications(drafts: false) { edges { node { id trackingNumber status code } } } }",
    )["myApplications"]
    return [edge["node"] for edge in found["edges"]]


def value_for(field: dict) -> str | list[str] | bool:
    if field["code"] in SAMPLES:
        return SAMPLES[field["code"]]
    rules, kind = field["rules"], field["type"]
    if kind in ("text", "textarea"):
        return "示例内容" * max(1, (rules.get("min_length") or 2) // 4 + 1)
    return {
        "address": "陕西省西安市雁塔区科技路100号",
        "date": "2020-05-01",
        "phone": "13912345678",
        "id_number": resident_id(),
        "credit_code": credit_code(),
        "number": str(max(1, int(float(rules.get("min") or 1)))),
        "money": "50",
        "email": "applicant@example.cn",
        "choice": (rules.get("choices") or [{"value": ""}])[0]["value"],
        "multi_choice": [(rules.get("choices") or [{"value": ""}])[0]["value"]],
        "boolean": True,
    }[kind]


def fill(page, field: dict) -> None:
    """Fill one field the way a person would: type, pick the first choice, tick the first box."""
    code, kind = field["code"], field["type"]
    value = value_for(field)
    if kind == "choice":
        page.check(f"[name={code}][value={value}]")
    elif kind == "multi_choice":
        page.check(f"[name={code}][value={value[0]}]")
    elif kind == "boolean":
        page.check(f"[name={code}][value=true]")
    else:
        page.fill(f"[name={code}]", str(value))


def open_form(page, base: str) -> tuple[dict, str]:
    """Open the bundle's guide, tap 申请办理, sign up on the way (a texted code, then a passkey), and come
    back to the form;
    returns the form (as the server has it) and the page's access token."""
    bearer = capture_bearer(page)
    scripts: list[str] = []
    page.on("request", lambda r: scripts.append(r.url) if r.resource_type == "script" else None)
    page.goto(f"{base}/g/{BUNDLE}")
    page.wait_for_selector("article.guide h1")
    assert not [u for u in scripts if "/assets/apply-" in u], (
        "the guide page does not load the application screens"
    )
    page.click("#apply")  # guide.html has no application screens: a page load of index.html
    page.wait_for_url(f"**/apply/{BUNDLE}")
    page.wait_for_selector("main .notice:has-text('需要先登录')")
    page.get_by_role("link", name="注册", exact=True).click()
    page.wait_for_url("**/signup?next=*")
    number = unique_phone()
    page.fill("#name", "陈立")
    page.fill("#idnumber", resident_id())
    page.fill("#phone", number)
    page.click("#send")
    page.locator("#code").wait_for(state="visible")
    page.fill("#code", text_code(number))
    page.click("#signup-submit")
    page.click("#pk-create")  # the passkey offered after sign-up
    page.wait_for_url(f"**/apply/{BUNDLE}")  # back where the person was going
    page.wait_for_selector("#apply-form")
    form = api(
        base,
        bearer["token"],
        """query($c: String!) { applyForm(code: $c) { ... on ApplyForm { formSchema prefill
        materials { material status } } } }""",
        {"c": BUNDLE},
    )["applyForm"]
    return form, bearer["token"]


def fill_form(page, form: dict) -> None:
    for field in form["formSchema"]["fields"]:
        if field["code"] in form["prefill"] or field["produced_by"]:
            continue  # filled in from the profile, or issued by an earlier item: left as it is
        fill(page, field)


def attach_materials(page, form: dict) -> list[str]:
    missing = [m["material"] for m in form["materials"] if m["status"] == "MISSING"]
    for i, code in enumerate(missing):
        page.set_input_files(
            f"#m-{code}-file",
            {"name": f"{code}.png", "mimeType": "image/png", "buffer": png((i * 20, 90, 160))},
        )
    for code in missing:
        page.wait_for_selector(f"#m-{code}-field[data-state=done]")
    return missing


def test_apply_offline_and_the_submission_is_sent_once_when_back_online(live_server, phone):
    page = phone.new_page()
    with_authenticator(phone, page)
    form, token = open_form(page, live_server)

    fields = form["formSchema"]["fields"]
    assert page.locator("#apply-form .field, #apply-form fieldset.field").count() == len(fields), (
        "one merged form"
    )
    assert page.input_value("[name=applicant_name]") == "陈立"
    assert "已自动填写" in page.inner_text("#f-applicant_name-field")
    produced = [f for f in fields if f["produced_by"]]
    assert produced, "the bundle has a field an earlier item issues"
    for f in produced:
        assert "现在可以不填" in page.inner_text(f"#f-{f['code']}-field")
        assert page.get_attribute(f"#f-{f['code']}", "aria-required") is None
    waived = [m for m in form["materials"] if m["status"] in ("WAIVED", "PRODUCED")]
    assert waived and "免提交" in page.inner_text("#apply-form")
    for m in form["materials"]:
        if m["status"] == "MISSING":
            assert page.get_attribute(f"#m-{m['material']}-file", "accept") == "image/*,application/pdf"
            assert page.get_attribute(f"#m-{m['material']}-cam", "capture") == "environment"

    fill_form(page, form)
    missing = attach_materials(page, form)
    assert page.locator("#apply-form img.thumb").count() == len(missing), "a thumbnail of each photo"

    phone.set_offline(True)
    page.click("#submit")
    page.wait_for_selector("#queued")
    assert "已保存，联网后自动提交" in page.inner_text("#queued")
    assert "已保存，联网后自动提交" in page.inner_text("#status"), "said in the live region"
    assert applications(live_server, token) == [], "nothing reached the server"

    phone.set_offline(False)  # the online event sends the outbox
    page.wait_for_selector("#sent", timeout=15_000)
    [application] = applications(live_server, token)
    assert re.fullmatch(r"\d{17}[\dX]", application["trackingNumber"])
    assert application["status"] == "SUBMITTED" and application["code"] == BUNDLE
    assert application["trackingNumber"] in page.inner_text("#sent")

    # Back on a page load (the app start flushes the outbox too): still exactly one.
    page.goto(f"{live_server}/applications")
    row = page.locator("#app-list li.row")
    row.first.wait_for()
    assert row.count() == 1
    assert application["trackingNumber"] in row.inner_text()
    assert page.locator("#outbox-list").count() == 0, "the outbox is empty"
    assert len(applications(live_server, token)) == 1

    row.locator("a").click()
    page.wait_for_url(f"**/applications/{application['id']}")
    page.wait_for_selector("#tracking-number")
    assert page.inner_text("#tracking-number") == application["trackingNumber"]
    assert page.locator(".track-box svg.qr-svg").count() == 1
    assert re.fullmatch(r"\d{6}", page.inner_text("#verification-code"))
    assert "工作人员正在预审材料" in page.inner_text("#next-action")
    lanes = api(
        live_server,
        token,
        "query($id: ID!) { application(id: $id) { lanes { departmentName } } }",
        {"id": application["id"]},
    )
    departments = [lane["departmentName"] for lane in lanes["application"]["lanes"]]
    assert len(departments) == 3, "SJ01 and SJ04 are the same department: one lane each for three"
    assert page.locator("ul.lanes li.lane").count() == len(departments)
    assert all(name in page.inner_text("ul.lanes") for name in departments)
    assert page.locator("ol.stages li[aria-current=step]").count() == 1
    assert "已提交" in page.inner_text("#log")
    page.wait_for_selector("#live-state:has-text('实时更新已开启')")

    # The same timeline in another tab follows the application live (graphql-transport-ws).
    other = phone.new_page()
    other.goto(page.url)
    other.wait_for_selector("#live-state:has-text('实时更新已开启')")

    # Withdraw, behind a confirmation; the live timeline and the server agree.
    page.click("#withdraw")
    page.wait_for_selector("#withdraw-dialog[open]")
    page.click("#withdraw-yes")
    page.wait_for_selector("main .badge:has-text('已撤回')")
    assert applications(live_server, token)[0]["status"] == "WITHDRAWN"
    other.wait_for_selector("main .badge:has-text('已撤回')")
    assert "进度已更新：已撤回" in other.inner_text("#status"), "announced in the live region"
    assert other.locator("#withdraw").count() == 0


def test_the_servers_problem_shows_next_to_its_field(live_server, phone):
    page = phone.new_page()
    with_authenticator(phone, page)
    _, token = open_form(page, live_server)
    number = resident_id()
    wrong = number[:17] + ("0" if number[17] != "0" else "1")
    page.fill("[name=legal_rep_id_number]", wrong)
    page.click("#save-draft")  # the server checks every value present in a draft

    error = page.locator("#f-legal_rep_id_number-err")
    error.wait_for(state="visible")
    page.wait_for_function(
        "() => document.querySelector('#f-legal_rep_id_number-err').textContent.startsWith('法定代表人身份证号：')"
    )
    assert error.inner_text() == "法定代表人身份证号：身份证号码校验位不正确，请核对"  # the server's words
    field = "#f-legal_rep_id_number"
    assert page.get_attribute(field, "aria-invalid") == "true"
    assert "f-legal_rep_id_number-err" in page.get_attribute(field, "aria-describedby")
    assert page.evaluate("document.activeElement.id") == "f-legal_rep_id_number", "focus goes to the field"
    assert "1 处需要修改" in page.inner_text("#alert")

    page.click("#lang")  # the same problem, in English
    page.wait_for_selector("text=Apply: Opening a restaurant", timeout=10_000)
    assert page.inner_text("#f-legal_rep_id_number-err") == (
        "Legal representative's resident ID number: The check digit of the resident ID number is wrong"
    )

    # Corrected, the draft is saved on the server (another device can continue it).
    page.fill("[name=legal_rep_id_number]", number)
    page.click("#save-draft")
    page.wait_for_selector("#status:has-text('Draft saved')")
    draft = re.search(r"/apply/B03\?draft=([A-Za-z0-9_-]+)$", page.url).group(1)

    # Meanwhile the draft changes on another device: saving here again reloads it, nothing is lost.
    elsewhere = {"company_name": "西安市雁塔区另一台设备餐饮有限公司", "legal_rep_id_number": number}
    saved = api(
        live_server,
        token,
        """mutation($i: ApplicationInput!, $v: Int) { saveDraft(input: $i, version: $v) {
        ... on ApplicationType { version } } }""",
        {"i": {"code": BUNDLE, "draftId": draft, "data": elsewhere}, "v": 1},
    )["saveDraft"]
    assert saved == {"version": 2}
    page.fill("[name=company_name]", "西安市雁塔区这台设备餐饮有限公司")
    page.click("#save-draft")
    page.wait_for_selector("#alert:has-text('changed on another device')")
    assert page.input_value("[name=company_name]") == elsewhere["company_name"]


def test_a_lost_answer_is_sent_again_and_makes_no_second_application(live_server, browser):
    # Without the service worker, whose fetches page.route would not see.
    phone = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, locale="zh-CN", service_workers="block"
    )
    try:
        lose_one_answer(live_server, phone)
    finally:
        phone.close()


def lose_one_answer(live_server: str, phone) -> None:
    page = phone.new_page()
    with_authenticator(phone, page)
    form, token = open_form(page, live_server)
    fill_form(page, form)
    attach_materials(page, form)

    lost = []

    def lose_the_answer(route, request) -> None:
        if request.method == "POST" and "submitApplication" in (request.post_data or "") and not lost:
            lost.append(route.fetch())  # the server gets it and creates the application…
            route.abort("internetdisconnected")  # …but the phone never hears back
        else:
            route.continue_()

    page.route("**/graphql", lose_the_answer)
    page.click("#submit")
    page.wait_for_selector("#queued")
    [first] = applications(live_server, token)

    page.goto(f"{live_server}/applications")  # the list sends what waits in the outbox
    page.wait_for_selector("#app-list li.row")
    page.wait_for_function("() => !document.querySelector('#outbox-list')")
    assert [a["id"] for a in applications(live_server, token)] == [first["id"]], (
        "the same key: one application"
    )
