"""A catalogue administrator edits a material and a window in the desk, publishes, and the public guide
and the hall's QR poster sheet show the change at once, while an application filed before keeps the
form it was filed with. Screenshots of the editor on a tablet: var/screenshots/catalogue-*.png."""

from __future__ import annotations

import io
import json
import secrets
import urllib.request
from pathlib import Path

import pytest
from pypdf import PdfReader

from api.identity.enums import Role
from tests.e2e.test_desk import in_database
from tests.e2e.test_staff import tablet
from tests.uploads.samples import plain_pdf

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).resolve().parent.parent.parent / "var" / "screenshots"  # not committed
ITEM = "CL01"  # 残疾人证新办: asks for a photo, served at a window of hall CA


def _file_application():
    """A citizen's application for ITEM at the current revision: (its id, its form's revision)."""

    async def work() -> tuple[int, int]:
        from webauthn.helpers import bytes_to_base64url

        from api.applications import services
        from api.applications.enums import ActorKind
        from api.applications.workflow import Actor
        from api.catalog import forms
        from api.catalog.snapshot import CatalogCache
        from api.identity.models import User
        from tests.applications.conftest import uploads_for, valid_data
        from tests.identity import ids

        catalog = await CatalogCache(0).get()
        citizen = await User.create(
            user_handle=bytes_to_base64url(secrets.token_bytes(64)), name="申请人 周", phone=ids.phone(),
            id_number=ids.resident_id(), roles=[Role.CITIZEN.value], staff=False,
        )  # fmt: skip
        world = type("W", (), {"catalog": catalog, "citizen": citizen})
        sub = services.Submission(
            code=ITEM,
            data=valid_data(forms.form_for(catalog, ITEM)),
            materials=await uploads_for(world, ITEM),  # type: ignore[arg-type]
            idempotency_key=secrets.token_hex(8),
        )
        app = (
            await services.submit(catalog, citizen, Actor(ActorKind.APPLICANT, citizen.id), sub)
        ).application
        return app.id, app.form_schema["revision"]

    return work


def _application_form(application_id: int):
    async def work() -> tuple[int, list[str]]:
        from api.applications.models import Application

        app = await Application.get(id=application_id)
        return app.form_schema["revision"], [f["code"] for f in app.form_schema["fields"]]

    return work


