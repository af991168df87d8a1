"""PDFs are accepted when complete and without scripts, launch actions or attachments."""

from __future__ import annotations

import zlib

import pytest

from api.uploads.errors import UploadRefused
from api.uploads.pdf import check_pdf
from tests.uploads import samples
from tests.uploads.samples import CATALOG, PAGE, PAGES, pdf, stream


def _refusal(data: bytes) -> UploadRefused:
    with pytest.raises(UploadRefused) as refused:
        check_pdf(data)
    return refused.value


def test_plain_and_office_pdfs_pass():
    check_pdf(samples.plain_pdf())
    check_pdf(samples.reportlab_pdf())


def test_binary_stream_data_that_happens_to_hold_slash_js_is_fine():
    image = stream(b"/Type /XObject /Subtype /Image /Width 1 /Height 1", b"\x00/JS \x01/JS(" * 50)
    check_pdf(pdf(CATALOG, PAGES, PAGE, image))


def test_javascript_is_refused_and_the_error_says_why():
    action = b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>"
    refused = _refusal(pdf(action, PAGES, PAGE))
    assert refused.status == 415 and refused.code == "PDF_ACTIVE_CONTENT"
    assert "JavaScript" in refused.message and "JavaScript" in refused.message_en


@pytest.mark.parametrize(
    ("catalog", "what"),
    [
        (b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>", "JavaScript"),
        (b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Launch /F (cmd.exe) >> >>", "Launch"),
        (b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 4 0 R >> >>", "EmbeddedFile"),
        (b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Java#53cript /J#53 (x) >> >>", "JavaScript"),
    ],
)
def test_active_content_is_refused(catalog, what):
    js = b"<< /JS 5 0 R /S /JavaScript >>"
    refused = _refusal(pdf(catalog, PAGES, PAGE, js, stream(b"", b"app.alert(1)")))
    assert refused.code == "PDF_ACTIVE_CONTENT" and what in refused.message_en


def test_an_embedded_file_stream_is_refused():
    attachment = stream(b"/Type /EmbeddedFile", b"MZ\x90\x00 payload")
    assert _refusal(pdf(CATALOG, PAGES, PAGE, attachment)).code == "PDF_ACTIVE_CONTENT"


def test_javascript_hidden_in_a_compressed_object_stream_is_found():
    objects = b"5 0 "
    body = b"<< /S /JavaScript /JS (app.launchURL('http://evil.example')) >>"
    content = zlib.compress(objects + body)
    object_stream = stream(b"/Type /ObjStm /N 1 /First %d /Filter /FlateDecode" % len(objects), content)
    refused = _refusal(pdf(CATALOG, PAGES, PAGE, object_stream))
    assert refused.code == "PDF_ACTIVE_CONTENT"


def test_a_short_js_key_in_an_object_stream_is_found_too():
    content = zlib.compress(b"5 0 << /Type /Action /JS 9 0 R >>")
    object_stream = stream(b"/N 1 /First 4 /Filter [/FlateDecode]", content)
    assert _refusal(pdf(CATALOG, PAGES, PAGE, object_stream)).code == "PDF_ACTIVE_CONTENT"


def test_object_streams_in_encodings_that_cannot_be_checked_are_refused():
    object_stream = stream(b"/Type /ObjStm /N 1 /First 4 /Filter /LZWDecode", b"\x80\x0b\x60\x50")
    assert _refusal(pdf(CATALOG, PAGES, PAGE, object_stream)).code == "PDF_UNSUPPORTED"


def test_a_fake_stream_keyword_does_not_hide_javascript():
    trick = b"<< /T (x) >>\nstream\n) >> endobj 9 0 obj << /S /JavaScript /JS (1) >> endstream"
    assert _refusal(pdf(CATALOG, PAGES, PAGE, trick)).code == "PDF_ACTIVE_CONTENT"


def test_encrypted_pdfs_are_refused():
    data = pdf(
        CATALOG, PAGES, PAGE, b"<< /Filter /Standard /V 2 >>", trailer=b"<< /Root 1 0 R /Encrypt 4 0 R >>"
    )
    refused = _refusal(data)
    assert refused.code == "PDF_ENCRYPTED" and refused.status == 415


def test_a_truncated_pdf_is_refused():
    data = samples.plain_pdf()
    refused = _refusal(data[: len(data) // 2])
    assert refused.status == 400 and refused.code == "PDF_INVALID"


def test_a_compression_bomb_in_an_object_stream_is_refused():
    content = zlib.compress(b" " * (65 * 1024 * 1024), 9)
    object_stream = stream(b"/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", content)
    assert _refusal(pdf(CATALOG, PAGES, PAGE, object_stream)).code == "PDF_TOO_COMPLEX"
