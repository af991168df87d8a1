"""Print-ready QR posters of a hall's items and bundles, as A4 PDF pages.

Two layouts: ``grid``, six cards a page (2 × 3) with cut marks in the margins between them, to cut
out and stick on counters; and ``single``, one large card a page, to hang on a wall. Every text is
fitted to its card: a title is wrapped on up to three lines, in a smaller size if it must, and cut
with "…" only past the smallest size; other lines shrink. The QR code (its quiet zone included)
gets a fixed, scannable size: 45 mm on a grid card, 120 mm on a single card. The font is the CID
font STSong-Light that every PDF reader has: no font file to ship. CPU work: run it in a thread.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import StrEnum

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from api.catalog.entities import Bundle, Catalog, Hall, ServiceItem
from api.qr.render import matrix

CJK_FONT = "STSong-Light"  # a CID font every PDF reader has: no font file to ship
LATIN_FONT = "Helvetica"
pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
ELLIPSIS = "…"


class Layout(StrEnum):
    GRID = "grid"  # 2 × 3 cards a page, with cut marks
    SINGLE = "single"  # one large card a page


@dataclass(frozen=True, slots=True)
class Poster:
    code: str
    name: str
    window: str
    url: str
    is_bundle: bool


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in PDF points, from its lower-left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height


@dataclass(frozen=True, slots=True)
class Style:
    padding: float
    title: tuple[float, float]  # largest and smallest title size
    text: float  # code, window and hall lines
    qr: float  # side of the QR code, quiet zone included


PAGE_W, PAGE_H = A4
GRID_COLUMNS, GRID_ROWS = 2, 3
GRID_MARGIN, GRID_GUTTER = 12 * mm, 10 * mm  # the gutter holds the cut marks
CUT_MARK, CUT_GAP = 3 * mm, 1 * mm  # in a 10 mm gutter the marks of two cards never meet
STYLES = {
    Layout.GRID: Style(padding=5 * mm, title=(15, 8), text=9, qr=40 * mm),
    Layout.SINGLE: Style(padding=14 * mm, title=(36, 18), text=16, qr=120 * mm),
}


def card_boxes(layout: Layout) -> list[Box]:
    """Where the cards of one page are, in the order they are filled (rows top down)."""
    if layout is Layout.SINGLE:
        margin = 15 * mm
        return [Box(margin, margin, PAGE_W - 2 * margin, PAGE_H - 2 * margin)]
    width = (PAGE_W - 2 * GRID_MARGIN - (GRID_COLUMNS - 1) * GRID_GUTTER) / GRID_COLUMNS
    height = (PAGE_H - 2 * GRID_MARGIN - (GRID_ROWS - 1) * GRID_GUTTER) / GRID_ROWS
    return [
        Box(
            GRID_MARGIN + column * (width + GRID_GUTTER),
            PAGE_H - GRID_MARGIN - (row + 1) * height - row * GRID_GUTTER,
            width,
            height,
        )
        for row in range(GRID_ROWS)
        for column in range(GRID_COLUMNS)
    ]


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


# --- fitting text -----------------------------------------------------------------------------------


def _width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def _font(text: str) -> str:
    return LATIN_FONT if text.isascii() else CJK_FONT


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break a text into lines no wider than ``width``, between characters (Chinese needs no spaces);
    a closing punctuation mark never starts a line when the line before has room to hold it back."""
    lines: list[str] = []
    line = ""
    for char in text:
        if line and _width(line + char, font, size) > width:
            if char in "，、。；：）》」』！？" and len(line) > 1:
                lines.append(line[:-1])
                line = line[-1] + char
            else:
                lines.append(line)
                line = char
        else:
            line += char
    return [*lines, line] if line else lines


