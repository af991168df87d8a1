"""A leader opens the statistics (统计分析) in headless Chromium against the live server: a chart and its
table for a period only this test has data in (May 2025), then downloads the XLSX, which the test opens
with openpyxl and checks."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from api.applications.models import Application, Task
from api.catalog.models import Department
from api.clock import CHINA
from api.identity import tokens
from api.identity.enums import Role
from api.identity.models import User
from api.identity.runtime import IdentityRuntime
from tests.e2e.sessions import sign_in_with
from tests.e2e.test_desk import in_database, make_people

pytestmark = pytest.mark.browser

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
PERIOD = "from=2025-05-01&to=2025-05-31"


@pytest.fixture(scope="module")
def leader(live_server, live_database_url):
    async def seed():
        people = await make_people("吴统计申请人", [("leader", "钱领导", Role.LEADER, None)])
        citizen = await User.get(id=people["citizen"].user_id)
        cg = await Department.get(code="CG")
        for day, channel, decided in ((6, "online", 9), (7, "counter", 20), (8, "online", None)):
            moment = datetime(2025, 5, day, 10, tzinfo=CHINA)
            app = await Application.create(
                kind="item",
                catalog_code="CG01",
                catalog_name="测试",
                catalog_revision="1",
                form_schema={},
                applicant=citizen,
                status="accepted",
                channel=channel,
                submitted_at=moment,
                accepted_at=moment,
            )
            await Task.create(
                application=app,
                department=cg,
                item_codes=["CG01"],
                item_names=["测试"],
                promised_days=6,
                statutory_days=20,
                started_on=moment.date(),
                due_on=date(2025, 5, 14),
                status="approved" if decided else "in_review",
                decided_at=datetime(2025, 5, decided, 15, tzinfo=CHINA) if decided else None,
            )
        return people

    people = in_database(live_database_url, seed)

    async def start() -> tokens.Session:  # a session of the leader, as signing in would give
        keys = IdentityRuntime.for_base_url(live_server).keys
        await keys.load()
        return await tokens.start_session(keys, await User.get(id=people["leader"].user_id))

    return in_database(live_database_url, start).refresh_token


def test_a_leader_sees_a_chart_and_its_table_and_downloads_the_xlsx(browser, live_server, leader, tmp_path):
    base = live_server
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="zh-CN", accept_downloads=True
    )
    page = context.new_page()
    page.goto(f"{base}/")
    sign_in_with(page, base, leader)
    page.goto(f"{base}/desk")
    page.get_by_role("link", name="统计分析").first.click()
    page.wait_for_url("**/desk/statistics")
    page.goto(f"{base}/desk/statistics?{PERIOD}")
    page.get_by_role("heading", name="统计分析", level=1).wait_for()
    assert page.locator("#totals").get_by_text("申请量").is_visible()
    assert page.locator("#totals dd").first.inner_text() == "3"
    chart = page.locator("#channels-chart")
    chart.wait_for()
    page.wait_for_function("document.querySelector('#channels-chart').width > 0")
    assert chart.get_attribute("aria-hidden") == "true"  # the table says the same to screen readers
    rows = page.locator("#channels-table tbody tr")
    cells = {
        rows.nth(i).locator("th").inner_text(): rows.nth(i).locator("td").inner_text()
        for i in range(rows.count())
    }
    assert cells["网上申报"] == "2" and cells["窗口受理"] == "1"
    assert "网上申报 2" in page.locator("#channels-summary").inner_text()
    ontime = page.locator("#ontime-table tbody tr").last.locator("td")
    assert [ontime.nth(i).inner_text() for i in range(3)] == ["2", "1", "50.0%"]  # 05-09 on time, 05-20 late
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "statistics.png"), full_page=True)

    with page.expect_download() as caught:
        page.get_by_role("button", name="导出 Excel（XLSX）").click()
    saved = tmp_path / "statistics.xlsx"
    caught.value.save_as(saved)
    assert caught.value.suggested_filename == "statistics-2025-05-01-2025-05-31.xlsx"
    book = openpyxl.load_workbook(saved)
    summary = dict(book["summary"].iter_rows(min_row=2, values_only=True))
    assert summary["申请量 / Applications"] == 3
    channels = dict(book["channels"].iter_rows(min_row=2, values_only=True))
    assert channels["网上申报 / Online"] == 2
    page.get_by_role("status").get_by_text("文件已下载").wait_for()
    context.close()
