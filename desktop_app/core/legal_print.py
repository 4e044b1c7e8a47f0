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
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget  # imported directly for PyInstaller
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from . import audit
from . import legalization as legal
from .db import Database
from .errors import ValidationError
from .formatting import format_int, long_date, phone_display
from .i18n import _, official_document
from .identity import format_nip
from .security import Actor, Permission
from .settings import OfficeProfile, get_office, get_value

PAPERS: dict[str, tuple[float, float]] = {"A4": (210 * mm, 297 * mm), "F4": (215 * mm, 330 * mm)}
BLOCK_W, BLOCK_H = 95 * mm, 66 * mm
MARGIN = 12 * mm
FONT, BOLD, MONO = "Helvetica", "Helvetica-Bold", "Courier-Bold"


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
    widget = QrCodeWidget(value, barLevel="M")
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, c, x, y)


def _center(c: Canvas, text: str, cx: float, y: float, font: str, size: float) -> None:
    c.setFont(font, size)
    c.drawCentredString(cx, y, text)


def _lines(text: str, font: str, size: float, width: float) -> list[str]:
    return simpleSplit(text, font, size, width) or [""]


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


def _letterhead(c: Canvas, office: OfficeProfile, page: tuple[float, float]) -> float:
    """Office letterhead at the top; returns the y below it."""
    width, height = page
    top = height - 14 * mm
    logo = office.logo_bytes()
    if logo:
        try:
            c.drawImage(
                ImageReader(io.BytesIO(logo)),
                MARGIN + 4 * mm,
                top - 22 * mm,
                22 * mm,
                22 * mm,
                preserveAspectRatio=True,
                mask="auto",
            )
        except (OSError, ValueError):
            pass
    cx = width / 2 + (8 * mm if logo else 0)
    _center(c, _("PEMERINTAH {r}", r=office.regency.upper()), cx, top - 4 * mm, BOLD, 12)
    _center(c, office.name.upper(), cx, top - 10 * mm, BOLD, 13)
    contact = " · ".join(
        p for p in (office.address, office.phone and f"Telp. {phone_display(office.phone)}") if p
    )
    y = top - 15 * mm
    for line in _lines(contact, FONT, 8, width - 2 * MARGIN - 30 * mm)[:2]:
        _center(c, line, cx, y, FONT, 8)
        y -= 3.5 * mm
    extra = " · ".join(p for p in (office.website, office.email) if p)
    if extra:
        _center(c, extra, cx, y, FONT, 8)
    line_y = top - 25 * mm
    c.setLineWidth(2)
    c.line(MARGIN, line_y, width - MARGIN, line_y)
    c.setLineWidth(0.6)
    c.line(MARGIN, line_y - 1.2 * mm, width - MARGIN, line_y - 1.2 * mm)
    return line_y - 1.2 * mm


