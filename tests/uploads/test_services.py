"""Accepting uploads without HTTP: stored once per content, one row per (owner, content), no leftovers."""

from __future__ import annotations

import hashlib

import pytest

from api.uploads import services
from api.uploads.errors import UploadRefused
from api.uploads.models import Upload
from tests.uploads import samples
from tests.uploads.conftest import files_in, make_user


async def test_a_photo_is_stored_by_the_hash_of_what_is_kept(owner, store):
    upload = await services.accept_bytes(owner.id, samples.jpeg_with_gps(), "IMG_0001.JPG", store)
    stored = store.path_for(upload.sha256)
    data = stored.read_bytes()
    assert hashlib.sha256(data).hexdigest() == upload.sha256 and len(data) == upload.size
    assert b"GPS" not in data and b"Exif" not in data
    assert (upload.content_type, upload.width, upload.height) == ("image/jpeg", 20, 40)
    assert upload.original_name == "IMG_0001.jpg"
    assert len(upload.public_id) >= 22 and upload.public_id != str(upload.id)
    assert files_in(store.root) == [stored]  # the temporary files are gone


async def test_same_bytes_from_the_same_person_give_the_same_row(owner, store):
    data = samples.jpeg_with_gps()
    first = await services.accept_bytes(owner.id, data, "a.jpg", store)
    again = await services.accept_bytes(owner.id, data, "b.jpg", store)
    assert again.id == first.id and again.public_id == first.public_id
    other = await services.accept_bytes((await make_user("李四")).id, data, "a.jpg", store)
    assert other.id != first.id and other.sha256 == first.sha256  # their own row, one stored file
    assert await Upload.filter(sha256=first.sha256).count() == 2
    assert len(files_in(store.root)) == 1


async def test_pdfs_are_stored_as_sent(owner, store):
    data = samples.reportlab_pdf()
    upload = await services.accept_bytes(owner.id, data, "申请表.pdf", store)
    assert store.path_for(upload.sha256).read_bytes() == data
    assert (upload.content_type, upload.width, upload.height) == ("application/pdf", None, None)
    assert upload.sha256 == hashlib.sha256(data).hexdigest() and upload.original_name == "申请表.pdf"


async def test_webp_is_kept_as_jpeg_and_named_so(owner, store):
    upload = await services.accept_bytes(owner.id, samples.webp_with_alpha(), "scan.webp", store)
    assert upload.content_type == "image/jpeg" and upload.original_name == "scan.jpg"


@pytest.mark.parametrize(
    "data",
    [samples.ELF, samples.HTML, samples.jpeg_with_gps()[:200], samples.png_header_only(9000, 9000)],
    ids=["elf", "html", "truncated-jpeg", "pixel-bomb"],
)
async def test_a_refusal_leaves_nothing_behind(owner, store, data):
    with pytest.raises(UploadRefused):
        await services.accept_bytes(owner.id, data, "photo.jpg", store)
    assert files_in(store.root) == []
    assert await Upload.all().count() == 0


@pytest.mark.parametrize(
    ("name", "content_type", "shown"),
    [
        ("photo.jpg", "image/jpeg", "photo.jpg"),
        ("C:\\Users\\张三\\Desktop\\身份证 正面.JPEG", "image/jpeg", "身份证 正面.jpeg"),
        ("../../etc/passwd", "application/pdf", "passwd.pdf"),
        ("invoice\u202egpj.exe", "image/jpeg", "invoicegpj.jpg"),  # right-to-left override removed
        ("a\x00b\r\nc.png", "image/png", "abc.png"),
        ('x"; filename="evil.html', "image/png", "x__ filename=_evil.png"),
        ("photo.jpg.exe", "image/jpeg", "photo.jpg.jpg"),
        ("", "image/jpeg", "照片.jpg"),
        (None, "application/pdf", "文件.pdf"),
        ("...", "image/png", "图片.png"),
        ("报告" * 100 + ".pdf", "application/pdf", "报告" * 58 + ".pdf"),
    ],
)
def test_display_names_are_sanitized(name, content_type, shown):
    result = services.display_name(name, content_type)
    assert result == shown and len(result) <= services.MAX_NAME


async def test_find_upload_only_takes_well_formed_public_ids(owner, store):
    upload = await services.accept_bytes(owner.id, samples.png(), "a.png", store)
    assert (await services.find_upload(upload.public_id)).id == upload.id
    assert await services.find_upload(str(upload.id)) is None
    assert await services.find_upload("../" + upload.public_id) is None
