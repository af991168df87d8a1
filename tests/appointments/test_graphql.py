"""The GraphQL face: publish as a clerk, list publicly, book / move / cancel as a citizen or their helper."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from api.appointments import services
from api.calendar.working_days import is_working_day
from api.catalog.snapshot import CatalogCache
from api.graphql.context import Context
from api.identity import consents
from api.identity.enums import ConsentScope, Role
from api.identity.principal import ANONYMOUS, Principal, PrincipalKind
from api.identity.runtime import IdentityRuntime
from api.schema import build_schema
from notifications.models import OutboxMessage
from tests.appointments.conftest import HALL, ITEM, people
from tests.conftest import edges_nodes, gid, make_settings

# the slots are published after today: a year the calendar package does not know yet only warns
pytestmark = pytest.mark.filterwarnings("ignore::api.calendar.working_days.UnknownHolidayYearWarning")

SLOT = "id startsAt hallCode itemCode capacity booked available"
BOOKING = f"... on Booking {{ id code status itemCode slot {{ {SLOT} }} }} ... on AppointmentError {{ code }}"


def principal_of(user) -> Principal:
    return Principal(
        PrincipalKind.USER, user_id=user.id, roles=frozenset(Role(r) for r in user.roles), address="10.0.0.1"
    )


@pytest.fixture
async def run(world, tmp_path):
    settings = make_settings(tmp_path, world.database_url)
    schema = build_schema(settings)
    identity = IdentityRuntime.for_base_url(settings.public_base_url)
    await identity.keys.load()
    cache = CatalogCache(0)

    async def execute(query: str, who: Principal = ANONYMOUS, **variables) -> dict:
        result = await schema.execute(
            query, variable_values=variables, context_value=Context(settings, cache, identity, who)
        )
        assert not result.errors, result.errors
        return result.data

    return execute


def next_working_days(count: int) -> list[date]:
    day, days = datetime.now(services.CHINA).date(), []
    while len(days) < count:
        day += timedelta(days=1)
        if is_working_day(day):
            days.append(day)
    return days


async def test_publish_list_book_move_cancel(run):
    (clerk,) = await people(1, (Role.WINDOW_CLERK,))
    helper, stranger_helper = await people(2, (Role.HELPER,))
    citizen, neighbour = await people(2)
    first, last = next_working_days(2)

    published = await run(
        """mutation($from: Date!, $to: Date!) {
             publishSlots(hall: "ca", item: "CG01", fromDate: $from, toDate: $to,
                          times: ["09:00-10:00", "14:00-14:30"], capacity: 1) {
               ... on SlotsPublished { created existing workingDays }
               ... on AppointmentError { code }
             }
           }""",
        principal_of(clerk),
        **{"from": first.isoformat(), "to": last.isoformat()},
    )
    assert published["publishSlots"] == {"created": 6, "existing": 0, "workingDays": 2}

    listing = (
        'query($from: Date!, $to: Date!, $after: String) { slots(hall: "CA", item: "CG01", from: $from, '
        "to: $to, first: 4, after: $after) { ... on SlotConnection { edges { node { " + SLOT + " } } "
        "pageInfo { hasNextPage endCursor } } "
        "... on AppointmentError { code } } }"
    )
    page = (await run(listing, **{"from": first.isoformat(), "to": last.isoformat()}))["slots"]
    assert len(page["edges"]) == 4 and page["pageInfo"]["hasNextPage"]
    rest = await run(
        listing, **{"from": first.isoformat(), "to": last.isoformat(), "after": page["pageInfo"]["endCursor"]}
    )
    assert len(rest["slots"]["edges"]) == 2 and rest["slots"]["pageInfo"]["hasNextPage"] is False
    slots = edges_nodes(page) + edges_nodes(rest["slots"])
    assert [s["startsAt"] for s in slots] == sorted(s["startsAt"] for s in slots)
    assert all(s["hallCode"] == HALL and s["itemCode"] == ITEM and s["available"] == 1 for s in slots)

    book = "mutation($slot: ID!, $for: ID) { bookSlot(slotId: $slot, onBehalfOf: $for) { " + BOOKING + " } }"
    mine = (await run(book, principal_of(citizen), slot=slots[0]["id"]))["bookSlot"]
    assert mine["status"] == "BOOKED" and mine["slot"]["available"] == 0 and len(mine["code"]) == 8
    full = (await run(book, principal_of(neighbour), slot=slots[0]["id"]))["bookSlot"]
    assert full == {"code": "SLOT_FULL"}

    my = "{ myBookings { edges { node { id code status slot { id } } } pageInfo { hasNextPage } } }"
    assert edges_nodes((await run(my, principal_of(citizen)))["myBookings"]) == [
        {"id": mine["id"], "code": mine["code"], "status": "BOOKED", "slot": {"id": slots[0]["id"]}}
    ]

    move = "mutation($b: ID!, $s: ID!) { moveBooking(bookingId: $b, slotId: $s) { " + BOOKING + " } }"
    cancel = "mutation($b: ID!) { cancelBooking(bookingId: $b) { " + BOOKING + " } }"
    # somebody else's booking does not exist for them
    assert (await run(cancel, principal_of(neighbour), b=mine["id"]))["cancelBooking"] == {
        "code": "NOT_FOUND"
    }
    moved = (await run(move, principal_of(citizen), b=mine["id"], s=slots[1]["id"]))["moveBooking"]
    assert moved["slot"]["id"] == slots[1]["id"]
    # the neighbour gets the freed place; moving back to it now fails and keeps the booking
    assert (await run(book, principal_of(neighbour), slot=slots[0]["id"]))["bookSlot"]["status"] == "BOOKED"
    again = (await run(move, principal_of(citizen), b=moved["id"], s=slots[0]["id"]))["moveBooking"]
    assert again == {"code": "SLOT_FULL"}
    cancelled = (await run(cancel, principal_of(citizen), b=moved["id"]))["cancelBooking"]
    assert cancelled["status"] == "CANCELLED" and cancelled["slot"]["available"] == 1

    # a helper books for a citizen who consented to the item, and may cancel what they booked
    consent = await consents.request_consent(helper, ConsentScope.ITEM, ITEM, 2)
    await consents.answer_consent(citizen, consent.code, approve=True)
    for_citizen = (
        await run(book, principal_of(helper), slot=slots[2]["id"], **{"for": gid("User", citizen.id)})
    )["bookSlot"]
    assert for_citizen["status"] == "BOOKED"
    # booked, moved, booked by the helper: three confirmations
    assert await OutboxMessage.filter(recipient_id=citizen.id, kind=services.BOOKED_KIND).count() == 3
    refused = await run(
        book, principal_of(stranger_helper), slot=slots[3]["id"], **{"for": gid("User", citizen.id)}
    )
    assert refused["bookSlot"] == {"code": "NO_CONSENT"}
    assert (await run(book, principal_of(helper), slot=slots[3]["id"]))["bookSlot"] == {
        "code": "NOT_A_CITIZEN"
    }
    stranger = await run(cancel, principal_of(stranger_helper), b=for_citizen["id"])
    assert stranger["cancelBooking"] == {"code": "NOT_FOUND"}
    helper_cancel = await run(cancel, principal_of(helper), b=for_citizen["id"])
    assert helper_cancel["cancelBooking"]["status"] == "CANCELLED"
    helper_view = edges_nodes((await run(my, principal_of(helper)))["myBookings"])
    assert [b["id"] for b in helper_view] == [for_citizen["id"]]


async def test_listing_and_publishing_failures_are_data(run):
    (clerk,) = await people(1, (Role.SUPERVISOR,))
    query = '{ slots(hall: "%s", from: "%s", to: "%s") { ... on AppointmentError { code } } }'
    assert (await run(query % ("ZZ", "2025-10-01", "2025-10-02")))["slots"] == {"code": "UNKNOWN_HALL"}
    assert (await run(query % ("CA", "2025-10-01", "2025-12-31")))["slots"] == {"code": "INVALID"}
    bad_cursor = '{ slots(hall: "CA", from: "2025-10-01", to: "2025-10-02", after: "x") { __typename } }'
    assert (await run(bad_cursor))["slots"] == {"__typename": "AppointmentError"}
    publish = """mutation { publishSlots(hall: "CA", item: "GA02", fromDate: "2025-10-09", toDate: "2025-10-09",
                   times: ["9-12"], capacity: 3) { ... on AppointmentError { code } } }"""
    assert (await run(publish, principal_of(clerk)))["publishSlots"] == {"code": "INVALID"}
