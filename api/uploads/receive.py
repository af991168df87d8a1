"""Reading ``multipart/form-data`` as it streams in, with the file part written to a temporary file.

The size limit is enforced before the body is read (an honest ``Content-Length``) and while it is read
(a chunked or lying body is cut off as soon as it passes the limit): nothing big is ever buffered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import anyio.to_thread
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

from api.uploads import errors
from api.uploads.errors import UploadError, UploadRefused
from api.uploads.storage import UploadStore

if TYPE_CHECKING:
    from python_multipart.multipart import MultipartCallbacks  # declared for type checkers only

FIELD_NAME = "file"
FRAMING_ALLOWANCE = 64 * 1024  # boundaries, part headers and small form fields around the file
FLUSH_BYTES = 256 * 1024  # file data handed to the writer thread in pieces of about this size


@dataclass
class ReceivedFile:
    path: Path  # a temporary file in the store's tmp/: the caller accepts or discards it
    size: int
    filename: str | None  # as the client named it: display only, never trusted


@dataclass
class _Parts:
    """Callbacks of python-multipart's push parser for one request."""

    max_bytes: int
    header_name: bytes = b""
    header_value: bytes = b""
    disposition: bytes = b""
    in_file: bool = False
    files: int = 0
    filename: str | None = None
    size: int = 0
    pending: list[bytes] = field(default_factory=list)
    pending_bytes: int = 0
    ended: bool = False

    def callbacks(self) -> MultipartCallbacks:
        return {
            "on_part_begin": self.on_part_begin,
            "on_header_field": self.on_header_field,
            "on_header_value": self.on_header_value,
            "on_header_end": self.on_header_end,
            "on_headers_finished": self.on_headers_finished,
            "on_part_data": self.on_part_data,
            "on_part_end": self.on_part_end,
            "on_end": self.on_end,
        }

    def on_part_begin(self) -> None:
        self.disposition = b""
        self.in_file = False

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self.header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self.header_value += data[start:end]

    def on_header_end(self) -> None:
        if self.header_name.strip().lower() == b"content-disposition":
            self.disposition = self.header_value
        self.header_name = self.header_value = b""

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self.disposition)
        if options.get(b"name") != FIELD_NAME.encode():
            return  # another form field: its data is ignored (and counted in the body limit)
        self.files += 1
        if self.files > 1:
            raise UploadRefused(UploadError.UPLOAD_ONE_FILE)
        self.in_file = True
        name = options.get(b"filename")
        self.filename = name.decode("utf-8", "replace") if name is not None else None

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if not self.in_file:
            return
        self.size += end - start
        if self.size > self.max_bytes:
            raise errors.too_large(self.max_bytes)
        self.pending.append(data[start:end])
        self.pending_bytes += end - start

    def on_part_end(self) -> None:
        self.in_file = False

    def on_end(self) -> None:
        self.ended = True

    def take(self) -> bytes:
        data = b"".join(self.pending)
        self.pending.clear()
        self.pending_bytes = 0
        return data


def _boundary(request: Request) -> bytes:
    kind, params = parse_options_header(request.headers.get("content-type"))
    boundary = params.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise UploadRefused(UploadError.UPLOAD_NOT_MULTIPART)
    return boundary


def check_declared_length(request: Request, max_bytes: int) -> None:
    """Refuses a request whose ``Content-Length`` is over the limit, before reading any of the body."""
    declared = request.headers.get("content-length")
    if declared is None:
        return
    try:
        length = int(declared)
    except ValueError:
        raise UploadRefused(UploadError.BAD_CONTENT_LENGTH) from None
    if length > max_bytes + FRAMING_ALLOWANCE:
        raise errors.too_large(max_bytes)


async def receive_file(request: Request, store: UploadStore, max_bytes: int) -> ReceivedFile:
    """The request's file part in a temporary file of ``store``; ``UploadRefused`` (and nothing left on
    disk) when the request is not multipart, too large, incomplete or has no file."""
    check_declared_length(request, max_bytes)
    boundary = _boundary(request)
    parts = _Parts(max_bytes)
    try:
        parser = MultipartParser(boundary, parts.callbacks())
    except MultipartParseError as exc:  # e.g. an absurdly long boundary
        raise UploadRefused(UploadError.UPLOAD_MALFORMED) from exc

    path, out = await anyio.to_thread.run_sync(store.open_temp)
    try:
        await _copy(request, parser, parts, out, max_bytes)
        if parts.files == 0:
            raise UploadRefused(UploadError.UPLOAD_NO_FILE)
        if not parts.ended:
            raise UploadRefused(UploadError.UPLOAD_INCOMPLETE)
        if parts.size == 0:
            raise UploadRefused(UploadError.UPLOAD_EMPTY)
    except BaseException:
        out.close()
        store.discard(path)
        raise
    await anyio.to_thread.run_sync(out.close)
    return ReceivedFile(path, parts.size, parts.filename)


async def _copy(request: Request, parser: MultipartParser, parts: _Parts, out: BinaryIO, max_bytes: int):
    limit = max_bytes + FRAMING_ALLOWANCE
    total = 0
    try:
        async for chunk in request.stream():
            total += len(chunk)
            if total > limit:
                raise errors.too_large(max_bytes)
            parser.write(chunk)
            if parts.pending_bytes >= FLUSH_BYTES:
                await anyio.to_thread.run_sync(out.write, parts.take())
        parser.finalize()
    except MultipartParseError as exc:
        raise UploadRefused(UploadError.UPLOAD_MALFORMED) from exc
    if parts.pending_bytes:
        await anyio.to_thread.run_sync(out.write, parts.take())
