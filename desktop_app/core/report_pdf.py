"""The daily summary as an A4 PDF (ReportLab platypus): letterhead, headline boxes, tables, a bar
chart, the legalization register and the list of requests, with "Halaman X dari Y" on every page.

Only masked NIKs reach this module. Text goes through :func:`_t`, which replaces characters the
embedded font cannot draw (emoji, CJK without a suitable font) instead of failing.
"""

from __future__ import annotations

import io
import os
from datetime import datetime
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    CondPageBreak,
    HRFlowable,
    Image,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from . import clock
from .formatting import (
    date_range_text,
    format_decimal,
    format_int,
    long_date,
    long_datetime,
    phone_display,
)
from .i18n import _
from .report import DISTRICT_ROWS, CountRow, DailySummary
from .requests.common import CHANNELS, STATUSES, status_label
from .settings import OfficeProfile, OfficialInfo

TITLE = "Rekapitulasi Harian Layanan Administrasi Kependudukan"

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 18 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#1d4f91")  # header rows, bars
HEAD_BG = colors.HexColor("#dde6f3")
ZEBRA = colors.HexColor("#f4f6f9")
GRID = colors.HexColor("#b8c2cc")
ALERT = colors.HexColor("#b42318")
ALERT_BG = colors.HexColor("#fde8e7")
BOX_BG = colors.HexColor("#eef2f8")

# --------------------------------------------------------------------------- fonts


def _font_candidates() -> list[tuple[str, str]]:
    windir = os.environ.get("WINDIR", r"C:\Windows")
    return [
        # Condensed first: DejaVu Sans is wide, and the tables are dense.
        (
            "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
            "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
        ),
        (
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        ),
        ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
        ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
        (
            "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf",
        ),
        (
            os.path.join(windir, "Fonts", "DejaVuSans.ttf"),
            os.path.join(windir, "Fonts", "DejaVuSans-Bold.ttf"),
        ),
        (os.path.join(windir, "Fonts", "arial.ttf"), os.path.join(windir, "Fonts", "arialbd.ttf")),
        ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
    ]


class _Fonts:
    """The regular and bold font names plus a test of which characters they can draw."""

    def __init__(self) -> None:
        self.regular, self.bold = "Helvetica", "Helvetica-Bold"
        self._glyphs: frozenset[int] | None = None
        for regular, bold in _font_candidates():
            if os.path.isfile(regular) and os.path.isfile(bold):
                try:
                    reg_font = TTFont("LoketSans", regular)
                    pdfmetrics.registerFont(reg_font)
                    pdfmetrics.registerFont(TTFont("LoketSans-Bold", bold))
                except Exception:  # noqa: BLE001 - a broken font file: try the next one
                    continue
                pdfmetrics.registerFontFamily(
                    "LoketSans", normal="LoketSans", bold="LoketSans-Bold"
                )
                self.regular, self.bold = "LoketSans", "LoketSans-Bold"
                self._glyphs = frozenset(reg_font.face.charToGlyph)
                break

    def can_draw(self, ch: str) -> bool:
        if ord(ch) > 0xFFFF:
            return False  # emoji: ReportLab's text map for these trips up PDF readers' search
        if self._glyphs is not None:
            return ord(ch) in self._glyphs
        try:
            ch.encode("cp1252")  # the standard fonts' WinAnsi encoding
        except UnicodeEncodeError:
            return False
        return True


@lru_cache(maxsize=1)
def fonts() -> _Fonts:
    return _Fonts()


def _t(text: object) -> str:
    """Text the font can draw: anything else becomes "?" (never an exception or a tofu box)."""
    s = str(text)
    if s.isascii():
        return s
    f = fonts()
    return "".join(
        ch if ch in "\n\t" or f.can_draw(ch) else ("" if ch in "\ufe0f\u200d" else "?") for ch in s
    )


def _p(text: object) -> str:
    """Safe Paragraph markup from plain text."""
    return escape(_t(text))


# --------------------------------------------------------------------------- styles


