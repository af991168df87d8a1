"""情形引导 and 点菜 in headless Chromium on a phone: a citizen answers the birth bundle's questions and
gets a shorter list, applies with the form those answers ask for, and the application keeps the
answers; another leaves the seal and the bank account out of 企业开办, submits, and the tracking page
shows only the remaining departments. Screenshots land in the test's tmp directory."""

from __future__ import annotations

import pytest

from tests.applications.conftest import sample_value
from tests.e2e.test_apply import api, attach_materials, capture_bearer
from tests.e2e.test_identity import resident_id, text_code, unique_phone, with_authenticator

pytestmark = pytest.mark.browser

BIRTH = "B01"  # 出生一件事: born in this province? parents married?
COMPANY = "B02"  # 企业开办: seal (GA06) and bank account (YH01) optional

FORM = """query($c: String!, $a: [SituationAnswerInput!], $i: [String!]) {
  applyForm(code: $c, answers: $a, items: $i) { ... on ApplyForm { formSchema prefill materials { material status } } }
}"""


def sign_up_on_the_way(page, code: str) -> dict:
    """From the guide's apply button: sign up (a texted code, then a passkey) and back to the form."""
    bearer = capture_bearer(page)
    page.click("#apply")
    page.wait_for_url(f"**/apply/{code}*")
    page.wait_for_selector("main .notice:has-text('需要先登录')")
    page.get_by_role("link", name="注册", exact=True).click()
    page.wait_for_url("**/signup?next=*")
    number = unique_phone()
    page.fill("#name", "林秀英")
    page.fill("#idnumber", resident_id())
    page.fill("#phone", number)
    page.click("#send")
    page.locator("#code").wait_for(state="visible")
    page.fill("#code", text_code(number))
    page.click("#signup-submit")
    page.click("#pk-create")
    page.wait_for_url(f"**/apply/{code}*")
    page.wait_for_selector("#apply-form")
    return bearer


def fill_form(page, form: dict) -> None:
    """Every field not prefilled nor issued by an earlier item, as a person would fill it."""
    for field in form["formSchema"]["fields"]:
        code, kind = field["code"], field["type"]
        if code in form["prefill"] or field["produced_by"]:
            continue
        value = sample_value(field)
        if kind in ("choice", "multi_choice"):
            page.check(f"[name={code}][value={value if kind == 'choice' else value[0]}]")
        elif kind == "boolean":
            page.check(f"[name={code}][value=true]")
        else:
            page.fill(f"[name={code}]", str(value))


def submit_and_open(page, base: str, token: str, code: str, answers: list, items: list | None) -> dict:
    form = api(base, token, FORM, {"c": code, "a": answers, "i": items})["applyForm"]
    fill_form(page, form)
    attach_materials(page, form)
    page.click("#submit")
    page.wait_for_url("**/applications/*")
    page.wait_for_selector("#tracking-number")
    return form


def test_answers_make_the_list_shorter_and_the_form_follows_them(live_server, phone, tmp_path):
    page = phone.new_page()
    with_authenticator(phone, page)
    page.goto(f"{live_server}/g/{BIRTH}")
    page.wait_for_selector("#situation")
    assert page.inner_text("#situation-h") == "回答 2 个问题，看看您需要准备什么"
    everything = page.locator("#materials .mats li").count()
    page.screenshot(path=tmp_path / "birth-questions.png", full_page=True)

    page.get_by_label("否，在外省出生（已有出生医学证明）").check()
    page.get_by_label("否，未登记结婚").check()
    # each answer asks the server; the list for both answers is the one with no question left
    page.wait_for_selector("#situ-mats:has-text('非婚生育情况说明')")
    page.wait_for_selector(".situ-left", state="detached")
    shorter = page.locator("#situ-mats li")
    names = shorter.all_inner_texts()
    assert 0 < len(names) < everything, "a shorter list"
    assert any("非婚生育情况说明" in n for n in names), "what the answer adds"
    assert not any("分娩记录" in n for n in names), "the other province's hospital issued the certificate"
    assert page.locator("#materials").is_hidden(), "the full list steps aside"
    assert "a=born_in_province%3Ano" in page.get_attribute("#apply", "href")
    for box in page.locator(".situ .opt").all():  # big enough for a finger
        assert box.bounding_box()["height"] >= 48
    page.screenshot(path=tmp_path / "birth-answered.png", full_page=True)
    page.click("#situ-all")
    assert page.locator("#materials").is_visible()

    bearer = sign_up_on_the_way(page, BIRTH)
    assert page.is_checked("#apply-situ input[name=sq-born_in_province][value=no]"), "the form follows"
    assert page.locator("[name=birth_hospital]").count() == 0, "asked by 出生医学证明 only"
    assert page.locator("#m-non_marital_birth_statement-field").count() == 1
    assert page.locator("#m-delivery_record-field").count() == 0
    page.screenshot(path=tmp_path / "birth-form.png", full_page=True)
    answers = [
        {"question": "born_in_province", "value": "no"},
        {"question": "parents_married", "value": "no"},
    ]
    submit_and_open(page, live_server, bearer["token"], BIRTH, answers, None)
    app_id = page.url.rsplit("/", 1)[-1].split("?")[0]
    kept = api(
        live_server,
        bearer["token"],
        "query($id: ID!) { application(id: $id) { answers { code value label } lanes { departmentCode } } }",
        {"id": app_id},
    )["application"]
    assert [(a["code"], a["label"]) for a in kept["answers"]] == [
        ("born_in_province", "否，在外省出生（已有出生医学证明）"),
        ("parents_married", "否，未登记结婚"),
    ]
    assert "WJ" in {lane["departmentCode"] for lane in kept["lanes"]}  # 预防接种证 still (WJ02)


def test_leaving_optional_items_out_submits_to_fewer_departments(live_server, phone, tmp_path):
    page = phone.new_page()
    with_authenticator(phone, page)
    page.goto(f"{live_server}/g/{COMPANY}")
    page.wait_for_selector("#situation")
    assert page.is_disabled("#situ-form input[name=item][value=SJ01]"), "营业执照 is required"
    page.get_by_label("公章刻制备案").uncheck()
    page.get_by_label("企业银行账户开立（基本存款账户）").uncheck()
    page.wait_for_selector("#situ-result:has-text('办 3 个事项，涉及 3 个部门')")  # after both changes
    assert page.inner_text("#situation-h") == "选择要一起办的事项", "no question left to ask"
    assert page.locator("fieldset[data-q=entrusted]").is_hidden(), "asked only by the items left out"
    page.screenshot(path=tmp_path / "company-picked.png", full_page=True)

    bearer = sign_up_on_the_way(page, COMPANY)
    assert "SJ01" in page.url and "items=" in page.url
    assert not page.is_checked("#apply-situ input[name=item][value=GA06]"), "the choice made on the guide"
    assert page.is_checked("#apply-situ input[name=item][value=SW01]")
    submit_and_open(page, live_server, bearer["token"], COMPANY, [], ["SJ01", "SW01", "RS02"])
    page.wait_for_selector("ul.lanes li.lane")
    page.screenshot(path=tmp_path / "company-tracking.png", full_page=True)
    lanes = page.inner_text("ul.lanes")
    assert page.locator("ul.lanes li.lane").count() == 3
    assert "市场监督管理局" in lanes and "税务" in lanes
    assert "公安" not in lanes and "银行" not in lanes
