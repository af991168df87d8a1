"""Application forms: merging a bundle's form, the server's checks, prefill, the frozen JSON."""

import json
from datetime import date

import pytest

from api.catalog import entities as e
from api.catalog import forms
from api.catalog.enums import FieldType
from api.catalog.forms import FormSchema, Problem
from api.catalog.loader import load_catalog, read_catalog
from api.catalog.snapshot import build_catalog
from api.identity.validators import credit_code_check_char, resident_id_check_char
from tests.catalog.factories import bundle, catalog, form_field, item, material
from tests.conftest import DEMO_CATALOG

ID_NUMBER = "11010519491231002" + resident_id_check_char("11010519491231002")
CREDIT_CODE = "91350100M000100Y4" + credit_code_check_char("91350100M000100Y4")
TODAY = date(2025, 6, 30)

NAME = form_field("name", rules=e.FieldRules(min_length=2, max_length=10), prefill="profile.name")
ID = form_field("id_number", FieldType.ID_NUMBER, prefill="profile.id_number")
PHONE = form_field("phone", FieldType.PHONE, prefill="profile.phone")
CREDIT = form_field("credit_code", FieldType.CREDIT_CODE, prefill="organization.credit_code")
ADDRESS = form_field("address", FieldType.ADDRESS, prefill="licence.business_licence.address")
NOTE = form_field("note", FieldType.TEXTAREA, rules=e.FieldRules(max_length=200))
BORN = form_field("born", FieldType.DATE, rules=e.FieldRules(min="2000-01-01", max="today"))
STAFF = form_field("staff", FieldType.NUMBER, rules=e.FieldRules(min="0", max="500", decimals=0))
AREA = form_field("area", FieldType.NUMBER, rules=e.FieldRules(min="1", decimals=2))
CAPITAL = form_field("capital", FieldType.MONEY, rules=e.FieldRules(min="0.01"))
SIZE = form_field(
    "size",
    rules=e.FieldRules(
        pattern=r"^\d+(\.\d+)?[×x]\d+(\.\d+)?$",
        pattern_message="请按“长×高”填写",
        pattern_message_en="Write width × height",
    ),
)
GENDER = form_field(
    "gender",
    FieldType.CHOICE,
    rules=e.FieldRules(choices=(e.Choice("male", "男", "Male"), e.Choice("female", "女", "Female"))),
)
FOOD = form_field(
    "food",
    FieldType.MULTI_CHOICE,
    rules=e.FieldRules(
        choices=(
            e.Choice("hot", "热食", "Hot"),
            e.Choice("cold", "冷食", "Cold"),
            e.Choice("drinks", "饮品", "Drinks"),
        )
    ),
)
HOME = form_field("home", FieldType.BOOLEAN)
EMAIL = form_field("email", FieldType.EMAIL)

EVERY_TYPE = [
    NAME,
    ID,
    PHONE,
    CREDIT,
    ADDRESS,
    NOTE,
    BORN,
    STAFF,
    AREA,
    CAPITAL,
    SIZE,
    GENDER,
    FOOD,
    HOME,
    EMAIL,
]
OPTIONAL = {"note", "email", "home"}


def schema_of_every_type() -> FormSchema:
    fields = [(f, f.code not in OPTIONAL) for f in EVERY_TYPE]
    return item("AA01", 1, fields=fields).form_schema


GOOD = {
    "name": "  张 三 ",
    "id_number": ID_NUMBER.lower(),
    "phone": "+86 138-0013-8000",
    "credit_code": CREDIT_CODE.lower(),
    "address": "长安区  西长安街\n123号",
    "note": "  第一行\r\n第二行 ",
    "born": "2024-02-29",
    "staff": 12,
    "area": "120.50",
    "capital": "1,000.5",
    "size": "6×1.2",
    "gender": "female",
    "food": ["hot", "drinks", "hot"],
    "home": "true",
    "email": "Li.Ming@Example.COM",
}


# ------------------------------------------------------------------------------------- merging


def test_a_bundle_asks_a_shared_field_once_required_if_any_item_requires_it():
    first = item("AA01", 1, fields=[NAME, (PHONE, False), (NOTE, False)])
    second = item("BB01", 1, fields=[(NAME, False), PHONE, GENDER])
    schema = bundle("B01", [first, second], revision=7).form_schema
    assert [f.code for f in schema.fields] == ["name", "phone", "note", "gender"]
    by_code = {f.code: f for f in schema.fields}
    assert by_code["name"].required and by_code["phone"].required  # one item requires each
    assert not by_code["note"].required
    assert by_code["name"].used_by == ("AA01", "BB01")
    assert by_code["gender"].used_by == ("BB01",)
    assert schema.code == "B01" and schema.revision == 7
    assert all(f.produced_by is None for f in schema.fields)


