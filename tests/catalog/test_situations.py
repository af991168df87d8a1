"""情形引导 and 点菜: answers and chosen items → the materials, fields, items, departments, time limits and
savings that apply (api.catalog.situations), on the demo catalogue and on hand-built data."""

from __future__ import annotations

import pytest
import pytest_asyncio

from api.catalog import situations
from api.catalog.data_checks import CatalogDataError
from api.catalog.loader import load_catalog, read_catalog
from api.catalog.snapshot import build_catalog
from api.failures import Failure
from api.settings import ROOT

BIRTH, COMPANY, RESTAURANT, WEDDING = "B01", "B02", "B03", "B04"


@pytest_asyncio.fixture
async def catalog(database, demo_source):
    await load_catalog(demo_source)
    return await build_catalog()


def codes(lines) -> set[str]:
    return {line.material.code for line in lines}


def to_bring(fit: situations.Fit) -> set[str]:
    return {line.material.code for line in fit.entry.materials if line.to_submit}


def fields(fit: situations.Fit) -> set[str]:
    return {f.code for f in fit.entry.form_schema.fields}


async def test_unanswered_questions_leave_everything_in(catalog):
    birth = catalog.entry(BIRTH)
    fit = situations.fit(birth, {})
    assert fit.entry is birth  # nothing to tailor: the guide as published
    assert [q.code for q in fit.questions] == ["born_in_province", "parents_married"]
    assert [q.code for q in fit.unanswered] == ["born_in_province", "parents_married"]
    with pytest.raises(Failure) as refused:
        situations.complete(fit)
    assert refused.value.code == "UNANSWERED"
    # both situations' materials show until answered
    assert {"marriage_certificate", "non_marital_birth_statement"} <= codes(birth.materials)


async def test_answers_select_the_materials_and_items_of_a_birth(catalog):
    here_married = situations.complete(
        situations.fit(catalog.entry(BIRTH), {"born_in_province": "yes", "parents_married": "yes"})
    )
    assert here_married.chosen == ("WJ01", "GA01", "YB01", "WJ02", "RS01")
    assert "non_marital_birth_statement" not in codes(here_married.entry.materials)
    assert "marriage_certificate" in codes(here_married.entry.materials)  # waived: an e-licence
    assert "birth_certificate" not in to_bring(here_married)  # the bundle issues it (WJ01)

    elsewhere_unmarried = situations.fit(
        catalog.entry(BIRTH), {"born_in_province": "no", "parents_married": "no"}
    )
    assert "WJ01" not in elsewhere_unmarried.chosen  # the other province's hospital issued it
    certificate = next(
        m for m in elsewhere_unmarried.entry.materials if m.material.code == "birth_certificate"
    )
    assert not certificate.produced_in_bundle  # the applicant's own now (its e-licence may stand for it)
    assert "delivery_record" not in codes(elsewhere_unmarried.entry.materials)  # WJ01's own
    assert "non_marital_birth_statement" in to_bring(elsewhere_unmarried)
    assert "marriage_certificate" not in codes(elsewhere_unmarried.entry.materials)
    assert "birth_hospital" not in fields(elsewhere_unmarried)  # asked by WJ01 only
    full = catalog.entry(BIRTH).savings
    savings = elsewhere_unmarried.entry.savings
    assert savings.materials_before < full.materials_before
    assert savings.days_before == full.days_before - catalog.entry("WJ01").time_limit.promised_days


async def test_an_item_asks_its_own_questions_and_its_fields_follow(catalog):
    bank = catalog.entry("YH01")
    mine = situations.fit(bank, {"entrusted": "no", "foreign_investment": "no"})
    assert not mine.unanswered
    assert codes(mine.entry.materials) == {"application_form", "business_licence", "id_card"}
    assert not fields(mine) & {"agent_name", "agent_id_number", "investor_country"}
    agent = situations.fit(bank, {"entrusted": "yes", "foreign_investment": "yes"})
    assert {"power_of_attorney", "foreign_investor_proof"} <= codes(agent.entry.materials)
    assert {"agent_name", "agent_id_number", "investor_country"} <= fields(agent)
    required = {f.code for f in agent.entry.form_schema.fields if f.required}
    assert {"agent_name", "investor_country"} <= required
    assert [a["label"] for a in agent.answered()] == ["是，委托经办人办理", "是，外商投资企业"]


