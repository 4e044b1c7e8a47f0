"""The daily summary as an A4 PDF on the one PDF foundation (:mod:`desktop_app.core.pdf`):
letterhead, headline figures, tables, a bar chart, the legalization register, the list of
requests, and the "Dibuat oleh" / "Mengetahui" signatures, with "Halaman X dari Y" on every page.

Only masked NIKs reach this module. Text goes through the foundation's ``safe_text``/``markup``,
which replace what the embedded font cannot draw instead of printing a missing-glyph box.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    LongTable,
    Paragraph,
    Spacer,
    Table,
)

from . import clock
from .formatting import (
    date_range_text,
    format_decimal,
    format_int,
    long_date,
)
from .i18n import _
from .pdf import (
    ACCENT,
    GRID,
    INK,
    PAPERS,
    Letterhead,
    PageFrame,
    RowList,
    Rows,
    Signatory,
    SignatureBlock,
    Story,
    build_pdf,
    fonts,
    officer_signatory,
    printed_by_line,
    signatory_of,
)
from .pdf import fit_text as _fit
from .pdf import markup as _p
from .pdf import safe_text as _t
from .pdf import table_style as _table_style
from .pdf.figures import figure_band
from .pdf.house import Styles
from .report import DISTRICT_ROWS, CountRow, DailySummary
from .requests.common import CHANNELS, STATUSES, status_label
from .settings import OfficeProfile, OfficialInfo

TITLE = "Rekapitulasi Harian Layanan Administrasi Kependudukan"
RANGE_TITLE = "Rekapitulasi Layanan Administrasi Kependudukan"

PAGE_W, PAGE_H = PAPERS["A4"]
MARGIN_X = 18 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 18 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X


def report_title(summary: DailySummary) -> str:
    """A single day is "Rekapitulasi Harian …"; a range is titled as a range."""
    return _(RANGE_TITLE) if summary.is_range else _(TITLE)


def _pct(n: int, total: int) -> str:
    return format_decimal(100 * n / total, 1) + " %" if total else "–"


# --------------------------------------------------------------------------- sections


def _end_moment_text(summary: DailySummary) -> str:
    """``pukul 24.00 WITA, 29 November 2026`` (the office zone): the moment the "state" figures
    describe."""
    return _("pukul 24.00 {zone}, {day}", zone=clock.zone_name(), day=long_date(summary.date_to))


def _figure_boxes(summary: DailySummary) -> Story:
    """Two labelled bands, so the figures cannot be read against the service table below
    (which counts only the requests received in the period): what happened in the period,
    and the state of every open request at its end."""
    f = summary.figures
    during = _("Pada periode ini") if summary.is_range else _("Pada hari ini")
    first = figure_band(
        during,
        [
            (format_int(f.received), _("Permohonan diterima"), False),
            (format_int(f.completed), _("Diselesaikan (termasuk yang diterima sebelumnya)"), False),
            (format_int(f.rejected), _("Ditolak (termasuk yang diterima sebelumnya)"), False),
        ],
        CONTENT_W,
    )
    second = figure_band(
        _(
            "Keadaan {moment}: semua permohonan yang belum ditutup",
            moment=_end_moment_text(summary),
        ),
        [
            (format_int(f.new), _("Baru, belum diproses"), False),
            (format_int(f.in_progress), _("Sedang diproses"), False),
            (format_int(f.waiting), _("Menunggu berkas pemohon"), False),
            (format_int(f.overdue), _("Terlambat (lewat batas waktu)"), f.overdue > 0),
            (format_int(f.backlog), _("Sisa terbuka (jumlah)"), False),
        ],
        CONTENT_W,
    )
    return [first, Spacer(1, 1.5 * mm), second]


def _service_table(summary: DailySummary, st: Styles) -> Table:
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
    drawing.initialFontName = f.regular  # not ReportLab's default Helvetica (never embedded)
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
    st: Styles,
    *,
    with_key: str | None = None,
    limit: int | None = None,
) -> Table:
    total = sum(r.count for r in rows)
    shown = rows[:limit] if limit else rows
    rest = rows[len(shown) :]
    data: Rows = []
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


def _officer_table(summary: DailySummary, st: Styles) -> Story:
    heads = [
        Paragraph(_("Petugas"), st.head_left),
        Paragraph(_("Dicatat (diterima)"), st.head),
        Paragraph(_("Diselesaikan"), st.head),
        Paragraph(_("Ditolak"), st.head),
        Paragraph(_("Rata-rata waktu selesai (jam kerja*)"), st.head),
    ]
    data: Rows = [heads]
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


def _days_tables(summary: DailySummary, st: Styles) -> Story:
    head = [
        Paragraph(_("Tanggal"), st.head_left),
        Paragraph(_("Diterima"), st.head),
        Paragraph(_("Selesai"), st.head),
        Paragraph(_("Ditolak"), st.head),
        Paragraph(_("Sisa terbuka (24.00)"), st.head),
        Paragraph(_("Terlambat (24.00)"), st.head),
        Paragraph(_("Legalisir (pemohon)"), st.head),
    ]
    data: Rows = [head]
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
    data2: Rows = [head2]
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


def _legal_section(summary: DailySummary, st: Styles) -> Story:
    legal = summary.legal
    out: Story = [Paragraph(_("Legalisir dokumen TNI/Polri"), st.h2)]
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
    data: Rows = [
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
    return _("Surel") if label == "E-mail" else label.split(" (")[0]


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


def _request_list(summary: DailySummary, st: Styles) -> Story:
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
        # A short list stays on one page with its heading: no single row left on the next.
        whole = 14 * mm + LIST_HEAD_H + len(rows) * LIST_ROW_H
        out: Story = [CondPageBreak(whole), heading, _list_table(head, rows, widths, size)]
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


def _list_table(
    head: list[Any], rows: list[list[str]], widths: list[float], size: float
) -> RowList:
    return RowList(
        head,
        rows,
        widths,
        head_height=LIST_HEAD_H,
        row_height=LIST_ROW_H,
        font=fonts().regular,
        size=size,
        align=["RIGHT", "LEFT", "CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "LEFT"],
    )


def report_maker(actor: object, nip: str = "") -> Signatory:
    """The "Dibuat oleh" signatory: the officer who made the report (full name, NIP); blank
    lines for the "system" account of a scheduled export."""
    return officer_signatory(_("Dibuat oleh,"), actor, nip)


def _signatures(
    office: OfficeProfile,
    signer: OfficialInfo | None,
    maker: Signatory | None,
    signed_on: datetime,
) -> KeepTogether:
    """The signatures: "Mengetahui" (the head who reads it) beside "Dibuat oleh" (who made
    it), place and date above the maker; a missing person leaves a dotted line to sign over."""
    day = long_date(clock.office_date(signed_on))
    dated = f"{office.city}, {day}" if office.city else day
    knows = signatory_of(_("Mengetahui,"), signer, _("Kepala Seksi"))
    made = maker or Signatory(_("Dibuat oleh,"), _("Petugas"))
    return KeepTogether([Spacer(1, 8 * mm), SignatureBlock(dated, [knows, made], CONTENT_W)])


# --------------------------------------------------------------------------- the document


def render_daily_pdf(
    summary: DailySummary,
    office: OfficeProfile,
    generated_by: str,
    *,
    signer: OfficialInfo | None = None,
    maker: Signatory | None = None,
    generated_at: datetime | None = None,
    audit_anchor: str = "",
) -> bytes:
    """The report as PDF bytes (:func:`desktop_app.core.report.save_report` writes and audits
    an export). ``signer`` signs "Mengetahui"; ``maker`` "Dibuat oleh" (blank lines when None)."""
    st = Styles()
    generated_at = generated_at or clock.now()
    period = date_range_text(summary.date_from, summary.date_to)
    title = report_title(summary)
    footer = printed_by_line(generated_by, generated_at)
    if audit_anchor:  # where the audit chain stood: `loket audit verify --against` reads it back
        footer += f" \u00b7 {audit_anchor}"
    frame = PageFrame(
        PAPERS["A4"],
        left=MARGIN_X,
        right=MARGIN_X,
        top=MARGIN_TOP,
        bottom=MARGIN_BOTTOM,
        footer_left=footer,
        running_header=f"{title} \u2014 {period}",
    )

    story: Story = [Letterhead(office, CONTENT_W), Spacer(1, 4 * mm)]
    story.append(Paragraph(_p(title), st.title))
    if summary.is_range:
        story.append(
            Paragraph(
                _p(_("{p} ({n} hari)", p=period, n=format_int(summary.day_count))),
                st.subtitle,
            )
        )
    else:
        story.append(Paragraph(_p(period), st.subtitle))
    story += [Spacer(1, 2 * mm), *_figure_boxes(summary)]

    if summary.figures.received == 0:
        empty = (
            _("Tidak ada permohonan yang diterima pada periode ini.")
            if summary.is_range
            else _("Tidak ada permohonan yang diterima pada tanggal ini.")
        )
        story += [Spacer(1, 6 * mm), Paragraph(_p(empty), st.empty), Spacer(1, 2 * mm)]
    else:
        story.append(
            Paragraph(
                _p(_("Permohonan yang diterima pada periode ini, menurut layanan dan status")),
                st.h2,
            )
        )
        story.append(_service_table(summary, st))
        story.append(
            Paragraph(
                _p(
                    _(
                        "Hanya permohonan yang diterima pada periode ini, dengan statusnya "
                        "{moment}. Angka di kotak atas juga menghitung permohonan lama.",
                        moment=_end_moment_text(summary),
                    )
                ),
                st.small,
            )
        )
        story += [Spacer(1, 3 * mm), _service_chart(summary)]
        story.append(
            KeepTogether(
                [
                    Paragraph(_("Permohonan menurut kanal"), st.h2),
                    _count_table(
                        [
                            CountRow(c.key, _channel_name(c.key, c.label), c.count)
                            for c in summary.channels
                            if c.count or c.key in CHANNELS
                        ],
                        (_("Kanal"), _("Jumlah")),
                        st,
                    ),
                ]
            )
        )
        story.append(CondPageBreak(35 * mm))
        heading = _("Permohonan menurut kecamatan (dari NIK pemohon)")
        if office.regency:
            heading = _(
                "Permohonan menurut kecamatan di {regency} (dari NIK pemohon)",
                regency=office.regency,
            )
        story.append(Paragraph(_p(heading), st.h2))
        story.append(
            _count_table(
                [
                    CountRow(d.key, _without_regency(d.label, office.regency), d.count)
                    for d in summary.districts
                ],
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
    story.append(_signatures(office, signer, maker, generated_at))

    pdf = build_pdf(
        story,
        frame,
        title=f"{title} \u2014 {period}",
        author=office.name or "Loket Dukcapil",
        subject=period,
    )
    return pdf


def _channel_name(key: str, label: str) -> str:
    """Channel names as the letterhead writes contacts: "Surel", not "E-mail"."""
    return _("Surel") if key == "email" else label


def _without_regency(label: str, regency: str) -> str:
    """A district without the office's regency ("Cikarang Pusat, Kabupaten Bekasi" ->
    "Cikarang Pusat") under a heading that names it; another regency's district keeps it."""
    suffix = f", {regency}"
    return label[: -len(suffix)] if regency and label.endswith(suffix) else label
