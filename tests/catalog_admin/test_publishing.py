"""Drafts → checked publication → numbered revision with its diff, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio

import pytest

from api.catalog import models as cm
from api.catalog.snapshot import build_catalog
from api.catalog_admin.diff import ChangeKind
from api.catalog_admin.models import CatalogDraft
from api.catalog_admin.policies import AdminScope
from api.catalog_admin.services import drafts, publishing
from api.failures import Failure
from tests.catalog_admin.conftest import entry, make_admin


async def test_publishing_a_draft_makes_the_next_revision_with_its_diff_and_publisher(admin):
    photo = await entry(admin, "materials", "id_card")
    photo["name"], photo["name_en"] = "居民身份证（原件）", "Resident identity card (original)"
    await drafts.save_entry(admin, "materials", "id_card", photo)
    assert (await build_catalog()).revision == 1  # a draft changes nothing citizens see

    published = await publishing.publish_draft(admin, "身份证名称")
    assert published.revision == 2
    row = await cm.CatalogPublication.get(revision=2)
    assert (row.base_revision, row.published_by_id, row.note) == (1, admin.user_id, "身份证名称")
    assert await CatalogDraft.filter(owner_id=admin.user_id).count() == 0
    catalog = await build_catalog()
    assert catalog.revision == 2
    card = next(m.material for i in catalog.items for m in i.materials if m.material.code == "id_card")
    assert card.name == "居民身份证（原件）"

    before = await publishing.document_at(1)
    after = await publishing.document_at(2)
    from api.catalog_admin.diff import diff

    changes = diff(before, after)
    assert [(c.section, c.code, c.kind) for c in changes] == [("materials", "id_card", ChangeKind.CHANGED)]
    assert {(f.path, f.before, f.after) for f in changes[0].fields} == {
        ("name", "居民身份证", "居民身份证（原件）"),
        ("name_en", "Resident identity card", "Resident identity card (original)"),
    }


async def test_a_text_without_english_is_refused_field_by_field(admin):
    item = await entry(admin, "items", "CG01")
    item["conditions"].append("门头牌匾不得遮挡消防设施")
    item["materials"][1]["note"] = "企业营业执照"
    await drafts.save_entry(admin, "items", "CG01", item)
    with pytest.raises(publishing.PublishRefused) as refused:
        await publishing.publish_draft(admin, "")
    fields = {(p.where, p.field) for p in refused.value.problems}
    assert ("items/CG01", "conditions_en") in fields
    assert ("items/CG01", "materials[1].note_en") in fields
    assert await drafts.current_revision_number() == 1
    # with the English the same change is published: only what changed needs it
    item["conditions_en"] = ["English " + str(i) for i in range(len(item["conditions"]))]
    item["materials"][1]["note_en"] = "The company's business licence"
    await drafts.save_entry(admin, "items", "CG01", item)
    assert (await publishing.publish_draft(admin, "")).revision == 2


async def test_a_bundle_whose_items_depend_on_each_other_in_a_cycle_is_refused(admin):
    licence = await entry(admin, "items", "SJ01")  # issues the business licence SJ04 asks for
    licence["materials"].append({"material": "food_business_licence", "form": "copy", "copies": 1,
                                 "required": True, "deferrable": False})  # fmt: skip
    await drafts.save_entry(admin, "items", "SJ01", licence)
    with pytest.raises(publishing.PublishRefused) as refused:
        await publishing.publish_draft(admin, "")
    cycles = [p for p in refused.value.problems if p.where == "bundles/B03" and p.field == "items"]
    assert cycles and "SJ01 → SJ04 → SJ01" in cycles[0].message_en


async def test_a_bundle_whose_merged_form_asks_one_thing_two_ways_is_refused(admin):
    name = {"code": "shop_name", "name": "企业名称", "name_en": "Company name", "type": "textarea"}
    await drafts.save_entry(admin, "fields", None, name)
    food = await entry(admin, "items", "SJ04")
    food["fields"].append("shop_name")
    await drafts.save_entry(admin, "items", "SJ04", food)
    with pytest.raises(publishing.PublishRefused) as refused:
        await publishing.publish_draft(admin, "")
    clashes = [
        p.message_en for p in refused.value.problems if p.where == "bundles/B03" and p.field == "fields"
    ]
    assert clashes == ["the merged form clashes: fields company_name and shop_name share the label '企业名称' "
                       "but differ in type or rules"]  # fmt: skip


async def test_unknown_items_materials_and_departments_are_refused_by_name(admin):
    bundle = await entry(admin, "bundles", "B03")
    bundle["items"].append("ZZ99")
    await drafts.save_entry(admin, "bundles", "B03", bundle)
    item = await entry(admin, "items", "CG01")
    item["department"] = "QQ"
    await drafts.save_entry(admin, "items", "CG01", item)
    with pytest.raises(publishing.PublishRefused) as refused:
        await publishing.publish_draft(admin, "")
    messages = {(p.where, p.message_en) for p in refused.value.problems}
    assert ("bundle B03", "unknown items ['ZZ99']") in messages
    assert ("item CG01", "unknown department 'QQ'") in messages


async def test_two_admins_publishing_at_once_make_one_revision_and_one_conflict(admin):
    other = AdminScope((await make_admin("目录管理员乙")).id)
    for scope, name in ((admin, "身份证甲"), (other, "身份证乙")):
        card = await entry(scope, "materials", "id_card")
        card["name"] = name
        await drafts.save_entry(scope, "materials", "id_card", card)

    outcomes = await asyncio.gather(
        publishing.publish_draft(admin, "甲"), publishing.publish_draft(other, "乙"), return_exceptions=True
    )
    published = [o for o in outcomes if isinstance(o, publishing.Published)]
    conflicts = [o for o in outcomes if isinstance(o, Failure)]
    assert len(published) == 1 and len(conflicts) == 1, outcomes
    assert conflicts[0].code == "PUBLISH_CONFLICT"
    assert "revision 1" in conflicts[0].message_en and "revision 2" in conflicts[0].message_en
    assert await cm.CatalogPublication.all().count() == 2
    assert (await cm.CatalogRevision.get(id=1)).revision == 2
    loser = other if published[0].publication.published_by_id == admin.user_id else admin
    assert await CatalogDraft.filter(owner_id=loser.user_id).exists()  # kept: nothing is lost


async def test_a_department_admin_edits_only_that_departments_items(loaded):
    from api.catalog.models import Department
    from api.identity.models import User

    user = await make_admin("市场监管目录管理员")
    await User.filter(id=user.id).update(department_id=(await Department.get(code="SJ")).id)
    from api.catalog_admin.policies import admin_scope
    from api.identity.enums import Role
    from api.identity.principal import Principal, PrincipalKind

    scope = await admin_scope(Principal(PrincipalKind.USER, user.id, frozenset({Role.CATALOG_ADMIN})))
    assert scope.department == "SJ"
    mine = await entry(scope, "items", "SJ01")
    mine["promised_days"] = 1
    await drafts.save_entry(scope, "items", "SJ01", mine)
    theirs = await entry(scope, "items", "CG01")
    with pytest.raises(Failure) as refused:
        await drafts.save_entry(scope, "items", "CG01", theirs)
    assert refused.value.code == "OUTSIDE_CATALOGUE_SCOPE"
    mine["department"] = "CG"  # moving an item out of one's department is editing another's
    with pytest.raises(Failure):
        await drafts.save_entry(scope, "items", "SJ01", mine)


async def test_unknown_keys_of_an_entry_survive_edit_and_publish(admin):
    item = await entry(admin, "items", "CG02")
    item["situations"] = [{"code": "q1", "question": "是否临街？", "question_en": "Facing the street?"}]
    await drafts.save_entry(admin, "items", "CG02", item)
    await publishing.publish_draft(admin, "")
    assert (await entry(admin, "items", "CG02"))["situations"] == item["situations"]


async def test_a_published_faq_is_in_the_guide_in_both_languages(admin):
    item = await entry(admin, "items", "CG01")
    item["faq"] = [
        {"question": "租的门面能申请吗？", "question_en": "May a tenant apply?",
         "answer": "可以，需提供租赁合同。", "answer_en": "Yes, with the lease."},
    ]  # fmt: skip
    await drafts.save_entry(admin, "items", "CG01", item)
    await publishing.publish_draft(admin, "常见问题")
    faq = (await build_catalog()).items_by_code["CG01"].faq
    assert [(q.question, q.answer_en) for q in faq] == [("租的门面能申请吗？", "Yes, with the lease.")]
    item["faq"].append({"question": "要多久？", "answer": "6个工作日。"})  # no English
    await drafts.save_entry(admin, "items", "CG01", item)
    with pytest.raises(publishing.PublishRefused) as refused:
        await publishing.publish_draft(admin, "")
    assert {p.field for p in refused.value.problems} == {"faq[1].question_en", "faq[1].answer_en"}
