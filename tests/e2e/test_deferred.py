"""容缺受理 in headless Chromium against the live server, as its people would live it.

1. Accepted with the food safety rules to follow (the restaurant bundle B03: 市场监管 may approve
   before they arrive, only its licences wait): the departments approve, the licence is not issued;
   the citizen uploads the owed material on their phone from the application's page (plain names, no
   codes); the window clerk checks it at the desk; the licences are issued and the application is done.
2. Accepted with the equipment list to follow (市场监管's approval waits for it): the test clock moves
   past its due date and the night's run stops the waiting task's clock; e-supervision lists it with
   the reason, the citizen sees why, the department cannot approve; once the material is in and checked
   the clock goes on.

Staff and sessions are made in the live server's database (tortoise in this process), as in
tests/e2e/test_desk.py; the demo's clock is moved with /demo/clock (and put back)."""

from __future__ import annotations

import json
import secrets
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from api.identity import tokens
from api.identity.enums import Role
from api.identity.models import User
from api.identity.runtime import IdentityRuntime
from tests.applications.conftest import sample_value
from tests.e2e.sessions import sign_in_with
from tests.e2e.test_desk import SAMPLES, api, desktop, in_database, make_people, upload
from tests.uploads import samples

pytestmark = pytest.mark.browser

BUNDLE = "B03"  # 我要开餐馆: 市场监管 (SJ01 + SJ04), 城管 (CG01), 消防 (XF01)
SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


@dataclass
class Person:
    user_id: int
    name: str


@dataclass
class Hall:
    base: str
    database: str
    people: dict[str, Person]

    def token(self, who: str) -> str:
        return self.session(who).access_token

    def session(self, who: str) -> tokens.Session:
        person = self.people[who]

        async def start() -> tokens.Session:
            keys = IdentityRuntime.for_base_url(self.base).keys
            await keys.load()
            return await tokens.start_session(keys, await User.get(id=person.user_id))

        return in_database(self.database, start)

    def page(self, context, who: str):
        page = context.new_page()
        page.goto(f"{self.base}/")
        sign_in_with(page, self.base, self.session(who).refresh_token)
        return page


@pytest.fixture(scope="module")
def hall(live_server, live_database_url) -> Hall:
    async def people() -> dict[str, Person]:
        return await make_people(
            "王餐馆",
            [
                ("clerk", "陈窗口", Role.WINDOW_CLERK, None),
                ("SJ", "周市监", Role.REVIEWER, "SJ"),
                ("CG", "吴城管", Role.REVIEWER, "CG"),
                ("XF", "郑消防", Role.REVIEWER, "XF"),
                ("supervisor", "孙督查", Role.SUPERVISOR, None),
            ],
        )

    return Hall(live_server, live_database_url, in_database(live_database_url, people))


# --- over HTTP, to save time where the screens are not the point ----------------------------------

APPLICATION = """query($id: ID!) { application(id: $id) { status nextAction { zh }
  materials { material name status dueOn owed late note } lanes { taskId departmentCode status paused pauseReason dueOn } } }"""
RESULT = "... on ApplicationType { status } ... on ApplicationError { code message }"


def submit(hall: Hall, leave_out: str) -> dict:
    token = hall.token("citizen")
    form = api(
        hall.base,
        token,
        """query($c: String!) { applyForm(code: $c) { ... on ApplyForm { formSchema prefill
        materials { material status } } ... on ApplicationError { code message } } }""",
        {"c": BUNDLE},
    )["applyForm"]
    data = {f["code"]: SAMPLES.get(f["code"]) or sample_value(f) for f in form["formSchema"]["fields"]}
    data.update(form["prefill"])
    materials = [
        {
            "material": m["material"],
            "upload": upload(hall.base, token, samples.png(), "材料.png", "image/png"),
        }
        for m in form["materials"]
        if m["status"] == "MISSING" and m["material"] != leave_out
    ]
    result = api(
        hall.base,
        token,
        """mutation($i: ApplicationInput!) { submitApplication(input: $i) {
        ... on Submitted { application { id trackingNumber } } ... on ApplicationError { code message } } }""",
        {"i": {"code": BUNDLE, "data": data, "materials": materials, "idempotencyKey": secrets.token_hex(8)}},
    )["submitApplication"]
    assert "application" in result, result
    return result["application"]


def state(hall: Hall, app_id: str) -> dict:
    return api(hall.base, hall.token("citizen"), APPLICATION, {"id": app_id})["application"]


