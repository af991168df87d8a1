"""Loading the catalogue into real databases (a SQLite file, PostgreSQL through aerich migrations)."""

import copy

import pytest

from api.catalog import models as m
from api.catalog.entities import Deferral
from api.catalog.enums import DeferralWaits
from api.catalog.loader import CatalogDataError, load_catalog, read_catalog
from api.catalog.snapshot import CatalogCache, build_catalog
from tests.catalog.factories import catalog_rows, source_from_rows
from tests.conftest import DEMO_CATALOG, count_queries


async def test_loading_twice_changes_nothing(database):
    source = source_from_rows(catalog_rows(12))
    first = await load_catalog(source)
    ids = sorted(await m.ServiceItem.all().values_list("id", flat=True))
    second = await load_catalog(source)
    assert first.changed and not second.changed
    assert second.revision == first.revision
    assert sorted(await m.ServiceItem.all().values_list("id", flat=True)) == ids
    assert await m.ItemMaterial.all().count() == 12 * 3


async def test_a_changed_file_updates_in_place_and_bumps_the_revision(database):
    rows = catalog_rows(6)
    first = await load_catalog(source_from_rows(rows))
    before = {i.code: i.id for i in await m.ServiceItem.all()}
    changed = copy.deepcopy(rows)
    changed["items"][0]["promised_days"] = 2
    del changed["items"][5]
    result = await load_catalog(source_from_rows(changed))
    assert result.revision == first.revision + 1
    after = {i.code: i.id for i in await m.ServiceItem.all()}
    assert "SX005" not in after
    assert all(after[code] == before[code] for code in after)  # ids kept
    catalog = await build_catalog()
    assert catalog.items_by_code["SX000"].time_limit.promised_days == 2


async def test_demo_catalogue_loads(database):
    source = read_catalog(DEMO_CATALOG)
    await load_catalog(source)
    catalog = await build_catalog()
    assert len(catalog.departments) >= 6
    assert len(catalog.items) >= 30
    assert len(catalog.bundles) >= 8
    # the bundles the reform documents name, recognised by the bundle's or its items' names
    texts = [" ".join([b.name, *(i.name for i in b.items)]) for b in catalog.bundles]
    for wanted in ("出生", "企业开办", "餐馆", "结婚", "退役", "不动产", "注销", "保险关系转移"):
        assert any(wanted in text for text in texts), wanted
    for bundle in catalog.bundles:
        s = bundle.savings
        assert s.materials_after <= s.materials_before
        assert s.days_after <= s.days_before
        assert s.windows_after <= s.windows_before


@pytest.mark.parametrize("n_items", [50, 150])
async def test_snapshot_costs_a_constant_number_of_queries(database, n_items):
    await load_catalog(source_from_rows(catalog_rows(n_items)))
    with count_queries() as counter:
        catalog = await build_catalog()
    assert len(catalog.items) == n_items
    # one query per table: revision, departments, halls, material types, item materials, steps,
    # form fields, items, bundle items, bundles, life-node entries, life nodes, search synonyms
    assert len(counter.queries) == 13, counter.queries


async def test_cache_asks_only_for_the_revision_until_it_moves(database):
    source = source_from_rows(catalog_rows(5))
    await load_catalog(source)
    cache = CatalogCache(check_interval=0)
    first = await cache.get()
    with count_queries() as counter:
        assert await cache.get() is first
    assert len(counter.queries) == 1  # the revision check
    await load_catalog(source, force=True)
    assert (await cache.get()).revision == first.revision + 1


def test_inconsistent_data_is_refused_with_every_problem_named():
    rows = catalog_rows(3)
    rows["items"][0]["department"] = "NOPE"
    rows["items"][1]["materials"][0]["material"] = "ghost"
    rows["bundles"][0]["items"] = ["SX000", "SX999"]
    rows["items"][2]["promised_days"] = 99
    with pytest.raises(CatalogDataError) as error:
        source_from_rows(rows)
    message = str(error.value)
    for expected in (
        "unknown department 'NOPE'",
        "material ghost",
        "unknown items ['SX999']",
        "promised_days > statutory_days",
    ):
        assert expected in message


