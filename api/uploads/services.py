"""Business rules of uploads: plain functions, usable and testable without HTTP.

A file is accepted by what its bytes are (``sniff``), photos are re-encoded (``images``) and PDFs checked
(``pdf``) in a worker thread, the result is stored once per content and recorded once per (owner, content).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio.to_thread
from anyio import CapacityLimiter

from api.uploads.fairness import FairQueue
from api.uploads.images import normalize_image
from api.uploads.models import Upload
from api.uploads.pdf import check_pdf
from api.uploads.sniff import HEAD_BYTES, Kind, sniff
from api.uploads.storage import UploadStore

MAX_NAME = 120
_PUBLIC_ID = re.compile(r"[A-Za-z0-9_-]{16,32}")
_EXTENSIONS = {
    "image/jpeg": (".jpg", ".jpeg"),
    "image/png": (".png",),
    "application/pdf": (".pdf",),
}
_DEFAULT_STEM = {"image/jpeg": "照片", "image/png": "图片", "application/pdf": "文件"}
_UNSAFE = re.compile(r'[<>:"|?*;\\/]')


@dataclass(frozen=True)
class Prepared:
    """Checked content, ready to be stored: ``path`` is a temporary file."""

    path: Path
    sha256: str
    content_type: str
    size: int
    width: int | None
    height: int | None


def _output_path(source: Path) -> Path:
    return source.with_suffix(".out")


def prepare(source: Path, store: UploadStore) -> Prepared:
    """Blocking: sniff, check or re-encode ``source`` (a temporary file of ``store``).

    Raises ``UploadRefused``. A re-encoded photo is written next to ``source`` (``.out``)."""
    with open(source, "rb") as file:
        head = file.read(HEAD_BYTES)
    kind = sniff(head)
    if kind is Kind.PDF:
        data = source.read_bytes()
        check_pdf(data)
        return Prepared(source, hashlib.sha256(data).hexdigest(), "application/pdf", len(data), None, None)
    image = normalize_image(source, kind)
    output = _output_path(source)
    store.write_temp(output, image.data)
    sha = hashlib.sha256(image.data).hexdigest()
    return Prepared(output, sha, image.content_type, len(image.data), image.width, image.height)


def display_name(name: str | None, content_type: str) -> str:
    """A file name fit to show and to put in ``Content-Disposition``: no path, no control or
    direction-changing characters, at most ``MAX_NAME`` characters, and an extension that matches
    the stored content (``scan.webp`` stored as JPEG is shown as ``scan.jpg``)."""
    allowed = _EXTENSIONS[content_type]
    text = unicodedata.normalize("NFC", (name or "").replace("\\", "/").rsplit("/", 1)[-1])
    text = "".join(
        " " if unicodedata.category(ch).startswith("Z") else ch
        for ch in text
        if not unicodedata.category(ch).startswith("C")  # controls, bidi overrides, zero-width …
    )
    text = " ".join(_UNSAFE.sub("_", text).split()).strip(" .")
    stem, dot, extension = text.rpartition(".")
    if dot and stem and 1 <= len(extension) <= 10 and extension.isascii() and extension.isalnum():
        extension = "." + extension.lower()
    else:
        stem, extension = text, ""
    if extension not in allowed:
        extension = allowed[0]
    stem = stem.strip(" .") or _DEFAULT_STEM[content_type]
    return stem[: MAX_NAME - len(extension)].rstrip(" .") + extension


async def accept_upload(
    owner_id: int,
    source: Path,
    name: str | None,
    store: UploadStore,
    *,
    limiter: CapacityLimiter | None = None,
    queue: FairQueue | None = None,
) -> Upload:
    """Check and store the temporary file ``source`` for ``owner_id``; the same person sending the
    same content again gets the same ``Upload``. ``source`` is consumed (moved or removed) in every case.

    Raises ``UploadRefused``. ``queue`` shares the re-encoding workers fairly between users (the app's
    way); ``limiter`` alone only bounds how many files are re-encoded at once, first come first served."""
    try:
        if queue is not None:
            async with queue.slot(owner_id):
                prepared = await anyio.to_thread.run_sync(prepare, source, store, limiter=queue.limiter)
        else:
            prepared = await anyio.to_thread.run_sync(prepare, source, store, limiter=limiter)
        await anyio.to_thread.run_sync(store.commit, prepared.path, prepared.sha256)
        upload, _ = await Upload.get_or_create(
            owner_id=owner_id,
            sha256=prepared.sha256,
            defaults={
                "content_type": prepared.content_type,
                "size": prepared.size,
                "width": prepared.width,
                "height": prepared.height,
                "original_name": display_name(name, prepared.content_type),
            },
        )
        return upload
    finally:
        store.discard(source)
        store.discard(_output_path(source))


async def accept_bytes(
    owner_id: int,
    data: bytes,
    name: str | None,
    store: UploadStore,
    *,
    limiter: CapacityLimiter | None = None,
    queue: FairQueue | None = None,
) -> Upload:
    """``accept_upload`` for content already in memory (scripts, tests, imports)."""
    path, out = await anyio.to_thread.run_sync(store.open_temp)
    try:
        await anyio.to_thread.run_sync(out.write, data)
    finally:
        out.close()
    return await accept_upload(owner_id, path, name, store, limiter=limiter, queue=queue)


async def find_upload(public_id: str) -> Upload | None:
    if not _PUBLIC_ID.fullmatch(public_id):
        return None
    return await Upload.get_or_none(public_id=public_id)


def stored_path(store: UploadStore, upload: Upload) -> Path:
    return store.path_for(upload.sha256)


def upload_json(upload: Upload) -> dict[str, Any]:
    return {
        "id": upload.public_id,
        "sha256": upload.sha256,
        "contentType": upload.content_type,
        "size": upload.size,
        "width": upload.width,
        "height": upload.height,
        "name": upload.original_name,
    }
