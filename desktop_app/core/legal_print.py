"""Everything printed for a legalization, as PDF bytes (ReportLab, pypdf): one code path for the
print preview, the PDF file and paper (DESIGN §4).

- ``copy``: each page of the document's scan scaled into the space above the endorsement block
  (PDF scans are merged as vector pages with pypdf; JPEG/PNG drawn by ReportLab);
- ``endorsement``: the block alone, at the position from the settings, on a page exactly the
  size of the paper, so printing at 100 % puts it where configured;
- ``receipt``: the applicant's receipt with the office letterhead and the QR code.

Pages are A4 or F4 (215 × 330 mm): setting ``paper``, overridable per call. The GUI previews
with :func:`render_pdf` (nothing counted) and prints the bytes :func:`print_entry` returns
(counted, audited, marked "CETAK ULANG ke-N" on reprints).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from . import audit, fileio
from . import legalization as legal
from .db import Database
from .errors import ValidationError
from .formatting import date_range_text, format_int, long_date, to_wib
from .i18n import _, official_document
from .identity import format_nip, mask_number
from .pdf import (
    GRID,
    INK,
    MUTED,
    PAPERS,
    SANS,
    SANS_BOLD,
    Letterhead,
    PageFrame,
    Signatory,
    SignatureBlock,
    actor_name,
    build_pdf,
    layout_style,
    markup,
    office_full_name,
    officer_signatory,
    plain_canvas,
    printed_by_line,
    qr_drawing,
    safe_text,
    signatory_of,
    styles,
    table_style,
    wrap_words,
)
from .security import Actor, Permission
from .settings import OfficeProfile, get_office, get_value
from .spreadsheet import xlsx_cell

BLOCK_W, BLOCK_H = 95 * mm, 66 * mm
MARGIN = 12 * mm
FONT, BOLD, MONO = SANS, SANS_BOLD, SANS_BOLD


@dataclass(frozen=True)
class EndorsePosition:
    """Where the block goes on an endorsement-only sheet: mm from a corner of the paper to the
    nearest corner of the block."""

    corner: str = "bottom-right"
    x_mm: float = 15
    y_mm: float = 20

    def origin(self, page: tuple[float, float]) -> tuple[float, float]:
        """Bottom-left of the block in points."""
        width, height = page
        x = self.x_mm * mm if "left" in self.corner else width - self.x_mm * mm - BLOCK_W
        y = self.y_mm * mm if "bottom" in self.corner else height - self.y_mm * mm - BLOCK_H
        return x, y


@dataclass(frozen=True)
class PrintOutput:
    pdf: bytes
    record: legal.PrintRecord
    path: Path | None = None


# --- settings ------------------------------------------------------------------------------------


def paper_name(db: Database, paper: str | None = None) -> str:
    name = (paper or str(get_value(db, "paper") or "A4")).upper()
    if name not in PAPERS:
        raise ValidationError(
            _("Ukuran kertas harus A4 atau F4, bukan {p}.", p=paper), [("paper", _("tidak valid"))]
        )
    return name


def endorse_position(db: Database) -> EndorsePosition:
    return EndorsePosition(
        str(get_value(db, "legal_endorse_corner") or "bottom-right"),
        float(get_value(db, "legal_endorse_x_mm") or 0),
        float(get_value(db, "legal_endorse_y_mm") or 0),
    )


def _check_office(office: OfficeProfile) -> None:
    if not office.configured or not office.city:
        raise ValidationError(
            _(
                "Profil kantor belum lengkap (nama kantor, kabupaten/kota dan kota tempat "
                "penandatanganan); lengkapi di Pengaturan sebelum mencetak."
            ),
            [("office", _("belum lengkap"))],
        )


# --- drawing helpers -----------------------------------------------------------------------------


def _qr(c: Canvas, value: str, x: float, y: float, size: float) -> None:
    renderPDF.draw(qr_drawing(value, size), c, x, y)


def _center(c: Canvas, text: str, cx: float, y: float, font: str, size: float) -> None:
    c.setFont(font, size)
    c.drawCentredString(cx, y, safe_text(text))


def _lines(text: str, font: str, size: float, width: float) -> list[str]:
    return wrap_words(text, font, size, width)


@dataclass(frozen=True)
class _Block:
    entry: legal.EntryInfo
    office: OfficeProfile
    qr: str
    reprint_no: int


def draw_block(
    c: Canvas, x: float, y: float, block: _Block, document: legal.DocumentInfo | None
) -> None:
    """The endorsement block, bottom-left corner at (x, y), BLOCK_W × BLOCK_H."""
    entry, office = block.entry, block.office
    top = y + BLOCK_H
    cx = x + BLOCK_W / 2
    c.setFillColor(colors.black)
    if block.reprint_no:
        mark = _("CETAK ULANG ke-{n}", n=block.reprint_no)
        c.setFont(BOLD, 7)
        w = stringWidth(mark, BOLD, 7) + 3 * mm
        c.setLineWidth(0.6)
        c.rect(x + BLOCK_W - w, top - 4 * mm, w, 3.8 * mm)
        c.drawRightString(x + BLOCK_W - 1.5 * mm, top - 3 * mm, mark)
    _center(c, _("SESUAI DENGAN ASLINYA"), cx, top - 9 * mm, BOLD, 12)
    c.setLineWidth(0.8)
    half = stringWidth(_("SESUAI DENGAN ASLINYA"), BOLD, 12) / 2
    c.line(cx - half, top - 10.2 * mm, cx + half, top - 10.2 * mm)
    _center(c, _("No. Reg. {no}", no=entry.register_no), cx, top - 14 * mm, FONT, 8)
    if document is not None:
        doc_line = f"{document.label} No. {document.doc_number}"
        doc_line = _lines(doc_line, FONT, 7, BLOCK_W - 4 * mm)[0]
        _center(c, doc_line, cx, top - 17.5 * mm, FONT, 7)

    # right column: place and date, on behalf of the head, title ... name, rank, NIP
    col_x, col_w = x + 30 * mm, BLOCK_W - 31 * mm
    col_cx = col_x + col_w / 2
    size = 7.5
    lead = 3.3 * mm
    lines = [f"{office.city}, {long_date(entry.entry_date)}"]
    lines += _lines(
        _(
            "a.n. Kepala Dinas Kependudukan dan Pencatatan Sipil {regency}",
            regency=office.regency,
        ),
        FONT,
        size,
        col_w,
    )
    lines += _lines(entry.official.title, FONT, size, col_w)
    ty = top - 22.5 * mm
    c.setFont(FONT, size)
    for line in lines[:6]:
        c.drawCentredString(col_cx, ty, line)
        ty -= lead
    official = entry.official
    by = y + 2.5 * mm
    _center(c, f"NIP. {format_nip(official.nip)}", col_cx, by, FONT, size)
    if official.rank:
        by += lead
        _center(c, official.rank, col_cx, by, FONT, size)
    by += lead
    name = _lines(official.name, BOLD, 8.5, col_w)[0]
    _center(c, name, col_cx, by, BOLD, 8.5)
    half = stringWidth(name, BOLD, 8.5) / 2
    c.setLineWidth(0.6)
    c.line(col_cx - half, by - 0.8 * mm, col_cx + half, by - 0.8 * mm)

    # left column: QR and the code a person can type
    qr_size = 25 * mm
    _qr(c, block.qr, x, y + 9 * mm, qr_size)
    _center(c, entry.code_display, x + qr_size / 2, y + 6 * mm, MONO, 8)
    _center(c, _("Cek keaslian: pindai QR"), x + qr_size / 2, y + 2.5 * mm, FONT, 5.5)


def _small_note(c: Canvas, x: float, y: float, text: str) -> None:
    c.setFont(FONT, 6.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(x, y, text)
    c.setFillColor(colors.black)


# --- page builders -------------------------------------------------------------------------------


def _copy_pages(
    c: Canvas,
    page: tuple[float, float],
    block: _Block,
    docs: list[tuple[legal.DocumentInfo, legal.ScanFile]],
    repeat_copies: bool,
) -> list[tuple[int, Any, tuple[float, float, float, float]]]:
    """Draw copy pages; returns PDF scan pages still to merge: (page index, pypdf page, area)."""
    from pypdf import PdfReader, PdfWriter

    width, height = page
    area = (
        MARGIN,
        10 * mm + BLOCK_H + 4 * mm,
        width - 2 * MARGIN,
        height - 10 * mm - (10 * mm + BLOCK_H + 4 * mm),
    )
    merges: list[tuple[int, Any, tuple[float, float, float, float]]] = []
    index = 0
    for doc, scan in docs:
        sets = doc.copies if repeat_copies else 1
        if scan.mime == "application/pdf":
            # Pages held by a writer can have their /Rotate turned into content later.
            source_pages: list[Any] = list(
                PdfWriter(clone_from=PdfReader(io.BytesIO(scan.data))).pages
            )
        else:
            source_pages = [ImageReader(io.BytesIO(scan.data))]
        for copy_no in range(1, sets + 1):
            for page_no, src in enumerate(source_pages, start=1):
                if isinstance(src, ImageReader):
                    iw, ih = src.getSize()
                    s = min(area[2] / iw, area[3] / ih)
                    w, h = iw * s, ih * s
                    c.drawImage(src, area[0] + (area[2] - w) / 2, area[1] + area[3] - h, w, h)
                else:
                    merges.append((index, src, area))
                draw_block(c, width - MARGIN - BLOCK_W, 10 * mm, block, doc)
                _small_note(
                    c,
                    MARGIN,
                    12 * mm,
                    _(
                        "Salinan {c}/{n} · halaman {p}/{t}",
                        c=copy_no,
                        n=sets,
                        p=page_no,
                        t=len(source_pages),
                    ),
                )
                c.showPage()
                index += 1
    return merges


def _merge_scans(
    base_pdf: bytes, merges: list[tuple[int, Any, tuple[float, float, float, float]]]
) -> bytes:
    """Put each PDF scan page, scaled and moved into its area, under the ReportLab page."""
    if not merges:
        return base_pdf
    from pypdf import PdfReader, PdfWriter, Transformation

    reader = PdfReader(io.BytesIO(base_pdf))
    writer = PdfWriter(clone_from=reader)
    for index, src, (ax, ay, aw, ah) in merges:
        if src.rotation % 360:
            src.transfer_rotation_to_content()
        box = src.cropbox
        left, bottom = float(box.left), float(box.bottom)
        sw, sh = float(box.width), float(box.height)
        s = min(aw / sw, ah / sh)
        tx = ax + (aw - sw * s) / 2 - left * s
        ty = ay + ah - sh * s - bottom * s
        writer.pages[index].merge_transformed_page(
            src, Transformation().scale(s, s).translate(tx, ty), over=False
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


RECEIPT_MARGIN = 12 * mm


def _receipt_story(block: _Block, width: float, clerk: Signatory, copy_label: str) -> list[Any]:
    """One receipt ``width`` wide: letterhead, what was handed in, the QR, the clerk's
    signature (full name and NIP, never the login name) and the small print."""
    from reportlab.platypus import Paragraph, Spacer, Table

    entry, office = block.entry, block.office
    st = styles()
    title = ParagraphStyle("r_title", st.title, fontSize=12, leading=14.5)
    label = ParagraphStyle("r_label", st.base, fontSize=8.5, leading=10.5, textColor=MUTED)
    value = ParagraphStyle("r_value", st.base, fontSize=9, leading=11)
    strong = ParagraphStyle("r_strong", value, fontName=BOLD)
    story: list[Any] = [Letterhead(office, width, compact=True), Spacer(1, 2.5 * mm)]
    story.append(Paragraph(_("TANDA TERIMA LEGALISIR"), title))
    story.append(
        Paragraph(
            markup(
                _(
                    "Dokumen kependudukan untuk keperluan {p} \u00b7 {copy}",
                    p=entry.purpose_label,
                    copy=copy_label,
                )
            ),
            ParagraphStyle("r_sub", st.small, alignment=1),
        )
    )
    story.append(Spacer(1, 2.5 * mm))
    rows = [
        (_("Nomor register"), entry.register_no, True),
        (_("Tanggal"), long_date(entry.entry_date, weekday=True), False),
        (_("Nama pemohon"), entry.applicant_name, True),
        (_("NIK"), entry.nik_masked, False),
        (_("Keperluan"), entry.purpose_label, False),
    ]
    if entry.recruitment_no:
        rows.append((_("No. pendaftaran"), entry.recruitment_no, False))
    details = Table(
        [
            [Paragraph(markup(k), label), Paragraph(markup(v), strong if b else value)]
            for k, v, b in rows
        ],
        colWidths=[32 * mm, width - 32 * mm],
    )
    details.setStyle(
        layout_style(
            ("TOPPADDING", (0, 0), (-1, -1), 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6)
        )
    )
    story += [details, Spacer(1, 2.5 * mm)]
    cell = ParagraphStyle("r_cell", st.cell, fontSize=8.5, leading=10)
    data: list[list[Any]] = [[_("No"), _("Dokumen"), _("Nomor dokumen"), _("Salinan")]]
    for n, doc in enumerate(entry.documents, start=1):
        data.append(
            [
                format_int(n),
                Paragraph(markup(doc.label), cell),
                Paragraph(markup(_doc_number(doc)), cell),
                format_int(doc.copies),
            ]
        )
    data.append(["", _("Jumlah salinan"), "", format_int(entry.total_copies)])
    documents = Table(data, colWidths=[10 * mm, 52 * mm, width - 80 * mm, 18 * mm], repeatRows=1)
    doc_style = table_style(total_row=True, zebra=False)
    doc_style.add("ALIGN", (-1, 0), (-1, -1), "RIGHT")
    doc_style.add("ALIGN", (0, 0), (0, -1), "RIGHT")
    doc_style.add("SPAN", (1, -1), (2, -1))
    documents.setStyle(doc_style)
    story += [documents, Spacer(1, 3 * mm)]

    qr_size = 24 * mm
    qr = qr_drawing(block.qr, qr_size)
    note = ParagraphStyle("r_note", st.small, fontSize=7.5, leading=9.2, textColor=INK)
    check = [
        Paragraph(markup(_("Kode verifikasi: {code}", code=entry.code_display)), strong),
        Spacer(1, 1 * mm),
        Paragraph(
            markup(
                _(
                    "Keaslian legalisir dapat diperiksa dengan memindai kode QR ini atau "
                    "menyebutkan kode verifikasi kepada petugas Disdukcapil. Simpan tanda "
                    "terima ini."
                )
            ),
            note,
        ),
    ]
    sign_w = 70 * mm
    text_w = width - qr_size - sign_w - 6 * mm
    dated = f"{office.city}, {long_date(entry.entry_date)}"
    bottom = Table(
        [[qr, check, SignatureBlock(dated, [clerk], sign_w, size=8.5, signing_space=13 * mm)]],
        colWidths=[qr_size + 3 * mm, text_w + 3 * mm, sign_w],
    )
    bottom.setStyle(layout_style(("TOPPADDING", (0, 0), (-1, -1), 0)))
    story.append(bottom)
    return story


def _clerk(db: Database, entry: legal.EntryInfo) -> Signatory:
    """The clerk who took the documents in signs the receipt: full name and NIP from the
    user record (an entry without a known clerk leaves a dotted line)."""
    from sqlalchemy import select

    from .models import User

    user = None
    if entry.created_by:
        with db.read() as session:
            user = session.scalar(select(User).where(User.username == entry.created_by))
    if user is None:
        return Signatory(_("Petugas legalisir,"))
    return Signatory(_("Petugas legalisir,"), "", user.full_name, "", getattr(user, "nip", ""))


def _story_height(story: list[Any], width: float) -> float:
    return sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)


def _receipt_pages(
    c: Canvas, page: tuple[float, float], block: _Block, clerk: Signatory, printed: str
) -> None:
    """Two receipts on one sheet, one for the applicant and one for the office's file, with a
    cut line between them; an entry with many documents gets a sheet per receipt instead."""
    from reportlab.platypus import Frame

    width, height = page
    inner = width - 2 * RECEIPT_MARGIN
    half = height / 2
    halves = (_("Lembar untuk pemohon"), _("Lembar arsip kantor"))
    stories = [_receipt_story(block, inner, clerk, label) for label in halves]
    fits = all(_story_height(s, inner) <= half - 2 * RECEIPT_MARGIN for s in stories)
    if not fits:
        stories = stories[:1]
    for n, story in enumerate(stories):
        if fits:
            top = height - n * half
            box_h = half - RECEIPT_MARGIN - 7 * mm
        else:
            top, box_h = height, height - 2 * RECEIPT_MARGIN - 4 * mm
        frame = Frame(
            RECEIPT_MARGIN,
            top - RECEIPT_MARGIN - box_h,
            inner,
            box_h,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        frame.addFromList(story, c)
        foot_y = top - half + 6 * mm if fits else RECEIPT_MARGIN
        c.setFont(FONT, 6.5)
        c.setFillColor(MUTED)
        c.drawString(RECEIPT_MARGIN, foot_y, safe_text(printed))
        c.setFillColor(colors.black)
    if fits:
        c.saveState()
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.5)
        c.setDash(3, 2)
        c.line(RECEIPT_MARGIN, half, width - RECEIPT_MARGIN, half)
        c.setFont(FONT, 9)
        c.setFillColor(MUTED)
        c.drawString(RECEIPT_MARGIN - 6 * mm, half - 1.2 * mm, "\u2702")
        c.restoreState()
    c.showPage()


# --- public rendering ----------------------------------------------------------------------------


def _collect(
    db: Database, actor: Actor, entry: legal.EntryInfo, what: str, positions: Sequence[int] | None
) -> list[tuple[legal.DocumentInfo, legal.ScanFile | None]]:
    chosen = [d for d in entry.documents if positions is None or d.position in positions]
    if positions is not None and not chosen:
        raise ValidationError(_("Pilih sedikitnya satu dokumen untuk dicetak."))
    if what != "copy":
        return [(d, None) for d in chosen]
    with_scans = [(d, legal.scan_of(db, actor, entry.id, d.position)) for d in chosen if d.has_scan]
    if not with_scans:
        raise ValidationError(
            _(
                "Tidak ada dokumen dengan pindaian pada entri {no}; cetak blok pengesahan saja.",
                no=entry.register_no,
            ),
            [("what", _("tidak ada pindaian"))],
        )
    return with_scans


def _render(
    what: str,
    block: _Block,
    page: tuple[float, float],
    docs: list[tuple[legal.DocumentInfo, legal.ScanFile | None]],
    position: EndorsePosition,
    repeat_copies: bool,
    clerk: Signatory | None = None,
    printed: str = "",
) -> bytes:
    buf = io.BytesIO()
    c = plain_canvas(buf, page, pageCompression=1)
    entry = block.entry
    c.setTitle(f"{legal.PRINT_WHATS[what]} {entry.register_no}")
    c.setAuthor(block.office.name or "Loket Dukcapil")
    c.setSubject(block.qr)
    merges: list[Any] = []
    if what == "copy":
        merges = _copy_pages(c, page, block, [(d, s) for d, s in docs if s], repeat_copies)
    elif what == "endorsement":
        x, y = position.origin(page)
        for doc, _scan in docs:
            for _n in range(doc.copies if repeat_copies else 1):
                draw_block(c, x, y, block, doc)
                c.showPage()
    else:
        _receipt_pages(c, page, block, clerk or Signatory(_("Petugas legalisir,")), printed)
    c.save()
    return _merge_scans(buf.getvalue(), merges)


@official_document()
def render_pdf(
    db: Database,
    actor: Actor,
    entry_id: int,
    what: str,
    *,
    paper: str | None = None,
    documents: Sequence[int] | None = None,
    repeat_copies: bool = True,
    reprint_no: int | None = None,
) -> bytes:
    """The PDF of ``what`` (copy | endorsement | receipt) for the preview; nothing is counted.

    ``documents``: positions to include (default all); ``repeat_copies``: one set per copy of
    each document (the real print job) or one set only. ``reprint_no`` defaults to what the next
    print would be (see :func:`legalization.next_print`).
    """
    if what not in legal.PRINT_WHATS:
        raise ValidationError(_("Jenis dokumen cetak tidak dikenal: {w}.", w=what))
    entry = legal.get_entry(db, actor, entry_id)
    office = get_office(db)
    _check_office(office)
    if reprint_no is None:
        reprint_no = legal.next_print(entry, what)[1]
    docs = _collect(db, actor, entry, what, documents)
    block = _Block(entry, office, legal.qr_text(db, entry), reprint_no)
    return _render(
        what,
        block,
        PAPERS[paper_name(db, paper)],
        docs,
        endorse_position(db),
        repeat_copies,
        _clerk(db, entry),
        printed_by_line(actor_name(actor), datetime.now(UTC)),
    )


@official_document()
def print_entry(
    db: Database,
    actor: Actor,
    entry_id: int,
    what: str,
    *,
    kind: str | None = None,
    reason: str = "",
    copies: int = 1,
    paper: str | None = None,
    documents: Sequence[int] | None = None,
    repeat_copies: bool = True,
    out: str | Path | None = None,
) -> PrintOutput:
    """Render, count and audit one print job in one transaction; the bytes go to the printer
    (or ``out``, written atomically). ``kind`` defaults to :func:`legalization.next_print`;
    a reprint needs ``reason``. If rendering or writing fails nothing is counted."""
    audit.require(db, actor, Permission.LEGAL_EDIT, f"legal.{kind or 'print'}")
    target = fileio.check_target(out) if out is not None else None
    entry = legal.get_entry(db, actor, entry_id)
    kind = kind or legal.next_print(entry, what)[0]
    office = get_office(db)
    _check_office(office)
    page = PAPERS[paper_name(db, paper)]
    docs = _collect(db, actor, entry, what, documents)
    qr = legal.qr_text(db, entry)
    position = endorse_position(db)
    with db.write() as session:
        row, reprint_no = legal.record_print_in(
            session, actor, entry_id, kind, what, copies, reason
        )
        info = legal.entry_infos(session, [row])[0]
        pdf = _render(
            what,
            _Block(info, office, qr, reprint_no),
            page,
            docs,
            position,
            repeat_copies,
            _clerk(db, info),
            printed_by_line(actor_name(actor), datetime.now(UTC)),
        )
        path = fileio.write_bytes(target, pdf) if target is not None else None
    return PrintOutput(pdf, legal.PrintRecord(info, kind, what, copies, reprint_no), path)


@official_document()
def calibration_pdf(
    db: Database,
    *,
    paper: str | None = None,
    position: EndorsePosition | None = None,
) -> bytes:
    """A page with a millimetre grid, rulers and the block's outline at ``position`` (default:
    the settings): print it at 100 %, lay it on a photocopy, adjust the distances."""
    name = paper_name(db, paper)
    page = PAPERS[name]
    pos = position or endorse_position(db)
    width, height = page
    buf = io.BytesIO()
    c = plain_canvas(buf, page)
    c.setTitle(_("Kalibrasi posisi blok pengesahan"))
    grid = colors.HexColor("#C9D6EA")
    for n in range(0, int(width / mm) + 1):
        x = n * mm
        if n % 10 == 0:
            c.setStrokeColor(colors.HexColor("#7F9CC9"))
            c.setLineWidth(0.5)
            c.line(x, 0, x, height)
        elif n % 5 == 0:
            c.setStrokeColor(grid)
            c.setLineWidth(0.25)
            c.line(x, 0, x, height)
    for n in range(0, int(height / mm) + 1):
        y = n * mm
        if n % 10 == 0:
            c.setStrokeColor(colors.HexColor("#7F9CC9"))
            c.setLineWidth(0.5)
            c.line(0, y, width, y)
        elif n % 5 == 0:
            c.setStrokeColor(grid)
            c.setLineWidth(0.25)
            c.line(0, y, width, y)
    # rulers on the left and bottom edges (mm from the bottom-left corner)
    c.setStrokeColor(colors.black)
    c.setFillColor(colors.black)
    c.setFont(FONT, 5.5)
    for n in range(0, int(width / mm) + 1):
        tick = 4 if n % 10 == 0 else (2.5 if n % 5 == 0 else 1.2)
        c.setLineWidth(0.3)
        c.line(n * mm, 0, n * mm, tick * mm)
        if n % 10 == 0 and n:
            c.drawCentredString(n * mm, 5 * mm, str(n))
    for n in range(0, int(height / mm) + 1):
        tick = 4 if n % 10 == 0 else (2.5 if n % 5 == 0 else 1.2)
        c.line(0, n * mm, tick * mm, n * mm)
        if n % 10 == 0 and n:
            c.drawString(5 * mm, n * mm - 2, str(n))
    x, y = pos.origin(page)
    c.setStrokeColor(colors.HexColor("#C0392B"))
    c.setLineWidth(1.2)
    c.setDash(4, 2)
    c.rect(x, y, BLOCK_W, BLOCK_H)
    c.setDash()
    c.setFillColor(colors.HexColor("#C0392B"))
    _center(c, _("POSISI BLOK PENGESAHAN"), x + BLOCK_W / 2, y + BLOCK_H / 2 + 2 * mm, BOLD, 10)
    _center(
        c,
        _("{w} × {h} mm", w=f"{BLOCK_W / mm:.0f}", h=f"{BLOCK_H / mm:.0f}"),
        x + BLOCK_W / 2,
        y + BLOCK_H / 2 - 3 * mm,
        FONT,
        8,
    )
    corners = {
        "top-left": _("kiri atas"),
        "top-right": _("kanan atas"),
        "bottom-left": _("kiri bawah"),
        "bottom-right": _("kanan bawah"),
    }
    c.setFillColor(colors.black)
    lines = [
        _("KALIBRASI POSISI BLOK PENGESAHAN — kertas {p}", p=name),
        _(
            "Sudut acuan: {corner}; jarak mendatar {x} mm, tegak {y} mm.",
            corner=corners.get(pos.corner, pos.corner),
            x=f"{pos.x_mm:g}",
            y=f"{pos.y_mm:g}",
        ),
        _("Cetak dengan skala 100% (jangan 'sesuaikan dengan halaman'). Garis tebal tiap 10 mm."),
        _("Letakkan hasil cetak di atas fotokopi: kotak merah harus jatuh di ruang kosong."),
    ]
    ty = height / 2 + 20 * mm
    box_w = 150 * mm
    c.setFillColor(colors.white)
    c.rect((width - box_w) / 2, ty - 17 * mm, box_w, 24 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    for n, line in enumerate(lines):
        _center(c, line, width / 2, ty, BOLD if n == 0 else FONT, 11 if n == 0 else 8.5)
        ty -= 5.5 * mm
    c.showPage()
    c.save()
    return buf.getvalue()


# --- register book -------------------------------------------------------------------------------

REGISTER_COLUMNS = (
    "No",
    "Nomor register",
    "Tanggal",
    "Nama pemohon",
    "NIK",
    "Keperluan",
    "Dokumen",
    "Salinan",
    "Pejabat penandatangan",
    "Status",
)


def _register_rows(
    db: Database, actor: Actor, date_from: date, date_to: date, unmask: bool
) -> list[legal.EntryInfo]:
    if date_to < date_from:
        raise ValidationError(_("Tanggal akhir tidak boleh sebelum tanggal awal."))
    if unmask:
        audit.require(db, actor, Permission.UNMASK, "legal.register.unmask")
    entries, _total = legal.list_entries(
        db, actor, date_from=date_from, date_to=date_to, limit=None
    )
    return entries


def _doc_number(doc: legal.DocumentInfo, unmask: bool = False) -> str:
    """A document's number as printed on paper: KK and KIA numbers are identity numbers
    (UU 27/2022) and are masked like the NIK unless a supervisor asked for them in full."""
    if doc.doc_type in ("kk", "kia") and not unmask:
        return mask_number(doc.doc_number)
    return doc.doc_number


def _row_values(n: int, e: legal.EntryInfo, unmask: bool) -> list[Any]:
    return [
        n,
        e.register_no,
        e.entry_date,
        e.applicant_name,
        e.nik if unmask else e.nik_masked,
        e.purpose_label,
        "; ".join(f"{d.label} {_doc_number(d, unmask)} ({d.copies})" for d in e.documents),
        e.total_copies,
        e.official.name,
        e.status_label + (f": {e.revoke_reason}" if e.revoked else ""),
    ]


@dataclass(frozen=True)
class _BookTotals:
    entries: int
    documents: int
    copies: int
    revoked: int

    @classmethod
    def of(cls, entries: list[legal.EntryInfo]) -> _BookTotals:
        return cls(
            len(entries),
            sum(len(e.documents) for e in entries),
            sum(e.total_copies for e in entries),
            sum(1 for e in entries if e.revoked),
        )

    def text(self) -> str:
        line = _(
            "{n} entri \u00b7 {d} dokumen \u00b7 {c} salinan",
            n=format_int(self.entries),
            d=format_int(self.documents),
            c=format_int(self.copies),
        )
        if self.revoked:
            line += _(" \u00b7 {r} dicabut", r=format_int(self.revoked))
        return line


def _book_signatures(
    db: Database, actor: Actor, office: OfficeProfile, width: float, moment: datetime
) -> SignatureBlock:
    """ "Mengetahui," the head of section (the official who signs the reports) beside the
    legalization officer who exports the book (full name and NIP)."""
    from .report import report_signer

    day = long_date(to_wib(moment).date())
    dated = f"{office.city}, {day}" if office.city else day
    head = signatory_of(_("Mengetahui,"), report_signer(db), _("Kepala Seksi"))
    clerk = officer_signatory(_("Petugas legalisir,"), actor, _actor_nip(db, actor))
    clerk = Signatory(clerk.heading, "", clerk.name, clerk.rank, clerk.nip)
    return SignatureBlock(dated, [head, clerk], width)


def _actor_nip(db: Database, actor: Actor) -> str:
    if actor.user_id is None:
        return ""
    from .models import User

    with db.read() as session:
        user = session.get(User, actor.user_id)
    return str(getattr(user, "nip", "") or "") if user is not None else ""


@official_document()
def register_book_pdf(
    db: Database,
    actor: Actor,
    date_from: date,
    date_to: date,
    *,
    paper: str | None = None,
    unmask: bool = False,
    printed_at: datetime | None = None,
) -> bytes:
    """The official register book for a date range, landscape: letterhead, the entries with
    masked NIK and KK numbers (unless a supervisor asks with ``unmask``), a closing total,
    the two signatures, "Halaman X dari Y"."""
    from reportlab.platypus import KeepTogether, LongTable, Paragraph, Spacer

    entries = _register_rows(db, actor, date_from, date_to, unmask)
    office = get_office(db)
    moment = printed_at or datetime.now(UTC)
    period = date_range_text(date_from, date_to)
    title = _("BUKU REGISTER LEGALISIR")
    frame = PageFrame(
        landscape(PAPERS[paper_name(db, paper)]),
        left=MARGIN,
        right=MARGIN,
        top=MARGIN,
        bottom=16 * mm,
        footer_left=printed_by_line(actor_name(actor), moment),
        running_header=f"{_('Buku Register Legalisir')} \u2014 {period}",
    )
    width = frame.content_width
    st = styles()
    cell = ParagraphStyle("cell", st.cell_small)
    head = ParagraphStyle("head", st.head_left, fontSize=7.5, leading=9)
    totals = _BookTotals.of(entries)

    def para(value: Any, style: ParagraphStyle = cell) -> Paragraph:
        text = long_date(value) if isinstance(value, date) else str(value)
        return Paragraph(markup(text), style)

    data: list[list[Any]] = [[para(_(h), head) for h in REGISTER_COLUMNS]]
    for n, entry in enumerate(entries, start=1):
        data.append([para(v) for v in _row_values(n, entry, unmask)])
    bold = ParagraphStyle("total", cell, fontName=SANS_BOLD)
    data.append(
        [
            "",
            para(_("Jumlah"), bold),
            "",
            para(_("{n} pemohon", n=format_int(totals.entries)), bold),
            "",
            "",
            para(_("{d} dokumen", d=format_int(totals.documents)), bold),
            para(format_int(totals.copies), bold),
            "",
            para(_("{r} dicabut", r=format_int(totals.revoked)) if totals.revoked else "", bold),
        ]
    )
    fractions = (0.035, 0.15, 0.085, 0.12, 0.105, 0.07, 0.185, 0.05, 0.12, 0.08)
    table = LongTable(data, colWidths=[width * f for f in fractions], repeatRows=1)
    style = table_style(total_row=True)
    style.add("VALIGN", (0, 0), (-1, -1), "TOP")
    style.add("GRID", (0, 0), (-1, -1), 0.3, GRID)
    style.add("ALIGN", (0, 1), (0, -1), "RIGHT")
    table.setStyle(style)
    story: list[Any] = [
        Letterhead(office, width),
        Spacer(1, 3 * mm),
        Paragraph(markup(title), st.title),
        Paragraph(markup(_("Periode {p}", p=period)), st.subtitle),
        Paragraph(markup(totals.text()), ParagraphStyle("sum", st.small, alignment=1)),
        Spacer(1, 3 * mm),
        table if entries else Paragraph(_("Tidak ada entri pada periode ini."), st.empty),
        Spacer(1, 1.5 * mm),
        Paragraph(
            markup(
                _("NIK serta nomor KK dan KIA ditampilkan lengkap atas permintaan supervisor.")
                if unmask
                else _("NIK serta nomor KK dan KIA disamarkan (UU 27/2022).")
            ),
            st.small,
        ),
        KeepTogether([Spacer(1, 6 * mm), _book_signatures(db, actor, office, width, moment)]),
    ]
    return build_pdf(
        story,
        frame,
        title=f"{_('Buku Register Legalisir')} \u2014 {period}",
        author=office.name,
        subject=period,
    )


# Excel's paper codes: 9 = A4; F4 (215 × 330 mm) is closest to 14, "Folio" (8.5 × 13 in).
_XLSX_PAPER = {"A4": 9, "F4": 14}


@official_document()
def register_book_xlsx(
    db: Database,
    actor: Actor,
    date_from: date,
    date_to: date,
    *,
    paper: str | None = None,
    unmask: bool = False,
    printed_at: datetime | None = None,
) -> bytes:
    """The register book as a worksheet that prints like the PDF: a title block (office,
    period, totals), the header row repeated on every printed page, landscape, one page
    wide, "Halaman X dari Y" in the footer, and a closing total row."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.properties import PageSetupProperties

    entries = _register_rows(db, actor, date_from, date_to, unmask)
    office = get_office(db)
    moment = printed_at or datetime.now(UTC)
    period = date_range_text(date_from, date_to)
    totals = _BookTotals.of(entries)
    wb = Workbook()
    ws = wb.active
    ws.title = "Register legalisir"
    last_col = "J"
    titles = [
        (_("BUKU REGISTER LEGALISIR"), Font(bold=True, size=14)),
        (office_full_name(office), Font(bold=True, size=11)),
        (_("Periode {p}", p=period), Font(size=11)),
        (totals.text(), Font(size=10)),
    ]
    for row, (text, font) in enumerate(titles, start=1):
        xlsx_cell(ws.cell(row, 1), text).font = font
        ws.merge_cells(f"A{row}:{last_col}{row}")
        ws.cell(row, 1).alignment = Alignment(horizontal="center")
    header_row = len(titles) + 2
    thin = Side(style="thin", color="8899AA")
    for col, heading in enumerate(REGISTER_COLUMNS, start=1):
        cell = ws.cell(header_row, col, _(heading))
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2F4F7F")
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for n, entry in enumerate(entries, start=1):
        row = header_row + n
        for col, value in enumerate(_row_values(n, entry, unmask), start=1):
            cell = xlsx_cell(ws.cell(row, col), value)  # an applicant's "=HYPERLINK(..." stays text
            cell.alignment = Alignment(vertical="top", wrap_text=col in (4, 7, 9, 10))
            cell.border = Border(bottom=thin)
        ws.cell(row, 3).number_format = "DD/MM/YYYY"
    total_row = header_row + len(entries) + 1
    ws.cell(total_row, 2, _("Jumlah"))
    ws.cell(total_row, 4, _("{n} pemohon", n=format_int(totals.entries)))
    ws.cell(total_row, 7, _("{d} dokumen", d=format_int(totals.documents)))
    ws.cell(total_row, 8, totals.copies)
    if totals.revoked:
        ws.cell(total_row, 10, _("{r} dicabut", r=format_int(totals.revoked)))
    for col in range(1, len(REGISTER_COLUMNS) + 1):
        ws.cell(total_row, col).font = Font(bold=True)
        ws.cell(total_row, col).border = Border(top=Side(style="medium"))
    note = _(
        "NIK serta nomor KK dan KIA disamarkan (UU 27/2022)."
        if not unmask
        else "NIK serta nomor KK dan KIA ditampilkan lengkap atas permintaan supervisor."
    )
    ws.cell(total_row + 2, 1, note).font = Font(italic=True, size=9)
    ws.cell(total_row + 3, 1, printed_by_line(actor_name(actor), moment)).font = Font(size=9)
    for letter, col_width in zip("ABCDEFGHIJ", (5, 30, 12, 24, 19, 12, 52, 8, 28, 16), strict=True):
        ws.column_dimensions[letter].width = col_width
    ws.freeze_panes = f"A{header_row + 1}"
    if entries:
        ws.auto_filter.ref = f"A{header_row}:{last_col}{header_row + len(entries)}"
    # Print setup: landscape on the office's paper, one page wide, the header row on every
    # page, page numbers in the footer.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = _XLSX_PAPER[paper_name(db, paper)]
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.left.text = _("Buku Register Legalisir \u2014 {p}", p=period)
    ws.oddFooter.right.text = _("Halaman &P dari &N")
    wb.properties.title = _("Buku Register Legalisir \u2014 {p}", p=period)
    wb.properties.creator = "Loket Dukcapil"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@official_document()
def export_register(
    db: Database,
    actor: Actor,
    date_from: date,
    date_to: date,
    out: str | Path,
    *,
    paper: str | None = None,
    unmask: bool = False,
) -> Path:
    """Write the register book to ``out`` (.pdf or .xlsx, by extension), atomically; the file's
    SHA-256 goes to the audit log."""
    suffix = Path(out).suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ValidationError(
            _("Berkas ekspor harus berakhiran .pdf atau .xlsx."), [("out", _("jenis berkas"))]
        )
    target = fileio.check_target(out)
    if suffix == ".pdf":
        data = register_book_pdf(db, actor, date_from, date_to, paper=paper, unmask=unmask)
    elif suffix == ".xlsx":
        data = register_book_xlsx(db, actor, date_from, date_to, paper=paper, unmask=unmask)
    with db.write() as session:
        audit.record(
            session,
            actor,
            "legal.register.export",
            "legal_register",
            "",
            date_from=date_from.isoformat(),
            date_to=date_to.isoformat(),
            file=target.name,
            sha256=hashlib.sha256(data).hexdigest(),
            unmasked=unmask,
        )
        # Written last, inside the transaction: a failed write rolls the audit entry back.
        return fileio.write_bytes(target, data)
