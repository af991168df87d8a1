"""A report as tables (the same ones the desk shows under its charts), written as CSV or XLSX.

Headers are Chinese with the English after a slash ("申请量 / Applications"). XLSX is written on the
server with xlsxwriter: the desk downloads one file over an authenticated route, the PWA carries no
spreadsheet library, and the CSV and the XLSX come from the same tables. Rates are fractions (0.6667)
formatted as percentages in the XLSX.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import xlsxwriter

from api.statistics.services import Report

Cell = str | int | float | None


@dataclass(frozen=True)
class Table:
    key: str  # the sheet's name
    title: str
    title_en: str
    headers: tuple[tuple[str, str], ...]  # (zh, en)
    rows: list[tuple[Cell, ...]]
    percent_columns: frozenset[int] = frozenset()


def _h(*pairs: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    return pairs


NAME = ("名称", "Name")
COUNT = ("数量", "Count")


def tables(r: Report) -> list[Table]:
    s = r.scope
    summary = Table(
        "summary",
        "概况",
        "Summary",
        _h(("指标", "Figure"), ("数值", "Value")),
        [
            ("统计区间 / Period", f"{s.start.isoformat()} – {s.end.isoformat()}"),
            ("大厅 / Hall", s.hall.name if s.hall else "全部 / All"),
            ("部门 / Department", s.department.name if s.department else "全部 / All"),
            ("申请量 / Applications", r.applications),
            ("按时办结率 / On-time rate", r.on_time_total.rate),
            ("平均办理工作日 / Average working days", r.average_days),
            ("实际少跑次数 / Trips saved", r.visits_saved),
            ("差评整改率 / Bad-rating rectification rate", r.bad_ratings.rate),
        ],
    )
    entries = Table(
        "entries",
        "按事项与一件事",
        "By item and bundle",
        _h(
            ("编码", "Code"),
            NAME,
            ("类型", "Kind"),
            ("申请量", "Applications"),
            ("已办结", "Finished"),
            ("平均工作日", "Average working days"),
            ("承诺工作日", "Promised working days"),
            ("承诺内办结", "Within the promise"),
            ("已领取", "Collected"),
            ("平均跑动次数", "Average trips"),
            ("承诺跑动次数", "Promised trips"),
            ("实际少跑次数", "Trips saved"),
        ),
        [
            (
                e.code,
                e.name,
                "一件事" if e.kind == "bundle" else "事项",
                e.applications,
                e.finished,
                e.average_days,
                e.promised_days,
                e.within_days,
                e.collected,
                e.average_visits,
                e.promised_visits,
                e.visits_saved,
            )
            for e in r.by_entry
        ],
    )
    channels = Table(
        "channels",
        "按渠道",
        "By channel",
        _h(("渠道", "Channel"), COUNT),
        [(f"{c.label} / {c.label_en}", c.count) for c in r.by_channel],
    )
    statuses = Table(
        "statuses",
        "按状态",
        "By state",
        _h(("状态", "State"), COUNT),
        [(f"{c.label} / {c.label_en}", c.count) for c in r.by_status],
    )
    total = r.on_time_total
    on_time = Table(
        "on_time",
        "按时办结",
        "Decided on time",
        _h(("部门", "Department"), ("办结", "Decided"), ("按时", "On time"), ("按时率", "On-time rate")),
        [(o.name, o.decided, o.on_time, o.rate) for o in [*r.on_time, total]],
        frozenset({3}),
    )
    ratings = Table(
        "ratings",
        "评价分布",
        "Ratings",
        _h(("等级", "Level"), COUNT),
        [(f"{c.key} {c.label} / {c.label_en}", c.count) for c in r.ratings],
    )
    b, c = r.bad_ratings, r.complaints
    cases = Table(
        "cases",
        "差评整改与办不成事",
        "Rectification and 'couldn't get it done'",
        _h(
            ("来源", "Source"),
            ("受理", "Opened"),
            ("办结", "Closed"),
            ("逾期未办结", "Overdue"),
            ("超期办结", "Closed late"),
            ("整改率", "Rate"),
        ),
        [
            ("差评 / Bad ratings", b.opened, b.closed, b.overdue, b.closed_late, b.rate),
            ("办不成事 / Couldn't get it done", c.opened, c.closed, c.overdue, c.closed_late, c.rate),
        ],
        frozenset({5}),
    )
    h, a = r.helpers, r.appointments
    service = Table(
        "service",
        "帮办代办与预约",
        "Helpers and appointments",
        _h(("指标", "Figure"), COUNT),
        [
            ("帮办代办申请 / Filed by helpers", h.applications),
            ("授权请求 / Consents asked", h.consents_requested),
            ("已授权 / Consents given", h.consents_given),
            ("拒绝授权 / Consents declined", h.consents_declined),
            ("帮办预约 / Booked by helpers", h.bookings),
            ("预约 / Booked", a.booked),
            ("已取消 / Cancelled", a.cancelled),
            ("已签到 / Checked in", a.checked_in),
            ("爽约 / No-show", a.no_show),
            ("待签到 / Waiting", a.waiting),
        ],
    )
    return [summary, entries, channels, statuses, on_time, ratings, cases, service]


def header(pair: tuple[str, str]) -> str:
    return f"{pair[0]} / {pair[1]}"


def to_csv(r: Report) -> bytes:
    """Every table one after the other (its title on a line of its own, a blank line between), UTF-8
    with a byte-order mark so that Excel reads the Chinese."""
    out = io.StringIO()
    writer = csv.writer(out)
    for n, table in enumerate(tables(r)):
        if n:
            writer.writerow([])
        writer.writerow([f"{table.title} / {table.title_en}"])
        writer.writerow([header(h) for h in table.headers])
        writer.writerows(["" if v is None else v for v in row] for row in table.rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(r: Report) -> bytes:
    """One sheet per table, bold headers, rates as percentages."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    bold = book.add_format({"bold": True, "text_wrap": True})
    percent = book.add_format({"num_format": "0.0%"})
    for table in tables(r):
        sheet = book.add_worksheet(table.key)
        sheet.write_row(0, 0, [header(h) for h in table.headers], bold)
        for y, row in enumerate(table.rows, start=1):
            for x, value in enumerate(row):
                if value is not None:
                    sheet.write(y, x, value, percent if x in table.percent_columns else None)
        sheet.set_column(0, 0, 28)
        sheet.set_column(1, len(table.headers), 14)
    book.close()
    return buffer.getvalue()
