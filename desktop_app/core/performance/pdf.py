"""The performance report as an A4 PDF on the one PDF foundation (:mod:`desktop_app.core.pdf`):
letterhead, headline figures, service standards, rejection reasons, two charts (received vs
finished per working day; % within standard per week), channels, officers (supervisor only),
the backlog by age, legalization, the note on how each figure is counted, and the "Mengetahui"
/ "Dibuat oleh" signatures, with "Halaman X dari Y" on every page.

The charts are drawn to survive a grey-scale laser printer: the two series differ in lightness
and outline, every bar carries its value or the table beside it does, never colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from .. import clock
from ..formatting import MONTHS, format_decimal, format_int, long_date
from ..i18n import _
from ..pdf import (
    ACCENT,
    GRID,
    INK,
    MUTED,
    PAPERS,
    SANS,
    SANS_BOLD,
    Letterhead,
    PageFrame,
    Rows,
    Signatory,
    SignatureBlock,
    Story,
    build_pdf,
    markup,
    officer_signatory,
    printed_by_line,
    safe_text,
    signatory_of,
    styles,
    table_style,
)
from ..pdf.figures import figure_band
from ..requests.common import CHANNELS
from ..settings import OfficeProfile, OfficialInfo
from .figures import AGE_GROUPS, VERIFY_RESULTS, PerformanceReport, WorkdayFigures
from .notes import counting_notes

TITLE = "Laporan Kinerja Layanan Administrasi Kependudukan"

PAGE_W, PAGE_H = PAPERS["A4"]
MARGIN_X = 18 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X

LIGHT = colors.HexColor("#c9d6ea")  # the second chart series: light, with a dark outline
_DAY_SHORT = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")


def pct_text(value: float | None) -> str:
    return "\u2013" if value is None else format_decimal(value, 1) + " %"


def days_text(value: int | None) -> str:
    return "\u2013" if value is None else format_int(value)


def period_heading(report: PerformanceReport) -> str:
    """``November 2026 (1–30 November 2026, 20 hari kerja)``; a range or an unfinished month
    says so."""
    n = format_int(report.working_days)
    if report.month:
        month = f"{_(MONTHS[report.date_from.month - 1])} {report.date_from.year}"
        if report.month_partial:
            return _(
                "Bulan {m}, sampai dengan {d} ({n} hari kerja; bulan belum berakhir)",
                m=month,
                d=long_date(report.date_to),
                n=n,
            )
        return _("Bulan {m} ({p}, {n} hari kerja)", m=month, p=report.period_text, n=n)
    return _("Periode {p} ({n} hari kerja)", p=report.period_text, n=n)


# --------------------------------------------------------------------------- pieces


def _styles() -> dict[str, ParagraphStyle]:
    st = styles()
    return {
        "note_name": ParagraphStyle("k_note_name", st.small, fontName=SANS_BOLD, textColor=INK),
    }


def _headline(report: PerformanceReport) -> Story:
    t, b = report.totals, report.backlog
    first = figure_band(
        _("Pada periode ini"),
        [
            (format_int(t.received), _("Permohonan diterima"), False),
            (format_int(t.finished), _("Selesai (termasuk yang diterima sebelumnya)"), False),
            (
                pct_text(t.within_pct),
                _("Selesai dalam standar ({n} permohonan)", n=format_int(t.within)),
                False,
            ),
            (format_int(t.rejected), _("Ditolak"), False),
        ],
        CONTENT_W,
        number_pt=16,
    )
    second = figure_band(
        _("Waktu penyelesaian dan keadaan pada pukul 24.00, {d}", d=long_date(report.date_to)),
        [
            (days_text(t.median_days), _("Median hari kerja sampai selesai"), False),
            (days_text(t.p90_days), _("90 % selesai dalam (hari kerja)"), False),
            (format_int(b.total), _("Sisa terbuka"), False),
            (format_int(b.overdue), _("Terlambat (lewat batas waktu)"), b.overdue > 0),
        ],
        CONTENT_W,
        number_pt=16,
    )
    return [first, Spacer(1, 1.5 * mm), second]


def _table(
    data: Rows,
    widths: Sequence[float],
    *,
    total: bool = False,
    numeric_from: int = 1,
    font_size: float = 8.5,
) -> Table:
    table = Table(data, colWidths=list(widths), repeatRows=1)
    style = table_style(total_row=total)
    style.add("ALIGN", (numeric_from, 1), (-1, -1), "RIGHT")
    style.add("FONT", (0, 1), (-1, -2 if total else -1), SANS, font_size)
    table.setStyle(style)
    return table


def _head(*texts: str, left: int = 1, size: float | None = None) -> list[Paragraph]:
    """Header cells; the first ``left`` ones left-aligned. ``size`` for dense tables."""
    st = styles()
    out = []
    for i, text in enumerate(texts):
        style = st.head_left if i < left else st.head
        if size is not None:
            style = ParagraphStyle("head_small", style, fontSize=size, leading=size * 1.2)
        out.append(Paragraph(markup(text), style))
    return out


def _service_table(report: PerformanceReport) -> Table:
    st = styles()
    data: Rows = [
        _head(
            _("Layanan"),
            _("Standar (hari kerja)"),
            _("Diterima"),
            _("Selesai"),
            _("Dalam standar"),
            _("% dalam standar"),
            _("Median (hari kerja)"),
            _("Persentil ke-90 (hari kerja)"),
            _("Ditolak"),
            size=7,
        )
    ]
    for s in report.services:
        data.append(
            [
                Paragraph(f"<b>{markup(s.code)}</b> \u2013 {markup(s.name)}", st.cell),
                format_int(s.target_days),
                format_int(s.received),
                format_int(s.finished),
                format_int(s.within),
                pct_text(s.within_pct),
                days_text(s.median_days),
                days_text(s.p90_days),
                format_int(s.rejected),
            ]
        )
    t = report.totals
    data.append(
        [
            _("Jumlah"),
            "",
            format_int(t.received),
            format_int(t.finished),
            format_int(t.within),
            pct_text(t.within_pct),
            days_text(t.median_days),
            days_text(t.p90_days),
            format_int(t.rejected),
        ]
    )
    first = 46 * mm
    rest = (CONTENT_W - first) / 8
    return _table(data, [first] + [rest] * 8, total=True)


def _reasons(report: PerformanceReport) -> Story:
    """One row per service that rejected anything: its three most common reasons."""
    st = styles()
    rows = [s for s in report.services if s.reasons]
    if not rows:
        return []
    data: Rows = [_head(_("Layanan"), _("Ditolak"), _("Alasan terbanyak (jumlah)"), left=1)]
    for s in rows:
        reasons = " \u00b7 ".join(f"{markup(r.text)} ({format_int(r.count)})" for r in s.reasons)
        data.append(
            [
                Paragraph(f"<b>{markup(s.code)}</b>", st.cell),
                format_int(s.rejected),
                Paragraph(reasons, st.cell),
            ]
        )
    table = Table(data, colWidths=[20 * mm, 16 * mm, CONTENT_W - 36 * mm], repeatRows=1)
    style = table_style()
    style.add("ALIGN", (1, 1), (1, -1), "RIGHT")
    style.add("VALIGN", (0, 0), (-1, -1), "TOP")
    table.setStyle(style)
    return [
        CondPageBreak(30 * mm),
        Paragraph(markup(_("Alasan penolakan terbanyak per layanan")), st.h2),
        table,
    ]


def _nice_step(top: float, most: int = 6) -> float:
    """An axis step of 1, 2 or 5 times a power of ten giving at most ``most`` gridlines."""
    magnitude = 1.0
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if top / step <= most:
                return step
        magnitude *= 10


def _chart_frame(title: str, height: float) -> Drawing:
    drawing = Drawing(CONTENT_W, height)
    drawing.initialFontName = SANS  # not ReportLab's Helvetica (never embedded)
    drawing.add(
        String(
            0, height - 4 * mm, safe_text(title), fontName=SANS_BOLD, fontSize=8.5, fillColor=INK
        )
    )
    return drawing


def _legend(
    drawing: Drawing, x: float, y: float, items: Sequence[tuple[str, object, object]]
) -> None:
    for label, fill, stroke in items:
        drawing.add(
            Rect(x, y - 1, 3.2 * mm, 3.2 * mm, fillColor=fill, strokeColor=stroke, strokeWidth=0.6)
        )
        drawing.add(
            String(x + 4.5 * mm, y, safe_text(label), fontName=SANS, fontSize=7.5, fillColor=INK)
        )
        x += 6 * mm + len(label) * 1.45 * mm


def _day_label(w: WorkdayFigures) -> str:
    return f"{w.day.day}"


def received_finished_chart(report: PerformanceReport) -> Drawing:
    """Received and finished per working day: dark bars and light outlined bars."""
    days = report.workdays
    height = 62 * mm
    drawing = _chart_frame(_("Diterima dan selesai per hari kerja"), height)
    _legend(
        drawing,
        CONTENT_W - 68 * mm,
        height - 4 * mm,
        [(_("Diterima"), ACCENT, ACCENT), (_("Selesai"), LIGHT, INK)],
    )
    if not days:
        drawing.add(
            String(
                0,
                height / 2,
                safe_text(_("Tidak ada hari kerja dalam periode ini.")),
                fontName=SANS,
                fontSize=8,
                fillColor=MUTED,
            )
        )
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 12 * mm
    chart.width = CONTENT_W - chart.x - 2 * mm
    chart.height = height - chart.y - 9 * mm
    chart.data = [[w.received for w in days], [w.finished for w in days]]
    top = max([max(series) for series in chart.data] + [1])
    step = _nice_step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * -(-top // step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: format_int(int(v))
    chart.valueAxis.strokeColor = GRID
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.categoryAxis.categoryNames = [_day_label(w) for w in days]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.dy = -1
    chart.categoryAxis.strokeColor = GRID
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = ACCENT
    chart.bars[1].fillColor = LIGHT
    chart.bars[1].strokeColor = INK
    chart.bars.strokeWidth = 0.5
    chart.barSpacing = 0.5
    chart.groupSpacing = 3
    drawing.add(chart)
    month = days[0].day
    caption = _(
        "Tanggal hari kerja ({m} {y}). Sabtu, Minggu dan hari libur dihitung pada hari kerja "
        "berikutnya.",
        m=_(MONTHS[month.month - 1]),
        y=month.year,
    )
    if days[0].day.month != days[-1].day.month or days[0].day.year != days[-1].day.year:
        caption = _(
            "Tanggal hari kerja. Sabtu, Minggu dan hari libur dihitung pada hari kerja berikutnya."
        )
    drawing.add(
        String(chart.x, 2 * mm, safe_text(caption), fontName=SANS, fontSize=7, fillColor=MUTED)
    )
    return drawing


def within_standard_chart(report: PerformanceReport) -> Drawing:
    """% finished within standard per week, each bar labelled with its percentage."""
    weeks = report.weeks
    height = 56 * mm
    drawing = _chart_frame(_("Persentase selesai dalam standar per minggu"), height)
    if not weeks:
        drawing.add(
            String(
                0,
                height / 2,
                safe_text(_("Tidak ada hari kerja dalam periode ini.")),
                fontName=SANS,
                fontSize=8,
                fillColor=MUTED,
            )
        )
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 13 * mm
    chart.width = CONTENT_W - chart.x - 2 * mm
    chart.height = height - chart.y - 9 * mm
    chart.data = [[w.within_pct or 0 for w in weeks]]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: f"{int(v)} %"
    chart.valueAxis.strokeColor = GRID
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.categoryAxis.categoryNames = [_("Minggu {n}", n=w.number) for w in weeks]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.strokeColor = GRID
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = ACCENT
    chart.barWidth = 10
    chart.groupSpacing = 10
    drawing.add(chart)
    # Values above the bars and the dates under the week names (no colour needed to read it).
    slot = chart.width / len(weeks)
    for i, w in enumerate(weeks):
        cx = chart.x + slot * (i + 0.5)
        value = w.within_pct
        y = chart.y + chart.height * (value or 0) / 100 + 1.5 * mm
        text = pct_text(value) if value is not None else _("tidak ada yang selesai")
        drawing.add(
            String(
                cx,
                y,
                safe_text(text),
                fontName=SANS_BOLD,
                fontSize=7.5,
                fillColor=INK,
                textAnchor="middle",
            )
        )
        span = f"{w.first_day.day}\u2013{w.last_day.day}/{w.last_day.month}"
        if w.first_day == w.last_day:
            span = f"{w.first_day.day}/{w.first_day.month}"
        drawing.add(
            String(
                cx,
                chart.y - 8 * mm,
                safe_text(span),
                fontName=SANS,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    drawing.add(
        Line(chart.x, chart.y, chart.x + chart.width, chart.y, strokeColor=GRID, strokeWidth=0.5)
    )
    return drawing


def _workday_table(report: PerformanceReport) -> Table:
    """The chart's numbers: one row per working day, in two halves side by side."""
    rows = [
        [
            f"{_DAY_SHORT[w.day.weekday()]} {w.day.day:02d}/{w.day.month:02d}"
            + (" *" if w.folded else ""),
            format_int(w.received),
            format_int(w.finished),
            format_int(w.within),
            format_int(w.rejected),
        ]
        for w in report.workdays
    ]
    half = -(-len(rows) // 2)
    left, right = rows[:half], rows[half:]
    right += [[""] * 5] * (len(left) - len(right))
    head = _head(_("Hari kerja"), _("Diterima"), _("Selesai"), _("Dalam standar"), _("Ditolak"))
    data = [head + [""] + head] + [a + [""] + b for a, b in zip(left, right, strict=True)]
    col = (CONTENT_W - 4 * mm) / 2
    widths = [col * 0.28, col * 0.18, col * 0.18, col * 0.18, col * 0.18]
    table = Table(data, colWidths=widths + [4 * mm] + widths, repeatRows=1)
    style = table_style()
    style.add("ALIGN", (1, 1), (4, -1), "RIGHT")
    style.add("ALIGN", (7, 1), (10, -1), "RIGHT")
    style.add("FONT", (0, 1), (-1, -1), SANS, 7.5)
    style.add("BACKGROUND", (5, 0), (5, -1), colors.white)
    style.add("LINEBELOW", (5, 0), (5, -1), 0, colors.white)
    table.setStyle(style)
    return table


def _short_span(first: date, last: date) -> str:
    """``02/11–06/11``, or ``30/11`` for a single day."""
    one = f"{first.day:02d}/{first.month:02d}"
    return one if first == last else f"{one}\u2013{last.day:02d}/{last.month:02d}"


def _week_table(report: PerformanceReport) -> Table:
    data: Rows = [
        _head(
            _("Minggu"),
            _("Hari kerja"),
            _("Diterima"),
            _("Selesai"),
            _("Dalam standar"),
            _("% dalam standar"),
            left=2,
        )
    ]
    for w in report.weeks:
        data.append(
            [
                _("Minggu {n}", n=w.number),
                _short_span(w.first_day, w.last_day),
                format_int(w.received),
                format_int(w.finished),
                format_int(w.within),
                pct_text(w.within_pct),
            ]
        )
    return _table(data, [22 * mm, 30 * mm] + [(CONTENT_W - 52 * mm) / 4] * 4, numeric_from=2)


def _channel_table(report: PerformanceReport) -> Table:
    data: Rows = [
        _head(_("Kanal"), _("Diterima"), _("Selesai"), _("Dalam standar"), _("% dalam standar"))
    ]
    for c in report.channels:
        if c.key in CHANNELS or c.received or c.finished:
            label = _("Surel") if c.key == "email" else c.label
            data.append(
                [
                    label,
                    format_int(c.received),
                    format_int(c.finished),
                    format_int(c.within),
                    pct_text(c.within_pct),
                ]
            )
    t = report.totals
    data.append(
        [
            _("Jumlah"),
            format_int(t.received),
            format_int(t.finished),
            format_int(t.within),
            pct_text(t.within_pct),
        ]
    )
    return _table(data, [60 * mm] + [(CONTENT_W - 60 * mm) / 4] * 4, total=True)


def _officer_section(report: PerformanceReport) -> Story:
    st = styles()
    heading = Paragraph(markup(_("Kinerja per petugas")), st.h2)
    if report.officers is None:
        return [
            heading,
            Paragraph(markup(_("Rincian per petugas hanya dimuat untuk supervisor.")), st.base),
        ]
    data: Rows = [
        _head(
            _("Petugas"),
            _("Dicatat"),
            _("Ditangani"),
            _("Selesai"),
            _("Dalam standar"),
            _("% dalam standar"),
            _("Ditolak"),
        )
    ]
    for o in report.officers:
        data.append(
            [
                Paragraph(markup(o.name), st.cell),
                format_int(o.recorded),
                format_int(o.handled),
                format_int(o.finished),
                format_int(o.within),
                pct_text(o.within_pct),
                format_int(o.rejected),
            ]
        )
    if len(data) == 1:
        return [
            heading,
            Paragraph(markup(_("Tidak ada kegiatan petugas pada periode ini.")), st.base),
        ]
    first = 52 * mm
    return [heading, _table(data, [first] + [(CONTENT_W - first) / 6] * 6)]


def _backlog_table(report: PerformanceReport) -> Story:
    st = styles()
    b = report.backlog
    heading = Paragraph(
        markup(
            _(
                "Sisa terbuka pada pukul 24.00, {d}, menurut umur (hari kerja)",
                d=long_date(report.date_to),
            )
        ),
        st.h2,
    )
    if not b.rows:
        return [heading, Paragraph(markup(_("Tidak ada permohonan yang masih terbuka.")), st.base)]
    ages = [_("{a} hari", a=label) for _lo, _hi, label in AGE_GROUPS]
    data: Rows = [_head(_("Layanan"), *ages, _("Jumlah"), _("Terlambat"))]
    for r in b.rows:
        data.append(
            [Paragraph(f"<b>{markup(r.code)}</b> \u2013 {markup(r.name)}", st.cell)]
            + [format_int(n) for n in r.by_age]
            + [format_int(r.total), format_int(r.overdue)]
        )
    data.append(
        [_("Jumlah")]
        + [format_int(n) for n in b.by_age]
        + [format_int(b.total), format_int(b.overdue)]
    )
    first = 58 * mm
    table = _table(data, [first] + [(CONTENT_W - first) / 6] * 6, total=True)
    return [KeepTogether([heading, table])]


def _legal_section(report: PerformanceReport) -> Story:
    st = styles()
    legal = report.legal
    labels = {
        "valid": _("SAH"),
        "revoked": _("DICABUT"),
        "tampered": _("TIDAK SAH"),
        "unknown": _("tidak dikenal"),
    }
    results = ", ".join(
        f"{labels[k]} {format_int(legal.verification_results.get(k, 0))}" for k in VERIFY_RESULTS
    )
    data: Rows = [
        _head(
            _("Pemohon"),
            _("Dokumen"),
            _("Lembar"),
            _("Cetak ulang"),
            _("Pencabutan"),
            _("Verifikasi"),
            left=0,
        ),
        [
            format_int(legal.entries),
            format_int(legal.documents),
            format_int(legal.copies),
            format_int(legal.reprints),
            format_int(legal.revocations),
            format_int(legal.verifications),
        ],
    ]
    table = _table(data, [CONTENT_W / 6] * 6, numeric_from=0)
    table.setStyle(TableStyle([("ALIGN", (0, 1), (-1, -1), "CENTER")]))
    return [
        KeepTogether(
            [
                Paragraph(markup(_("Legalisir dokumen TNI/Polri")), st.h2),
                table,
                Spacer(1, 1.5 * mm),
                Paragraph(markup(_("Hasil verifikasi: {r}.", r=results)), st.small),
            ]
        )
    ]


def _notes_section() -> Story:
    st = styles()
    ks = _styles()
    data = [
        [Paragraph(markup(name), ks["note_name"]), Paragraph(markup(text), st.small)]
        for name, text in counting_notes()
    ]
    table = Table(data, colWidths=[34 * mm, CONTENT_W - 34 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS, 7.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, GRID),
            ]
        )
    )
    return [Paragraph(markup(_("Cara menghitung")), st.h2), table]


