"""告知承诺 in headless Chromium against the live server: the citizen reads and signs the commitment
on the food business licence form (the materials it replaces leave the list), the clerk accepts on the
commitment, 市场监管 approves (the e-licence is issued into the wallet), the licence is presented as a
QR token, then the department's 告知承诺核查 queue finds the commitment false: the licence is revoked
and /verify, online, says so; the holder is told in the inbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from api.identity.enums import Role
from tests.e2e.test_apply import attach_materials, fill_form
from tests.e2e.test_desk import Desk, Person, api, desktop, in_database, inbox, make_people, signed_in
from tests.e2e.test_wallet_verify import check

pytestmark = pytest.mark.browser

ITEM = "SJ04"  # 食品经营许可
REPLACED = ("food_safety_system", "equipment_list")
SHOTS = Path(__file__).resolve().parent.parent.parent / "var" / "screenshots"


@pytest.fixture(scope="module")
def people(live_server, live_database_url) -> Desk:
    async def make() -> dict[str, Person]:
        return await make_people(
            "周承诺",
            [
                ("clerk", "孙窗口", Role.WINDOW_CLERK, None),
                ("rs", "钱市监", Role.REVIEWER, "SJ"),  # the Desk's reviewer slots: 市场监管 here
                ("yb", "吴消防", Role.REVIEWER, "XF"),
                ("supervisor", "郑督查", Role.SUPERVISOR, None),
            ],
        )

    return Desk(live_server, live_database_url, **in_database(live_database_url, make))


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"commitment-{name}.png"), full_page=True)


def test_sign_accept_verify_false_commitment_revokes_the_licence(people, browser, phone):
    base = people.base
    token = people.session(people.citizen).access_token
    form = api(
        base,
        token,
        """query($c: String!) { applyForm(code: $c) { ... on ApplyForm { formSchema prefill
        materials { material status } commitments { item version } } } }""",
        {"c": ITEM},
    )["applyForm"]
    assert form["commitments"] == [{"item": ITEM, "version": 1}]

    # --- the citizen on a phone: reads the commitment, signs it, the replaced materials go ---------
    mine = signed_in(people, phone, people.citizen)
    mine.goto(f"{base}/apply/{ITEM}")
    mine.wait_for_selector("#apply-form")
    text = mine.inner_text("#cm-SJ04-text")
    assert "郑重承诺" in text and "20个工作日内" in text
    assert "承诺书第 1 版" in mine.inner_text("#cm-SJ04")
    for code in REPLACED:
        assert mine.locator(f"#m-{code}-field").count() == 1, "asked for before signing"
    sign = mine.get_by_label("我已阅读上述承诺书全文", exact=False)
    assert "周承诺" in mine.inner_text("label[for=cm-SJ04-sign]"), "signed as the signed-in person"
    sign.check()
    for code in REPLACED:
        mine.wait_for_selector(f"#m-{code}-field", state="detached")
    assert "已签署告知承诺书，以承诺代替，无需提交" in mine.inner_text("#mat-sec")
    shot(mine, "1-apply-signed")
    fill_form(mine, form)
    attach_materials(mine, {"materials": [m for m in form["materials"] if m["material"] not in REPLACED]})
    mine.click("#submit")
    mine.wait_for_url("**/applications/*")
    app_id = mine.url.split("/applications/")[1].split("?")[0]
    mine.wait_for_selector("#commitments")
    signed = mine.inner_text("#commitments")
    assert "食品经营许可（承诺书第 1 版）" in signed and "周承诺" in signed and "待核查" in signed
    state = api(
        base,
        token,
        "query($id: ID!) { application(id: $id) { trackingNumber materials { material status } } }",
        {"id": app_id},
    )
    tn = state["application"]["trackingNumber"]
    statuses = {m["material"]: m["status"] for m in state["application"]["materials"]}
    assert all(statuses[code] == "COMMITTED" for code in REPLACED)

    clerk_context, sj_context = desktop(browser), desktop(browser)
    try:
        # --- the clerk: the signed commitment is on the application; accept on it ----------------
        clerk = signed_in(people, clerk_context, people.clerk)
        clerk.goto(f"{base}/desk/applications/{app_id}")
        clerk.wait_for_selector("#claim")
        clerk.click("#claim")
        clerk.wait_for_selector("#accept-form")
        assert "承诺书第 1 版" in clerk.inner_text("#commitments")
        assert clerk.is_checked("input[name=mode][value=COMMITMENT]"), "signed: accepted on the commitment"
        clerk.click("#accept")
        clerk.wait_for_selector("#status:has-text('已受理')")
        assert "告知承诺" in clerk.inner_text("#head")

        # --- 市场监管 approves: the licence goes into the wallet; the holder presents it ------------
        sj = signed_in(people, sj_context, people.rs)
        sj.goto(f"{base}/desk/tasks")
        sj.locator("#open-tasks li.task", has_text=tn).get_by_role(
            "button", name=f"批准：{tn}", exact=True
        ).click()
        sj.wait_for_selector("#status:has-text('已批准')")
        [licence] = [
            edge["node"]
            for edge in api(base, token, "{ myLicences { edges { node { id number typeCode } } } }")[
                "myLicences"
            ]["edges"]
            if edge["node"]["typeCode"] == "food_business_licence"
        ]
        presented = api(
            base,
            token,
            "mutation($id: ID!) { presentLicence(id: $id) { ... on LicencePresentation { token } } }",
            {"id": licence["id"]},
        )["presentLicence"]["token"]
        verifier = phone.new_page()
        verifier.goto(f"{base}/verify")
        assert "有效" in check(verifier, presented)

        # --- 告知承诺核查: the queue, the findings required, false commitment -----------------------
        sj.goto(f"{base}/desk")
        card = sj.locator("#go-commitments")
        assert "1 件待核查" in card.inner_text()
        card.click()
        sj.wait_for_url("**/desk/commitments")
        item = sj.locator("#checks li.commitment-check", has_text=tn)
        text = item.inner_text()
        assert "核查期限" in text and "剩" in text and "周承诺" in text and licence["number"] in text
        assert item.get_attribute("data-urgency") == "ON_TIME"
        shot(sj, "2-queue")
        item.get_by_role("button", name=f"认定虚假承诺：{tn}").click()
        error = item.locator(".err").first
        error.wait_for()
        assert error.inner_text() == "请写明核查发现（至少 5 个字）"
        item.locator("textarea").fill("现场核查：后厨无餐用具清洗消毒设施，未建立进货查验记录")
        item.get_by_role("button", name=f"认定虚假承诺：{tn}").click()
        sj.wait_for_selector("#status:has-text('已认定虚假承诺')")
        assert sj.locator("#checks li.commitment-check", has_text=tn).count() == 0
        sj.get_by_role("link", name="虚假承诺").click()
        sj.wait_for_url("**/desk/commitments?outcome=FALSE")
        done = sj.locator("#checks li.commitment-check", has_text=tn)
        done.wait_for()
        assert "已吊销" in done.inner_text() and "后厨无餐用具清洗消毒设施" in done.inner_text()
        shot(sj, "3-false")
    finally:
        clerk_context.close()
        sj_context.close()

    # --- /verify online: the status list says revoked -------------------------------------------
    verifier.goto(f"{base}/verify")
    assert "已吊销" in check(verifier, presented)
    shot(verifier, "4-verify-revoked")

    # --- the holder is told why ------------------------------------------------------------------
    notice = inbox(base, token, "commitment_false", app_id)
    assert "虚假承诺" in notice["body"] and licence["number"] in notice["body"]
    mine.goto(f"{base}/applications/{app_id}")
    mine.wait_for_selector("#commitments [data-outcome=FALSE]")
    assert "虚假承诺" in mine.inner_text("#commitments")
    shot(mine, "5-applicant")
