"""POST /uploads and GET /uploads/{id} over HTTP, through the whole app."""

from __future__ import annotations

import hashlib

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from api.identity import tokens
from tests.conftest import make_settings
from tests.uploads import samples
from tests.uploads.conftest import files_in, make_user

MB = 1024 * 1024


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("uploads-http")
    settings = make_settings(tmp, f"sqlite://{tmp / 'db.sqlite3'}", upload_dir=tmp / "uploads")
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.fixture(scope="module")
def upload_dir(client):
    return client.app.state.settings.upload_dir


def _sign_in(client, name: str = "张三") -> dict:
    async def signed_in():
        user = await make_user(name)
        return (await tokens.start_session(client.app.state.identity.keys, user)).access_token

    return {"Authorization": f"Bearer {client.portal.call(signed_in)}"}


@pytest.fixture(scope="module")
def alice(client) -> dict:
    return _sign_in(client, "张三")


@pytest.fixture(scope="module")
def bob(client) -> dict:
    return _sign_in(client, "李四")


def _post(client, auth: dict | None, data: bytes, name: str = "photo.jpg", content_type: str = "image/jpeg"):
    return client.post("/uploads", files={"file": (name, data, content_type)}, headers=auth or {})


def _error_code(response) -> str:
    body = response.json()
    assert body["error"]["message"] and body["error"]["messageEn"], body
    return body["error"]["code"]


def test_a_photo_is_accepted_without_its_location_and_read_back_by_its_owner(client, alice, upload_dir):
    response = _post(client, alice, samples.jpeg_with_gps(), "IMG_0001.JPG")
    assert response.status_code == 201, response.text
    body = response.json()
    assert set(body) == {"id", "sha256", "contentType", "size", "width", "height", "name"}
    assert (body["contentType"], body["width"], body["height"], body["name"]) == (
        "image/jpeg",
        20,
        40,
        "IMG_0001.jpg",
    )
    assert response.headers["location"] == f"/uploads/{body['id']}"

    read = client.get(f"/uploads/{body['id']}", headers=alice)
    assert read.status_code == 200
    stored = upload_dir / body["sha256"][:2] / body["sha256"]
    assert read.content == stored.read_bytes()
    assert hashlib.sha256(read.content).hexdigest() == body["sha256"] and len(read.content) == body["size"]
    assert b"GPS" not in read.content and b"Exif" not in read.content
    assert read.headers["content-type"] == "image/jpeg"
    assert read.headers["cache-control"] == "private, max-age=3600"
    assert read.headers["x-content-type-options"] == "nosniff"
    assert read.headers["content-disposition"].startswith("inline")


def test_the_same_bytes_twice_give_the_same_upload(client, alice):
    data = samples.png(samples.two_colour(30, 30))
    first, again = _post(client, alice, data, "a.png", "image/png"), _post(client, alice, data, "b.png")
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json() and first.json()["contentType"] == "image/png"


def test_pdfs_are_accepted_and_served_inline(client, alice):
    data = samples.reportlab_pdf()
    response = _post(client, alice, data, "申请表.pdf", "application/pdf")
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["contentType"], body["width"], body["height"], body["name"]) == (
        "application/pdf",
        None,
        None,
        "申请表.pdf",
    )
    read = client.get(f"/uploads/{body['id']}", headers=alice)
    assert read.content == data and read.headers["content-type"] == "application/pdf"
    assert (
        read.headers["content-disposition"].startswith("inline;")
        and "filename*=utf-8''" in read.headers["content-disposition"]
    )


def test_a_pdf_with_javascript_is_refused_saying_why(client, alice, upload_dir):
    before = files_in(upload_dir)
    catalog = b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>"
    response = _post(
        client, alice, samples.pdf(catalog, samples.PAGES, samples.PAGE), "form.pdf", "application/pdf"
    )
    assert response.status_code == 415 and _error_code(response) == "PDF_ACTIVE_CONTENT"
    assert "JavaScript" in response.json()["error"]["message"]
    assert files_in(upload_dir) == before


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (samples.ELF, "ELF executable"),
        (samples.PE, "Windows executable"),
        (samples.HTML, "HTML page"),
        (samples.SVG, "SVG image"),
        (samples.zip_archive(), "ZIP archive"),
    ],
    ids=["elf", "pe", "html", "svg", "zip"],
)
def test_what_is_not_a_photo_or_pdf_is_refused_whatever_its_name(client, alice, upload_dir, data, what):
    before = files_in(upload_dir)
    response = _post(client, alice, data, "photo.jpg", "image/jpeg")
    assert response.status_code == 415 and _error_code(response) == "UPLOAD_TYPE_REFUSED"
    assert what in response.json()["error"]["messageEn"]
    assert files_in(upload_dir) == before


def _multipart(head_name: str = "big.jpg") -> tuple[bytes, bytes]:
    head = (
        b"--BOUNDARY\r\n"
        b'Content-Disposition: form-data; name="file"; filename="' + head_name.encode() + b'"\r\n'
        b"Content-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xe0"
    )
    return head, b"\r\n--BOUNDARY--\r\n"


MULTIPART = {"Content-Type": "multipart/form-data; boundary=BOUNDARY"}


def test_50_mb_with_an_honest_content_length_is_refused_before_reading(client, alice, upload_dir):
    before = files_in(upload_dir)
    head, tail = _multipart()
    body = head + b"\x00" * (50 * MB) + tail
    response = client.post("/uploads", content=body, headers={**alice, **MULTIPART})
    assert response.status_code == 413 and _error_code(response) == "UPLOAD_TOO_LARGE"
    assert "15 MB" in response.json()["error"]["message"]
    assert files_in(upload_dir) == before