def _cut(text: str, font: str, size: float, width: float) -> str:
    if _width(text, font, size) <= width:
        return text
    while text and _width(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text + ELLIPSIS


LEADING = 1.2  # line height of a title, in font sizes


def fit_title(
    text: str, width: float, height: float, largest: float, smallest: float
) -> tuple[float, list[str]]:
    """The largest size (down to ``smallest``) at which ``text`` wraps into lines that fill no more
    than ``height``; at the smallest size what does not fit is cut with an ellipsis."""
    size = largest
    while size >= smallest:
        lines = wrap(text, CJK_FONT, size, width)
        if len(lines) * size * LEADING <= height:
            return size, lines
        size -= 0.5
    size = smallest
    lines = wrap(text, CJK_FONT, size, width)
    max_lines = max(1, int(height // (size * LEADING)))
    kept = lines[:max_lines]
    kept[-1] = _cut(kept[-1] + "".join(lines[max_lines:]), CJK_FONT, size, width)
    return size, kept


def _line(pdf: canvas.Canvas, text: str, size: float, box: Box, y: float, minimum: float = 5) -> None:
    """One line centred in ``box`` at baseline ``y``, shrunk (then cut) to the box's width."""
    font = _font(text)
    while size > minimum and _width(text, font, size) > box.width:
        size -= 0.5
    text = _cut(text, font, size, box.width)
    pdf.setFont(font, size)
    pdf.drawCentredString(box.x + box.width / 2, y, text)


# --- drawing ----------------------------------------------------------------------------------------


def _qr(pdf: canvas.Canvas, url: str, x: float, y: float, side: float) -> None:
    modules = matrix(url)  # with its quiet zone
    cell = side / len(modules)
    path = pdf.beginPath()
    for r, row in enumerate(modules):
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            path.rect(x + start * cell, y + side - (r + 1) * cell, (c - start) * cell, cell)
    pdf.setFillGray(0)
    pdf.drawPath(path, stroke=0, fill=1)


def _card(pdf: canvas.Canvas, hall: Hall, poster: Poster, box: Box, layout: Layout) -> None:
    style = STYLES[layout]
    pdf.setStrokeGray(0.55)
    pdf.setLineWidth(0.6)
    pdf.rect(box.x, box.y, box.width, box.height, stroke=1, fill=0)
    pad = style.padding
    inner = Box(box.x + pad, box.y + pad, box.width - 2 * pad, box.height - 2 * pad)
    pdf.setFillGray(0)
    # the bottom lines, from the bottom up
    bottom = inner.y
    if layout is Layout.SINGLE:
        _line(pdf, f"{hall.address} · 电话 {hall.phone}", style.text * 0.75, inner, bottom)
        bottom += style.text * 1.3
        _line(pdf, f"办公时间 {hall.hours}", style.text * 0.75, inner, bottom)
        bottom += style.text * 1.6
    _line(pdf, poster.url, style.text * 0.8, inner, bottom)
    bottom += style.text * 1.5
    _line(pdf, f"{hall.name} · {poster.window}", style.text * 1.25, inner, bottom)
    bottom += style.text * 1.7
    _line(pdf, "请用手机扫码查看办事指南、在线申请", style.text, inner, bottom)
    bottom += style.text * 1.2
    # the QR code at its fixed size above them, the title in the room left at the top
    side = style.qr
    _qr(pdf, poster.url, inner.x + (inner.width - side) / 2, bottom, side)
    y = inner.top - style.text
    kind = "一件事 · 一次办" if poster.is_bundle else "办事指南"
    _line(pdf, f"{kind} · 编码 {poster.code}", style.text, inner, y)
    room = y - style.text * 0.5 - (bottom + side)
    size, lines = fit_title(poster.name, inner.width, room, *style.title)
    y -= style.text * 0.5 + (room - len(lines) * size * LEADING) / 2  # centred in its room
    for text in lines:
        y -= size * LEADING
        pdf.setFont(CJK_FONT, size)
        pdf.drawCentredString(inner.x + inner.width / 2, y + size * 0.2, text)


def _cut_marks(pdf: canvas.Canvas, boxes: list[Box]) -> None:
    """Short hairlines outside each card's corners, along its edges: where to cut."""
    pdf.setStrokeGray(0)
    pdf.setLineWidth(0.25)
    for b in boxes:
        for x, dx in ((b.x, -1), (b.x + b.width, 1)):
            for y, dy in ((b.y, -1), (b.top, 1)):
                pdf.line(x, y + dy * CUT_GAP, x, y + dy * (CUT_GAP + CUT_MARK))
                pdf.line(x + dx * CUT_GAP, y, x + dx * (CUT_GAP + CUT_MARK), y)


FOOTER_Y = 4 * mm  # below the cut marks


def footer(hall: Hall, page: int) -> str:
    return f"{hall.name} · 扫码查看办事指南 · 第 {page} 页"


def sheet_pdf(hall: Hall, posters: list[Poster], layout: Layout = Layout.GRID) -> bytes:
    """The hall's posters as A4 pages in ``layout``."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, pageCompression=1)
    pdf.setTitle(f"{hall.name} 办事指南二维码")
    pdf.setAuthor("一次办")
    boxes = card_boxes(layout)
    pages = [posters[i : i + len(boxes)] for i in range(0, len(posters), len(boxes))]
    for page in pages:
        for poster, box in zip(page, boxes, strict=False):
            _card(pdf, hall, poster, box, layout)
        if layout is Layout.GRID:
            _cut_marks(pdf, boxes[: len(page)])
        pdf.setFont(CJK_FONT, 8)
        pdf.setFillGray(0.35)
        pdf.drawString(GRID_MARGIN, FOOTER_Y, footer(hall, pdf.getPageNumber()))
        pdf.showPage()
    if not pages:
        pdf.setFont(CJK_FONT, 14)
        pdf.drawString(GRID_MARGIN, PAGE_H - GRID_MARGIN - 14, f"{hall.name}：暂无事项")
        pdf.showPage()
    pdf.save()
    return out.getvalue()