def test_bad_form_fields_are_refused_with_every_problem_named():
    rows = catalog_rows(3)
    rows["materials"].append(
        {"code": "licence", "name": "证照", "name_en": "Licence", "supplied_by": "e_licence"}
    )
    rows["fields"] += [
        {"code": "colour", "name": "颜色", "name_en": "Colour", "type": "colour"},
        {"code": "size", "name": "尺寸", "name_en": "Size", "type": "text", "rules": {"choices": []}},
        {"code": "width", "name": "宽", "name_en": "Width", "type": "number", "rules": {"min": 5, "max": 1}},
        {"code": "since", "name": "日期", "name_en": "Since", "type": "date", "rules": {"max": "tomorrow"}},
        {"code": "code_x", "name": "编号", "name_en": "No.", "type": "text", "rules": {"pattern": "([a-z"}},
        {
            "code": "kind",
            "name": "类别",
            "name_en": "Kind",
            "type": "choice",
            "rules": {
                "choices": [
                    {"value": "a", "name": "甲", "name_en": "A"},
                    {"value": "a", "name": "乙", "name_en": "B"},
                ]
            },
        },
        {"code": "pick", "name": "选择", "name_en": "Pick", "type": "multi_choice"},
        {"code": "who", "name": "姓名", "name_en": "Name", "type": "text", "prefill": "profile.nickname"},
        {
            "code": "where",
            "name": "地址",
            "name_en": "Address",
            "type": "address",
            "prefill": "licence.mat_1.address",
        },
        {"code": "what", "name": "项目", "name_en": "What", "type": "text", "prefill": "licence.ghost.x"},
        {"code": "flag", "name": "标志", "name_en": "Flag", "type": "boolean", "required": True},
        {"code": "field_0", "name": "重复", "name_en": "Twice", "type": "text"},
    ]
    rows["items"][0]["fields"] += ["ghost_field", "field_0"]
    rows["items"][1]["fields"].append({"field": "colour", "required": "yes"})
    with pytest.raises(CatalogDataError) as error:
        source_from_rows(rows)
    message = str(error.value)
    for expected in (
        "form field colour: type 'colour' is not one of",
        "form field size: rules ['choices'] do not apply to type text",
        "form field width: min > max",
        "form field since: max must be an ISO date (yyyy-mm-dd) or 'today'",
        "form field code_x: pattern '([a-z' is not a valid regular expression",
        "form field code_x: a pattern needs pattern_message and pattern_message_en",
        "form field kind choice a: value is used twice",
        "form field pick: a choice field needs a list of at least two choices",
        "form field who: prefill 'profile.nickname' is not one of",
        "form field where: prefill 'licence.mat_1.address': material mat_1 is not an e-licence",
        "form field what: prefill 'licence.ghost.x' names an unknown material",
        "form field flag: unknown keys ['required'] (required is set per item",
        "fields.yaml: code 'field_0' is used twice",
        "item SX000 field ghost_field: unknown form field (not in fields.yaml)",
        "item SX000 field field_0: listed twice",
        "item SX001 field colour: required must be true or false",
    ):
        assert expected in message, expected


def test_an_item_field_list_is_stored_and_read_back(demo_source):
    from api.catalog.field_checks import item_fields as _item_fields

    assert _item_fields(["a", {"field": "b", "required": False}, {"field": "c"}]) == [
        {"field": "a", "required": True},
        {"field": "b", "required": False},
        {"field": "c", "required": True},
    ]
    assert all(row.get("fields") for row in demo_source.items)


async def test_deferral_terms_are_catalogue_data(database):
    """容缺: which materials of an item may follow, within how many working days, and what waits."""
    await load_catalog(read_catalog(DEMO_CATALOG))
    catalog = await build_catalog()
    food = {line.material.code: line for line in catalog.items_by_code["SJ04"].materials}
    assert food["equipment_list"].deferral == Deferral(3, DeferralWaits.APPROVAL)
    assert food["food_safety_system"].deferral == Deferral(5, DeferralWaits.LICENCE)
    assert food["floor_plan"].deferral is None
    for item in catalog.items:  # every deferrable material has terms, and only those
        for line in item.materials:
            assert (line.deferral is not None) == line.deferrable, (item.code, line.material.code)
    restaurant = next(b for b in catalog.bundles if b.code == "B03")
    premises = next(line for line in restaurant.materials if line.material.code == "premises_proof")
    # the sign (城管) waits for it to approve, the others only for their licences: approval wins
    assert dict(premises.deferrals) == {
        "SJ01": Deferral(10, DeferralWaits.LICENCE),
        "CG01": Deferral(5, DeferralWaits.APPROVAL),
        "XF01": Deferral(10, DeferralWaits.LICENCE),
    }
    assert premises.deferral == Deferral(5, DeferralWaits.APPROVAL)


def test_deferral_terms_are_checked():
    rows = catalog_rows(2)
    rows["items"][0]["materials"][0]["deferrable"] = True  # deferrable without terms
    rows["items"][1]["deferral"] = [
        {"material": rows["items"][1]["materials"][0]["material"], "within": 99, "waits": "soon"}
    ]
    with pytest.raises(CatalogDataError) as error:
        source_from_rows(rows)
    message = str(error.value)
    assert "is deferrable but has no terms in deferral" in message
    assert "names no deferrable material of the item" in message
    assert "within must be 1–30 working days" in message
    assert "waits 'soon'" in message


def test_search_synonyms_are_read_with_the_catalogue_and_checked(demo_source):
    from dataclasses import replace

    from api.catalog.data_checks import check_catalog

    assert ["饭店", "餐馆", "餐厅", "饭馆", "餐饮", "小吃店"] in demo_source.synonyms
    bad = replace(demo_source, synonyms=[["饭店"], "餐馆", ["身份证", "居民身份证"]])
    with pytest.raises(CatalogDataError) as caught:
        check_catalog(bad)
    assert "synonyms.yaml group 1" in str(caught.value) and "synonyms.yaml group 2" in str(caught.value)
    assert "group 3" not in str(caught.value)
