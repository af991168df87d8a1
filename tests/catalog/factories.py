"""Build catalogue entities and data rows in tests without the demo files."""

from __future__ import annotations

from collections.abc import Sequence

from api.catalog import entities as e
from api.catalog.enums import FieldType, ItemKind, MaterialForm, StepPlace, Subject, SuppliedBy
from api.catalog.forms import FormPart, build_schema

HALL = e.Hall("CA", "长安区政务服务中心", "Chang'an centre", "长安区", "9:00–17:00", None, "029-1")


def material(code: str, supplied_by: SuppliedBy = SuppliedBy.NONE) -> e.MaterialType:
    return e.MaterialType(code, code, code, supplied_by)


def form_field(
    code: str,
    type: FieldType = FieldType.TEXT,
    rules: e.FieldRules | None = None,
    prefill: str | None = None,
    issued_by: str | None = None,
) -> e.FormField:
    return e.FormField(code, code, code, type, rules or e.FieldRules(), prefill, None, None, issued_by)


def item(
    code: str,
    days: int,
    materials: list[e.MaterialType | tuple[e.MaterialType, MaterialForm]] = (),
    output: e.MaterialType | None = None,
    window: str | None = None,
    visits: int = 1,
    statutory: int | None = None,
    fields: Sequence[e.FormField | tuple[e.FormField, bool]] = (),
) -> e.ServiceItem:
    lines = []
    for entry in materials:
        mat, form = entry if isinstance(entry, tuple) else (entry, MaterialForm.ORIGINAL)
        lines.append(e.ItemMaterial(mat, form, 1, True, False, None))
    asked = tuple(
        e.ItemField(*entry) if isinstance(entry, tuple) else e.ItemField(entry, True) for entry in fields
    )
    return e.ServiceItem(
        code=code,
        name=code,
        name_en=code,
        kind=ItemKind.PUBLIC_SERVICE,
        subject=Subject.NATURAL_PERSON,
        department=e.Department(code[:2], code[:2], code[:2]),
        summary="",
        eligibility="",
        conditions=(),
        legal_basis=(),
        materials=tuple(lines),
        steps=(e.Step(1, "申请", "提交申请", StepPlace.WINDOW),),
        time_limit=e.TimeLimit(statutory if statutory is not None else days * 3, days),
        fee=e.Fee(True, None, None),
        channels=(),
        visits=visits,
        location=e.Location(HALL, window or f"{code}窗口"),
        cross_region=(),
        weekend_service=False,
        delegable=True,
        output=output,
        keywords=(),
        fields=asked,
        form_schema=build_schema(code, 0, [FormPart(code, asked)]),
    )


def bundle(code: str, items: Sequence[e.ServiceItem], revision: int = 0) -> e.Bundle:
    from api.catalog.bundles import bundle_time_limit, compute_savings, merge_materials

    merged = merge_materials(items)
    return e.Bundle(
        code=code,
        name=code,
        name_en=code,
        subject=Subject.NATURAL_PERSON,
        summary="",
        items=tuple(items),
        departments=tuple(dict.fromkeys(i.department for i in items)),
        materials=merged,
        savings=compute_savings(items, merged),
        time_limit=bundle_time_limit(items),
        location=e.Location(HALL, "综合窗口"),
        keywords=(),
        form_schema=build_schema(code, revision, [FormPart.of(i) for i in items]),
    )


def catalog(items: Sequence[e.ServiceItem], bundles: Sequence[e.Bundle] = (), revision: int = 0) -> e.Catalog:
    from api.catalog.search import SearchIndex

    return e.Catalog(
        revision=revision,
        departments=tuple(dict.fromkeys(i.department for i in items)),
        halls=(HALL,),
        items=tuple(items),
        bundles=tuple(bundles),
        tree=(),
        items_by_code={i.code: i for i in items},
        bundles_by_code={b.code: b for b in bundles},
        search_index=SearchIndex([*bundles, *items]),
    )


def catalog_rows(n_items: int) -> dict:
    """Data-file rows for a synthetic catalogue of ``n_items`` items (for scaling tests)."""
    materials = [{"code": f"mat_{i}", "name": f"材料{i}", "name_en": f"Material {i}"} for i in range(10)]
    fields = [
        {
            "code": "applicant_name",
            "name": "申请人姓名",
            "name_en": "Name",
            "type": "text",
            "prefill": "profile.name",
        },
        {"code": "applicant_phone", "name": "联系电话", "name_en": "Phone", "type": "phone"},
        *(
            {"code": f"field_{i}", "name": f"字段{i}", "name_en": f"Field {i}", "type": "text"}
            for i in range(8)
        ),
    ]
    items = [
        {
            "code": f"SX{i:03d}",
            "name": f"测试事项{i}",
            "name_en": f"Test item {i}",
            "department": f"D{i % 5}",
            "kind": "public_service",
            "subject": "natural_person",
            "summary": "测试",
            "eligibility": "所有人",
            "conditions": ["无"],
            "legal_basis": [],
            "materials": [
                {"material": f"mat_{(i + k) % 10}", "form": "original", "copies": 1} for k in range(3)
            ],
            "fields": [
                "applicant_name",
                {"field": "applicant_phone", "required": i % 2 == 0},
                *(f"field_{(i + k) % 8}" for k in range(3)),
            ],
            "steps": [
                {"title": "申请", "description": "提交", "place": "window"},
                {"title": "办结", "description": "取件", "place": "window"},
            ],
            "statutory_days": 10,
            "promised_days": 5,
            "fee": {"free": True},
            "channels": ["online", "window"],
            "visits": 1,
            "hall": "CA",
            "window": f"{i % 7}号窗口",
        }
        for i in range(n_items)
    ]
    return {
        "departments": [{"code": f"D{i}", "name": f"部门{i}", "name_en": f"Dept {i}"} for i in range(5)],
        "halls": [
            {
                "code": "CA",
                "name": "中心",
                "name_en": "Centre",
                "address": "地址",
                "hours": "9-17",
                "phone": "1",
            }
        ],
        "materials": materials,
        "fields": fields,
        "items": items,
        "bundles": [
            {
                "code": "B01",
                "name": "测试一件事",
                "name_en": "Test bundle",
                "subject": "natural_person",
                "summary": "测试",
                "items": ["SX000", "SX001"],
                "hall": "CA",
                "window": "综合窗口",
            }
        ],
        "tree": [
            {
                "code": "NP",
                "kind": "subject",
                "name": "自然人",
                "name_en": "People",
                "children": [
                    {
                        "code": "NP1",
                        "kind": "stage",
                        "name": "出生",
                        "name_en": "Birth",
                        "children": [
                            {
                                "code": "NP11",
                                "kind": "theme",
                                "name": "新生儿",
                                "name_en": "Newborns",
                                "children": [
                                    {
                                        "code": "NP111",
                                        "kind": "event",
                                        "name": "出生",
                                        "name_en": "Born",
                                        "bundles": ["B01"],
                                        "items": ["SX002"],
                                    }
                                ],
                            }
                        ],
                    }
                ],
            }
        ],
    }


def source_from_rows(rows: dict):
    import hashlib
    import json

    from api.catalog.loader import CatalogSource, check_catalog

    digest = hashlib.sha256(json.dumps(rows, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    source = CatalogSource(digest=digest, **rows)
    check_catalog(source)
    return source
