"""The GraphQL face of ratings and cases: who may do what, and a reviewer of one department cannot see
or answer another department's cases."""

from __future__ import annotations

import pytest_asyncio

from api.applications.enums import ApplicationStatus as S
from api.catalog.snapshot import CatalogCache
from api.feedback import services
from api.graphql.context import Context
from api.graphql.ids import from_global_id
from api.identity.enums import Role
from api.identity.models import User
from api.identity.principal import ANONYMOUS, Principal, PrincipalKind
from api.identity.runtime import IdentityRuntime
from api.schema import build_schema
from tests.conftest import edges_nodes, gid, make_settings
from tests.feedback.conftest import finished

CASE = "id status departmentCode deadline answer closedAt"


def person(user: User, address: str = "10.7.0.1") -> Principal:
    return Principal(
        PrincipalKind.USER,
        user_id=user.id,
        roles=frozenset(Role(r) for r in user.roles),
        department_id=user.department_id,
        address=address,
    )


@pytest_asyncio.fixture
async def run(database, tmp_path):
    settings = make_settings(tmp_path, database)
    schema = build_schema(settings)
    identity = IdentityRuntime.for_base_url(settings.public_base_url)
    cache = CatalogCache(0)

    async def execute(principal: Principal, query: str, **variables):
        context = Context(settings, cache, identity, principal)
        result = await schema.execute(query, variable_values=variables, context_value=context)
        if result.errors:
            return {"errors": [(e.extensions or {}).get("code") for e in result.errors]}
        return result.data

    return execute


RATE = """mutation ($id: ID!, $level: Int!, $dept: String) {
  rateApplication(applicationId: $id, level: $level, comment: "等了很久", departmentCode: $dept) {
    __typename
    ... on Rating { level levelLabel departmentCode rectificationCase { id status departmentCode } }
    ... on FeedbackError { code message messageEn }
  }
}"""


async def test_rating_through_graphql(world, staff, run):
    application = await finished(world, S.COLLECTED)
    me = person(world.citizen)
    rated = (await run(me, RATE, id=gid("Application", application.id), level=2, dept="CG"))[
        "rateApplication"
    ]
    assert rated["levelLabel"] == "不满意" and rated["departmentCode"] == "CG"
    assert rated["rectificationCase"]["status"] == "OPEN"
    assert rated["rectificationCase"]["departmentCode"] == "CG"
    wrong = (await run(me, RATE, id=gid("Application", application.id), level=9))["rateApplication"]
    assert wrong == {
        "__typename": "FeedbackError",
        "code": "INVALID_LEVEL",
        "message": wrong["message"],
        "messageEn": "The level must be 1 to 5",
    }
    # someone else's application, staff, or nobody: refused before anything runs
    assert await run(person(world.other), RATE, id=gid("Application", application.id), level=1) == {
        "errors": ["FORBIDDEN"]
    }
    assert await run(person(staff.supervisor), RATE, id=gid("Application", application.id), level=1) == {
        "errors": ["FORBIDDEN"]
    }
    assert await run(ANONYMOUS, RATE, id=gid("Application", application.id), level=1) == {
        "errors": ["UNAUTHENTICATED"]
    }
    mine = await run(me, f"{{ myCases {{ edges {{ node {{ {CASE} }} }} pageInfo {{ hasNextPage }} }} }}")
    assert [n["id"] for n in edges_nodes(mine["myCases"])] == [rated["rectificationCase"]["id"]]


REPORT = """mutation ($phone: String) {
  reportProblem(description: "窗口说系统坏了让我改天再来", code: "CG01", contactPhone: $phone) {
    __typename ... on ComplaintReceipt { caseId caseNumber deadline } ... on FeedbackError { code }
  }
}"""


