"""告知承诺 through GraphQL: the offer on the apply form, signing in the submission, the signed
commitment on the application, the department's queue and its verdict with typed errors, and the
overdue list of e-supervision (the authorization matrix covers who may call what)."""

from __future__ import annotations

from datetime import timedelta

import pytest_asyncio

from api import clock
from api.applications.models import Application, Task
from api.catalog.snapshot import CatalogCache
from api.graphql.context import Context
from api.graphql.ids import from_global_id
from api.identity.enums import Role
from api.identity.principal import Principal, PrincipalKind
from api.identity.runtime import IdentityRuntime
from api.schema import build_schema
from tests.applications.conftest import make_upload, make_user, sample_value
from tests.commitments.conftest import FOOD, REPLACED, accept_on_commitment
from tests.conftest import make_settings

FORM = """query($c: String!) { applyForm(code: $c) { __typename ... on ApplyForm { formSchema
  materials { material status } commitments { item itemName version text textEn verifyWithin
  replaces { code name } } } } }"""
SUBMIT = """mutation($i: ApplicationInput!) { submitApplication(input: $i) { __typename
  ... on Submitted { application { id materials { material status } commitments { item version text
  signedByName signedByHelper verifyBy outcome } } }
  ... on ApplicationError { code message messageEn } } }"""
QUEUE = """query($o: CommitmentOutcome) { commitmentChecks(outcome: $o) { __typename
  ... on CommitmentCheckConnection { totalCount edges { node { id trackingNumber holderName itemName version verifyBy
  workingDaysLeft urgency outcome licences { number status } } } } ... on CommitmentError { code } } }"""
CHECK = """mutation($id: ID!, $f: String!) { recordCommitmentCheck(id: $id, outcome: FALSE, findings: $f) {
  __typename ... on CommitmentCheck { outcome findings checkedByName urgency }
  ... on CommitmentError { code message messageEn } } }"""
OVERDUE = "{ overdueCommitmentChecks { __typename ... on CommitmentCheckConnection { totalCount } } }"


def person(user, roles=(Role.CITIZEN,), department_id=None) -> Principal:
    return Principal(PrincipalKind.USER, user_id=user.id, roles=frozenset(roles), department_id=department_id)


@pytest_asyncio.fixture
async def run(world, database, tmp_path):
    settings = make_settings(tmp_path, database)
    schema = build_schema(settings)
    identity = IdentityRuntime.for_base_url(settings.public_base_url)

    async def execute(query: str, principal: Principal, **variables) -> dict:
        context = Context(settings, CatalogCache(0), identity, principal)
        result = await schema.execute(query, variable_values=variables, context_value=context)
        assert not result.errors, result.errors
        return result.data

    return execute


async def test_offer_sign_accept_check_over_graphql(world, run):
    me = person(world.citizen)
    form = (await run(FORM, me, c=FOOD))["applyForm"]
    [offer] = form["commitments"]
    assert (offer["item"], offer["version"], offer["verifyWithin"]) == (FOOD, 1, 20)
    assert {r["code"] for r in offer["replaces"]} == REPLACED and "郑重承诺" in offer["text"]
    data = {f["code"]: sample_value(f) for f in form["formSchema"]["fields"]}
    materials = [
        {"material": m["material"], "upload": (await make_upload(world.citizen)).public_id}
        for m in form["materials"]
        if m["status"] == "MISSING" and m["material"] not in REPLACED
    ]
    base = {"code": FOOD, "data": data, "materials": materials}

    stale = await run(
        SUBMIT, me, i={**base, "idempotencyKey": "k-stale-1", "commitments": [{"item": FOOD, "version": 0}]}
    )
    assert stale["submitApplication"]["code"] == "COMMITMENT_OUTDATED"
    signed = {"item": FOOD, "version": offer["version"]}
    done = await run(SUBMIT, me, i={**base, "idempotencyKey": "k-signed-1", "commitments": [signed]})
    application = done["submitApplication"]["application"]
    [commitment] = application["commitments"]
    assert commitment["text"] == offer["text"] and commitment["signedByName"] == world.citizen.name
    assert commitment["signedByHelper"] is False and commitment["outcome"] == "PENDING"
    statuses = {m["material"]: m["status"] for m in application["materials"]}
    assert {code for code, status in statuses.items() if status == "COMMITTED"} == REPLACED

    accepted_on = clock.today() - timedelta(days=45)  # long enough ago to be overdue now
    await accept_on_commitment(
        await Application.get(id=from_global_id(application["id"], "Application")), accepted_on
    )
    task = await Task.get(application_id=from_global_id(application["id"], "Application"))
    reviewer = await make_user("市场监管审批", [Role.REVIEWER])
    reviewer.department_id = task.department_id
    await reviewer.save(update_fields=["department_id"])
    at_desk = person(reviewer, (Role.REVIEWER,), task.department_id)
    page = (await run(QUEUE, at_desk))["commitmentChecks"]
    [node] = [edge["node"] for edge in page["edges"]]
    assert node["urgency"] == "OVERDUE" and node["workingDaysLeft"] < 0 and node["holderName"]
    supervisor = await make_user("督查", [Role.SUPERVISOR])
    assert (await run(OVERDUE, person(supervisor, (Role.SUPERVISOR,))))["overdueCommitmentChecks"][
        "totalCount"
    ] == 1

    vague = (await run(CHECK, at_desk, id=node["id"], f="不实"))["recordCommitmentCheck"]
    assert vague == {
        "__typename": "CommitmentError",
        "code": "FINDINGS_REQUIRED",
        "message": "认定虚假承诺须写明核查发现（至少 5 个字）",
        "messageEn": "Describe what the check found (at least 5 characters) to record a false commitment",
    }
    verdict = (await run(CHECK, at_desk, id=node["id"], f="现场未见主要设备设施"))["recordCommitmentCheck"]
    assert verdict["outcome"] == "FALSE" and verdict["urgency"] == "DONE"
    assert verdict["checkedByName"] == "市场监管审批"
    assert (await run(QUEUE, at_desk))["commitmentChecks"]["totalCount"] == 0
    assert (await run(QUEUE, at_desk, o="FALSE"))["commitmentChecks"]["totalCount"] == 1
