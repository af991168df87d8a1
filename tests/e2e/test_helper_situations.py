"""A helper (帮办代办) on a tablet files for a citizen an item that asks a question (情形引导), in headless
Chromium: with the citizen's consent for 出生登记 (GA01: are the parents married?), the helper opens the
apply form for her, reads her the question and taps her answer on the form itself (the address keeps for
whom; the guide's apply button would file for the helper), the materials follow the answer, and the
submission carries it: the application is hers, filed with her answer.

The bundles that ask questions in the demo data (B01, B02, B04) each hold an item done only in person
(WJ01, YH01, MZ01: ``delegable: false``), so no consent can be given for them: a helper never files
them, and their 点菜 on the apply form is covered by tests/e2e/test_situations.py."""

from __future__ import annotations

import re
import secrets

import pytest
from webauthn.helpers import bytes_to_base64url

from api.identity.accounts import invite_staff
from api.identity.enums import Role
from api.identity.models import User
from tests.conftest import gid
from tests.e2e.test_apply import attach_materials, capture_bearer
from tests.e2e.test_desk import Desk, Person, api, in_database, signed_in, tablet
from tests.e2e.test_helpers import ask_consent
from tests.e2e.test_identity import resident_id, unique_phone
from tests.e2e.test_situations import fill_form

pytestmark = pytest.mark.browser

ITEM = "GA01"  # 出生登记（新生儿入户）: are the parents married?
FORM = """query($c: String!, $f: ID, $a: [SituationAnswerInput!], $i: [String!]) {
  applyForm(code: $c, onBehalfOf: $f, answers: $a, items: $i) { ... on ApplyForm {
  formSchema prefill actingFor materials { material status } } } }"""


@pytest.fixture(scope="module")
def people(live_server, live_database_url) -> tuple[Desk, Person]:
    async def make() -> dict[str, Person]:
        mother = await User.create(
            user_handle=bytes_to_base64url(secrets.token_bytes(64)),
            name="何女士",
            phone=unique_phone(),
            id_number=resident_id("19950611"),
            roles=[Role.CITIZEN.value],
            staff=False,
        )
        helper, _ = await invite_staff("帮办员小郑", unique_phone(), [Role.HELPER], None)
        return {"citizen": Person(mother.id, mother.name), "helper": Person(helper.id, helper.name)}

    made = in_database(live_database_url, make)
    helper = made.pop("helper")
    citizen = made["citizen"]
    desk = Desk(live_server, live_database_url, citizen, citizen, citizen, citizen, citizen)
    return desk, helper


def test_a_helper_reads_the_question_to_a_citizen_and_files_with_her_answer(people, browser, phone, tmp_path):
    desk, helper_person = people
    base, who = desk.base, gid("User", desk.citizen.user_id)
    context = tablet(browser)
    try:
        helper = signed_in(desk, context, helper_person)
        mother = signed_in(desk, phone, desk.citizen)
        ask_consent(helper, mother, base, "ITEM", ITEM)
        helper.locator("#start-helping").wait_for(timeout=15_000)
        helper.goto(f"{base}/helper")
        bearer = capture_bearer(helper)
        person = helper.locator(f"section[data-person='{who}']")
        person.get_by_role("link", name=re.compile("代 何女士 申请")).click()
        helper.wait_for_url(f"**/apply/{ITEM}?for={who}")
        helper.wait_for_selector("#apply-situ")
        assert "请先回答下面 1 个问题" in helper.inner_text("#situ-needed")
        assert helper.locator("#apply-situ a[href^='/g/']").count() == 0, (
            "the guide would file for the helper"
        )
        for option in helper.locator("#apply-situ .opt").all():
            assert option.bounding_box()["height"] >= 48, "big enough for a finger"
        helper.screenshot(path=str(tmp_path / "helper-question.png"), full_page=True)
        assert "结婚证" in helper.inner_text("#apply-form"), "either answer may apply yet"

        # her answer, on the form itself: the address keeps for whom, the materials follow it
        helper.get_by_label("否，未登记结婚").check()
        helper.wait_for_url(re.compile("a=parents_married%3Ano.*for="))
        helper.wait_for_selector("#situ-needed", state="detached")
        assert "结婚证" not in helper.inner_text("#apply-form")
        assert helper.locator("#m-non_marital_birth_statement-field").count() == 1
        assert "代 何女士 申请" in helper.inner_text("#acting-for")

        answers = [{"question": "parents_married", "value": "no"}]
        form = api(base, bearer["token"], FORM, {"c": ITEM, "f": who, "a": answers, "i": None})
        form = form["applyForm"]
        assert form["actingFor"] == "何女士"
        fill_form(helper, form)
        attach_materials(helper, form)
        helper.screenshot(path=str(tmp_path / "helper-form.png"), full_page=True)
        helper.click("#submit")
        helper.wait_for_url(re.compile(r"/applications/[A-Za-z0-9_-]+\?new=1$"))
        app_id = re.search(r"/applications/([A-Za-z0-9_-]+)", helper.url).group(1)
        helper.wait_for_selector(".filed-by")
    finally:
        context.close()

    filed = api(
        base,
        bearer["token"],
        "query($id: ID!) { application(id: $id) { channel answers { code label } materials { material } } }",
        {"id": app_id},
    )["application"]
    assert filed["channel"] == "HELPER"
    assert [(a["code"], a["label"]) for a in filed["answers"]] == [("parents_married", "否，未登记结婚")]
    kept = {m["material"] for m in filed["materials"]}
    assert "non_marital_birth_statement" in kept and "marriage_certificate" not in kept
