"""Render a QR code from ``qrcode``'s module matrix.

The SVG is one ``<path>`` made of horizontal runs of dark modules: a fraction of the size of the
stock SVG factory's one-rectangle-per-module output. Rendering costs milliseconds, so results are
cached by content (the encoded text) and callers run misses off the event loop.
"""

from __future__ import annotations

import io
from functools import lru_cache
from html import escape

import qrcode
from PIL import Image
from qrcode.constants import ERROR_CORRECT_M

QUIET_ZONE = 4  # modules of white border the QR specification asks for


def matrix(text: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def path_data(modules: list[list[bool]], x0: float = 0, y0: float = 0) -> str:
    """SVG path data drawing every horizontal run of dark modules as a 1-high rectangle."""
    parts: list[str] = []
    for y, row in enumerate(modules):
        x = 0
        width = len(row)
        while x < width:
            if not row[x]:
                x += 1
                continue
            start = x
            while x < width and row[x]:
                x += 1
            parts.append(f"M{x0 + start:g} {y0 + y:g}h{x - start}v1h-{x - start}z")
    return "".join(parts)


@lru_cache(maxsize=4096)
def svg(text: str, title: str = "") -> bytes:
    modules = matrix(text)
    n = len(modules)
    label = f"<title>{escape(title)}</title>" if title else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {n} {n}" role="img" '
        f'shape-rendering="crispEdges">{label}<rect width="{n}" height="{n}" fill="#fff"/>'
        f'<path d="{path_data(modules)}"/></svg>'
    ).encode()


@lru_cache(maxsize=1024)
def png(text: str, scale: int = 8) -> bytes:
    modules = matrix(text)
    n = len(modules)
    image = Image.new("1", (n, n), 1)
    image.putdata([0 if dark else 1 for row in modules for dark in row])
    image = image.resize((n * scale, n * scale), Image.Resampling.NEAREST)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