def test_50_mb_streamed_without_a_content_length_is_cut_off(client, alice, upload_dir):
    before = files_in(upload_dir)
    head, tail = _multipart()

    def body():
        yield head
        for _ in range(50):
            yield b"\x00" * MB
        yield tail

    response = client.post("/uploads", content=body(), headers={**alice, **MULTIPART})
    assert response.status_code == 413 and _error_code(response) == "UPLOAD_TOO_LARGE"
    assert files_in(upload_dir) == before


def test_a_streamed_body_stops_being_read_once_past_the_limit(client, alice, upload_dir):
    """At the ASGI level, where the test sees how much of the body the app pulled."""
    before = files_in(upload_dir)
    head, tail = _multipart()
    pulled = 0
    chunks = iter([head, *([b"\x00" * MB] * 50), tail])

    async def receive():
        nonlocal pulled
        chunk = next(chunks, None)
        if chunk is None:
            return {"type": "http.request", "body": b"", "more_body": False}
        pulled += len(chunk)
        return {"type": "http.request", "body": chunk, "more_body": True}

    sent = []

    async def send(message):
        sent.append(message)

    headers = [(k.lower().encode(), v.encode()) for k, v in {**alice, **MULTIPART}.items()]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/uploads",
        "raw_path": b"/uploads",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
        "state": {},
    }
    client.portal.call(client.app, scope, receive, send)
    assert sent[0]["status"] == 413
    assert pulled <= 17 * MB  # the limit (15 MB) and a chunk, not the 50 MB
    assert files_in(upload_dir) == before


def test_a_slightly_too_big_file_is_refused_even_within_the_framing_allowance(client, alice, upload_dir):
    before = files_in(upload_dir)
    limit = client.app.state.settings.upload_max_bytes
    response = _post(client, alice, b"\xff\xd8\xff\xe0" + b"\x00" * (limit - 3))
    assert response.status_code == 413
    assert files_in(upload_dir) == before


def test_only_the_owner_reads_an_upload_others_are_told_it_does_not_exist(client, alice, bob):
    public_id = _post(client, alice, samples.jpeg_with_gps(1, 30, 30)).json()["id"]
    assert client.get(f"/uploads/{public_id}", headers=alice).status_code == 200
    other = client.get(f"/uploads/{public_id}", headers=bob)
    assert other.status_code == 404 and _error_code(other) == "UPLOAD_NOT_FOUND"
    missing = client.get("/uploads/AAAAAAAAAAAAAAAAAAAAAA", headers=alice)
    assert missing.status_code == 404 and missing.json() == other.json()
    anonymous = client.get(f"/uploads/{public_id}")
    assert anonymous.status_code == 401 and _error_code(anonymous) == "UNAUTHENTICATED"
    assert anonymous.headers["www-authenticate"].startswith("Bearer")
    forged = client.get(f"/uploads/{public_id}", headers={"Authorization": "Bearer not.a.token"})
    assert forged.status_code == 401


def test_uploading_needs_a_signed_in_person(client, upload_dir):
    before = files_in(upload_dir)
    anonymous = _post(client, None, samples.png())
    assert anonymous.status_code == 401 and _error_code(anonymous) == "UNAUTHENTICATED"
    async def registered() -> int:
        from api.identity.clients import register_client

        return (await register_client("小程序", frozenset(), None))[0].id

    # a client's own token (no citizen's grant of applications:write behind it) uploads nothing
    pk = client.portal.call(registered)
    token, _ = client.app.state.identity.keys.sign(f"client:{pk}", {"kind": "client", "scope": "catalog:read"})
    mini_program = _post(client, {"Authorization": f"Bearer {token}"}, samples.png())
    assert mini_program.status_code == 403 and _error_code(mini_program) == "UPLOAD_FORBIDDEN"
    # a token of a client that does not exist (or is suspended) is refused outright
    ghost, _ = client.app.state.identity.keys.sign("client:999999", {"kind": "client", "scope": "catalog:read"})
    assert _post(client, {"Authorization": f"Bearer {ghost}"}, samples.png()).status_code == 401
    assert files_in(upload_dir) == before


def test_malformed_requests(client, alice, upload_dir):
    before = files_in(upload_dir)
    not_multipart = client.post(
        "/uploads", content=samples.png(), headers={**alice, "Content-Type": "image/png"}
    )
    assert not_multipart.status_code == 400 and _error_code(not_multipart) == "UPLOAD_NOT_MULTIPART"
    no_file = client.post("/uploads", files={"other": ("a.png", samples.png(), "image/png")}, headers=alice)
    assert no_file.status_code == 400 and _error_code(no_file) == "UPLOAD_NO_FILE"
    two = client.post(
        "/uploads",
        files=[
            ("file", ("a.png", samples.png(), "image/png")),
            ("file", ("b.png", samples.png(), "image/png")),
        ],
        headers=alice,
    )
    assert two.status_code == 400 and _error_code(two) == "UPLOAD_ONE_FILE"
    head, _ = _multipart()
    cut = client.post("/uploads", content=head + b"\x00" * 1000, headers={**alice, **MULTIPART})
    assert cut.status_code == 400 and _error_code(cut) == "UPLOAD_INCOMPLETE"
    empty = _post(client, alice, b"")
    assert empty.status_code == 400 and _error_code(empty) == "UPLOAD_EMPTY"
    assert files_in(upload_dir) == before
