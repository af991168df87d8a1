"""Counter intake (前台综合受理) in headless Chromium: a window clerk on a tablet files a walk-in's
restaurant bundle (B03) — the person identified by the ID card (no phone, no account), the paper
materials photographed with the tablet camera (Chromium's fake capture device; one by the file
fallback), a signature drawn on the screen — prints the acceptance receipt (the PDF's text read back),
and the application goes on like an online one: accepted at the window, approved by every department,
trackable at a kiosk with the tracking number and verification code."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from api.identity.accounts import invite_staff
from api.identity.enums import Role
from tests.applications.conftest import sample_value
from tests.e2e.test_desk import Desk, Person, api, in_database, signed_in, tablet
from tests.e2e.test_identity import resident_id, unique_phone
from tests.uploads import samples

pytestmark = pytest.mark.browser

BUNDLE = "B03"  # 我要开餐馆
FILE_FALLBACK = "floor_plan"  # this one is chosen as an image file, as without a camera


@pytest.fixture(scope="module")
def counter(live_server, live_database_url) -> Desk:
    async def people() -> dict[str, Person]:
        user, _ = await invite_staff("周窗口", unique_phone(), [Role.WINDOW_CLERK], None)
        clerk = Person(user.id, user.name)
        return {"citizen": clerk, "clerk": clerk, "rs": clerk, "yb": clerk, "supervisor": clerk}

    return Desk(live_server, live_database_url, **in_database(live_database_url, people))


def _reviewer(counter: Desk, department: str) -> str:
    async def make() -> Person:
        user, _ = await invite_staff(f"审批{department}", unique_phone(), [Role.REVIEWER], department)
        return Person(user.id, user.name)

    return counter.session(in_database(counter.database, make)).access_token


def _pdf_text(path: str) -> tuple[str, float]:
    with open(path, "rb") as file:
        reader = PdfReader(io.BytesIO(file.read()))
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    return "".join(page.extract_text() for page in reader.pages), width_mm


def test_a_clerk_files_a_walk_ins_restaurant_bundle_and_prints_the_receipt(counter, browser, tmp_path):
    base = counter.base
    clerk_token = counter.session(counter.clerk).access_token
    context = tablet(browser)
    context.grant_permissions(["camera"], origin=base)
    try:
        page = signed_in(counter, context, counter.clerk)
        page.goto(f"{base}/desk")
        page.click("#go-intake")
        page.wait_for_url("**/desk/intake")

        # 1. the ID card: a bad check character is refused (GB 11643), then the person's record is made
        page.fill("#walk-in-name", "王大爷")
        page.fill("#walk-in-id", "110101194901010011")
        page.get_by_role("button", name="核验并调取档案").click()
        page.wait_for_selector("#alert:has-text('身份证')")
        id_number = resident_id("19490101")
        page.fill("#walk-in-id", id_number)
        page.get_by_role("button", name="核验并调取档案").click()
        page.wait_for_selector("#person")
        assert "王大爷" in page.inner_text("#person") and id_number not in page.inner_text("#person")
        assert "未登记手机号" in page.inner_text("#who")

        # 2. the merged form, prefilled from the record
        page.get_by_role("button", name="打开表单").click()
        page.wait_for_selector("#intake-form")
        assert page.input_value("#f-applicant_name") == "王大爷"
        walk_in = api(
            base,
            clerk_token,
            'mutation($i: String!) { identifyWalkIn(idNumber: $i, name: "王大爷") { ... on WalkIn { citizenId } } }',
            {"i": id_number},
        )["identifyWalkIn"]  # the same record again (found by the ID number)
        schema = api(
            base,
            clerk_token,
            'query($c: ID!) { counterForm(citizenId: $c, code: "B03") { ... on ApplyForm { formSchema } } }',
            {"c": walk_in["citizenId"]},
        )["counterForm"]["formSchema"]
        for field in schema["fields"]:
            _fill(page, field)

        # 3. the paper materials: the tablet camera (fake capture), one by the file fallback
        page.click("#camera-start")
        page.wait_for_function("() => document.querySelector('#camera').videoWidth > 0")
        for button in page.locator("button[data-shoot]").all():
            material = button.get_attribute("data-shoot")
            if material == FILE_FALLBACK:
                page.set_input_files(
                    f"input[data-file={material}]",
                    files=[{"name": "平面图.png", "mimeType": "image/png", "buffer": samples.png()}],
                )
            else:
                button.click()
            page.wait_for_selector(f"[data-state={material}]:has-text('已拍摄')")

        # 4. no phone: the person signs on the screen; without it, nothing is sent
        page.click("#intake-submit")
        page.wait_for_selector("#alert:has-text('签名')")
        box = page.locator("#signature").bounding_box()
        assert box is not None
        page.mouse.move(box["x"] + 40, box["y"] + 60)
        page.mouse.down()
        for step in range(1, 12):
            page.mouse.move(box["x"] + 40 + step * 30, box["y"] + 60 + (step % 3) * 25)
        page.mouse.up()
        page.screenshot(path=str(tmp_path / "intake-form.png"), full_page=True)
        page.click("#intake-submit")
        page.wait_for_selector("#filed, #alert:not(:empty)")
        assert page.locator("#filed").count() == 1, page.inner_text("#alert")
        tn = page.inner_text("#filed-tracking")
        code = page.inner_text("#filed-code")
        assert len(tn) >= 10 and len(code) == 6
        page.screenshot(path=str(tmp_path / "intake-filed.png"), full_page=True)

        # the receipt, printed: A4 and the 80 mm slip
        for label, width in (("打印受理回执（A4）", 210), ("打印受理回执（80毫米小票）", 80)):
            with page.expect_download() as download:
                page.get_by_role("button", name=label).click()
            text, width_mm = _pdf_text(str(download.value.path()))
            assert round(width_mm) == width
            assert "受理回执" in text and tn in text and code in text and "窗口受理" in text
            assert "王大爷" in text and "查询码" in text

        # the same application at the desk: filed at the counter, its documents printable from there too
        page.get_by_role("link", name="查看办件").click()
        page.wait_for_selector("#prints")
        assert "窗口受理" in page.inner_text("#counter-channel")
        page.select_option("#print-width", "80mm")
        with page.expect_download() as download:
            page.locator("#prints").get_by_role("button", name="受理回执").click()
        text, width_mm = _pdf_text(str(download.value.path()))
        assert round(width_mm) == 80 and tn in text
        page.screenshot(path=str(tmp_path / "desk-application.png"), full_page=True)
    finally:
        context.close()

    # --- the same application as online: accepted at the window, approved by each department ------
    found = api(
        base,
        clerk_token,
        """query($t: String!, $c: String!) { trackApplication(trackingNumber: $t, verificationCode: $c) {
        ... on ApplicationType { id status } } }""",
        {"t": tn, "c": code},
    )["trackApplication"]
    assert found["status"] == "SUBMITTED"
    app_id = found["id"]
    view = api(
        base,
        clerk_token,
        """query($id: ID!) { application(id: $id) { channel lanes { taskId departmentCode }
        events { actorKind actorName actingForName toStatus } } }""",
        {"id": app_id},
    )["application"]
    assert view["channel"] == "COUNTER"
    assert view["events"][0]["actorKind"] == "CLERK" and view["events"][0]["actingForName"] == "王大爷"
    assert len(view["lanes"]) >= 2
    api(base, clerk_token, "mutation($id: ID!) { claimApplication(id: $id) { __typename } }", {"id": app_id})
    accepted = api(
        base,
        clerk_token,
        "mutation($id: ID!) { acceptApplication(id: $id) { ... on ApplicationType { status } "
        "... on ApplicationError { code message } } }",
        {"id": app_id},
    )["acceptApplication"]
    assert accepted == {"status": "ACCEPTED"}, accepted
    for lane in view["lanes"]:
        token = _reviewer(counter, lane["departmentCode"])
        api(
            base,
            token,
            "mutation($id: ID!) { startTaskReview(id: $id) { __typename } }",
            {"id": lane["taskId"]},
        )
        decided = api(
            base,
            token,
            'mutation($id: ID!) { decideTask(id: $id, approve: true, note: "同意") { __typename '
            "... on ApplicationError { code message } } }",
            {"id": lane["taskId"]},
        )["decideTask"]
        assert decided["__typename"] == "ApplicationType", decided
    status = api(
        base,
        clerk_token,
        "query($t: String!, $c: String!) { trackApplication(trackingNumber: $t, verificationCode: $c) "
        "{ ... on ApplicationType { status } } }",
        {"t": tn, "c": code},
    )["trackApplication"]["status"]
    assert status in {"COMPLETED", "READY_FOR_PICKUP"}, status

    # a kiosk: the receipt's QR opens /track with the number filled in; the person types the code
    kiosk_context = browser.new_context(viewport={"width": 1080, "height": 1920}, locale="zh-CN")
    try:
        kiosk = kiosk_context.new_page()
        kiosk.goto(f"{base}/track?n={tn}")
        kiosk.wait_for_selector("#track-form")
        assert kiosk.input_value("#tn") == tn
        kiosk.fill("#vc", code)
        kiosk.click("#track")
        kiosk.wait_for_function("() => document.querySelector('#track-out').textContent.trim().length > 0")
        assert "我要开餐馆" in kiosk.inner_text("#track-out")
    finally:
        kiosk_context.close()


def _fill(page, field: dict) -> None:
    """Fill one input of the form as the clerk would (the prefilled ones are kept)."""
    code, kind = field["code"], field["type"]
    value = sample_value(field)
    if kind == "multi_choice":
        page.check(f"[data-multi={code}] input[value='{value[0]}']")
    elif kind == "boolean":
        page.check(f"#f-{code}")
    elif kind == "choice":
        page.select_option(f"#f-{code}", value)
    elif not page.input_value(f"#f-{code}"):
        page.fill(f"#f-{code}", str(value))
