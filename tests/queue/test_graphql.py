"""The queue's GraphQL face: anyone takes a number; a citizen checks their booking in; a clerk checks
one in by code and calls the next number; citizens cannot call; bookSlot's idempotency key."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from api.appointments.models import Slot
from api.identity.enums import Role
from tests.appointments.conftest import HALL, people
from tests.appointments.test_graphql import principal_of, run  # noqa: F401 - the fixture, shared
from tests.conftest import gid

TICKET = "... on QueueTicket { id label status booked ahead estimatedWaitMinutes window group { code } } ... on QueueError { code }"
BOOK = """mutation($s: ID!, $k: String) { bookSlot(slotId: $s, item: "RS01", idempotencyKey: $k) {
  ... on Booking { id code status } ... on AppointmentError { code } } }"""


async def soon_slot() -> Slot:
    start = (datetime.now(UTC) + timedelta(minutes=30)).replace(second=0, microsecond=0)
    return await Slot.create(
        hall_code=HALL, item_code="", starts_at=start, ends_at=start + timedelta(minutes=30), capacity=3
    )


async def test_take_check_in_call(run):  # noqa: F811
    (clerk,) = await people(1, (Role.WINDOW_CLERK,))
    citizen, other = await people(2)
    slot = await soon_slot()

    walk_in = (await run(f'mutation {{ takeTicket(hall: "ca", group: "b") {{ {TICKET} }} }}'))["takeTicket"]
    assert (walk_in["label"], walk_in["ahead"], walk_in["booked"]) == ("B001", 0, False)
    assert (await run(f'mutation {{ takeTicket(hall: "CA", group: "Z") {{ {TICKET} }} }}'))["takeTicket"] == {
        "code": "UNKNOWN_GROUP"
    }

    first = (await run(BOOK, principal_of(citizen), s=gid("AppointmentSlot", slot.id), k="tap-1"))["bookSlot"]
    retry = (await run(BOOK, principal_of(citizen), s=gid("AppointmentSlot", slot.id), k="tap-1"))["bookSlot"]
    assert retry == first and first["status"] == "BOOKED"
    theirs = (await run(BOOK, principal_of(other), s=gid("AppointmentSlot", slot.id), k="tap-1"))["bookSlot"]
    assert theirs["id"] != first["id"]  # a key is the person's own

    check_in = 'mutation($b: ID!) { checkIn(hall: "CA", bookingId: $b) { ' + TICKET + " } }"
    assert (await run(check_in, principal_of(other), b=first["id"]))["checkIn"] == {"code": "NOT_FOUND"}
    mine = (await run(check_in, principal_of(citizen), b=first["id"]))["checkIn"]
    assert (mine["label"], mine["booked"], mine["group"]["code"]) == ("YB001", True, "B")
    by_code = 'mutation($c: String!) { checkInByCode(hall: "CA", code: $c) { ' + TICKET + " } }"
    clerk_side = (await run(by_code, principal_of(clerk), c=theirs["code"].lower()))["checkInByCode"]
    assert clerk_side["label"] == "YB002"
    walk_in_now = await run("query($i: ID!) { queueTicket(id: $i) { " + TICKET + " } }", i=walk_in["id"])
    assert walk_in_now["queueTicket"]["ahead"] == 2  # the bookings go first

    call = 'mutation { callNextTicket(hall: "CA", group: "B", window: "9号窗口") { ' + TICKET + " } }"
    with pytest.raises(AssertionError):  # a citizen may not call
        await run(call, principal_of(citizen))
    called = (await run(call, principal_of(clerk)))["callNextTicket"]
    assert (called["label"], called["status"], called["window"]) == ("YB001", "CALLED", "9号窗口")
    found = await run("{ myBookings { edges { node { id status } } } }", principal_of(citizen))
    status = [edge["node"] for edge in found["myBookings"]["edges"]]
    assert status == [{"id": first["id"], "status": "ATTENDED"}]

    board = await run(
        '{ hallBoard(hall: "CA") { ... on HallBoard { called { label window } lines { group { code } waiting } } } }'
    )
    assert board["hallBoard"]["called"] == [{"label": "YB001", "window": "9号窗口"}]
    assert {ln["group"]["code"]: ln["waiting"] for ln in board["hallBoard"]["lines"]}["B"] == 2
    assert (await run('{ hallBoard(hall: "XX") { ... on QueueError { code } } }'))["hallBoard"] == {
        "code": "UNKNOWN_HALL"
    }


async def test_a_clerk_calls_and_checks_in_only_at_the_hall_they_work_in(run):  # noqa: F811
    from api.catalog.models import Hall

    here, elsewhere, roaming = await people(3, (Role.WINDOW_CLERK,))
    await type(here).filter(id=here.id).update(hall_id=(await Hall.get(code="CA")).id)
    await type(here).filter(id=elsewhere.id).update(hall_id=(await Hall.get(code="SM")).id)
    await run(f'mutation {{ takeTicket(hall: "CA", group: "A") {{ {TICKET} }} }}')
    call = 'mutation { callNextTicket(hall: "ca", group: "A", window: "1号窗口") { ' + TICKET + " } }"
    with pytest.raises(AssertionError, match="FORBIDDEN"):  # a clerk of another hall
        await run(call, principal_of(elsewhere))
    with pytest.raises(AssertionError, match="FORBIDDEN"):
        await run(
            'mutation { checkInByCode(hall: "CA", code: "X") { ' + TICKET + " } }", principal_of(elsewhere)
        )
    assert (await run(call, principal_of(here)))["callNextTicket"]["label"] == "A001"
    await run(f'mutation {{ takeTicket(hall: "CA", group: "A") {{ {TICKET} }} }}')
    assert (await run(call, principal_of(roaming)))["callNextTicket"]["label"] == "A002"  # no hall: any