async def test_anyone_can_report_a_problem_anonymously_with_a_phone(world, staff, run):
    missing = (await run(ANONYMOUS, REPORT))["reportProblem"]
    assert missing == {"__typename": "FeedbackError", "code": "CONTACT_REQUIRED"}
    receipt = (await run(ANONYMOUS, REPORT, phone="13912345678"))["reportProblem"]
    assert receipt["__typename"] == "ComplaintReceipt"
    case = await services.get_case(from_global_id(receipt["caseId"], "RectificationCase"))
    assert receipt["caseNumber"] == str(case.id), "the number to quote on the phone"
    assert case.citizen_id is None and case.department_id == staff.cg.id
    signed_in = (await run(person(world.citizen), REPORT))["reportProblem"]  # the account's phone
    assert signed_in["__typename"] == "ComplaintReceipt"


LIST = "query ($dept: String) { rectificationCases(department: $dept) { totalCount edges { node { id departmentCode } } } }"
ANSWER = """mutation ($id: ID!) { answerCase(id: $id, answer: "已核实并整改，感谢反映") {
  __typename ... on RectificationCase { status answer } ... on FeedbackError { code } } }"""
ASSIGN = """mutation ($id: ID!, $dept: String) { assignCase(id: $id, departmentCode: $dept) {
  __typename ... on RectificationCase { status departmentCode } ... on FeedbackError { code } } }"""
CONFIRM = """mutation ($id: ID!, $ok: Boolean!) { confirmCase(id: $id, satisfied: $ok) {
  __typename ... on RectificationCase { status closedAt } ... on FeedbackError { code } } }"""


async def test_a_reviewer_sees_and_answers_only_their_departments_cases(world, staff, run):
    cg_case = (
        await services.report_problem(world.catalog, "城管窗口推诿扯皮", "CG01", None, world.citizen, "x")
    ).case
    other_case = (
        await services.report_problem(world.catalog, "另一个部门的问题", None, "13912345678", None, "x")
    ).case
    cg, other = person(staff.reviewer_cg), person(staff.reviewer_other)
    supervisor = person(staff.supervisor)

    everything = (await run(supervisor, LIST))["rectificationCases"]
    assert everything["totalCount"] == 2
    assert [n["id"] for n in edges_nodes((await run(cg, LIST))["rectificationCases"])] == [
        gid("RectificationCase", cg_case.id)
    ]
    assert (await run(other, LIST))["rectificationCases"]["edges"] == []
    peek = (await run(other, LIST, dept="CG"))["rectificationCases"]
    assert peek == {"totalCount": 0, "edges": []}
    assert await run(person(world.citizen), LIST) == {"errors": ["FORBIDDEN"]}

    # only the supervisor hands cases on
    assert await run(cg, ASSIGN, id=gid("RectificationCase", other_case.id), dept="CG") == {
        "errors": ["FORBIDDEN"]
    }
    handed = (
        await run(supervisor, ASSIGN, id=gid("RectificationCase", other_case.id), dept=staff.other.code)
    )["assignCase"]
    assert handed == {
        "__typename": "RectificationCase",
        "status": "ASSIGNED",
        "departmentCode": staff.other.code,
    }

    assert await run(other, ANSWER, id=gid("RectificationCase", cg_case.id)) == {"errors": ["FORBIDDEN"]}
    assert await run(cg, ANSWER, id=gid("RectificationCase", other_case.id)) == {"errors": ["FORBIDDEN"]}
    answered = (await run(cg, ANSWER, id=gid("RectificationCase", cg_case.id)))["answerCase"]
    assert answered["status"] == "ANSWERED"
    assert (await run(other, ANSWER, id=gid("RectificationCase", other_case.id)))["answerCase"][
        "status"
    ] == "ANSWERED"

    # the citizen who opened it has the last word; nobody else
    assert await run(person(world.other), CONFIRM, id=gid("RectificationCase", cg_case.id), ok=True) == {
        "errors": ["FORBIDDEN"]
    }
    assert await run(supervisor, CONFIRM, id=gid("RectificationCase", cg_case.id), ok=True) == {
        "errors": ["FORBIDDEN"]
    }
    done = (await run(person(world.citizen), CONFIRM, id=gid("RectificationCase", cg_case.id), ok=True))[
        "confirmCase"
    ]
    assert done["status"] == "CONFIRMED" and done["closedAt"]
