"""Printable QR poster sheets for a hall: one card per item and bundle (name, code, window, QR)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from html import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from api.catalog.entities import Bundle, Catalog, Hall, ServiceItem
from api.qr.render import matrix, path_data

CJK_FONT = "STSong-Light"  # a CID font every PDF reader has: no font file to ship
pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))

COLUMNS, ROWS = 2, 3  # cards per A4 page


@dataclass(frozen=True, slots=True)
class Poster:
    code: str
    name: str
    window: str
    url: str
    is_bundle: bool


def hall_posters(catalog: Catalog, hall_code: str, base_url: str) -> tuple[Hall, list[Poster]] | None:
    hall = next((h for h in catalog.halls if h.code == hall_code.upper()), None)
    if hall is None:
        return None
    entries: list[ServiceItem | Bundle] = [
        *(b for b in catalog.bundles if b.location.hall.code == hall.code),
        *(i for i in catalog.items if i.location.hall.code == hall.code),
    ]
    return hall, [
        Poster(e.code, e.name, e.location.window, f"{base_url}/g/{e.code}", isinstance(e, Bundle))
        for e in entries
    ]


def _label(poster: Poster) -> str:
    return ("一件事 · " if poster.is_bundle else "") + poster.name


def sheet_svg(hall: Hall, posters: list[Poster]) -> bytes:
    """All cards on one long sheet, two per row, sized in millimetres for printing."""
    card_w, card_h, gap = 95, 120, 5
    rows = (len(posters) + 1) // 2
    width, height = 2 * card_w + 3 * gap, rows * (card_h + gap) + gap + 14
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}mm" height="{height}mm" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif">',
        f'<text x="{gap}" y="10" font-size="6">{escape(hall.name)} · 扫码查看办事指南</text>',
    ]
    for index, poster in enumerate(posters):
        x = gap + (index % 2) * (card_w + gap)
        y = 14 + gap + (index // 2) * (card_h + gap)
        modules = matrix(poster.url)
        scale = 70 / len(modules)
        parts.append(
            f'<g transform="translate({x} {y})"><rect width="{card_w}" height="{card_h}" '
            f'fill="#fff" stroke="#999" stroke-width="0.3"/>'
            f'<text x="4" y="9" font-size="5" font-weight="bold">{escape(_label(poster))}</text>'
            f'<text x="4" y="16" font-size="4">{escape(poster.window)} · 编码 {poster.code}</text>'
            f'<g transform="translate(12.5 22) scale({scale:.4f})">'
            f'<path d="{path_data(modules)}"/></g>'
            f'<text x="4" y="{card_h - 4}" font-size="3">{escape(poster.url)}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts).encode()


def sheet_pdf(hall: Hall, posters: list[Poster]) -> bytes:
    """A4 pages, six cards a page, QR drawn as vector rectangles."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, pageCompression=1)
    pdf.setTitle(f"{hall.name} 办事指南二维码")
    page_w, page_h = A4
    margin = 10 * mm
    card_w = (page_w - 2 * margin) / COLUMNS
    card_h = (page_h - 2 * margin) / ROWS
    per_page = COLUMNS * ROWS
    for index, poster in enumerate(posters):
        if index and index % per_page == 0:
            pdf.showPage()
        slot = index % per_page
        x = margin + (slot % COLUMNS) * card_w
        top = page_h - margin - (slot // COLUMNS) * card_h
        pdf.setStrokeGray(0.6)
        pdf.rect(x + 2 * mm, top - card_h + 2 * mm, card_w - 4 * mm, card_h - 4 * mm)
        pdf.setFont(CJK_FONT, 13)
        pdf.drawString(x + 6 * mm, top - 11 * mm, _label(poster)[:24])
        pdf.setFont(CJK_FONT, 10)
        pdf.drawString(x + 6 * mm, top - 17 * mm, f"{poster.window} · 编码 {poster.code}")
        modules = matrix(poster.url)
        size = min(card_w, card_h) - 34 * mm
        cell = size / len(modules)
        qx = x + (card_w - size) / 2
        qy = top - 21 * mm - size
        path = pdf.beginPath()
        for row_index, row in enumerate(modules):
            for col_index, dark in enumerate(row):
                if dark:
                    path.rect(qx + col_index * cell, qy + (len(modules) - 1 - row_index) * cell, cell, cell)
        pdf.setFillGray(0)
        pdf.drawPath(path, stroke=0, fill=1)
        pdf.setFont("Helvetica", 7)
        pdf.drawString(x + 6 * mm, top - card_h + 6 * mm, poster.url)
    if not posters:
        pdf.setFont(CJK_FONT, 12)
        pdf.drawString(margin, page_h - margin - 12, f"{hall.name}：暂无事项")
    pdf.save()
    return out.getvalue()