class _Styles:
    def __init__(self) -> None:
        f = fonts()
        base = ParagraphStyle("base", fontName=f.regular, fontSize=9, leading=11.5, textColor=INK)
        self.base = base
        self.small = ParagraphStyle("small", base, fontSize=7.5, leading=9.5, textColor=MUTED)
        self.title = ParagraphStyle(
            "title", base, fontName=f.bold, fontSize=13.5, leading=17, alignment=TA_CENTER
        )
        self.subtitle = ParagraphStyle(
            "subtitle", base, fontSize=10.5, leading=14, alignment=TA_CENTER, textColor=INK
        )
        self.h2 = ParagraphStyle(
            "h2",
            base,
            fontName=f.bold,
            fontSize=10.5,
            leading=13,
            spaceBefore=9,
            spaceAfter=4,
            textColor=ACCENT,
        )
        self.cell = ParagraphStyle("cell", base, fontSize=8.5, leading=10.5)
        self.head = ParagraphStyle(
            "head", base, fontName=f.bold, fontSize=8, leading=9.5, alignment=TA_CENTER
        )
        self.head_left = ParagraphStyle("head_left", self.head, alignment=TA_LEFT)
        self.box_num = ParagraphStyle(
            "box_num", base, fontName=f.bold, fontSize=17, leading=20, alignment=TA_CENTER
        )
        self.box_label = ParagraphStyle(
            "box_label", base, fontSize=7.5, leading=9, alignment=TA_CENTER, textColor=MUTED
        )
        self.lh_top = ParagraphStyle(
            "lh_top", base, fontName=f.bold, fontSize=11, leading=13.5, alignment=TA_CENTER
        )
        self.lh_name = ParagraphStyle(
            "lh_name", base, fontName=f.bold, fontSize=12.5, leading=15.5, alignment=TA_CENTER
        )
        self.lh_line = ParagraphStyle(
            "lh_line", base, fontSize=8.5, leading=10.5, alignment=TA_CENTER
        )
        self.sign = ParagraphStyle("sign", base, fontSize=9.5, leading=12.5, alignment=TA_CENTER)
        self.empty = ParagraphStyle(
            "empty", base, fontSize=10, leading=13, alignment=TA_CENTER, textColor=MUTED
        )
        self.right = ParagraphStyle("right", base, alignment=TA_RIGHT)