def test_a_field_an_earlier_item_of_the_bundle_issues_is_not_asked_of_the_applicant():
    licence = material("business_licence")
    credit = form_field("credit_code", FieldType.CREDIT_CODE, issued_by="business_licence")
    register = item("SJ01", 1, output=licence, fields=[NAME])
    seal = item("GA06", 1, fields=[credit, NAME])
    tax = item("SW01", 1, fields=[credit])
    schema = bundle("B02", [register, seal, tax]).form_schema
    field = schema.field("credit_code")
    assert field.produced_by == "SJ01" and not field.required
    assert field.used_by == ("GA06", "SW01")
    assert forms.validate(schema, {"name": "张三"}) == []
    # asked before the licence is issued (or on its own), the applicant holds it: asked, required
    assert bundle("B09", [seal, register]).form_schema.field("credit_code").required
    assert seal.form_schema.field("credit_code").required


def test_form_for_finds_items_and_bundles_and_refuses_unknown_codes():
    first = item("AA01", 1, fields=[NAME])
    second = item("BB01", 1, fields=[PHONE])
    cat = catalog([first, second], [bundle("B01", [first, second])], revision=4)
    assert forms.form_for(cat, "aa01") == FormSchema("AA01", 4, first.form_schema.fields)
    assert [f.code for f in forms.form_for(cat, " b01 ").fields] == ["name", "phone"]
    with pytest.raises(forms.UnknownForm) as error:
        forms.form_for(cat, "ZZ99")
    assert error.value.code == "NOT_FOUND" and "ZZ99" in error.value.message


async def test_the_restaurant_bundle_asks_what_its_four_items_share_once(database):
    await load_catalog(read_catalog(DEMO_CATALOG))
    cat = await build_catalog()
    restaurant = next(b for b in cat.bundles if "餐馆" in b.name)
    schema = forms.form_for(cat, restaurant.code.lower())
    assert schema == restaurant.form_schema  # the snapshot serves the same form
    assert schema.code == restaurant.code and schema.revision == cat.revision
    codes = [f.code for f in schema.fields]
    assert len(codes) == len(set(codes))
    asked_separately = sum(len(i.fields) for i in restaurant.items)
    assert len(codes) < asked_separately
    members = [i.code for i in restaurant.items]
    for shared in ("company_name", "business_address", "applicant_phone"):
        assert schema.field(shared).used_by == tuple(members), shared
        assert schema.field(shared).required
    # the business licence (营业执照) the bundle's first item issues carries the credit code
    licensing = next(i for i in restaurant.items if i.output and i.output.code == "business_licence")
    assert schema.field("credit_code").produced_by == licensing.code
    assert not schema.field("credit_code").required
    for code in ("signboard_size", "food_business_items", "venue_capacity", "business_area"):
        assert code in codes
    # every demo item asks a real form, every field of the dictionary is used
    assert all(4 <= len(i.fields) <= 12 for i in cat.items)
    used = {f.field.code for i in cat.items for f in i.fields}
    assert used == set(cat.form_fields)


# ---------------------------------------------------------------------------------- validation


def test_good_data_passes_and_comes_back_normalised():
    schema = schema_of_every_type()
    assert forms.validate(schema, GOOD, today=TODAY) == []
    cleaned = forms.clean(schema, GOOD, today=TODAY)
    assert cleaned == {
        "name": "张 三",
        "id_number": ID_NUMBER,
        "phone": "13800138000",
        "credit_code": CREDIT_CODE,
        "address": "长安区 西长安街 123号",
        "note": "第一行\n第二行",
        "born": "2024-02-29",
        "staff": "12",
        "area": "120.5",
        "capital": "1000.50",
        "size": "6×1.2",
        "gender": "female",
        "food": ["hot", "drinks"],
        "home": True,
        "email": "Li.Ming@example.com",
    }
    assert forms.clean(schema, cleaned, today=TODAY) == cleaned  # cleaning is idempotent


def test_optional_fields_may_be_left_empty():
    schema = schema_of_every_type()
    data = {**GOOD, "note": "  ", "email": None}
    del data["home"]
    cleaned = forms.clean(schema, data, today=TODAY)
    assert "note" not in cleaned and "email" not in cleaned and "home" not in cleaned


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("name", None, Problem.REQUIRED),
        ("name", "   ", Problem.REQUIRED),
        ("food", [], Problem.REQUIRED),
        ("name", 42, Problem.TYPE),
        ("born", "2024/02/29", Problem.TYPE),
        ("born", "2023-02-29", Problem.TYPE),
        ("staff", "twelve", Problem.TYPE),
        ("staff", True, Problem.TYPE),
        ("staff", "12.5", Problem.TYPE),
        ("area", "NaN", Problem.TYPE),
        ("capital", "10.001", Problem.TYPE),
        ("home", "maybe", Problem.TYPE),
        ("food", "hot", Problem.TYPE),
        ("gender", ["male"], Problem.TYPE),
        ("id_number", ID_NUMBER[:17] + ("0" if ID_NUMBER[17] != "0" else "1"), Problem.FORMAT),
        ("id_number", "12345", Problem.FORMAT),
        ("credit_code", CREDIT_CODE[:17] + ("0" if CREDIT_CODE[17] != "0" else "1"), Problem.FORMAT),
        ("phone", "0298888888", Problem.FORMAT),
        ("email", "not-an-address", Problem.FORMAT),
        ("name", "张", Problem.LENGTH),
        ("name", "张" * 11, Problem.LENGTH),
        ("size", "6米×1.2米", Problem.PATTERN),
        ("staff", "501", Problem.RANGE),
        ("staff", "-1", Problem.RANGE),
        ("capital", "0", Problem.RANGE),
        ("born", "1999-12-31", Problem.RANGE),
        ("born", "2025-07-01", Problem.RANGE),  # after today
        ("gender", "other", Problem.CHOICE),
        ("food", ["hot", "fried"], Problem.CHOICE),
    ],
)
def test_each_problem_is_named_on_its_field(field, value, problem):
    schema = schema_of_every_type()
    problems = forms.validate(schema, {**GOOD, field: value}, today=TODAY)
    assert [(p.field, p.code) for p in problems] == [(field, problem)]
    assert problems[0].message and problems[0].message_en


