"""The counter's documents as PDF (reportlab, the CID font STSong-Light every PDF reader has, as the
hall posters use: no font file to ship): A4, or an 80 mm receipt roll as long as its text. CPU work:
call ``render`` in a worker thread."""

from __future__ import annotations

import io
from enum import StrEnum

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from api.counter.documents import Document
from api.qr.posters import CJK_FONT
from api.qr.render import matrix


class Width(StrEnum):
    A4 = "a4"
    ROLL = "80mm"  # a receipt printer's roll


# (page width, margin, body size, title size, QR side) in points
LAYOUT = {Width.A4: (A4[0], 20 * mm, 11.0, 20.0, 40 * mm), Width.ROLL: (80 * mm, 4 * mm, 8.0, 12.0, 36 * mm)}


def _wrap(text: str, size: float, width: float) -> list[str]:
    lines, line = [], ""
    for char in text:
        if stringWidth(line + char, CJK_FONT, size) > width:
            lines.append(line)
            line = "　" + char if line.startswith("·") else char
        else:
            line += char
    return [*lines, line]


def render(doc: Document, width: Width) -> bytes:
    page_w, margin, size, title, qr_side = LAYOUT[width]
    usable = page_w - 2 * margin
    body = [part for line in doc.lines for part in _wrap(line, size, usable)]
    footer = [part for line in doc.footer for part in _wrap(line, size * 0.9, usable)]
    leading = size * 1.6
    needed = margin * 2 + title * 2.5 + leading * (len(body) + len(footer) + 1) + (qr_side if doc.qr else 0)
    page_h = A4[1] if width == Width.A4 else needed
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(page_w, page_h))
    pdf.setTitle(doc.title)
    pdf.setAuthor("一次办")
    y = page_h - margin - title

    def line(text: str, at_size: float) -> None:
        nonlocal y
        if y < margin:  # A4 overflow: a new page
            pdf.showPage()
            y = page_h - margin - at_size
        pdf.setFont(CJK_FONT, at_size)
        pdf.drawString(margin, y, text)
        y -= at_size * 1.6

    pdf.setFont(CJK_FONT, title)
    pdf.drawCentredString(page_w / 2, y, doc.title)
    y -= title * 2
    for text in body:
        line(text, size)
    if doc.qr:
        if y - qr_side < margin:
            pdf.showPage()
            y = page_h - margin
        modules = matrix(doc.qr)
        cell = qr_side / len(modules)
        x0 = (page_w - qr_side) / 2
        for r, row in enumerate(modules):
            for c, dark in enumerate(row):
                if dark:
                    pdf.rect(x0 + c * cell, y - (r + 1) * cell, cell, cell, stroke=0, fill=1)
        y -= qr_side + size
    for text in footer:
        line(text, size * 0.9)
    pdf.showPage()
    pdf.save()
    return out.getvalue()
