"""The statistics through GraphQL (who may, a hall's own figures only, the paged entries) and as files
(the XLSX read back with openpyxl, the CSV with csv)."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest_asyncio

from api.catalog.models import Hall
from api.catalog.snapshot import CatalogCache, build_catalog
from api.graphql.context import Context
from api.identity.enums import Role
from api.identity.models import User
from api.identity.principal import Principal, PrincipalKind
from api.identity.runtime import IdentityRuntime
from api.schema import build_schema
from api.statistics import export
from api.statistics.scope import resolve
from api.statistics.services import report
from tests.applications.conftest import make_user
from tests.conftest import make_settings
from tests.statistics.conftest import END, START, TODAY

QUERY = """query ($from: Date!, $to: Date!, $hall: String, $dept: String, $first: Int!, $after: String) {
  statistics(from: $from, to: $to, hallCode: $hall, departmentCode: $dept) {
    __typename
    ... on StatisticsReport {
      applications hallCode
      byChannel { key count } onTimeTotal { decided onTime rate }
      byEntry(first: $first, after: $after) {
        edges { cursor node { code applications finished averageWorkingDays visitsSaved } }
        pageInfo { hasNextPage endCursor }
      }
    }
    ... on StatisticsError { code message messageEn }
  }
}"""


def person(user: User) -> Principal:
    return Principal(PrincipalKind.USER, user_id=user.id, roles=frozenset(Role(r) for r in user.roles))


@pytest_asyncio.fixture
async def run(database, tmp_path):
    settings = make_settings(tmp_path, database)
    schema = build_schema(settings)
    identity = IdentityRuntime.for_base_url(settings.public_base_url)
    cache = CatalogCache(0)

    async def execute(user: User, hall: str | None = None, dept: str | None = None, first=2, after=None):
        variables = {
            "from": str(START),
            "to": str(END),
            "hall": hall,
            "dept": dept,
            "first": first,
            "after": after,
        }
        context = Context(settings, cache, identity, person(user))
        result = await schema.execute(QUERY, variable_values=variables, context_value=context)
        if result.errors:
            return {"errors": [(e.extensions or {}).get("code") for e in result.errors]}
        assert result.data is not None
        return result.data["statistics"]

    return execute


async def test_a_leader_pages_through_the_entries(world, run):
    page = await run(world.leader)
    assert page["applications"] == 6 and page["hallCode"] is None
    assert page["onTimeTotal"] == {"decided": 6, "onTime": 4, "rate": 0.6667}
    assert {c["key"]: c["count"] for c in page["byChannel"]}["counter"] == 1
    first = page["byEntry"]
    assert [e["node"]["code"] for e in first["edges"]] == ["CG01", "GA02"]
    assert first["edges"][0]["node"] == {
        "code": "CG01",
        "applications": 3,
        "finished": 2,
        "averageWorkingDays": 5.5,
        "visitsSaved": -1,
    }
    assert first["pageInfo"]["hasNextPage"] is True
    rest = (await run(world.leader, after=first["pageInfo"]["endCursor"]))["byEntry"]
    assert [e["node"]["code"] for e in rest["edges"]] == ["B11"] and rest["pageInfo"]["hasNextPage"] is False
    assert (await run(world.leader, first=101)) == {"errors": ["PAGE_SIZE_OUT_OF_RANGE"]}
    assert (await run(world.leader, after="garbage")) == {"errors": ["INVALID_CURSOR"]}


async def test_who_may_see_which_hall(world, run):
    assert (await run(world.citizen)) == {"errors": ["FORBIDDEN"]}
    assert (await run(world.helper)) == {"errors": ["FORBIDDEN"]}
    supervisor = await make_user("督办", [Role.SUPERVISOR])
    assert (await run(supervisor, hall="SM"))["applications"] == 2
    hall_leader = await make_user("市民中心主任", [Role.LEADER])
    await User.filter(id=hall_leader.id).update(hall_id=(await Hall.get(code="SM")).id)
    own = await run(hall_leader)  # no hall asked: their own
    assert (own["hallCode"], own["applications"]) == ("SM", 2)
    assert (await run(hall_leader, hall="CA"))["code"] == "OTHER_HALL"
    assert (await run(world.leader, dept="XX"))["code"] == "UNKNOWN_DEPARTMENT"


async def test_the_xlsx_and_the_csv_carry_the_figures(world):
    r = await report(resolve(await build_catalog(), START, END, TODAY))
    book = openpyxl.load_workbook(io.BytesIO(export.to_xlsx(r)))
    assert book.sheetnames == [
        "summary",
        "entries",
        "channels",
        "statuses",
        "on_time",
        "ratings",
        "cases",
        "service",
    ]
    entries = list(book["entries"].iter_rows(values_only=True))
    assert entries[0][:4] == ("编码 / Code", "名称 / Name", "类型 / Kind", "申请量 / Applications")
    assert (entries[1][0], entries[1][2], *entries[1][3:6]) == ("CG01", "事项", 3, 2, 5.5)
    assert [row[3] for row in entries[1:]] == [3, 2, 1]
    on_time = list(book["on_time"].iter_rows(values_only=True))
    assert on_time[-1] == ("合计", 6, 4, 0.6667)
    assert book["on_time"].cell(row=len(on_time), column=4).number_format == "0.0%"
    service = dict(book["service"].iter_rows(min_row=2, values_only=True))
    assert service["爽约 / No-show"] == 1 and service["帮办代办申请 / Filed by helpers"] == 1
    text = export.to_csv(r).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["概况 / Summary"]
    assert ["申请量 / Applications", "6"] in rows
    assert ["办不成事 / Couldn't get it done", "3", "1", "1", "1", "0.3333"] in rows


def test_the_export_route_wants_a_leader(demo_client):
    anonymous = demo_client.get("/statistics/export.xlsx?from=2026-03-01&to=2026-03-31")
    assert anonymous.status_code == 401 and anonymous.json()["error"]["code"] == "UNAUTHENTICATED"
    bad_token = demo_client.get("/statistics/export.csv", headers={"Authorization": "Bearer nope"})
    assert bad_token.status_code == 401
