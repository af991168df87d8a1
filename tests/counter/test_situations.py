"""Counter intake of a life event that asks situation questions (情形引导) and offers optional items (点菜),
on SQLite and PostgreSQL: the counter's form follows the walk-in's answers and chosen items, the
submission is refused until every question is answered and then filed with the answers, and the
printed receipt says what the person answered."""

from __future__ import annotations

import io
import secrets

import pytest
import pytest_asyncio
from pypdf import PdfReader

from api.applications import services as applications
from api.applications.models import Application, Task
from api.catalog import situations
from api.catalog.snapshot import CatalogCache
from api.counter import documents, services
from api.counter.printing import Width, render
from api.failures import Failure
from api.graphql.context import Context
from api.identity.enums import Role
from api.identity.principal import Principal, PrincipalKind
from api.identity.runtime import IdentityRuntime
from api.schema import build_schema
from tests.applications.conftest import make_upload, make_user, valid_data
from tests.conftest import gid, make_settings
from tests.identity import ids

BIRTH = "B01"  # 出生一件事: born in this province? (bundle) parents married? (GA01); WJ02, RS01 optional
ELSEWHERE = {"born_in_province": "no", "parents_married": "no"}
FORM = """query($c: ID!, $code: String!, $a: [SituationAnswerInput!], $i: [String!]) {
  counterForm(citizenId: $c, code: $code, answers: $a, items: $i) { __typename
    ... on ApplyForm { materials { material } situation { questions { code } unanswered chosen } }
    ... on ApplicationError { code } } }"""


def _principal(clerk) -> Principal:
    return Principal(
        PrincipalKind.USER, user_id=clerk.id, roles=frozenset({Role.WINDOW_CLERK}), address="10.0.0.9"
    )


@pytest_asyncio.fixture
async def walk_in(world):
    clerk = await make_user("窗口李", [Role.WINDOW_CLERK])
    citizen = await services.identify(_principal(clerk), ids.resident_id(), "刘妈妈", None)
    return clerk, citizen


async def _submission(world, clerk, answers: dict, items: list[str] | None) -> services.CounterSubmission:
    fitted = situations.fit(world.catalog.entry(BIRTH), answers, items)
    materials = []
    for line in applications.material_plan(fitted.entry):
        if line.status == "missing":
            upload = await make_upload(clerk)  # photographed on the clerk's tablet
            materials.append(applications.MaterialInput(line.material_code, upload.public_id))
    sub = applications.Submission(
        code=BIRTH,
        data=valid_data(fitted.entry.form_schema),
        materials=materials,
        idempotency_key=secrets.token_hex(8),
        answers=answers,
        items=items,
    )
    signature = await make_upload(clerk, "image/png")
    return services.CounterSubmission(sub, signature=signature.public_id)


async def test_the_counter_form_follows_the_answers_and_the_items_chosen(world, walk_in, database, tmp_path):
    clerk, citizen = walk_in
    settings = make_settings(tmp_path, database)
    schema = build_schema(settings)
    identity = IdentityRuntime.for_base_url(settings.public_base_url)
    context = Context(settings, CatalogCache(0), identity, _principal(clerk))

    async def form(**variables) -> dict:
        result = await schema.execute(
            FORM, variable_values={"c": gid("User", citizen.id), "code": BIRTH, **variables}, context_value=context
        )
        assert not result.errors, result.errors
        return result.data["counterForm"]

    everything = await form()
    assert everything["situation"]["unanswered"] == ["born_in_province", "parents_married"]
    answers = [{"question": q, "value": v} for q, v in ELSEWHERE.items()]
    answered = await form(a=answers, i=["WJ01", "GA01", "YB01", "WJ02"])  # 社保卡 left out
    assert answered["situation"]["unanswered"] == []
    assert answered["situation"]["chosen"] == ["GA01", "YB01", "WJ02"]  # WJ01: not for this answer
    everything_materials = {m["material"] for m in everything["materials"]}
    kept = {m["material"] for m in answered["materials"]}
    assert len(kept) < len(everything_materials) and "non_marital_birth_statement" in kept
    assert "delivery_record" not in kept  # asked only by 出生医学证明 (WJ01), born elsewhere
    wrong = await form(a=[{"question": "born_in_province", "value": "maybe"}])
    assert wrong["__typename"] == "ApplicationError" and wrong["code"] == "UNKNOWN_ANSWER"


async def test_filed_at_the_counter_with_the_answers_and_printed_on_the_receipt(world, walk_in):
    clerk, citizen = walk_in
    unanswered = await _submission(world, clerk, {"parents_married": "no"}, None)
    with pytest.raises(Failure) as refused:
        await services.take_in(world.catalog, clerk.id, citizen, unanswered, "10.0.0.9")
    assert refused.value.code == "UNANSWERED" and "本省" in refused.value.message
    assert not await Application.filter(applicant=citizen).exists()

    sub = await _submission(world, clerk, ELSEWHERE, ["WJ01", "GA01", "YB01", "WJ02"])
    application = (await services.take_in(world.catalog, clerk.id, citizen, sub, "10.0.0.9")).application
    stored = await Application.get(id=application.id)
    assert [a["value"] for a in stored.situation["answers"]] == ["no", "no"]
    assert stored.situation["items"] == ["GA01", "YB01", "WJ02"]
    tasks = await Task.filter(application=application).select_related("department")
    departments = {t.department.code for t in tasks}
    assert "RS" not in departments  # 社保卡 left out: no task for it

    receipt = await documents.document("receipt", stored, "https://onevisit.example")
    for width in Width:
        pdf = render(receipt, width)
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        assert "申请人的情况" in text and "宝宝是否在本省的医院出生" in text
        assert "否，在外省出生" in text and "否，未登记结婚" in text
