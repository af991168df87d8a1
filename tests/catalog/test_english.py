"""Every text of the demo catalogue has its English, and the guide serves it.

The convention (docs/english-content.md): a text key ``x`` has a sibling ``x_en``; a list of texts
(``conditions``, ``legal_basis``) has an ``x_en`` list of the same length; nested mappings (steps,
material lines, fees, choices…) carry their own ``title_en``, ``note_en``… Keys used only to find
things (``keywords``, synonyms) may stay Chinese.
"""

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from api.catalog.loader import load_catalog, read_catalog
from api.catalog.snapshot import build_catalog
from tests.conftest import DEMO_CATALOG, gql

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
SEARCH_ONLY_KEYS = frozenset({"keywords", "synonyms"})
SEARCH_ONLY_FILES = frozenset({"synonyms.yaml"})


def _chinese(value: Any) -> bool:
    return isinstance(value, str) and bool(CJK.search(value))


def missing_english(node: Any, where: str) -> list[str]:
    """Where a Chinese text has no English of the same shape, walking mappings and lists."""
    problems: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if not isinstance(key, str) or key.endswith("_en") or key in SEARCH_ONLY_KEYS:
                continue
            here, english = f"{where}.{key}", node.get(f"{key}_en")
            if _chinese(value):
                if not (isinstance(english, str) and english.strip()):
                    problems.append(f"{here}: no {key}_en")
                elif _chinese(english):
                    problems.append(f"{here}_en is not English: {english}")
            elif isinstance(value, list) and any(_chinese(v) for v in value):
                if not (isinstance(english, list) and len(english) == len(value)):
                    problems.append(f"{here}: {key}_en must list {len(value)} texts")
                elif not all(isinstance(e, str) and e.strip() and not _chinese(e) for e in english):
                    problems.append(f"{here}_en has an empty or Chinese line")
            problems += missing_english(value, here)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            problems += missing_english(value, f"{where}[{i}]")
    return problems


def demo_files() -> list[Path]:
    return [p for p in sorted(DEMO_CATALOG.rglob("*.yaml")) if p.name not in SEARCH_ONLY_FILES]


@pytest.mark.parametrize("path", demo_files(), ids=lambda p: str(p.relative_to(DEMO_CATALOG)))
def test_every_chinese_text_of_the_demo_catalogue_has_its_english(path):
    document = yaml.safe_load(path.read_text("utf-8"))
    assert missing_english(document, path.name) == []


def test_the_walk_finds_what_lacks_english():
    document = [
        {
            "name": "结婚登记",
            "name_en": "Marriage registration",
            "summary": "双方到场",
            "conditions": ["年满二十", "无配偶"],
            "conditions_en": ["Aged 20"],
            "steps": [{"title": "申请", "title_en": "申请", "description": "提交", "place": "window"}],
            "fee": {"free": False, "description": "每证20元", "description_en": " "},
            "keywords": ["结婚"],
            "window": "21号窗口",
            "window_en": "Window 21",
        }
    ]
    assert missing_english(document, "x") == [
        "x[0].summary: no summary_en",
        "x[0].conditions: conditions_en must list 2 texts",
        "x[0].steps[0].title_en is not English: 申请",
        "x[0].steps[0].description: no description_en",
        "x[0].fee.description: no description_en",
    ]


async def test_the_loaded_demo_catalogue_carries_english_for_every_guide_text(database):
    await load_catalog(read_catalog(DEMO_CATALOG))
    catalog = await build_catalog()
    for item in catalog.items:
        assert item.summary_en and item.eligibility_en, item.code
        assert len(item.conditions_en) == len(item.conditions), item.code
        assert len(item.legal_basis_en) == len(item.legal_basis), item.code
        assert all(s.title_en and s.description_en for s in item.steps), item.code
        assert all(m.note_en for m in item.materials if m.note), item.code
        assert item.location.window_en, item.code
        assert item.fee.free or item.fee.description_en, item.code
    for bundle in catalog.bundles:
        assert bundle.summary_en and bundle.location.window_en, bundle.code
    for hall in catalog.halls:
        assert hall.address_en and hall.hours_en, hall.code
        assert (hall.weekend_hours is None) == (hall.weekend_hours_en is None), hall.code


GUIDE = """
query($code: String!) {
  guide(code: $code) {
    ... on ServiceItem {
      conditions conditionsEn legalBasis legalBasisEn summaryEn eligibilityEn
      materials { note noteEn }
      steps { title titleEn description descriptionEn }
      fee { description descriptionEn }
      location { window windowEn hall { address addressEn hours hoursEn weekendHoursEn } }
    }
    ... on Bundle { summaryEn location { windowEn } }
  }
}"""


def test_the_guide_serves_the_english_next_to_the_chinese(demo_client):
    item = gql(demo_client, GUIDE, {"code": "GA02"})["data"]["guide"]
    assert item["summaryEn"].startswith("Apply for a new resident ID card")
    assert len(item["conditionsEn"]) == len(item["conditions"]) == 3
    assert (
        item["legalBasisEn"][0] == "Resident Identity Card Law of the People's Republic of China, Article 11"
    )
    assert item["fee"]["descriptionEn"] == "Card fee for a replacement ID card: 20 yuan per card"
    assert item["location"]["windowEn"] == "Window 5"
    assert item["location"]["hall"]["addressEn"].startswith("Ground floor, Citizens' Centre")
    assert [s["titleEn"] for s in item["steps"]] == ["Book", "Acceptance", "Card production", "Collection"]
    assert all(m["noteEn"] for m in item["materials"] if m["note"])
    bundle = gql(demo_client, GUIDE, {"code": "B03"})["data"]["guide"]
    assert bundle["summaryEn"].startswith("To open a restaurant")
    assert bundle["location"]["windowEn"] == "Company start-up area, windows A1–A3"
