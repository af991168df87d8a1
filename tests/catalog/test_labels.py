"""Every field a licence can carry has a name in the catalogue, in zh-CN and English: the wallet and the
verifier never show internal keys ("applicant_name", "business_area") or raw choice values ("llc")."""

from __future__ import annotations

import pytest_asyncio

from api.catalog.labels import LicenceLabels
from api.catalog.loader import load_catalog
from api.catalog.snapshot import build_catalog
from api.review.licences import licence_fields
from api.review.policies import certificate_type
from api.wallet.demo import DEMO_LICENCES
from tests.applications.conftest import valid_data


@pytest_asyncio.fixture
async def catalog(database, demo_source):
    await load_catalog(demo_source)
    return await build_catalog()


def _named(labels: LicenceLabels, type_code: str, key: str) -> None:
    zh, en = labels.label(type_code, key)
    assert zh != key and en != key, (type_code, key)
    assert not zh.isascii(), (type_code, key, zh)


async def test_every_field_an_approval_can_put_on_a_certificate_is_named(catalog):
    labels = catalog.licence_labels
    seen = 0
    for entry in (*catalog.items, *catalog.bundles):
        items = getattr(entry, "items", (entry,))
        data = valid_data(entry.form_schema)
        for item in items:
            type_code = certificate_type(item)
            if type_code is None:
                continue
            for key in [*licence_fields(entry.form_schema, data, item.code, type_code), "name"]:
                _named(labels, type_code, key)
                seen += 1
    assert seen > 50


async def test_the_demo_licences_fields_are_named(catalog):
    for type_code, (_, values, _) in DEMO_LICENCES.items():
        for key in values:
            _named(catalog.licence_labels, type_code, key)


async def test_labels_depend_on_the_licence_type_and_choices_are_named(catalog):
    labels = catalog.licence_labels
    assert labels.label("birth_certificate", "name") == ("新生儿姓名", "Child's name")
    assert labels.label("business_licence", "name") == ("名称", "Name")
    assert labels.label("food_business_licence", "business_area")[0] != "business_area"
    assert labels.label("business_licence", "applicant_name") == ("申请人姓名", "Applicant's name")
    assert labels.value("company_type", "llc") == ("有限责任公司", "Limited liability company")
    assert labels.value("unknown_key", "llc") == ("llc", "llc")


def test_an_empty_catalogue_falls_back_to_the_key():
    assert LicenceLabels().label("x", "odd_key") == ("odd_key", "odd_key")
    assert LicenceLabels().label(None, "holder_name") == ("持证人", "Holder")
