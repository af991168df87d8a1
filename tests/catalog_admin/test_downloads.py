"""表格下载、示范文本: a material's blank form or sample is an upload the catalogue lists; once
published, anyone downloads it from /catalogue-files/<id>; no other upload is served there."""

from __future__ import annotations

import hashlib

import pytest
from starlette.requests import Request

from api.catalog.snapshot import CatalogCache
from api.catalog_admin.policies import AdminScope
from api.catalog_admin.services import drafts, publishing
from api.uploads.models import Upload
from api.uploads.storage import UploadStore
from api.web.catalogue_files import CatalogueFiles
from tests.catalog_admin.conftest import entry
from tests.conftest import make_settings

PDF = b"%PDF-1.4\n% a blank application form\n%%EOF\n"


async def _upload(owner_id: int, store: UploadStore, content: bytes) -> Upload:
    digest = hashlib.sha256(content).hexdigest()
    path = store.path_for(digest)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return await Upload.create(
        owner_id=owner_id,
        sha256=digest,
        content_type="application/pdf",
        size=len(content),
        original_name="表.pdf",
    )


def _get(public_id: str) -> Request:
    return Request(
        {"type": "http", "method": "GET", "path": "/", "headers": [], "path_params": {"public_id": public_id}}
    )


async def test_a_published_blank_form_is_downloadable_by_anyone_and_nothing_else_is(
    admin: AdminScope, tmp_path, database
):
    settings = make_settings(tmp_path, database, upload_dir=tmp_path / "uploads")
    store = UploadStore(settings.upload_dir)
    form = await _upload(admin.user_id, store, PDF)
    other = await _upload(admin.user_id, store, b"%PDF-1.4\n% an applicant's material\n%%EOF\n")
    files = CatalogueFiles(settings, CatalogCache(0))
    assert (await files.read(_get(form.public_id))).status_code == 404  # not published yet

    material = await entry(admin, "materials", "application_form")
    material["downloads"] = [
        {
            "kind": "blank_form",
            "name": "申请表（空白）",
            "name_en": "Application form (blank)",
            "file": form.public_id,
        },
        {
            "kind": "sample",
            "name": "填写示范",
            "name_en": "Filled-in sample",
            "file": "no-such-upload-id-000",
        },
    ]
    await drafts.save_entry(admin, "materials", "application_form", material)
    with pytest.raises(publishing.PublishRefused) as refused:
        await publishing.publish_draft(admin, "")
    assert [(p.where, p.field) for p in refused.value.problems] == [
        ("materials/application_form", "downloads[1].file")
    ]

    material["downloads"] = material["downloads"][:1]
    await drafts.save_entry(admin, "materials", "application_form", material)
    await publishing.publish_draft(admin, "表格下载")
    catalog = await CatalogCache(0).get()
    line = next(m for i in catalog.items for m in i.materials if m.material.code == "application_form")
    assert [(d.kind, d.name, d.url) for d in line.material.downloads] == [
        ("blank_form", "申请表（空白）", f"/catalogue-files/{form.public_id}")
    ]
    served = await files.read(_get(form.public_id))
    assert served.status_code == 200 and served.headers["content-type"] == "application/pdf"
    assert "attachment" in served.headers["content-disposition"]
    assert (
        await files.read(_get(other.public_id))
    ).status_code == 404  # an upload the catalogue does not list