def _signatures(
    office: OfficeProfile, signer: OfficialInfo | None, maker: Signatory | None, signed_on: datetime
) -> KeepTogether:
    day = long_date(clock.office_date(signed_on))
    dated = f"{office.city}, {day}" if office.city else day
    knows = signatory_of(_("Mengetahui,"), signer, _("Kepala Dinas"))
    made = maker or Signatory(_("Dibuat oleh,"), _("Petugas"))
    return KeepTogether([Spacer(1, 8 * mm), SignatureBlock(dated, [knows, made], CONTENT_W)])


# --------------------------------------------------------------------------- the document


def report_maker(actor: object) -> Signatory:
    """ "Dibuat oleh": whoever made the report; blank lines for a scheduled (system) export."""
    return officer_signatory(_("Dibuat oleh,"), actor)


def render_pdf(
    report: PerformanceReport,
    office: OfficeProfile,
    generated_by: str,
    *,
    signer: OfficialInfo | None = None,
    maker: Signatory | None = None,
    generated_at: datetime | None = None,
) -> bytes:
    """The report as PDF bytes. Call inside ``official_document()`` (Indonesian)."""
    st = styles()
    generated_at = generated_at or clock.now()
    heading = period_heading(report)
    frame = PageFrame(
        PAPERS["A4"],
        left=MARGIN_X,
        right=MARGIN_X,
        footer_left=printed_by_line(generated_by, generated_at),
        running_header=f"{_(TITLE)} \u2014 {report.period_text}",
    )
    story: Story = [Letterhead(office, CONTENT_W), Spacer(1, 4 * mm)]
    story.append(Paragraph(markup(_(TITLE)), st.title))
    story.append(Paragraph(markup(heading), st.subtitle))
    story += [Spacer(1, 2 * mm), *_headline(report)]

    story.append(Paragraph(markup(_("Standar layanan menurut layanan")), st.h2))
    story.append(_service_table(report))
    story.append(
        Paragraph(
            markup(
                _(
                    "Diterima: permohonan yang diterima pada periode ini. Selesai, dalam standar "
                    "dan ditolak: yang ditutup pada periode ini, juga bila diterima sebelumnya. "
                    "Cara menghitung setiap angka ada di halaman terakhir."
                )
            ),
            st.small,
        )
    )
    story += _reasons(report)
    daily: Story = [Spacer(1, 3 * mm), received_finished_chart(report)]
    if report.workdays:
        daily += [Spacer(1, 2 * mm), _workday_table(report)]
        if any(w.folded for w in report.workdays):
            note = _("* termasuk yang terjadi pada Sabtu, Minggu atau hari libur sebelumnya.")
            daily.append(Paragraph(markup(note), st.small))
    story.append(KeepTogether(daily))
    weekly: Story = [Spacer(1, 3 * mm), within_standard_chart(report)]
    if report.weeks:
        weekly += [Spacer(1, 2 * mm), _week_table(report)]
    story.append(KeepTogether(weekly))
    story.append(CondPageBreak(40 * mm))
    story.append(
        KeepTogether([Paragraph(markup(_("Menurut kanal")), st.h2), _channel_table(report)])
    )
    story.append(CondPageBreak(35 * mm))
    story += _officer_section(report)
    story.append(CondPageBreak(40 * mm))
    story += _backlog_table(report)
    story.append(CondPageBreak(35 * mm))
    story += _legal_section(report)
    story.append(CondPageBreak(60 * mm))
    story += _notes_section()
    story.append(_signatures(office, signer, maker, generated_at))
    return build_pdf(
        story,
        frame,
        title=f"{_(TITLE)} \u2014 {report.period_text}",
        author=office.name or "Loket Dukcapil",
        subject=heading,
    )