def _receipt_page(c: Canvas, page: tuple[float, float], block: _Block) -> None:
    entry = block.entry
    width, height = page
    y = _letterhead(c, block.office, page) - 10 * mm
    _center(c, _("TANDA TERIMA LEGALISIR"), width / 2, y, BOLD, 13)
    y -= 5 * mm
    _center(
        c,
        _("Dokumen kependudukan untuk keperluan {p}", p=entry.purpose_label),
        width / 2,
        y,
        FONT,
        9,
    )
    y -= 10 * mm
    rows = [
        (_("Nomor register"), entry.register_no),
        (_("Tanggal"), long_date(entry.entry_date, weekday=True)),
        (_("Nama pemohon"), entry.applicant_name),
        (_("NIK"), entry.nik_masked),
        (_("Keperluan"), entry.purpose_label),
    ]
    if entry.recruitment_no:
        rows.append((_("No. pendaftaran"), entry.recruitment_no))
    label_x, value_x = MARGIN + 4 * mm, MARGIN + 42 * mm
    for label, value in rows:
        c.setFont(FONT, 9.5)
        c.drawString(label_x, y, label)
        c.drawString(value_x - 3 * mm, y, ":")
        c.setFont(BOLD if label == _("Nomor register") else FONT, 9.5)
        c.drawString(value_x, y, value)
        y -= 5.5 * mm
    y -= 3 * mm
    # documents table
    cols = [MARGIN + 4 * mm, MARGIN + 12 * mm, MARGIN + 62 * mm, width - MARGIN - 24 * mm]
    c.setFillColor(colors.HexColor("#E8EEF7"))
    c.rect(MARGIN, y - 2 * mm, width - 2 * MARGIN, 6.5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont(BOLD, 9)
    for x, head in zip(
        cols, (_("No"), _("Dokumen"), _("Nomor dokumen"), _("Salinan")), strict=True
    ):
        c.drawString(x, y, head)
    y -= 6.5 * mm
    c.setFont(FONT, 9)
    for n, doc in enumerate(entry.documents, start=1):
        c.drawString(cols[0], y, str(n))
        c.drawString(cols[1], y, _lines(doc.label, FONT, 9, 48 * mm)[0])
        c.drawString(cols[2], y, _lines(doc.doc_number, FONT, 9, cols[3] - cols[2] - 4 * mm)[0])
        c.drawString(cols[3], y, format_int(doc.copies))
        y -= 5.5 * mm
    c.setLineWidth(0.5)
    c.line(MARGIN, y + 3 * mm, width - MARGIN, y + 3 * mm)
    c.setFont(BOLD, 9)
    c.drawString(cols[1], y - 1 * mm, _("Jumlah salinan"))
    c.drawString(cols[3], y - 1 * mm, format_int(entry.total_copies))
    y -= 12 * mm
    qr_size = 32 * mm
    _qr(c, block.qr, MARGIN + 2 * mm, y - qr_size, qr_size)
    tx = MARGIN + qr_size + 8 * mm
    c.setFont(BOLD, 9)
    c.drawString(tx, y - 6 * mm, _("Kode verifikasi: {code}", code=entry.code_display))
    c.setFont(FONT, 8.5)
    notes = _lines(
        _(
            "Keaslian legalisir dapat diperiksa dengan memindai kode QR ini atau menyebutkan "
            "kode verifikasi kepada petugas Disdukcapil. Simpan tanda terima ini."
        ),
        FONT,
        8.5,
        width - tx - MARGIN,
    )
    ny = y - 11 * mm
    for line in notes:
        c.drawString(tx, ny, line)
        ny -= 4 * mm
    sig_x = width - MARGIN - 60 * mm
    sy = y - qr_size - 10 * mm
    c.setFont(FONT, 9)
    c.drawCentredString(sig_x + 30 * mm, sy, f"{block.office.city}, {long_date(entry.entry_date)}")
    c.drawCentredString(sig_x + 30 * mm, sy - 4.5 * mm, _("Petugas legalisir"))
    c.drawCentredString(sig_x + 30 * mm, sy - 24 * mm, f"( {entry.created_by or '........'} )")
    _small_note(
        c,
        MARGIN,
        10 * mm,
        _("Dicetak {at}", at=datetime.now().astimezone().strftime("%d-%m-%Y %H:%M")),
    )
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
) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=page, pageCompression=1)
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
        _receipt_page(c, page, block)
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
        what, block, PAPERS[paper_name(db, paper)], docs, endorse_position(db), repeat_copies
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
            what, _Block(info, office, qr, reprint_no), page, docs, position, repeat_copies
        )
        path = legal.write_file_atomic(out, pdf) if out is not None else None
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
    c = Canvas(buf, pagesize=page)
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


def _row_values(n: int, e: legal.EntryInfo, unmask: bool) -> list[Any]:
    return [
        n,
        e.register_no,
        e.entry_date,
        e.applicant_name,
        e.nik if unmask else e.nik_masked,
        e.purpose_label,
        "; ".join(f"{d.label} {d.doc_number} ({d.copies})" for d in e.documents),
        e.total_copies,
        e.official.name,
        e.status_label + (f": {e.revoke_reason}" if e.revoked else ""),
    ]


