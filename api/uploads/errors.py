"""Why an upload is refused: a ``Failure`` with the HTTP status the route answers with."""

from __future__ import annotations

from api.failures import Failure


class UploadRefused(Failure):
    def __init__(self, status: int, code: str, message: str, message_en: str):
        super().__init__(code, message, message_en)
        self.status = status

    def as_json(self) -> dict:
        return {"error": {"code": self.code, "message": self.message, "messageEn": self.message_en}}


def _megabytes(limit: int) -> str:
    return f"{limit / (1024 * 1024):g} MB"


def too_large(limit: int) -> UploadRefused:
    size = _megabytes(limit)
    return UploadRefused(
        413, "UPLOAD_TOO_LARGE", f"文件太大，不能超过 {size}", f"The file is too large: the limit is {size}"
    )


def type_refused(what_zh: str, what_en: str) -> UploadRefused:
    return UploadRefused(
        415,
        "UPLOAD_TYPE_REFUSED",
        f"不支持的文件类型（{what_zh}）。请上传 JPEG、PNG、WebP 照片或 PDF 文件",
        f"Unsupported file type ({what_en}). Upload a JPEG, PNG or WebP photo or a PDF",
    )


def bad_request(code: str, message: str, message_en: str) -> UploadRefused:
    return UploadRefused(400, code, message, message_en)
