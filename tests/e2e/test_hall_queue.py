"""The hall queue (取号/叫号) in headless Chromium against the live server: a citizen with a booking
opens the hall's check-in page (what the hall's QR code opens), checks in and sees their number; a
window clerk calls the next number from the calling desk; the hall display (叫号屏, silent) and the
citizen's ticket update live, without a reload; the booking is ATTENDED. A walk-in takes a number
at the kiosk page and sees the people ahead and the estimated wait."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import chinese_calendar
import pytest

from api.appointments.models import Slot
from tests.conftest import gid
from tests.e2e.test_desk import Desk, api, desk, desktop, in_database, signed_in, tablet  # noqa: F401
from tests.e2e.test_identity import graphql

pytestmark = pytest.mark.browser

HALL = "CA"
ITEM = "YB03"  # a 医保 item at CA (group B, 社保医保), booked by no other browser test
SHOTS = Path("/tmp/k2-shots")


def a_slot_soon(d: Desk) -> str:
    """A slot of hall CA starting in 20 minutes (made in the database: publishing aligns slots to the
    opening periods, and a test may run at any hour): one place of an item no other browser test books,
    so their booking screens never show it."""

    async def make() -> int:
        start = (datetime.now(UTC) + timedelta(minutes=20)).replace(second=0, microsecond=0)
        slot = await Slot.create(
            hall_code=HALL, item_code=ITEM, starts_at=start, ends_at=start + timedelta(minutes=30), capacity=1
        )
        return slot.id

    return gid("AppointmentSlot", in_database(d.database, make))


def test_check_in_call_and_the_display_updates_live(desk, browser, phone):  # noqa: F811
    SHOTS.mkdir(exist_ok=True)
    citizen_token = desk.session(desk.citizen).access_token
    booking_query = """mutation($s: ID!, $k: String) { bookSlot(slotId: $s, idempotencyKey: $k) {
        __typename ... on Booking { id code status } ... on AppointmentError { code message } } }"""
    slot = a_slot_soon(desk)
    booked = api(desk.base, citizen_token, booking_query, {"s": slot, "k": "e2e-queue-1"})["bookSlot"]
    assert booked["__typename"] == "Booking", booked
    again = api(desk.base, citizen_token, booking_query, {"s": slot, "k": "e2e-queue-1"})["bookSlot"]
    assert again["id"] == booked["id"], "a retry with the same key returns the first booking"

    # the hall display, on a screen in the hall (no session)
    screen_context = desktop(browser)
    screen = screen_context.new_page()
    screen.goto(f"{desk.base}/hall/{HALL}/display")
    screen.wait_for_selector("#hall-display[data-live='on']")
    assert "叫号屏" in screen.inner_text("h1") and "无声叫号" in screen.inner_text("#hall-display")
    assert screen.evaluate("document.querySelectorAll('audio, video').length") == 0

    # the citizen scans the hall's QR code: /hall/CA, and checks the booking in
    page = signed_in(desk, phone, desk.citizen)
    page.goto(f"{desk.base}/hall/{HALL}")
    check_in = page.get_by_role("button", name=re.compile(rf"^签到：.*{booked['code']}"))
    check_in.click()
    page.wait_for_url(re.compile(r"/hall/CA\?ticket=[A-Za-z0-9_-]+"))
    number = page.inner_text("#ticket-number")
    assert re.fullmatch(r"YB\d{3}", number), number  # 预约号 of group B (社保医保: the item is 医保's)
    assert "预约号" in page.inner_text("#ticket-h")
    page.screenshot(path=str(SHOTS / "ticket-phone.png"), full_page=True)

    # a window clerk calls the next number of group B to 9号窗口
    desk_context = tablet(browser)
    clerk = signed_in(desk, desk_context, desk.clerk)
    clerk.goto(f"{desk.base}/hall/{HALL}/desk")
    clerk.select_option("#call-group", "B")
    clerk.fill("#call-window", "9号窗口")
    clerk.click("#call-next")
    clerk.wait_for_selector(f"#status:has-text('已叫 {number}，请到 9号窗口')")
    clerk.wait_for_function("document.querySelector('#checkin-qr')?.naturalWidth > 0")  # the hall's QR
    clerk.screenshot(path=str(SHOTS / "desk-tablet.png"), full_page=True)

    # the clerk publishes a week of slots for the item; CA opens on Saturdays (周六), so 6 days are open
    # unless a statutory holiday falls in the week
    first = datetime.now(UTC).date() + timedelta(days=21)
    first -= timedelta(days=first.weekday())  # a Monday three weeks ahead
    clerk.fill("#pub-from", first.isoformat())
    clerk.fill("#pub-to", (first + timedelta(days=6)).isoformat())
    clerk.fill("#pub-item", ITEM)
    clerk.click("#publish button[type=submit]")
    clerk.wait_for_selector("#pub-status:has-text('已发布')")
    days = int(re.search(r"共 (\d+) 天", clerk.inner_text("#pub-status")).group(1))  # type: ignore[union-attr]
    assert 1 <= days <= 6, clerk.inner_text("#pub-status")
    saturday = (first + timedelta(days=5)).isoformat()
    on_saturday = graphql(
        desk.base,
        'query($d: Date!, $i: String) { slots(hall: "CA", from: $d, to: $d, item: $i) { ... on SlotConnection { edges { node { id } } } } }',
        {"d": saturday, "i": ITEM},
    )["slots"]["edges"]
    if not chinese_calendar.get_holiday_detail(first + timedelta(days=5))[1]:  # an ordinary Saturday
        assert on_saturday, "weekend service can be booked where the hall opens at weekends"

    # the display shows it at the top, live; the citizen's ticket says where to go
    screen.wait_for_selector(f"#called li:first-child:has-text('{number}')")
    assert "9号窗口" in screen.inner_text("#called li:first-child")
    screen.screenshot(path=str(SHOTS / "display.png"), full_page=True)
    page.wait_for_selector("#ticket-state:has-text('已叫号，请到 9号窗口 办理')")
    found = api(desk.base, citizen_token, "{ myBookings(first: 5) { edges { node { id status } } } }")
    mine = [edge["node"] for edge in found["myBookings"]["edges"]]
    assert {b["id"]: b["status"] for b in mine}[booked["id"]] == "ATTENDED"

    # back on the check-in page, the booking says it is checked in, with its number
    page.goto(f"{desk.base}/hall/{HALL}")
    assert "已签到" in page.get_by_role("link", name=re.compile(booked["code"])).inner_text()

    # a walk-in at the kiosk: a number of group A, with the people ahead and the wait
    kiosk = screen_context.new_page()
    kiosk.goto(f"{desk.base}/hall/{HALL}")
    kiosk.get_by_role("button", name=re.compile(r"^取号：A 综合受理")).click()
    kiosk.wait_for_selector("#ticket-number")
    assert re.fullmatch(r"A\d{3}", kiosk.inner_text("#ticket-number"))
    assert "预计等候约" in kiosk.inner_text("#ticket-state")
    kiosk.screenshot(path=str(SHOTS / "kiosk.png"), full_page=True)

    # the display in English, still live
    screen.get_by_role("button", name="English").click()
    screen.wait_for_selector("#hall-display h1:has-text('Calling display')")
    screen.wait_for_selector("#hall-display[data-live='on']")
    assert "Go to 9号窗口" in screen.inner_text("#called")
    screen.screenshot(path=str(SHOTS / "display-en.png"), full_page=True)
    screen_context.close()
    desk_context.close()