def _restore():
    """Load the demo files again (a file load: revision N+1), so later tests see the demo catalogue."""

    async def work() -> None:
        from api.catalog.loader import load_catalog, read_catalog
        from tests.conftest import DEMO_CATALOG

        await load_catalog(read_catalog(DEMO_CATALOG), force=True)

    return work


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def _guide_materials(base: str) -> list[str]:
    query = f'{{ guide(code: "{ITEM}") {{ ... on ServiceItem {{ materials {{ material {{ name }} }} }} }} }}'
    request = urllib.request.Request(
        f"{base}/graphql", json.dumps({"query": query}).encode(), {"content-type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        data = json.load(response)["data"]
    return [m["material"]["name"] for m in data["guide"]["materials"]]


def test_an_admin_edits_a_material_publishes_and_guide_and_poster_follow(
    live_server, live_database_url, browser
):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    application_id, filed_revision = in_database(live_database_url, _file_application())
    assert "近期免冠彩色证件照片" in _guide_materials(live_server)
    context = tablet(browser)
    try:
        page = context.new_page()
        page.goto(f"{live_server}/signin")
        page.wait_for_selector("#demo-signin:not([hidden])")
        page.click("button[data-demo='catalog_admin']")
        page.wait_for_url("**/desk/catalogue")
        page.wait_for_selector("#cat-list")

        # the material: both languages side by side
        page.click("a[href='/desk/catalogue?section=materials']")
        page.fill("#cat-filter", "photo")
        page.click("#cat-list a:has-text('photo')")
        page.wait_for_selector("#cat-form")
        assert page.input_value("#f-name") == "近期免冠彩色证件照片"
        page.fill("#f-name", "近期2寸白底免冠彩色照片")
        page.fill("#f-name_en", "Recent 2-inch colour photo on white")
        page.screenshot(path=str(SCREENSHOTS / "catalogue-editor-material.png"), full_page=False)
        page.click("#cat-save")
        page.wait_for_selector("#status:has-text('photo')")
        # a blank form to download with it (表格下载): uploaded, listed in the draft
        page.select_option("#dl-kind", "blank_form")
        page.fill("#dl-name", "照片规格说明")
        page.fill("#dl-name-en", "Photo requirements")
        page.set_input_files(
            "#dl-file", files=[{"name": "照片规格.pdf", "mimeType": "application/pdf", "buffer": plain_pdf()}]
        )
        page.click("#dl-add")
        page.wait_for_selector("#cat-draft-changes td:has-text('照片规格说明')")

        # the item's window: a changed text without English is refused, field by field
        page.goto(f"{live_server}/desk/catalogue?section=items&code={ITEM}")
        page.wait_for_selector("#cat-form")
        page.fill("#f-window", "残联专窗 12号窗口")
        page.fill("#f-window_en", "")  # the old English no longer says the new window
        page.click("#cat-add-faq")  # 常见问题, in both languages
        page.fill("#f-faq-0-question", "行动不便可以上门评定吗？")
        page.fill("#f-faq-0-question_en", "Can the assessment be done at home?")
        page.fill("#f-faq-0-answer", "可以，申请时勾选上门评定。")
        page.fill("#f-faq-0-answer_en", "Yes: ask for a home assessment when you apply.")
        page.click("#cat-save")
        page.wait_for_selector("#status:has-text('CL01')")
        page.click("#cat-publish-button")
        problems = page.wait_for_selector("#cat-problems")
        assert "items/CL01" in problems.inner_text() and "window_en" in problems.inner_text()
        page.screenshot(path=str(SCREENSHOTS / "catalogue-refused.png"), full_page=False)
        page.fill("#f-window_en", "Disabled Persons' Federation, window 12")
        page.click("#cat-save")
        page.wait_for_selector("#cat-draft-changes code:text-is('window_en')")
        changes = page.inner_text("#cat-draft-changes")
        assert "近期2寸白底免冠彩色照片" in changes and "window_en" in changes
        page.screenshot(path=str(SCREENSHOTS / "catalogue-draft.png"), full_page=True)
        page.fill("#cat-note", "照片规格和残联窗口")
        page.click("#cat-publish-button")
        page.wait_for_selector("#status:has-text('已发布')")
        page.wait_for_selector("#cat-revisions details")
        page.click("#cat-revisions details summary >> nth=0")
        page.wait_for_selector("#cat-revisions .cat-diff")
        assert "照片规格和残联窗口" in page.inner_text("#cat-revisions")

        # the public guide and the hall's poster sheet follow the new revision at once
        assert "近期2寸白底免冠彩色照片" in _guide_materials(live_server)
        guide = context.new_page()
        guide.goto(f"{live_server}/g/{ITEM}")
        guide.wait_for_selector("text=近期2寸白底免冠彩色照片")
        guide.wait_for_selector("text=残联专窗 12号窗口")
        guide.click("details.faq summary:has-text('行动不便可以上门评定吗？')")
        guide.wait_for_selector("details.faq[open] >> text=可以，申请时勾选上门评定。")
        link = guide.wait_for_selector("a[download]:has-text('照片规格说明')")
        guide.screenshot(path=str(SCREENSHOTS / "catalogue-guide-after.png"), full_page=False)
        with urllib.request.urlopen(
            f"{live_server}{link.get_attribute('href')}", timeout=30
        ) as response:  # anyone
            assert response.headers["content-type"] == "application/pdf" and response.read().startswith(
                b"%PDF"
            )
        with urllib.request.urlopen(f"{live_server}/halls/CA/posters.pdf?layout=single", timeout=60) as sheet:
            pages = PdfReader(io.BytesIO(sheet.read())).pages
        assert any("残联专窗" in (page_.extract_text() or "") for page_ in pages)  # the A4 poster follows

        # the application filed before keeps its form
        kept_revision, _fields = in_database(live_database_url, _application_form(application_id))
        assert kept_revision == filed_revision
    finally:
        context.close()
        in_database(live_database_url, _restore())
