from api.catalog.bundles import bundle_time_limit, compute_savings, merge_materials
from api.catalog.enums import MaterialForm, SuppliedBy
from tests.catalog.factories import item, material

ID = material("id_card", SuppliedBy.E_LICENCE)
PHOTO = material("photo")
FORM = material("application_form")
BIRTH_CERT = material("birth_certificate", SuppliedBy.E_LICENCE)
LEASE = material("lease")
LICENCE = material("business_licence", SuppliedBy.E_LICENCE)


def restaurant():
    """营业执照 (1 day) → 食品经营许可 (5) and 门头牌匾 (3), both needing the licence; 消防 (10)."""
    return [
        item("SJ01", 1, [ID, LEASE, FORM], output=LICENCE, window="3号窗口"),
        item("SJ02", 5, [LICENCE, LEASE, (FORM, MaterialForm.COPY)], window="4号窗口"),
        item("CG01", 3, [LICENCE, PHOTO], window="7号窗口"),
        item("XF01", 10, [LICENCE, LEASE], window="9号窗口"),
    ]


def test_merged_materials_are_asked_once_with_the_strongest_form():
    merged = {line.material.code: line for line in merge_materials(restaurant())}
    assert set(merged) == {"id_card", "lease", "application_form", "business_licence", "photo"}
    assert merged["lease"].used_by == ("SJ01", "SJ02", "XF01")
    assert merged["application_form"].form is MaterialForm.ORIGINAL_AND_COPY
    assert merged["business_licence"].produced_in_bundle
    assert merged["id_card"].waived and not merged["id_card"].produced_in_bundle


def test_materials_to_submit_come_first():
    lines = merge_materials(restaurant())
    flags = [line.to_submit for line in lines]
    assert flags == sorted(flags, reverse=True)


def test_savings_are_computed_from_the_items():
    items = restaurant()
    savings = compute_savings(items, merge_materials(items))
    assert savings.materials_before == 3 + 3 + 2 + 2
    assert savings.materials_after == 3  # lease, form, photo; id card waived, licence produced
    assert (savings.windows_before, savings.windows_after) == (4, 1)
    assert savings.days_before == 1 + 5 + 3 + 10
    assert savings.days_after == 1 + 10  # licence, then the longest parallel branch
    assert (savings.visits_before, savings.visits_after) == (4, 1)


def test_items_without_dependencies_run_in_parallel():
    items = [item("A1", 4, [PHOTO]), item("B1", 7, [PHOTO]), item("C1", 2, [FORM])]
    assert compute_savings(items, merge_materials(items)).days_after == 7


def test_dependency_chain_adds_up():
    items = [
        item("WJ01", 1, [ID], output=BIRTH_CERT),
        item("GA01", 5, [BIRTH_CERT, ID], output=material("household_register")),
        item("YB01", 2, [material("household_register")]),
    ]
    assert bundle_time_limit(items).promised_days == 8
    assert bundle_time_limit(items).statutory_days == 24


def test_a_bundle_of_fully_online_items_needs_no_visit():
    items = [item("A1", 1, [PHOTO], visits=0), item("B1", 1, [PHOTO], visits=0)]
    assert compute_savings(items, merge_materials(items)).visits_after == 0


def test_an_output_only_satisfies_later_items():
    """The seller brings the old certificate; the transfer registration then issues the new one."""
    cert, receipt = material("property_certificate"), material("deed_tax_receipt")
    items = [
        item("SW03", 1, [cert], output=receipt),
        item("ZR01", 5, [receipt, cert], output=cert),
    ]
    merged = {line.material.code: line for line in merge_materials(items)}
    assert not merged["property_certificate"].produced_in_bundle
    assert merged["deed_tax_receipt"].produced_in_bundle
    assert bundle_time_limit(items).promised_days == 6
