"""The whole catalogue as files (export → import), and what a publication leaves alone: applications
keep the form they were filed with; a restart does not reload the files over a publication."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys

import pytest
import yaml

from api.applications import services as applications
from api.applications.enums import ActorKind
from api.applications.workflow import Actor
from api.catalog import forms
from api.catalog import models as cm
from api.catalog.document import read_document, write_document
from api.catalog.loader import load_catalog
from api.catalog.snapshot import CatalogCache
from api.catalog_admin.services import drafts, files, publishing
from api.failures import Failure
from api.identity.enums import Role
from tests.applications.conftest import make_user, uploads_for, valid_data
from tests.catalog_admin.conftest import entry
from tests.conftest import DEMO_CATALOG
from tests.test_cli import ROOT


def _files(directory) -> dict[str, bytes]:
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*.yaml"))}


async def test_export_then_import_is_identical_and_a_changed_file_is_the_next_revision(loaded, tmp_path):
    first, second = tmp_path / "r1", tmp_path / "r2"
    number, written = await files.export_revision(first)
    assert number == 1 and len(written) == 7 + len(list((DEMO_CATALOG / "items").glob("*.yaml")))  # 6 files, synonyms, items
    assert read_document(first) == read_document(DEMO_CATALOG)  # the demo files, as a document
    with pytest.raises(Failure) as same:  # importing what is there is no new revision
        await files.import_directory(first)
    assert same.value.code == "NOTHING_TO_PUBLISH"

    materials = yaml.safe_load((first / "materials.yaml").read_text("utf-8"))
    materials[0]["name"], materials[0]["name_en"] = "居民身份证（新）", "Resident ID card (new)"
    (first / "materials.yaml").write_text(yaml.safe_dump(materials, allow_unicode=True), "utf-8")
    imported = await files.import_directory(first, note="导入测试")
    assert imported.revision == 2 and imported.publication.note == "导入测试"
    await files.export_revision(second)
    write_document(read_document(first), first)  # the imported files as the exporter writes them
    assert _files(first) == _files(second)


async def test_an_import_is_checked_like_a_draft(loaded, tmp_path):
    await files.export_revision(tmp_path)
    bundles = yaml.safe_load((tmp_path / "bundles.yaml").read_text("utf-8"))
    bundles[0]["items"].append("NOPE1")
    (tmp_path / "bundles.yaml").write_text(yaml.safe_dump(bundles, allow_unicode=True), "utf-8")
    with pytest.raises(publishing.PublishRefused) as refused:
        await files.import_directory(tmp_path)
    assert any("NOPE1" in p.message_en for p in refused.value.problems)
    assert await cm.CatalogPublication.all().count() == 1


async def test_an_application_keeps_the_form_it_was_filed_with(admin):
    catalog = await CatalogCache(0).get()
    citizen = await make_user("申请人", [Role.CITIZEN])
    code = "CG01"
    schema = forms.form_for(catalog, code)
    world = type("W", (), {"catalog": catalog, "citizen": citizen})
    sub = applications.Submission(
        code=code,
        data=valid_data(schema),
        materials=await uploads_for(world, code),  # type: ignore[arg-type]
        idempotency_key=secrets.token_hex(8),
    )
    filed = (
        await applications.submit(catalog, citizen, Actor(ActorKind.APPLICANT, citizen.id), sub)
    ).application

    label = await entry(admin, "fields", "company_name")
    label["name"], label["name_en"] = "市场主体名称", "Name of the market entity"
    await drafts.save_entry(admin, "fields", "company_name", label)
    await publishing.publish_draft(admin, "字段名称")

    now = await CatalogCache(0).get()
    new_form = forms.form_for(now, code)
    assert new_form.revision == 2 and new_form.field("company_name").name == "市场主体名称"  # type: ignore[union-attr]
    await filed.refresh_from_db()
    kept = forms.FormSchema.from_json(filed.form_schema)
    assert kept.revision == 1 and kept.field("company_name").name == "企业名称"  # type: ignore[union-attr]


async def test_a_restart_does_not_load_the_files_over_a_publication(admin, demo_source):
    card = await entry(admin, "materials", "id_card")
    card["name"] = "身份证"
    await drafts.save_entry(admin, "materials", "id_card", card)
    await publishing.publish_draft(admin, "")
    again = await load_catalog(demo_source)  # what `serve --demo` does at every start
    assert not again.changed and again.revision == 2
    assert (await cm.MaterialType.get(code="id_card")).name == "身份证"


def test_the_command_line_exports_and_imports(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite://{tmp_path / 'cli.sqlite3'}",
        "ONEVISIT_DATA_KEY_FILE": str(tmp_path / "key"),
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "api", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    assert run("load-catalog").returncode == 0
    out = tmp_path / "export"
    exported = run("catalog", "export", str(out))
    assert exported.returncode == 0, exported.stderr
    assert "exported revision 1" in exported.stdout
    assert read_document(out) == read_document(DEMO_CATALOG)
    halls = yaml.safe_load((out / "halls.yaml").read_text("utf-8"))
    halls[0]["phone"] = "029-85210000"
    (out / "halls.yaml").write_text(yaml.safe_dump(halls, allow_unicode=True), "utf-8")
    imported = run("catalog", "import", str(out), "--note", "热线变更")
    assert imported.returncode == 0, imported.stderr
    assert "as revision 2" in imported.stdout
    halls[0]["address"] = "新地址"  # a text without its English
    halls[0].pop("address_en", None)
    (out / "halls.yaml").write_text(yaml.safe_dump(halls, allow_unicode=True), "utf-8")
    refused = run("catalog", "import", str(out))
    assert refused.returncode != 0 and "halls/CA address_en: no English" in refused.stderr