def _table_style(header_rows: int = 1, total_row: bool = False, zebra: bool = True) -> TableStyle:
    f = fonts()
    cmds: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), f.regular, 8.5),
        ("FONT", (0, 0), (-1, header_rows - 1), f.bold, 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    if total_row:
        cmds += [
            ("FONT", (0, -1), (-1, -1), f.bold, 8.5),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
            ("BACKGROUND", (0, -1), (-1, -1), HEAD_BG),
        ]
    return TableStyle(cmds)


def _fit(text: str, width: float, font: str, size: float) -> str:
    """Cut ``text`` with an ellipsis so it fits a fixed column (the long list is not wrapped)."""
    text = _t(text)
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    ell = "\u2026" if fonts().can_draw("\u2026") else "..."
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if pdfmetrics.stringWidth(text[:mid] + ell, font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ell


def _pct(n: int, total: int) -> str:
    return format_decimal(100 * n / total, 1) + " %" if total else "–"


# --------------------------------------------------------------------------- page furniture


def _numbered_canvas(footer_left: str, header_text: str) -> type[rl_canvas.Canvas]:
    """A canvas that holds its pages until the end, so each can say "Halaman X dari Y"."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total: int) -> None:
            f = fonts()
            page = self._pageNumber
            self.saveState()
            self.setStrokeColor(GRID)
            self.setLineWidth(0.5)
            y = MARGIN_BOTTOM - 7 * mm
            self.line(MARGIN_X, y + 3.5 * mm, PAGE_W - MARGIN_X, y + 3.5 * mm)
            self.setFillColor(MUTED)
            self.setFont(f.regular, 7.5)
            self.drawString(MARGIN_X, y, footer_left)
            self.drawRightString(
                PAGE_W - MARGIN_X,
                y,
                _("Halaman {x} dari {y}", x=format_int(page), y=format_int(total)),
            )
            if page > 1:
                self.drawString(MARGIN_X, PAGE_H - 9 * mm, header_text)
                self.line(MARGIN_X, PAGE_H - 10.5 * mm, PAGE_W - MARGIN_X, PAGE_H - 10.5 * mm)
            self.restoreState()

    return NumberedCanvas


def _letterhead(office: OfficeProfile, st: _Styles) -> list:
    lines = []
    if office.regency:
        lines.append(Paragraph(_p(_("PEMERINTAH {r}", r=office.regency.upper())), st.lh_top))
    lines.append(
        Paragraph(
            _p((office.name or _("Dinas Kependudukan dan Pencatatan Sipil")).upper()), st.lh_name
        )
    )
    if office.address:
        lines.append(Paragraph(_p(office.address), st.lh_line))
    contact = []
    if office.phone:
        contact.append(_("Telp. {x}", x=phone_display(office.phone)))
    if office.website:
        contact.append(_("Laman {x}", x=office.website))
    if office.email:
        contact.append(_("Surel {x}", x=office.email))
    if contact:
        lines.append(Paragraph(_p("  \u00b7  ".join(contact)), st.lh_line))

    logo = None
    raw = office.logo_bytes()
    if raw:
        try:
            reader = ImageReader(io.BytesIO(raw))
            w, h = reader.getSize()
            height = 21 * mm
            width = min(height * w / h, 23 * mm)
            logo = Image(io.BytesIO(raw), width=width, height=width * h / w)
        except Exception:  # noqa: BLE001 - an unreadable logo must not stop the report
            logo = None
    side = 24 * mm
    table = Table(
        [[logo or "", lines, ""]],
        colWidths=[side, CONTENT_W - 2 * side, side],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, 0), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        table,
        Spacer(1, 2 * mm),
        HRFlowable(width="100%", thickness=2, color=INK, spaceAfter=1),
        HRFlowable(width="100%", thickness=0.6, color=INK, spaceAfter=5 * mm),
    ]


# --------------------------------------------------------------------------- sections


def _figure_boxes(summary: DailySummary, st: _Styles) -> Table:
    f = summary.figures
    at_end = _("akhir periode") if summary.is_range else _("akhir hari")
    boxes = [
        (f.received, _("Diterima"), False),
        (f.completed, _("Selesai"), False),
        (f.rejected, _("Ditolak"), False),
        (f.new, _("Baru, belum diproses ({e})", e=at_end), False),
        (f.in_progress, _("Diproses ({e})", e=at_end), False),
        (f.waiting, _("Menunggu berkas ({e})", e=at_end), False),
        (f.overdue, _("Terlambat ({e})", e=at_end), f.overdue > 0),
        (f.backlog, _("Sisa terbuka ({e})", e=at_end), False),
    ]
    cells = []
    for value, label, alert in boxes:
        num_style = ParagraphStyle("n", st.box_num, textColor=ALERT if alert else ACCENT)
        cells.append([Paragraph(format_int(value), num_style), Paragraph(_p(label), st.box_label)])
    data = [cells[:4], cells[4:]]
    w = CONTENT_W / 4
    table = Table(data, colWidths=[w] * 4, rowHeights=[17 * mm, 17 * mm])
    style = [
        ("BACKGROUND", (0, 0), (-1, -1), BOX_BG),
        ("LINEAFTER", (0, 0), (2, 1), 3, colors.white),
        ("LINEBELOW", (0, 0), (-1, 0), 3, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if f.overdue > 0:
        style.append(("BACKGROUND", (2, 1), (2, 1), ALERT_BG))
    table.setStyle(TableStyle(style))
    return table


def _service_table(summary: DailySummary, st: _Styles) -> Table:
    header = [Paragraph(_("Layanan"), st.head_left)] + [
        Paragraph(_p(status_label(s)), st.head) for s in STATUSES
    ]
    header.append(Paragraph(_("Jumlah"), st.head))
    data = [header]
    for row in summary.services:
        data.append(
            [Paragraph(f"<b>{_p(row.code)}</b> \u2013 {_p(row.name)}", st.cell)]
            + [format_int(row.by_status.get(s, 0)) for s in STATUSES]
            + [format_int(row.total)]
        )
    totals = summary.status_totals()
    data.append(
        [_("Jumlah")]
        + [format_int(totals[s]) for s in STATUSES]
        + [format_int(sum(totals.values()))]
    )
    first = 56 * mm
    rest = (CONTENT_W - first) / (len(STATUSES) + 1)
    table = Table(data, colWidths=[first] + [rest] * (len(STATUSES) + 1), repeatRows=1)
    style = _table_style(total_row=True)
    style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
    style.add("FONT", (-1, 1), (-1, -1), fonts().bold, 8.5)
    table.setStyle(style)
    return table


def _service_chart(summary: DailySummary) -> Drawing:
    rows = summary.services
    f = fonts()
    bar_h = 5.2 * mm
    height = len(rows) * bar_h + 16 * mm
    drawing = Drawing(CONTENT_W, height)
    chart = HorizontalBarChart()
    chart.x = 26 * mm
    chart.y = 8 * mm
    chart.width = CONTENT_W - chart.x - 14 * mm
    chart.height = len(rows) * bar_h
    chart.data = [[row.total for row in rows]]
    chart.categoryAxis.categoryNames = [_t(row.code) for row in rows]
    chart.categoryAxis.reverseDirection = 1  # first service at the top, as in the table
    chart.categoryAxis.labels.fontName = f.bold
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.dx = -2
    chart.categoryAxis.strokeColor = GRID
    top = max([row.total for row in rows] + [1])
    step = _nice_step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * (-(-top // step))
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = f.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: format_int(int(v))
    chart.valueAxis.strokeColor = GRID
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = bar_h * 0.7
    chart.groupSpacing = bar_h * 0.3
    chart.barLabelFormat = lambda v: format_int(int(v))
    chart.barLabels.fontName = f.regular
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    drawing.add(
        String(
            0,
            height - 4 * mm,
            _t(_("Permohonan diterima menurut layanan")),
            fontName=f.bold,
            fontSize=8.5,
            fillColor=INK,
        )
    )
    return drawing


def _nice_step(top: int) -> int:
    """An axis step of 1, 2 or 5 times a power of ten giving at most about six gridlines."""
    magnitude = 1
    while True:
        for m in (1, 2, 5):
            step = m * magnitude
            if top / step <= 6:
                return step
        magnitude *= 10


def _count_table(
    rows: list[CountRow],
    heads: tuple[str, str],
    st: _Styles,
    *,
    with_key: str | None = None,
    limit: int | None = None,
) -> Table:
    total = sum(r.count for r in rows)
    shown = rows[:limit] if limit else rows
    rest = rows[len(shown) :]
    data: list[list] = []
    if with_key:
        data.append(
            [Paragraph(_p(with_key), st.head_left), Paragraph(_p(heads[0]), st.head_left)]
            + [Paragraph(_p(heads[1]), st.head), Paragraph("%", st.head)]
        )
    else:
        data.append(
            [Paragraph(_p(heads[0]), st.head_left)]
            + [Paragraph(_p(heads[1]), st.head), Paragraph("%", st.head)]
        )
    for r in shown:
        cells = [Paragraph(_p(r.label), st.cell), format_int(r.count), _pct(r.count, total)]
        data.append(([_t(r.key)] if with_key else []) + cells)
    if rest:
        n = sum(r.count for r in rest)
        label = _("Lainnya ({k} kecamatan)", k=format_int(len(rest)))
        data.append(([""] if with_key else []) + [label, format_int(n), _pct(n, total)])
    data.append(([""] if with_key else []) + [_("Jumlah"), format_int(total), _pct(total, total)])
    num_w = 24 * mm
    if with_key:
        widths = [20 * mm, CONTENT_W - 20 * mm - 2 * num_w, num_w, num_w]
    else:
        widths = [CONTENT_W - 2 * num_w, num_w, num_w]
    table = Table(data, colWidths=widths, repeatRows=1)
    style = _table_style(total_row=True)
    style.add("ALIGN", (-2, 1), (-1, -1), "RIGHT")
    table.setStyle(style)
    return table


def _officer_table(summary: DailySummary, st: _Styles) -> list:
    heads = [
        Paragraph(_("Petugas"), st.head_left),
        Paragraph(_("Dicatat (diterima)"), st.head),
        Paragraph(_("Diselesaikan"), st.head),
        Paragraph(_("Ditolak"), st.head),
        Paragraph(_("Rata-rata waktu selesai (jam kerja*)"), st.head),
    ]
    data: list[list] = [heads]
    for row in summary.officers:
        avg = (
            format_decimal(row.avg_hours_to_complete, 1)
            if row.avg_hours_to_complete is not None
            else "–"
        )
        data.append(
            [
                Paragraph(_p(row.name), st.cell),
                format_int(row.received),
                format_int(row.completed),
                format_int(row.rejected),
                avg,
            ]
        )
    widths = [0, 24 * mm, 24 * mm, 22 * mm, 36 * mm]
    widths[0] = CONTENT_W - sum(widths)
    table = Table(data, colWidths=widths, repeatRows=1)
    style = _table_style()
    style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
    table.setStyle(style)
    note = Paragraph(
        _p(
            _(
                "* Jam kerja: jam sejak permohonan diterima sampai diselesaikan, tanpa menghitung "
                'Sabtu, Minggu dan hari libur kantor. "Diselesaikan" dan "Ditolak" menurut '
                "petugas yang mengubah status; permohonan yang ditutup pada periode ini."
            )
        ),
        st.small,
    )
    return [table, Spacer(1, 1.5 * mm), note]


def _days_tables(summary: DailySummary, st: _Styles) -> list:
    head = [
        Paragraph(_("Tanggal"), st.head_left),
        Paragraph(_("Diterima"), st.head),
        Paragraph(_("Selesai"), st.head),
        Paragraph(_("Ditolak"), st.head),
        Paragraph(_("Sisa terbuka (24.00)"), st.head),
        Paragraph(_("Terlambat (24.00)"), st.head),
        Paragraph(_("Legalisir (pemohon)"), st.head),
    ]
    data: list[list] = [head]
    for d in summary.days:
        data.append(
            [
                _t(f"{_day_abbrev(d.day)}"),
                format_int(d.received),
                format_int(d.completed),
                format_int(d.rejected),
                format_int(d.backlog),
                format_int(d.overdue),
                format_int(d.legal_applicants),
            ]
        )
    data.append(
        [
            _("Jumlah"),
            format_int(sum(d.received for d in summary.days)),
            format_int(sum(d.completed for d in summary.days)),
            format_int(sum(d.rejected for d in summary.days)),
            "",
            "",
            format_int(sum(d.legal_applicants for d in summary.days)),
        ]
    )
    first = 34 * mm
    rest = (CONTENT_W - first) / 6
    t1 = LongTable(data, colWidths=[first] + [rest] * 6, repeatRows=1)
    style = _table_style(total_row=True)
    style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
    t1.setStyle(style)

    codes = [s.code for s in summary.services]
    head2 = [Paragraph(_("Tanggal"), st.head_left)]
    code_head = ParagraphStyle("code_head", st.head, fontSize=7 if len(codes) > 8 else 8)
    head2 += [Paragraph(_p(c), code_head) for c in codes] + [Paragraph(_("Jumlah"), st.head)]
    data2: list[list] = [head2]
    for d in summary.days:
        data2.append(
            [_t(_day_abbrev(d.day))]
            + [format_int(d.by_service.get(c, 0)) for c in codes]
            + [format_int(d.received)]
        )
    data2.append(
        [_("Jumlah")]
        + [format_int(sum(d.by_service.get(c, 0) for d in summary.days)) for c in codes]
        + [format_int(sum(d.received for d in summary.days))]
    )
    first2 = 30 * mm
    rest2 = (CONTENT_W - first2) / (len(codes) + 1)
    t2 = LongTable(data2, colWidths=[first2] + [rest2] * (len(codes) + 1), repeatRows=1)
    style2 = _table_style(total_row=True)
    style2.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
    size = 8 if len(codes) <= 10 else 7
    style2.add("FONT", (0, 1), (-1, -2), fonts().regular, size)
    style2.add("LEFTPADDING", (1, 0), (-1, -1), 2)
    style2.add("RIGHTPADDING", (1, 0), (-1, -1), 3)
    t2.setStyle(style2)
    return [
        Paragraph(_("Rincian per hari"), st.h2),
        t1,
        Spacer(1, 3 * mm),
        Paragraph(_("Permohonan diterima per hari menurut layanan"), st.h2),
        t2,
    ]


_DAY_SHORT = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")


def _day_abbrev(d) -> str:  # type: ignore[no-untyped-def]
    return f"{_DAY_SHORT[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year}"


def _legal_section(summary: DailySummary, st: _Styles) -> list:
    legal = summary.legal
    out: list = [Paragraph(_("Legalisir dokumen TNI/Polri"), st.h2)]
    if not legal.applicants:
        out.append(Paragraph(_("Tidak ada legalisir pada periode ini."), st.base))
        return out
    figures = _(
        "Pemohon: <b>{a}</b> \u00b7 Dokumen: <b>{d}</b> \u00b7 Lembar dilegalisir: <b>{c}</b>",
        a=format_int(legal.applicants),
        d=format_int(legal.documents),
        c=format_int(legal.copies),
    )
    if legal.revoked:
        figures += _(" \u00b7 dicabut kemudian: <b>{r}</b>", r=format_int(legal.revoked))
    out += [Paragraph(figures, st.base), Spacer(1, 2 * mm)]
    out.append(_count_table(legal.by_purpose, (_("Keperluan"), _("Pemohon")), st))
    if summary.requests is None:
        first, last = legal.entries[0].register_no, legal.entries[-1].register_no
        out += [
            Spacer(1, 2 * mm),
            Paragraph(
                _p(_("Nomor register: {a} s.d. {b}", a=first, b=last)),
                st.base,
            ),
        ]
        return out
    f = fonts()
    size = 7.5
    time_w = 20 * mm if summary.is_range else 11 * mm
    widths = [46 * mm, time_w, 0, 26 * mm, 20 * mm, 11 * mm, 15 * mm]
    widths[2] = CONTENT_W - sum(widths)
    time_fmt = _time_with_day if summary.is_range else _time_only
    data: list[list] = [
        [
            Paragraph(_("Nomor register"), st.head_left),
            Paragraph(_("Tgl/jam") if summary.is_range else _("Jam"), st.head),
            Paragraph(_("Pemohon"), st.head_left),
            Paragraph(_("NIK"), st.head_left),
            Paragraph(_("Keperluan"), st.head_left),
            Paragraph(_("Dok."), st.head),
            Paragraph(_("Lembar"), st.head),
        ]
    ]
    pad = 8
    for e in legal.entries:
        name = e.applicant_name + (_(" (dicabut)") if e.revoked else "")
        data.append(
            [
                _fit(e.register_no, widths[0] - pad, f.regular, size),
                time_fmt(e.created_at),
                _fit(name, widths[2] - pad, f.regular, size),
                e.nik_masked,
                _fit(e.purpose, widths[4] - pad, f.regular, size),
                format_int(e.documents),
                format_int(e.copies),
            ]
        )
    table = LongTable(data, colWidths=widths, repeatRows=1)
    style = _table_style()
    style.add("FONT", (0, 1), (-1, -1), f.regular, size)
    style.add("ALIGN", (-2, 1), (-1, -1), "RIGHT")
    style.add("ALIGN", (1, 1), (1, -1), "CENTER")
    table.setStyle(style)
    out += [Spacer(1, 3 * mm), table]
    return out


def _short_channel(label: str) -> str:
    """The list has no room for "Web (e-SIAK)"; the channel table above spells it out."""
    return label.split(" (")[0]


def _time_only(moment: datetime) -> str:
    return f"{moment.hour:02d}.{moment.minute:02d}"


def _time_with_day(moment: datetime) -> str:
    return f"{moment.day:02d}/{moment.month:02d} {moment.hour:02d}.{moment.minute:02d}"


# The long list is cut into one table per page (ReportLab splits a long table page by page,
# copying and restyling every remaining row at each split: quadratic, most of the render time of
# a busy day). The list then starts on a fresh page so each table fills exactly one page and its
# header row is the page's header row.
LIST_ROW_H = 4.6 * mm
LIST_HEAD_H = 7 * mm
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - 12  # SimpleDocTemplate's frame pads 6 pt each
LIST_ROWS_PER_PAGE = int((FRAME_H - LIST_HEAD_H) // LIST_ROW_H)
LIST_HEADING_ROWS = 3  # the section heading above the first table


def _request_list(summary: DailySummary, st: _Styles) -> list:
    assert summary.requests is not None
    f = fonts()
    size = 7.5
    time_w = 20 * mm if summary.is_range else 11 * mm
    widths = [9 * mm, 32 * mm, time_w, 16 * mm, 16 * mm, 0, 25 * mm, 26 * mm]
    widths[5] = CONTENT_W - sum(widths)
    head = [
        Paragraph(_("No."), st.head),
        Paragraph(_("Tiket"), st.head_left),
        Paragraph(_("Tgl/jam") if summary.is_range else _("Jam"), st.head),
        Paragraph(_("Layanan"), st.head_left),
        Paragraph(_("Kanal"), st.head_left),
        Paragraph(_("Nama"), st.head_left),
        Paragraph(_("NIK"), st.head_left),
        Paragraph(_("Status"), st.head_left),
    ]
    pad = 8
    time_fmt = _time_with_day if summary.is_range else _time_only
    # Few distinct channels and statuses: fit each text once, not once per row.
    fitted: dict[tuple[int, str], str] = {}

    def fit_few(column: int, text: str) -> str:
        key = (column, text)
        if key not in fitted:
            fitted[key] = _fit(text, widths[column] - pad, f.regular, size)
        return fitted[key]

    rows = [
        [
            format_int(i),
            _fit(r.ticket, widths[1] - pad, f.regular, size),
            time_fmt(r.received_at),
            _t(r.service_code),
            fit_few(4, _short_channel(r.channel)),
            _fit(r.name, widths[5] - pad, f.regular, size),
            r.nik_masked,
            fit_few(7, r.status_text),
        ]
        for i, r in enumerate(summary.requests, start=1)
    ]
    heading = Paragraph(
        _("Daftar permohonan yang diterima ({n})", n=format_int(len(summary.requests))), st.h2
    )
    if len(rows) <= LIST_ROWS_PER_PAGE - LIST_HEADING_ROWS:
        out: list = [CondPageBreak(40 * mm), heading, _list_table(head, rows, widths, size)]
    else:
        out = [CondPageBreak(FRAME_H - 2 * mm), heading]
        first = LIST_ROWS_PER_PAGE - LIST_HEADING_ROWS
        out.append(_list_table(head, rows[:first], widths, size))
        for start in range(first, len(rows), LIST_ROWS_PER_PAGE):
            out.append(_list_table(head, rows[start : start + LIST_ROWS_PER_PAGE], widths, size))
    return out + [
        Spacer(1, 1.5 * mm),
        Paragraph(
            _p(_("Status menurut keadaan akhir periode. NIK disamarkan (UU 27/2022).")),
            st.small,
        ),
    ]


def _list_table(head: list, rows: list[list[str]], widths: list[float], size: float) -> Table:
    table = LongTable(
        [head, *rows],
        colWidths=widths,
        rowHeights=[LIST_HEAD_H] + [LIST_ROW_H] * len(rows),
        repeatRows=1,
    )
    style = _table_style()
    style.add("FONT", (0, 1), (-1, -1), fonts().regular, size)
    style.add("TOPPADDING", (0, 1), (-1, -1), 1)
    style.add("BOTTOMPADDING", (0, 1), (-1, -1), 1)
    style.add("ALIGN", (0, 1), (0, -1), "RIGHT")
    style.add("ALIGN", (2, 1), (2, -1), "CENTER")
    table.setStyle(style)
    return table


def _signature(
    office: OfficeProfile, signer: OfficialInfo | None, signed_on: datetime, st: _Styles
) -> KeepTogether:
    from .identity import format_nip

    place = office.city or ""
    dated = f"{place}, {long_date(signed_on.date())}" if place else long_date(signed_on.date())
    bold = fonts().bold
    if signer is not None:
        rank = f"<br/>{_p(signer.rank)}" if signer.rank else ""
        try:
            nip = format_nip(signer.nip)
        except Exception:  # noqa: BLE001 - a malformed stored NIP is printed as it is
            nip = signer.nip
        lines = (
            f"{_p(dated)}<br/>{_p(_('Mengetahui,'))}<br/>{_p(signer.title)}"
            f"<br/><br/><br/><br/><br/>"
            f'<font name="{bold}"><u>{_p(signer.name)}</u></font>{rank}'
            f"<br/>{_p(_('NIP {nip}', nip=nip))}"
        )
    else:
        lines = (
            f"{_p(dated)}<br/>{_p(_('Mengetahui,'))}<br/>{_p(_('Kepala Seksi'))}"
            "<br/><br/><br/><br/><br/>"
            "(.........................................)<br/>"
            f"{_p(_('NIP'))} ....................................."
        )
    table = Table([["", Paragraph(lines, st.sign)]], colWidths=[CONTENT_W - 80 * mm, 80 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 8 * mm), table])


# --------------------------------------------------------------------------- the document


def render_daily_pdf(
    summary: DailySummary,
    office: OfficeProfile,
    generated_by: str,
    *,
    signer: OfficialInfo | None = None,
    generated_at: datetime | None = None,
) -> bytes:
    """The report as PDF bytes (:func:`desktop_app.core.report.save_report` writes and audits
    an export)."""
    st = _Styles()
    generated_at = generated_at or clock.now()
    period = date_range_text(summary.date_from, summary.date_to)
    footer = _t(
        _("Dibuat oleh {name} pada {at}", name=generated_by or "-", at=long_datetime(generated_at))
    )
    header = _t(f"{_(TITLE)} \u2014 {period}")

    story: list = []
    story += _letterhead(office, st)
    story.append(Paragraph(_p(_(TITLE)), st.title))
    if summary.is_range:
        story.append(
            Paragraph(
                _p(
                    _(
                        "Periode {p} ({n} hari)",
                        p=period,
                        n=format_int(summary.day_count),
                    )
                ),
                st.subtitle,
            )
        )
    else:
        story.append(Paragraph(_p(period), st.subtitle))
    story += [Spacer(1, 4 * mm), _figure_boxes(summary, st), Spacer(1, 1.5 * mm)]
    story.append(
        Paragraph(
            _p(
                _(
                    "Diterima, selesai dan ditolak: yang terjadi pada periode ini (selesai dan "
                    "ditolak termasuk permohonan yang diterima sebelumnya). Baru, diproses, "
                    "menunggu berkas, terlambat dan sisa terbuka: keadaan pukul 24.00 {zone} pada "
                    "hari terakhir periode, untuk semua permohonan yang belum ditutup.",
                    zone=clock.zone_name(),
                )
            ),
            st.small,
        )
    )

    if summary.figures.received == 0:
        empty = (
            _("Tidak ada permohonan yang diterima pada periode ini.")
            if summary.is_range
            else _("Tidak ada permohonan yang diterima pada tanggal ini.")
        )
        story += [Spacer(1, 6 * mm), Paragraph(_p(empty), st.empty), Spacer(1, 2 * mm)]
    else:
        story.append(Paragraph(_("Permohonan menurut layanan dan status"), st.h2))
        story.append(_service_table(summary, st))
        story.append(
            Paragraph(
                _p(_("Permohonan yang diterima pada periode ini, menurut status akhir periode.")),
                st.small,
            )
        )
        story += [Spacer(1, 3 * mm), _service_chart(summary)]
        story.append(
            KeepTogether(
                [
                    Paragraph(_("Permohonan menurut kanal"), st.h2),
                    _count_table(
                        [c for c in summary.channels if c.count or c.key in CHANNELS],
                        (_("Kanal"), _("Jumlah")),
                        st,
                    ),
                ]
            )
        )
        story.append(CondPageBreak(35 * mm))
        story.append(Paragraph(_("Permohonan menurut kecamatan (dari NIK pemohon)"), st.h2))
        story.append(
            _count_table(
                summary.districts,
                (_("Kecamatan"), _("Jumlah")),
                st,
                with_key=_("Kode"),
                limit=DISTRICT_ROWS,
            )
        )
    if summary.officers:
        story.append(CondPageBreak(35 * mm))
        story.append(Paragraph(_("Kinerja petugas"), st.h2))
        story += _officer_table(summary, st)
    if summary.days:
        story.append(CondPageBreak(50 * mm))
        story += _days_tables(summary, st)
    story.append(CondPageBreak(35 * mm))
    story += _legal_section(summary, st)
    if summary.requests:
        story += _request_list(summary, st)
    elif summary.requests is None and summary.figures.received:
        story.append(Spacer(1, 3 * mm))
        story.append(
            Paragraph(
                _p(
                    _(
                        "Daftar permohonan per tiket tidak dimuat untuk periode lebih dari "
                        "{n} hari; lihat rincian per hari di atas.",
                        n=7,
                    )
                ),
                st.small,
            )
        )
    story.append(_signature(office, signer, clock.to_office(generated_at), st))

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=_t(f"{_(TITLE)} \u2014 {period}"),
        author=_t(office.name or "Loket Dukcapil"),
        subject=_t(period),
        creator="Loket Dukcapil",
    )
    doc.build(story, canvasmaker=_numbered_canvas(footer, header))
    return buf.getvalue()
