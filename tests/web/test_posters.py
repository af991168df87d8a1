"""Print-ready QR posters, rendered: A4 pages, cards per page, every text inside its card, titles
fitted, QR codes that decode to the guide's address at a size a phone reads."""

from dataclasses import replace

import pypdfium2 as pdfium
import pytest
import zxingcpp
from reportlab.lib.units import mm

from api.qr import posters
from api.qr.posters import CJK_FONT, Layout, Poster, card_boxes, fit_title
from tests.catalog.factories import HALL

A4_POINTS = (595.28, 841.89)
LONG = "设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批"  # the demo's longest name
HALL_FULL = replace(HALL, address="西安市长安区韦曲街道航天中路188号政务服务中心一楼大厅", hours="周一至周五 9:00–17:00")


def make_posters(n: int) -> list[Poster]:
    names = [LONG, "公章刻制备案", LONG * 4, "居民身份证换领", "新生儿出生一件事", "E" * 90]
    return [
        Poster(f"T{i:02d}", names[i % len(names)], f"{i + 1}号窗口", f"http://localhost:8000/g/T{i:02d}", i % 4 == 0)
        for i in range(n)
    ]


def chars(page):
    """(character, (left, bottom, right, top)) of every visible character of a page."""
    text = page.get_textpage()
    out = []
    for i in range(text.count_chars()):
        char = text.get_text_range(i, 1)
        if char.strip():
            out.append((char, text.get_charbox(i)))
    return text, out


def inside(box, card, slack=0.5):
    left, bottom, right, top = box
    return (
        left >= card.x - slack
        and right <= card.x + card.width + slack
        and bottom >= card.y - slack
        and top <= card.top + slack
    )


@pytest.mark.parametrize(("layout", "per_page", "count"), [(Layout.GRID, 6, 14), (Layout.SINGLE, 1, 3)])
def test_pages_are_a4_with_their_cards_and_no_text_outside_a_card(layout, per_page, count):
    sheet = make_posters(count)
    document = pdfium.PdfDocument(posters.sheet_pdf(HALL_FULL, sheet, layout))
    assert len(document) == -(-count // per_page)
    boxes = card_boxes(layout)
    assert len(boxes) == per_page
    for number, page in enumerate(document):
        assert page.get_size() == pytest.approx(A4_POINTS, abs=0.1)
        on_page = sheet[number * per_page : (number + 1) * per_page]
        text, found = chars(page)
        used = set()
        outside = ""
        for char, box in found:
            holder = [i for i, card in enumerate(boxes) if inside(box, card)]
            if holder:
                used.add(holder[0])
            else:
                outside += char
        # the only words off the cards are the page's own footer line
        assert outside == posters.footer(HALL_FULL, number + 1).replace(" ", "")
        assert used == set(range(len(on_page)))  # one card per poster, filled in order
        for poster, card in zip(on_page, boxes, strict=False):
            written = text.get_text_bounded(card.x, card.y, card.x + card.width, card.top)
            assert f"编码 {poster.code}" in written and poster.window in written
            assert poster.url in written
            if layout is Layout.SINGLE:
                assert HALL_FULL.hours in written
        text.close()
    document.close()


@pytest.mark.parametrize(("layout", "smallest_mm"), [(Layout.GRID, 28), (Layout.SINGLE, 85)])
def test_each_qr_code_decodes_to_its_guide_at_a_size_a_phone_reads(layout, smallest_mm):
    sheet = make_posters(6 if layout is Layout.GRID else 2)
    document = pdfium.PdfDocument(posters.sheet_pdf(HALL_FULL, sheet, layout))
    per_page = len(card_boxes(layout))
    scale = 2  # 144 dpi, a cheap office scanner
    for number, page in enumerate(document):
        image = page.render(scale=scale).to_pil()
        codes = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        expected = {p.url for p in sheet[number * per_page : (number + 1) * per_page]}
        assert {c.text for c in codes} == expected
        for code in codes:
            corners = code.position
            side_px = abs(corners.top_right.x - corners.top_left.x)
            side_mm = side_px / scale / 72 * 25.4
            assert side_mm >= smallest_mm  # the symbol, without its quiet zone
    document.close()


def test_titles_wrap_then_shrink_then_are_cut_but_never_overflow():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width, height = 70 * mm, 15 * mm
    size, lines = fit_title("公章刻制备案", width, height, 15, 8)
    assert (size, lines) == (15, ["公章刻制备案"])
    size, lines = fit_title(LONG, width, height, 15, 8)
    assert "".join(lines) == LONG and 8 < size < 15  # all of it, wrapped, a little smaller
    size, lines = fit_title(LONG * 6, width, height, 15, 8)
    assert size == 8 and lines[-1].endswith("…")
    for text in (LONG, LONG * 6, "E" * 200):
        size, lines = fit_title(text, width, height, 15, 8)
        assert all(stringWidth(line, CJK_FONT, size) <= width for line in lines)
        assert len(lines) * size * posters.LEADING <= height
    assert not any(line.startswith(("、", "，")) for line in fit_title(LONG, width, height, 15, 8)[1])


def test_grid_cards_fit_the_page_leave_room_for_cut_marks_and_do_not_overlap():
    boxes = card_boxes(Layout.GRID)
    for a in boxes:
        assert a.x >= 10 * mm and a.y >= 10 * mm and a.x + a.width <= A4_POINTS[0] - 10 * mm
        assert a.width > 80 * mm and a.height > 80 * mm
        for b in boxes:
            if a is not b:
                apart_x = a.x + a.width + 8 * mm <= b.x or b.x + b.width + 8 * mm <= a.x
                apart_y = a.top + 8 * mm <= b.y or b.top + 8 * mm <= a.y
                assert apart_x or apart_y
