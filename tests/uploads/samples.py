"""Test files made on the fly (no binary fixtures in the repository)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from PIL import Image, PngImagePlugin

GPS_IFD = 0x8825
ORIENTATION = 0x0112
ROTATE_90_CW = 6  # EXIF: the camera was held so the picture must be turned 90° clockwise to view


def two_colour(width: int = 40, height: int = 20, mode: str = "RGB") -> Image.Image:
    """Left half red, right half blue."""
    image = Image.new(mode, (width, height), (0, 0, 255, 255)[: len(mode)])
    image.paste((255, 0, 0, 255)[: len(mode)], (0, 0, width // 2, height))
    return image


def jpeg_with_gps(orientation: int = ROTATE_90_CW, width: int = 40, height: int = 20) -> bytes:
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Phone X"  # Model
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (39.0, 54.0, 27.0), 3: "E", 4: (116.0, 23.0, 30.0)})
    out = io.BytesIO()
    two_colour(width, height).save(out, "JPEG", quality=95, exif=exif.tobytes(), comment=b"secret comment")
    return out.getvalue()


def png(image: Image.Image | None = None, text: dict | None = None) -> bytes:
    info = PngImagePlugin.PngInfo()
    for key, value in (text or {}).items():
        info.add_itxt(key, value)
    out = io.BytesIO()
    (image or two_colour()).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def webp_with_alpha() -> bytes:
    image = two_colour(mode="RGBA")
    image.paste((0, 0, 0, 0), (0, 0, 10, 20))  # a transparent strip on the left
    out = io.BytesIO()
    image.save(out, "WEBP", lossless=True)
    return out.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG that claims to be ``width`` × ``height``: a decompression bomb's calling card."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", ihdr)
        + _chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + _chunk(b"IEND", b"")
    )


def pdf(*objects: bytes, trailer: bytes = b"<< /Root 1 0 R >>") -> bytes:
    """A small PDF from object bodies (numbered from 1); the first should be the catalogue."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n" + trailer[:-2] + b" /Size %d >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"


def plain_pdf() -> bytes:
    return pdf(CATALOG, PAGES, PAGE)


def reportlab_pdf() -> bytes:
    """A real PDF as an office program makes it: text, a compressed page and an embedded photo."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pageCompression=1)
    page.drawString(72, 760, "Application form / shenqing biao")
    page.drawImage(ImageReader(io.BytesIO(jpeg_with_gps(1, 64, 64))), 72, 600, 64, 64)
    page.showPage()
    page.save()
    return out.getvalue()


def zip_archive() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("photo.jpg", b"not really")
    return out.getvalue()


ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 200
PE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"
    + b"\x00" * 46
    + b"\x80\x00\x00\x00"
    + b"PE\x00\x00" * 40
)
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