async def test_an_answer_leaves_out_an_item_its_department_and_time(catalog):
    wedding = catalog.entry(WEDDING)
    staying = situations.fit(wedding, {"move_hukou": "no", "first_marriage": "yes"})
    assert "GA03" not in staying.chosen
    assert "GA" not in {d.code for d in staying.entry.departments}
    assert staying.entry.savings.windows_before < wedding.savings.windows_before
    remarrying = situations.fit(wedding, {"move_hukou": "yes", "first_marriage": "no"})
    assert "divorce_certificate" in to_bring(remarrying)


async def test_pick_your_own_removes_optional_items_and_recomputes(catalog):
    company = catalog.entry(COMPANY)
    assert company.optional == ("GA06", "YH01")
    lean = situations.fit(company, {}, ["SJ01", "SW01", "RS02"])
    assert lean.chosen == ("SJ01", "SW01", "RS02")
    assert {d.code for d in lean.entry.departments} == {"SJ", "SW", "RS"}
    # the questions of the items left out are not asked (entrusted, foreign investment: GA06, YH01)
    assert lean.questions == () and not lean.unanswered
    assert lean.entry.savings.visits_before < company.savings.visits_before
    assert "bank_name" not in fields(lean)  # asked by YH01 only
    with pytest.raises(Failure) as refused:
        situations.fit(company, {}, ["SW01", "RS02", "GA06"])  # without the business licence itself
    assert refused.value.code == "ITEM_REQUIRED"
    with pytest.raises(Failure) as unknown:
        situations.fit(company, {}, ["SJ01", "SW01", "RS02", "XF01"])
    assert unknown.value.code == "ITEM_NOT_OFFERED"


async def test_pick_your_own_adds_an_extra_item(catalog):
    restaurant = catalog.entry(RESTAURANT)
    more = situations.fit(restaurant, {}, [*(i.code for i in restaurant.items), "SW01"])
    assert more.chosen[-1] == "SW01" and "SW" in {d.code for d in more.entry.departments}
    assert situations.fit(restaurant, {}).entry is restaurant  # as offered: no extra
    no_sign = situations.fit(restaurant, {}, ["SJ01", "SJ04", "XF01"])
    assert "signboard_design" not in codes(no_sign.entry.materials)
    assert no_sign.entry.time_limit.promised_days <= restaurant.time_limit.promised_days


async def test_unknown_questions_and_options_are_refused(catalog):
    for answers, code in (
        ({"pets": "yes"}, "UNKNOWN_QUESTION"),
        ({"born_in_province": "maybe"}, "UNKNOWN_ANSWER"),
    ):
        with pytest.raises(Failure) as refused:
            situations.fit(catalog.entry(BIRTH), answers)
        assert refused.value.code == code


def test_the_rule_of_a_condition():
    condition = situations.condition_from_json({"area": ["small", "medium"], "alcohol": "yes"})
    assert situations.holds(condition, {"area": "small", "alcohol": "yes"})
    assert not situations.holds(condition, {"area": "large", "alcohol": "yes"})
    assert situations.holds(condition, {"area": "medium"})  # alcohol unanswered: may apply
    assert situations.holds((), {})
    assert situations.condition_to_json(condition) == {"alcohol": ["yes"], "area": ["medium", "small"]}


def test_the_catalogue_check_refuses_bad_situation_data(tmp_path):
    source = ROOT / "data" / "catalog"
    for path in source.rglob("*.yaml"):
        target = tmp_path / path.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    bundles = tmp_path / "bundles.yaml"
    text = bundles.read_text(encoding="utf-8")
    text = text.replace('WJ01: {born_in_province: "yes"}', 'WJ01: {born_in_province: "perhaps"}')
    text = text.replace("optional: [GA06, YH01]", "optional: [GA06, XF01]")
    bundles.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogDataError) as bad:
        read_catalog(tmp_path)
    message = str(bad.value)
    assert "bundle B01 when WJ01: when born_in_province: ['perhaps'] are not options" in message
    assert "bundle B02: optional: items of it" in message
