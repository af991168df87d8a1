"""What a file is, decided from its first bytes only: never from its name or the client's content type."""

from __future__ import annotations

from enum import StrEnum

from api.uploads import errors

HEAD_BYTES = 512  # how much of the start of a file ``sniff`` needs


class Kind(StrEnum):
    JPEG = "jpeg"
    PNG = "png"
    WEBP = "webp"
    PDF = "pdf"

    @property
    def is_image(self) -> bool:
        return self is not Kind.PDF


# Signatures of things that are refused, to say what the file really is.
_REFUSED_PREFIXES: tuple[tuple[bytes, str, str], ...] = (
    (b"\x7fELF", "可执行程序", "an ELF executable"),
    (b"MZ", "Windows 可执行程序", "a Windows executable"),
    (b"\xfe\xed\xfa\xce", "可执行程序", "a Mach-O executable"),
    (b"\xfe\xed\xfa\xcf", "可执行程序", "a Mach-O executable"),
    (b"\xce\xfa\xed\xfe", "可执行程序", "a Mach-O executable"),
    (b"\xcf\xfa\xed\xfe", "可执行程序", "a Mach-O executable"),
    (b"\xca\xfe\xba\xbe", "可执行程序", "a Mach-O or Java executable"),
    (b"#!", "脚本", "a script"),
    (b"PK\x03\x04", "ZIP 压缩包或 Office 文档", "a ZIP archive or Office document"),
    (b"PK\x05\x06", "ZIP 压缩包", "a ZIP archive"),
    (b"Rar!\x1a\x07", "RAR 压缩包", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z 压缩包", "a 7z archive"),
    (b"\x1f\x8b", "gzip 压缩包", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office 文档", "an Office document"),
    (b"GIF87a", "GIF 图片", "a GIF image"),
    (b"GIF89a", "GIF 图片", "a GIF image"),
    (b"BM", "BMP 图片", "a BMP image"),
    (b"II*\x00", "TIFF 图片", "a TIFF image"),
    (b"MM\x00*", "TIFF 图片", "a TIFF image"),
)

_MARKUP: tuple[tuple[bytes, str, str], ...] = (
    (b"<svg", "SVG 图片", "an SVG image"),
    (b"<!doctype html", "网页（HTML）", "an HTML page"),
    (b"<html", "网页（HTML）", "an HTML page"),
    (b"<head", "网页（HTML）", "an HTML page"),
    (b"<body", "网页（HTML）", "an HTML page"),
    (b"<script", "网页（HTML）", "an HTML page"),
    (b"<iframe", "网页（HTML）", "an HTML page"),
    (b"<?xml", "XML 文档", "an XML document"),
)

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis"}


def sniff(head: bytes) -> Kind:
    """The kind of an accepted file from its first ``HEAD_BYTES`` bytes; anything else raises
    ``UploadRefused`` (415) naming what the file appears to be."""
    if head.startswith(b"\xff\xd8\xff"):
        return Kind.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Kind.PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Kind.WEBP
    if head.startswith(b"%PDF-"):
        return Kind.PDF
    what, what_en = describe(head)
    raise errors.UploadRefused(errors.UploadError.UPLOAD_TYPE_REFUSED, what=what, what_en=what_en)


def describe(head: bytes) -> tuple[str, str]:
    """What a refused file appears to be (zh-CN, en)."""
    if not head:
        return "空文件", "an empty file"
    if head[4:8] == b"ftyp":
        if head[8:12] in _HEIF_BRANDS:
            return (
                "HEIC/AVIF 照片，请在相机设置中选择“兼容性最佳”或截图后上传",
                "a HEIC/AVIF photo; choose 'Most Compatible' in the camera settings",
            )
        return "视频", "a video"
    if head[:4] == b"RIFF":
        return "音视频文件", "an audio or video file"
    for prefix, zh, en in _REFUSED_PREFIXES:
        if head.startswith(prefix):
            return zh, en
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n\x00").lower()
    if text.startswith(b"<?xml") and b"<svg" in text:
        return "SVG 图片", "an SVG image"
    if text.startswith(b"<!--") and (b"<html" in text or b"<svg" in text):
        return ("SVG 图片", "an SVG image") if b"<svg" in text else ("网页（HTML）", "an HTML page")
    for prefix, zh, en in _MARKUP:
        if text.startswith(prefix):
            return zh, en
    if b"<html" in text or b"<script" in text:
        return "网页（HTML）", "an HTML page"
    return "无法识别的格式", "an unrecognised format"
