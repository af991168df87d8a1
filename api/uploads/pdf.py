"""Checks of uploaded PDFs: complete, not encrypted, without active content, and not HTML in disguise.

A PDF reader finds objects in the file's plain text and in object streams (compressed, PDF 1.5+), so
both are searched for the names that make a PDF do things: scripts, launching programs, attached files,
actions run on opening (``/OpenAction`` of any kind, even a harmless "show page 1"), form submission,
XFA forms and rich media. Names may be written with ``#xx`` escapes (``/Open#41ction``): they are
decoded before comparing. Object streams in an encoding that cannot be decoded here are refused.
What is not claimed: content streams (page drawing, fonts, images) are inflated only when Flate-coded
and only while a budget lasts, and only the long names are looked for in them (a reader never takes
actions from them, so this is a second net, not the check).

A browser that sniffs content reads the raw bytes, not a PDF's decoded streams: HTML markup anywhere
in the raw file (``<html``, ``<script``, … — a PDF/HTML polyglot) is refused.
CPU work: call ``check_pdf`` in a worker thread.
"""

from __future__ import annotations

import re
import zlib

from api.uploads.errors import UploadError, UploadRefused

EOF_WINDOW = 1024  # readers look for %%EOF in the last 1 KiB
MAX_INFLATED = 64 * 1024 * 1024  # decompressed bytes of object streams inspected per file

# name -> (zh, en) of what it does
ACTIVE_NAMES: dict[bytes, tuple[str, str]] = {
    b"JavaScript": ("脚本（JavaScript）", "JavaScript"),
    b"JS": ("脚本（JavaScript）", "JavaScript"),
    b"Launch": ("启动程序的动作（Launch）", "an action that launches programs (/Launch)"),
    b"EmbeddedFile": ("嵌入的附件（EmbeddedFile）", "embedded files (/EmbeddedFile)"),
    b"EmbeddedFiles": ("嵌入的附件（EmbeddedFile）", "embedded files (/EmbeddedFile)"),
    b"OpenAction": ("打开时自动执行的动作（OpenAction）", "an action run on opening (/OpenAction)"),
    b"SubmitForm": ("提交表单的动作（SubmitForm）", "a form submission action (/SubmitForm)"),
    b"XFA": ("XFA 动态表单", "an XFA form (/XFA)"),
    b"RichMedia": ("富媒体（RichMedia）", "rich media (/RichMedia)"),
}
# Names long enough never to occur by chance in binary data: searched in every byte of the file.
_LONG_NAMES = {name for name in ACTIVE_NAMES if len(name) >= 6}

_NAME = re.compile(rb"/([^\x00\t\n\x0c\r ()<>\[\]{}/%]*)")
_HEX_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_STREAM = re.compile(rb"(?<![A-Za-z])stream(?:\r\n|\n|\r)")
_DIRECT_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")
_OBJ = re.compile(rb"\d+\s+\d+\s+obj\b")
# Markup a browser would render: an element name followed by what ends an element name.
_HTML = re.compile(
    rb"(?i)<(?:!doctype\s+html|html|head|body|script|iframe|frame|frameset|svg|object|embed|meta|style|"
    rb"img|form|link|base|xml|\?xml-stylesheet)[\s>/]"
)


def names(data: bytes) -> set[bytes]:
    """Every PDF name in ``data``, ``#xx`` escapes decoded, without the slash."""
    found = set()
    for match in _NAME.finditer(data):
        name = match.group(1)
        if b"#" in name:
            name = _HEX_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), name)
        found.add(name)
    return found


def _streams(data: bytes):
    """(dictionary, start, end) of each stream's data, and the plain text between streams."""
    position = 0
    plain: list[bytes] = []
    streams: list[tuple[bytes, int, int]] = []
    for match in _STREAM.finditer(data):
        start = match.end()
        if start <= position:
            continue  # inside the data of the previous stream
        header = data[position : match.start()]
        objects = list(_OBJ.finditer(header))
        dictionary = header[objects[-1].end() :] if objects else header[-4096:]
        end = -1
        length = _DIRECT_LENGTH.search(dictionary)
        if length:
            candidate = start + int(length.group(1))
            if data[candidate : candidate + 40].lstrip(b"\r\n").startswith(b"endstream"):
                end = candidate
        if end < 0:
            end = data.find(b"endstream", start)
            if end < 0:
                end = len(data)
        plain.append(header + b" ")
        streams.append((dictionary, start, end))
        position = end
    plain.append(data[position:])
    return b"".join(plain), streams


def _filters(dictionary: bytes) -> list[bytes] | None:
    """The stream's filter names in order; None when they are not written directly (an indirect object)."""
    _, found, rest = dictionary.partition(b"/Filter")
    if not found:
        return []
    rest = rest.lstrip()
    first = _NAME.match(rest)
    if first is not None:  # one name written directly
        return [first.group(1)]
    if rest.startswith(b"["):
        return [m.group(1) for m in _NAME.finditer(rest[1 : rest.find(b"]")])]
    return None


def _inflate(raw: bytes, limit: int) -> bytes | None:
    """The inflated bytes, b"" when they are not valid Flate data, None when there are more than ``limit``."""
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(raw, limit + 1)
    except zlib.error:
        return b""  # damaged or not Flate after all: a reader cannot use it either
    return None if len(out) > limit else out


def _too_complex() -> UploadRefused:
    return UploadRefused(UploadError.PDF_TOO_COMPLEX)


def check_pdf(data: bytes) -> None:
    """Refuses (``UploadRefused``) a PDF that is truncated, encrypted or has active content."""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-EOF_WINDOW:]:
        raise UploadRefused(UploadError.PDF_INVALID)
    if _HTML.search(data):
        raise UploadRefused(UploadError.PDF_HTML)
    plain, streams = _streams(data)
    found = names(plain)
    found |= names(data) & _LONG_NAMES  # also where a fake "stream" keyword would hide them
    if b"Encrypt" in found:
        raise UploadRefused(UploadError.PDF_ENCRYPTED)
    object_budget = MAX_INFLATED  # object streams must be read: past this, the PDF is refused
    other_budget = MAX_INFLATED  # other streams are read for the long names while this lasts
    for dictionary, start, end in streams:
        dict_names = names(dictionary)
        filters = _filters(dictionary)
        is_object_stream = b"ObjStm" in dict_names or {b"First", b"N"} <= dict_names
        if b"Image" in dict_names or not is_object_stream:
            # Images, fonts, page contents: a reader never takes objects (actions) from them.
            if filters in ([b"FlateDecode"], [b"Fl"]) and end - start <= other_budget:
                content = _inflate(data[start:end], other_budget)
                if content is None:
                    other_budget = 0
                    continue
                other_budget -= max(end - start, len(content))
                found |= names(content) & _LONG_NAMES
            continue
        if filters == []:
            content = data[start:end]
        elif filters in ([b"FlateDecode"], [b"Fl"]):
            content = _inflate(data[start:end], object_budget)
            if content is None:
                raise _too_complex()
        else:
            raise UploadRefused(UploadError.PDF_UNSUPPORTED)
        object_budget -= len(content)
        found |= names(content)
    active = [ACTIVE_NAMES[name] for name in ACTIVE_NAMES if name in found]
    if active:
        zh = "、".join(dict.fromkeys(what for what, _ in active))
        en = ", ".join(dict.fromkeys(what for _, what in active))
        raise UploadRefused(UploadError.PDF_ACTIVE_CONTENT, what=zh, what_en=en)