def test_messages_are_specific_and_bilingual():
    schema = schema_of_every_type()
    bad = {**GOOD, "size": "big", "id_number": ID_NUMBER[:17] + "Z", "name": ""}
    messages = {p.field: p for p in forms.validate(schema, bad, today=TODAY)}
    assert messages["size"].message == "请按“长×高”填写"  # the field's own pattern message
    assert messages["size"].message_en == "Write width × height"
    assert "身份证" in messages["id_number"].message  # from api.identity.validators
    assert messages["name"].message == "请填写name" and messages["name"].message_en == "name is required"


def test_unknown_fields_are_refused_and_clean_raises_with_every_problem():
    schema = schema_of_every_type()
    data = {**GOOD, "salary": "1000", "phone": "123"}
    problems = forms.validate(schema, data, today=TODAY)
    assert [(p.field, p.code) for p in problems] == [
        ("phone", Problem.FORMAT),
        ("salary", Problem.UNKNOWN_FIELD),
    ]
    with pytest.raises(forms.InvalidForm) as error:
        forms.clean(schema, data, today=TODAY)
    assert error.value.code == "INVALID_FORM"
    assert error.value.problems == tuple(problems)


def test_birth_dates_in_resident_ids_are_checked_against_today():
    schema = item("AA01", 1, fields=[ID]).form_schema
    born_2025 = "11010520250701002"
    number = born_2025 + resident_id_check_char(born_2025)
    assert forms.validate(schema, {"id_number": number}, today=date(2025, 7, 1)) == []
    problems = forms.validate(schema, {"id_number": number}, today=date(2025, 6, 30))
    assert [p.code for p in problems] == [Problem.FORMAT]


# ------------------------------------------------------------------------------ prefill, JSON


def test_prefill_offers_what_the_sources_hold_for_the_fields_asked():
    schema = schema_of_every_type()
    assert schema.prefill_keys == {
        "profile.name",
        "profile.id_number",
        "profile.phone",
        "organization.credit_code",
        "licence.business_licence.address",
    }
    sources = {
        "profile.name": " 李明 ",
        "profile.phone": "",
        "organization.credit_code": CREDIT_CODE,
        "licence.business_licence.address": "长安区西长安街123号",
        "organization.name": "不在表单中的来源",
    }
    assert forms.prefill(schema, sources) == {
        "name": "李明",
        "credit_code": CREDIT_CODE,
        "address": "长安区西长安街123号",
    }
    assert forms.prefill(schema, {}) == {}


def test_a_frozen_schema_survives_a_json_round_trip():
    licence = material("business_licence")
    number = form_field("licence_number", issued_by="business_licence")
    first = item("SJ01", 1, output=licence, fields=[(f, f.code not in OPTIONAL) for f in EVERY_TYPE])
    schema = bundle("B02", [first, item("GA06", 1, fields=[number, NAME])], revision=12).form_schema
    stored = json.loads(json.dumps(schema.to_json(), ensure_ascii=False))
    thawed = FormSchema.from_json(stored)
    assert thawed == schema
    assert thawed.field("licence_number").produced_by == "SJ01"
    assert thawed.field("name").used_by == ("SJ01", "GA06")
    assert thawed.field("gender").rules.choices == GENDER.rules.choices
    assert forms.clean(thawed, GOOD, today=TODAY) == forms.clean(schema, GOOD, today=TODAY)


@pytest.mark.parametrize(
    "stored",
    [
        {"format": 99, "code": "B01", "revision": 1, "fields": []},
        {"format": 1, "code": "B01", "fields": []},
        {"format": 1, "code": "B01", "revision": 1, "fields": [{"code": "x", "type": "colour"}]},
    ],
)
def test_an_unreadable_stored_schema_is_a_clear_error(stored):
    with pytest.raises(forms.FormSchemaError):
        FormSchema.from_json(stored)