@official_document()
def register_book_pdf(
    db: Database,
    actor: Actor,
    date_from: date,
    date_to: date,
    *,
    paper: str | None = None,
    unmask: bool = False,
) -> bytes:
    """The official register book for a date range: landscape, masked NIKs (unless a supervisor
    asks with ``unmask``), page X of Y."""
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    entries = _register_rows(db, actor, date_from, date_to, unmask)
    office = get_office(db)
    page = landscape(PAPERS[paper_name(db, paper)])
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=7.5, leading=9)
    head = ParagraphStyle("head", parent=cell, fontName=BOLD, textColor=colors.white)
    title = ParagraphStyle("title", fontName=BOLD, fontSize=13, leading=16, alignment=1)
    sub = ParagraphStyle("sub", fontName=FONT, fontSize=9, leading=12, alignment=1)

    def esc(value: Any) -> str:
        text = long_date(value) if isinstance(value, date) else str(value)
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    data: list[list[Any]] = [[Paragraph(_(h), head) for h in REGISTER_COLUMNS]]
    for n, entry in enumerate(entries, start=1):
        data.append([Paragraph(esc(v), cell) for v in _row_values(n, entry, unmask)])
    usable = page[0] - 2 * MARGIN
    fractions = (0.035, 0.15, 0.085, 0.12, 0.105, 0.07, 0.185, 0.05, 0.12, 0.08)
    table = LongTable(data, colWidths=[usable * f for f in fractions], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2F4F7F")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8899AA")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F2F5FA")]),
            ]
        )
    )
    period = (
        long_date(date_from)
        if date_from == date_to
        else f"{long_date(date_from)} – {long_date(date_to)}"
    )
    story = [
        Paragraph(_("BUKU REGISTER LEGALISIR"), title),
        Paragraph(esc(f"{office.name} {office.regency}".strip()), sub),
        Paragraph(
            esc(
                _(
                    "Periode {p} · {n} entri · {c} salinan",
                    p=period,
                    n=format_int(len(entries)),
                    c=format_int(sum(e.total_copies for e in entries)),
                )
            ),
            sub,
        ),
        Spacer(1, 4 * mm),
        table if entries else Paragraph(_("Tidak ada entri pada periode ini."), sub),
    ]
    stamp = datetime.now().astimezone().strftime("%d-%m-%Y %H:%M")

    class _Numbered(Canvas):
        """Two passes are not needed: pages are counted at save time."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._states: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._states)
            for state in self._states:
                self.__dict__.update(state)
                self.setFont(FONT, 7)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawString(
                    MARGIN, 7 * mm, _("Dicetak oleh {u} pada {t}", u=actor.username, t=stamp)
                )
                self.drawRightString(
                    page[0] - MARGIN,
                    7 * mm,
                    _("Halaman {x} dari {y}", x=self._pageNumber, y=total),
                )
                super().showPage()
            super().save()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=14 * mm,
        title=_("Buku register legalisir"),
    )
    doc.build(story, canvasmaker=_Numbered)
    return buf.getvalue()


@official_document()
def register_book_xlsx(
    db: Database, actor: Actor, date_from: date, date_to: date, *, unmask: bool = False
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    entries = _register_rows(db, actor, date_from, date_to, unmask)
    wb = Workbook()
    ws = wb.active
    ws.title = "Register legalisir"
    ws.append([_(h) for h in REGISTER_COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2F4F7F")
    for n, entry in enumerate(entries, start=1):
        ws.append(_row_values(n, entry, unmask))
        ws.cell(ws.max_row, 3).number_format = "DD/MM/YYYY"
    for letter, width in zip("ABCDEFGHIJ", (5, 32, 12, 26, 19, 12, 60, 8, 30, 14), strict=True):
        ws.column_dimensions[letter].width = width
    for row in ws.iter_rows(min_row=2):
        row[6].alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
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
    target = Path(out)
    suffix = target.suffix.lower()
    if suffix == ".pdf":
        data = register_book_pdf(db, actor, date_from, date_to, paper=paper, unmask=unmask)
    elif suffix == ".xlsx":
        data = register_book_xlsx(db, actor, date_from, date_to, unmask=unmask)
    else:
        raise ValidationError(
            _("Berkas ekspor harus berakhiran .pdf atau .xlsx."), [("out", _("jenis berkas"))]
        )
    path = legal.write_file_atomic(target, data)
    with db.write() as session:
        audit.record(
            session,
            actor,
            "legal.register.export",
            "legal_register",
            "",
            date_from=date_from.isoformat(),
            date_to=date_to.isoformat(),
            file=path.name,
            sha256=hashlib.sha256(data).hexdigest(),
            unmasked=unmask,
        )
    return path