def decide(hall: Hall, who: str, app_id: str, approve: bool = True) -> dict:
    token = hall.token(who)
    lane = next(x for x in state(hall, app_id)["lanes"] if x["departmentCode"] == who)
    if lane["status"] == "PENDING":
        api(
            hall.base,
            token,
            f"mutation($id: ID!) {{ startTaskReview(id: $id) {{ {RESULT} }} }}",
            {"id": lane["taskId"]},
        )
    return api(
        hall.base,
        token,
        f"mutation($id: ID!, $ok: Boolean!) {{ decideTask(id: $id, approve: $ok) {{ {RESULT} }} }}",
        {"id": lane["taskId"], "ok": approve},
    )["decideTask"]


def licences(hall: Hall) -> set[str]:
    page = api(hall.base, hall.token("citizen"), "{ myLicences { edges { node { typeCode } } } }")[
        "myLicences"
    ]
    return {e["node"]["typeCode"] for e in page["edges"]}


def move_clock(hall: Hall, body: dict) -> dict:
    request = urllib.request.Request(
        f"{hall.base}/demo/clock",
        json.dumps(body).encode(),
        {"Content-Type": "application/json", "x-onevisit-csrf": "1"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


# --- the tests -------------------------------------------------------------------------------------


def test_deferred_material_handed_in_after_acceptance_checked_then_the_licence(hall, browser, phone):
    owed = "food_safety_system"
    submitted = submit(hall, leave_out=owed)
    app_id, tn = submitted["id"], submitted["trackingNumber"]
    clerk_context = desktop(browser)
    try:
        # the window: 容缺 by the catalogue's terms (no date to type)
        clerk = hall.page(clerk_context, "clerk")
        clerk.goto(f"{hall.base}/desk/applications/{app_id}")
        clerk.wait_for_selector("#claim")
        clerk.click("#claim")
        clerk.wait_for_selector("#status:has-text('已认领')")
        clerk.get_by_label("容缺受理").check()
        clerk.get_by_label("食品安全管理制度", exact=True).check()
        assert "5 个工作日内补交" in clerk.inner_text(f"#terms-{owed}")
        clerk.click("#accept")
        clerk.wait_for_selector("#status:has-text('已受理')")
        log = clerk.inner_text(".log")
        assert "“食品安全管理制度”" in log and owed not in log, "the history names the material"
        assert "待申请人补交" in clerk.inner_text("#owed")

        # every department approves (市场监管 may: only its licences wait for the rules)
        for who in ("SJ", "CG", "XF"):
            assert decide(hall, who, app_id)["status"] in ("ACCEPTED", "IN_PROGRESS"), who
        now = state(hall, app_id)
        assert now["status"] == "IN_PROGRESS", "not completed while a licence waits"
        assert "food_business_licence" not in licences(hall)

        # the citizen, on the phone: what is owed, by when, an upload in place
        mine = hall.page(phone, "citizen")
        mine.goto(f"{hall.base}/applications/{app_id}")
        mine.wait_for_selector("#owed")
        assert "请于" in mine.inner_text("#next-action") and "食品安全管理制度" in mine.inner_text(
            "#next-action"
        )
        assert "您无需操作" not in mine.inner_text("#next-action")
        assert owed not in mine.inner_text("main"), "no raw codes on the citizen's page"
        assert mine.locator(f"#o-{owed}-file").count() == 1
        shot(mine, "deferred-citizen-owed")
        mine.click("#lang")  # the same in English
        mine.wait_for_selector("#owed-h:has-text('Deferred materials still to hand in')")
        assert "Hand it in by" in mine.inner_text("#owed")
        shot(mine, "deferred-citizen-owed-en")
        mine.click("#lang")
        mine.wait_for_selector("#owed-h:has-text('待补交的容缺材料')")
        mine.set_input_files(
            f"#o-{owed}-file",
            files=[{"name": "管理制度.png", "mimeType": "image/png", "buffer": samples.png()}],
        )
        mine.wait_for_selector("#status:has-text('已补交')")
        assert "窗口核验中" in mine.inner_text("#owed")
        assert [m["status"] for m in state(hall, app_id)["materials"] if m["material"] == owed] == [
            "PROVIDED"
        ]

        # the window checks it: the licences follow, the application is done
        clerk.click("#refresh")
        clerk.wait_for_selector(f"#owed-form-{owed}")
        assert clerk.locator(f"#file-owed-{owed}, [aria-controls='file-owed-{owed}']").count() >= 1
        shot(clerk, "deferred-desk-check")
        clerk.click(f"#owed-ok-{owed}")
        clerk.wait_for_selector("#status:has-text('已核验通过')")
        assert state(hall, app_id)["status"] == "COMPLETED"
        assert {"food_business_licence", "business_licence"} <= licences(hall)
        mine.reload()
        mine.wait_for_selector("#head:has-text('已办结')")
        assert mine.locator("#owed").count() == 0
        assert "已补齐，核验通过" in mine.inner_text("#log")
        assert tn
    finally:
        clerk_context.close()


def test_overdue_stops_the_clock_flags_it_and_checking_resumes(hall, browser, phone):
    owed = "equipment_list"  # 市场监管 approves only once it has it (3 working days)
    submitted = submit(hall, leave_out=owed)
    app_id, tn = submitted["id"], submitted["trackingNumber"]
    clerk_token = hall.token("clerk")
    api(
        hall.base,
        clerk_token,
        f"mutation($id: ID!) {{ claimApplication(id: $id) {{ {RESULT} }} }}",
        {"id": app_id},
    )
    accepted = api(
        hall.base,
        clerk_token,
        f"""mutation($id: ID!) {{ acceptApplication(id: $id, mode: DEFERRED, deferred: [{{material: "{owed}"}}])
        {{ {RESULT} }} }}""",
        {"id": app_id},
    )["acceptApplication"]
    assert accepted["status"] == "ACCEPTED", accepted
    due = next(m for m in state(hall, app_id)["materials"] if m["material"] == owed)["dueOn"]
    refused = decide(hall, "SJ", app_id)
    assert refused["code"] == "WAITING_FOR_MATERIAL", "the approval waits for the equipment list"

    supervisor_context = desktop(browser)
    try:
        moved = move_clock(hall, {"days": 10})  # the night after the due date has passed
        assert moved["today"] > due and moved["ran"]["paused"] >= 1
        sj = next(x for x in state(hall, app_id)["lanes"] if x["departmentCode"] == "SJ")
        assert sj["paused"] and "“主要设备设施清单及操作流程”逾期未补齐" in sj["pauseReason"]
        assert sj["dueOn"] is None, "stopped with time left: no due date until it goes on"
        others = [x for x in state(hall, app_id)["lanes"] if x["departmentCode"] != "SJ"]
        assert not any(x["paused"] for x in others), "only the task that waits for it"

        # e-supervision flags it, with why
        supervisor = hall.page(supervisor_context, "supervisor")
        supervisor.goto(f"{hall.base}/desk/supervision")
        row = supervisor.locator("#paused tbody tr", has_text=tn)
        row.wait_for()
        assert "逾期未补齐" in row.inner_text() and "暂停" in row.inner_text()
        shot(supervisor, "deferred-supervision-paused")

        # the citizen sees why and that it is late
        mine = hall.page(phone, "citizen")
        mine.goto(f"{hall.base}/applications/{app_id}")
        mine.wait_for_selector("#owed")
        assert "已暂停办理" in mine.inner_text(f"#o-{owed}-due")
        assert "已逾期" in mine.inner_text("#next-action")
        assert "暂停计时：容缺材料“主要设备设施清单及操作流程”逾期未补齐" in mine.inner_text(".lanes")
        shot(mine, "deferred-citizen-late")
        again = move_clock(hall, {"days": 0})
        assert again["ran"]["paused"] == 0, "paused once"

        # handed in late, checked: the clock goes on
        mine.set_input_files(
            f"#o-{owed}-cam",
            files=[{"name": "设备清单.png", "mimeType": "image/png", "buffer": samples.png()}],
        )
        mine.wait_for_selector("#status:has-text('已补交')")
        checked = api(
            hall.base,
            clerk_token,
            f'mutation($id: ID!) {{ verifyOwedMaterial(id: $id, material: "{owed}", ok: true) {{ {RESULT} }} }}',
            {"id": app_id},
        )["verifyOwedMaterial"]
        assert "status" in checked, checked
        sj = next(x for x in state(hall, app_id)["lanes"] if x["departmentCode"] == "SJ")
        assert not sj["paused"] and sj["dueOn"] is not None and sj["dueOn"] > due
        assert decide(hall, "SJ", app_id)["status"] in ("ACCEPTED", "IN_PROGRESS")
    finally:
        move_clock(hall, {"reset": True})
        supervisor_context.close()
