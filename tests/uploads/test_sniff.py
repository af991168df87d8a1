"""The type of a file comes from its bytes, never from its name or the client's word."""

from __future__ import annotations

import pytest

from api.uploads.errors import UploadRefused
from api.uploads.sniff import Kind, sniff
from tests.uploads import samples


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (samples.jpeg_with_gps(), Kind.JPEG),
        (samples.png(), Kind.PNG),
        (samples.webp_with_alpha(), Kind.WEBP),
        (samples.plain_pdf(), Kind.PDF),
    ],
)
def test_accepted_kinds(data, kind):
    assert sniff(data[:512]) is kind


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (samples.ELF, "ELF executable"),
        (samples.PE, "Windows executable"),
        (samples.HTML, "HTML page"),
        (b"\xef\xbb\xbf  \n<html><head></head></html>", "HTML page"),
        (samples.SVG, "SVG image"),
        (b"<svg onload=alert(1)>", "SVG image"),
        (samples.zip_archive(), "ZIP archive"),
        (b"GIF89a\x01\x00\x01\x00", "GIF image"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "HEIC/AVIF photo"),
        (b"#!/bin/sh\nrm -rf /\n", "script"),
        (b"just some text", "unrecognised format"),
        (b"", "empty file"),
    ],
)
def test_everything_else_is_refused_saying_what_it_is(data, what):
    with pytest.raises(UploadRefused) as refused:
        sniff(data[:512])
    assert refused.value.status == 415 and refused.value.code == "UPLOAD_TYPE_REFUSED"
    assert what in refused.value.message_en
    assert "JPEG" in refused.value.message and "PDF" in refused.value.message


def test_a_pdf_must_start_with_its_header():
    with pytest.raises(UploadRefused):
        sniff(b"\n" + samples.plain_pdf())
