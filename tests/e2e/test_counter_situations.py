"""Counter intake of a life event that asks questions (情形引导) and offers optional items (点菜), in
headless Chromium on the clerk's tablet: a walk-in's birth bundle (B01). The clerk reads the questions
to the person and taps the answers (born in another province, parents not married) and leaves the
social security card out; the form and the materials to photograph shrink accordingly, what was typed
stays; the submission is refused on the tablet until every question is asked; filed, the receipt
prints the answers, and the desk's application page shows them."""

from __future__ import annotations

import pytest

from api.identity.accounts import invite_staff
from api.identity.enums import Role
from tests.e2e.test_counter import _fill, _pdf_text
from tests.e2e.test_desk import Desk, Person, api, in_database, signed_in, tablet
from tests.e2e.test_identity import resident_id, unique_phone
from tests.uploads import samples

pytestmark = pytest.mark.browser

BIRTH = "B01"  # 出生一件事: born in this province? (bundle) parents married? (GA01); WJ02, RS01 optional
FORM = """query($c: ID!, $a: [SituationAnswerInput!], $i: [String!]) {
  counterForm(citizenId: $c, code: "B01", answers: $a, items: $i) { ... on ApplyForm { formSchema } } }"""


@pytest.fixture(scope="module")
def counter(live_server, live_database_url) -> Desk:
    async def people() -> dict[str, Person]:
        user, _ = await invite_staff("吴窗口", unique_phone(), [Role.WINDOW_CLERK], None)
        clerk = Person(user.id, user.name)
        return {"citizen": clerk, "clerk": clerk, "rs": clerk, "yb": clerk, "supervisor": clerk}

    return Desk(live_server, live_database_url, **in_database(live_database_url, people))


def _sign(page) -> None:
    page.locator("#signature").scroll_into_view_if_needed()
    box = page.locator("#signature").bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + 40, box["y"] + 60)
    page.mouse.down()
    for step in range(1, 12):
        page.mouse.move(box["x"] + 40 + step * 30, box["y"] + 60 + (step % 3) * 25)
    page.mouse.up()


def test_a_clerk_asks_the_birth_bundles_questions_and_the_receipt_prints_the_answers(
    counter, browser, tmp_path
):
    base = counter.base
    token = counter.session(counter.clerk).access_token
    context = tablet(browser)
    try:
        page = signed_in(counter, context, counter.clerk)
        page.goto(f"{base}/desk/intake")
        page.fill("#walk-in-name", "刘妈妈")
        id_number = resident_id("19920305")
        page.fill("#walk-in-id", id_number)
        page.get_by_role("button", name="核验并调取档案").click()
        page.wait_for_selector("#person")
        page.fill("#entry-code", BIRTH)
        page.get_by_role("button", name="打开表单").click()
        page.wait_for_selector("#intake-situ")
        page.screenshot(path=str(tmp_path / "intake-questions.png"), full_page=True)

        # the questions, as on the citizen's guide: big radio buttons, the items as checkboxes
        assert page.locator("#intake-situ fieldset[data-q]").count() == 2
        assert page.is_disabled("#situ-form input[name=item][value=GA01]"), "户口登记 is required"
        for option in page.locator("#intake-situ .opt").all():
            assert option.bounding_box()["height"] >= 48, "big enough for a finger"
        everything = page.locator("#materials li").count()
        assert page.locator("#materials li:has-text('结婚证')").count() == 1
        assert page.locator("#f-birth_hospital").count() == 1
        page.fill("#f-newborn_name", "刘小宝")

        # nothing is sent before every question is asked
        page.click("#intake-submit")
        page.wait_for_selector("#alert:has-text('没有询问')")
        assert page.evaluate("document.activeElement.name") == "sq-born_in_province"

        page.get_by_label("否，在外省出生（已有出生医学证明）").check()
        page.wait_for_selector("#f-birth_hospital", state="detached")  # asked by 出生医学证明 (WJ01) only
        assert page.evaluate("document.activeElement.value") == "no", "focus stays on the answer"
        assert page.input_value("#f-newborn_name") == "刘小宝", "what was typed stays"
        assert "不用办这一项" in page.inner_text("#situ-form label.na"), "出生医学证明: struck through"
        page.get_by_label("否，未登记结婚").check()
        page.wait_for_selector("#materials li:has-text('结婚证')", state="detached")
        assert page.locator("[data-material=non_marital_birth_statement]").count() == 1
        page.get_by_label("社会保障卡申领").uncheck()
        page.wait_for_selector("#situ-left", state="hidden")
        page.wait_for_function(f"document.querySelectorAll('#materials li').length < {everything}")

        answers = [
            {"question": "born_in_province", "value": "no"},
            {"question": "parents_married", "value": "no"},
        ]
        items = ["WJ01", "GA01", "YB01", "WJ02"]
        schema = _schema(base, token, id_number, answers, items)
        for field in schema["fields"]:
            _fill(page, field)
        for material in page.locator("input[data-file]").all():
            code = material.get_attribute("data-file")
            material.set_input_files(
                files=[{"name": f"{code}.png", "mimeType": "image/png", "buffer": samples.png()}]
            )
            page.wait_for_selector(f"[data-state={code}]:has-text('已拍摄')")
        _sign(page)
        page.screenshot(path=str(tmp_path / "intake-answered.png"), full_page=True)
        page.click("#intake-submit")
        page.wait_for_selector("#filed, #alert:not(:empty)")
        assert page.locator("#filed").count() == 1, page.inner_text("#alert")
        tracking = page.inner_text("#filed-tracking")

        with page.expect_download() as download:
            page.get_by_role("button", name="打印受理回执（A4）").click()
        text, _ = _pdf_text(str(download.value.path()))
        assert tracking in text and "申请人的情况" in text
        assert "宝宝是否在本省的医院出生" in text and "否，在外省出生" in text and "否，未登记结婚" in text

        page.get_by_role("link", name="查看办件").click()
        page.wait_for_selector("#desk-situation")
        shown = page.inner_text("#desk-situation")
        assert "否，在外省出生（已有出生医学证明）" in shown and "否，未登记结婚" in shown
        page.screenshot(path=str(tmp_path / "desk-application.png"), full_page=True)
        app_id = page.url.rsplit("/", 1)[-1]
    finally:
        context.close()

    view = api(
        base,
        token,
        "query($id: ID!) { application(id: $id) { channel chosenItems lanes { departmentCode } } }",
        {"id": app_id},
    )["application"]
    assert view["channel"] == "COUNTER" and view["chosenItems"] == ["GA01", "YB01", "WJ02"]
    assert "RS" not in {lane["departmentCode"] for lane in view["lanes"]}, "社保卡 left out"


def _schema(base: str, token: str, id_number: str, answers: list, items: list) -> dict:
    """The form the tablet shows for these answers (the walk-in found again by the ID number)."""
    walk_in = api(
        base,
        token,
        'mutation($i: String!) { identifyWalkIn(idNumber: $i, name: "刘妈妈") { ... on WalkIn { citizenId } } }',
        {"i": id_number},
    )["identifyWalkIn"]
    form = api(base, token, FORM, {"c": walk_in["citizenId"], "a": answers, "i": items})["counterForm"]
    return form["formSchema"]
