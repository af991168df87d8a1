"""Every refusal of an upload has its code in one enum and its HTTP status in one table."""

from __future__ import annotations

import pytest

from api.uploads.errors import UploadError, UploadRefused, too_large


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (UploadError.UPLOAD_FORBIDDEN, 403),
        (UploadError.UPLOAD_NOT_FOUND, 404),
        (UploadError.UPLOAD_EMPTY, 400),
        (UploadError.IMAGE_INVALID, 400),
        (UploadError.PDF_INVALID, 400),
        (UploadError.PDF_ENCRYPTED, 415),
        (UploadError.IMAGE_TOO_MANY_PIXELS, 413),
    ],
)
def test_each_refusal_has_its_status(error, status):
    refused = UploadRefused(error, megapixels="40")
    assert refused.status == status and refused.code == error.name
    assert refused.as_json() == {
        "error": {"code": error.name, "message": refused.message, "messageEn": refused.message_en}
    }


def test_too_large_names_the_limit():
    refused = too_large(15 * 1024 * 1024)
    assert refused.status == 413 and refused.code == "UPLOAD_TOO_LARGE"
    assert "15 MB" in refused.message and "15 MB" in refused.message_en


def test_upload_failure_codes_are_distinct():
    assert len(UploadError.__members__) == len(list(UploadError))
