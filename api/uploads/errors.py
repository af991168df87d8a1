"""Why an upload is refused: one ``UploadError`` enum of the codes (the member's name is the code clients
see), and ``UploadRefused``, the ``Failure`` the routes answer with the HTTP status of its code."""

from __future__ import annotations

from typing import Any

from api.failures import ErrorCode, Failure


class UploadError(ErrorCode):
    # --- the request ------------------------------------------------------------------------------
    UPLOAD_FORBIDDEN = (
        "只有登录的个人用户可以上传材料",
        "Only signed-in people may upload materials (not API clients)",
    )
    UPLOAD_NOT_FOUND = ("文件不存在", "No such upload")
    UPLOAD_NOT_MULTIPART = (
        "请以 multipart/form-data 格式上传，文件字段名为 file",
        "Send multipart/form-data with the file in a part named 'file'",
    )
    BAD_CONTENT_LENGTH = ("请求头有误", "Invalid Content-Length")
    UPLOAD_MALFORMED = ("上传数据格式有误", "Malformed multipart body")
    UPLOAD_ONE_FILE = ("一次只能上传一个文件", "Send one file per request (one part named 'file')")
    UPLOAD_NO_FILE = ("没有收到文件", "No part named 'file' was sent")
    UPLOAD_INCOMPLETE = ("文件未完整上传，请重试", "The upload is incomplete")
    UPLOAD_EMPTY = ("文件是空的", "The file is empty")
    UPLOAD_TOO_LARGE = ("文件太大，不能超过 {size}", "The file is too large: the limit is {size}")
    # --- the content ------------------------------------------------------------------------------
    UPLOAD_TYPE_REFUSED = (
        "不支持的文件类型（{what}）。请上传 JPEG、PNG、WebP 照片或 PDF 文件",
        "Unsupported file type ({what_en}). Upload a JPEG, PNG or WebP photo or a PDF",
    )
    IMAGE_TOO_MANY_PIXELS = (
        "图片尺寸过大（超过 {megapixels} 百万像素），请用相机的标准模式拍摄后上传",
        "The image has too many pixels (more than {megapixels} megapixels); use the camera's standard mode",
    )
    IMAGE_INVALID = ("图片已损坏或不完整，请重新拍摄或选择", "The image is damaged or incomplete")
    PDF_INVALID = (
        "PDF 文件不完整或已损坏，请重新导出后上传",
        "The PDF is incomplete or damaged (no %%EOF at its end)",
    )
    PDF_TOO_COMPLEX = ("PDF 文件内容过于复杂，无法完成安全检查", "The PDF is too complex to be checked")
    PDF_HTML = (
        "PDF 文件中含有网页代码（HTML），请打印为新的 PDF 后上传",
        "The PDF contains web page markup (HTML); print it to a new PDF and upload that",
    )
    PDF_ENCRYPTED = (
        "PDF 文件已加密或设有密码，无法检查和审核，请上传未加密的文件",
        "The PDF is encrypted or password-protected, so it cannot be checked or reviewed",
    )
    PDF_UNSUPPORTED = (
        "PDF 文件使用了无法检查的编码方式，请重新导出后上传",
        "The PDF uses an encoding that cannot be checked; export it again",
    )
    PDF_ACTIVE_CONTENT = (
        "出于安全考虑，不能上传含有{what}的 PDF。请打印为新的 PDF 或拍照后上传",
        "For security, PDFs containing {what_en} are refused. Print it to a new PDF or upload a photo",
    )


# The HTTP status each refusal is answered with (400 when not listed).
STATUS: dict[UploadError, int] = {
    UploadError.UPLOAD_FORBIDDEN: 403,
    UploadError.UPLOAD_NOT_FOUND: 404,
    UploadError.UPLOAD_TOO_LARGE: 413,
    UploadError.IMAGE_TOO_MANY_PIXELS: 413,
    UploadError.UPLOAD_TYPE_REFUSED: 415,
    UploadError.PDF_TOO_COMPLEX: 415,
    UploadError.PDF_HTML: 415,
    UploadError.PDF_ENCRYPTED: 415,
    UploadError.PDF_UNSUPPORTED: 415,
    UploadError.PDF_ACTIVE_CONTENT: 415,
}


class UploadRefused(Failure):
    def __init__(self, error: UploadError, **values: Any):
        super().__init__(error, **values)
        self.status = STATUS.get(error, 400)

    def as_json(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "messageEn": self.message_en}}


def too_large(limit: int) -> UploadRefused:
    return UploadRefused(UploadError.UPLOAD_TOO_LARGE, size=f"{limit / (1024 * 1024):g} MB")
