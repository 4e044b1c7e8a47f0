"""Everything printed for a legalization, as PDF bytes (ReportLab, pypdf): one code path for the
print preview, the PDF file and paper (docs/design.md#reports-and-printing).

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
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from . import audit, clock, fileio
from . import legal_layout as layout
from . import legalization as legal
from .db import Database
from .errors import ValidationError
from .formatting import date_range_text, format_int, long_date
from .i18n import _, official_document
from .identity import mask_number
from .legal_layout import CopyOptions
from .legal_layout import EndorsePosition as EndorsePosition  # still importable here
from .legalization import endorsement, keys, signing
from .legalization import qrcode as legal_qr
from .legalization.endorsement import BLOCK_H, BLOCK_W
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
    safe_text,
    signatory_of,
    styles,
    table_style,
    wrap_words,
)
from .security import Actor, Permission
from .settings import OfficeProfile, get_office, get_value
from .spreadsheet import xlsx_cell

MARGIN = 12 * mm
FONT, BOLD, MONO = SANS, SANS_BOLD, SANS_BOLD


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


def print_margin(db: Database) -> float:
    """The edge office printers cannot print, in mm (setting ``print_margin_mm``, 5 mm)."""
    return float(get_value(db, "print_margin_mm"))


def endorse_landscape(db: Database) -> bool:
    return str(get_value(db, "legal_endorse_orientation")) == "landscape"


@dataclass(frozen=True)
class Sheet:
    """The paper of one print job: its name, its size (portrait, points), whether the
    endorsement-only sheet is turned, the printable margin and the block's position there."""

    paper: str
    size: tuple[float, float]
    landscape: bool
    margin_mm: float
    position: EndorsePosition

    @property
    def endorsement_page(self) -> tuple[float, float]:
        return layout.oriented(self.size, self.landscape)

    def check_position(self) -> None:
        layout.check_position(
            self.position,
            self.paper,
            self.endorsement_page,
            self.margin_mm,
            landscape=self.landscape,
            block=(BLOCK_W, BLOCK_H),
        )


def sheet_for(db: Database, paper: str | None = None, landscape: bool | None = None) -> Sheet:
    name = paper_name(db, paper)
    return Sheet(
        name,
        PAPERS[name],
        endorse_landscape(db) if landscape is None else landscape,
        print_margin(db),
        endorse_position(db),
    )


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


def _center(c: Canvas, text: str, cx: float, y: float, font: str, size: float) -> None:
    c.setFont(font, size)
    c.drawCentredString(cx, y, safe_text(text))


def _lines(text: str, font: str, size: float, width: float) -> list[str]:
    return wrap_words(text, font, size, width)


@dataclass(frozen=True)
class _Block:
    entry: legal.EntryInfo
    office: OfficeProfile
    verify_url: str
    reprint_no: int

    def text(self, digits: str) -> endorsement.BlockText:
        return endorsement.BlockText(
            city=self.office.city,
            regency=self.office.regency,
            verify_url=self.verify_url,
            office_name=self.office.name,
            qr_digits=digits,
            reprint_no=self.reprint_no,
        )


def draw_block(
    c: Canvas, x: float, y: float, block: _Block, document: legal.DocumentInfo | None
) -> None:
    """The endorsement block (its layout: :mod:`desktop_app.core.legalization.endorsement`),
    bottom-left corner at (x, y), BLOCK_W × BLOCK_H."""
    digits = document.payload if document is not None else block.entry.payload
    endorsement.draw(c, x, y, block.entry, document, block.text(digits))


def verify_url(db: Database) -> str:
    return str(get_value(db, "legal_verify_url") or "")


def _small_note(c: Canvas, x: float, y: float, text: str) -> None:
    c.setFont(FONT, 6.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(x, y, text)
    c.setFillColor(colors.black)


# --- page builders -------------------------------------------------------------------------------


def _plan_document(
    doc: legal.DocumentInfo, scan: legal.ScanFile, sheet: Sheet, options: CopyOptions
) -> list[tuple[layout.ScanPage, layout.PagePlan | None]]:
    pages = layout.scan_pages(scan.data, scan.mime, options.dpi.get(doc.position))
    return [
        (
            page,
            layout.plan_copy_page(
                page, sheet.size, sheet.margin_mm, options.placement, sheet.position,
                (BLOCK_W, BLOCK_H),
            )
            if page.size is not None
            else None,
        )
        for page in pages
    ]  # fmt: skip


def _refuse_unplaced(
    doc: legal.DocumentInfo, scan: legal.ScanFile, planned: list[Any], options: CopyOptions
) -> None:
    for page, plan in planned:
        if plan is None:
            raise ValidationError(
                _(
                    "Resolusi pindaian {name} ({doc}) tidak diketahui, jadi ukuran aslinya "
                    "tidak dapat dihitung. Pilih resolusi pemindaian (dpi) sebelum mencetak.",
                    name=scan.name,
                    doc=doc.label,
                ),
                [("dpi", _("resolusi belum dipilih"))],
            )
        if plan.block is None and plan.back_block is None:
            raise ValidationError(
                _(
                    "Salinan {doc} halaman {p} tidak muat pada ukuran asli bersama blok "
                    "pengesahan. Pilih: blok pengesahan di halaman belakang, atau salinan "
                    "diperkecil.",
                    doc=doc.label,
                    p=page.number,
                ),
                [("placement", _("pilih penempatan blok"))],
            )


def _copy_pages(
    c: Canvas,
    block: _Block,
    docs: list[tuple[legal.DocumentInfo, legal.ScanFile]],
    repeat_copies: bool,
    sheet: Sheet,
    options: CopyOptions,
) -> list[tuple[int, Any, layout.Box]]:
    """Draw copy pages (each sheet sized and turned for its document; a back page after it
    when the block goes on the back); returns the PDF scan pages still to merge under them:
    (page index, pypdf page, where the scan goes)."""
    merges: list[tuple[int, Any, layout.Box]] = []
    index = 0
    for doc, scan in docs:
        planned = _plan_document(doc, scan, sheet, options)
        _refuse_unplaced(doc, scan, planned, options)
        sets = doc.copies if repeat_copies else 1
        for copy_no in range(1, sets + 1):
            for page, plan in planned:
                assert plan is not None
                c.setPageSize(plan.page)
                where = plan.scan
                if isinstance(page.source, ImageReader):
                    c.drawImage(page.source, where.x, where.y, where.w, where.h, mask="auto")
                else:
                    merges.append((index, page.source, where))
                note = _(
                    "Salinan {c}/{n} \u00b7 {doc} halaman {p}/{t}",
                    c=copy_no,
                    n=sets,
                    doc=doc.label,
                    p=page.number,
                    t=len(planned),
                )
                if plan.scale < 1:
                    note += _(
                        " \u00b7 diperkecil menjadi {pct} % dari ukuran asli",
                        pct=f"{plan.scale * 100:.0f}",
                    )
                if plan.block is not None:
                    if plan.scale < 1:
                        # The shrunk copy's own margin may run under the block: paper white.
                        c.setFillColor(colors.white)
                        c.rect(*_grown(plan.block, 1.5 * mm), stroke=0, fill=1)
                        c.setFillColor(colors.black)
                    draw_block(c, plan.block.x, plan.block.y, block, doc)
                    _small_note(c, *plan.note_at, note)
                c.showPage()
                index += 1
                if plan.back_block is not None:
                    c.setPageSize(plan.page)
                    draw_block(c, plan.back_block.x, plan.back_block.y, block, doc)
                    _small_note(
                        c,
                        *plan.note_at,
                        _("Pengesahan untuk salinan di balik lembar ini: {note}", note=note),
                    )
                    c.showPage()
                    index += 1
    return merges


def _grown(box: layout.Box, by: float) -> tuple[float, float, float, float]:
    return box.x - by, box.y - by, box.w + 2 * by, box.h + 2 * by


def _merge_scans(base_pdf: bytes, merges: list[tuple[int, Any, layout.Box]]) -> bytes:
    """Put each PDF scan page, scaled and moved into its box, under the ReportLab page."""
    if not merges:
        return base_pdf
    from pypdf import PdfReader, PdfWriter, Transformation

    reader = PdfReader(io.BytesIO(base_pdf))
    writer = PdfWriter(clone_from=reader)
    for index, src, where in merges:
        if src.rotation % 360:
            src.transfer_rotation_to_content()
        box = src.cropbox
        left, bottom = float(box.left), float(box.bottom)
        sw = float(box.width)
        s = where.w / sw
        tx = where.x - left * s
        ty = where.y - bottom * s
        writer.pages[index].merge_transformed_page(
            src, Transformation().scale(s, s).translate(tx, ty), over=False
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@dataclass(frozen=True)
class CopyPlan:
    """How a copy with endorsement would print with the given options, page by page, so the
    clerk can be asked before anything is counted."""

    paper: str
    pages: tuple[tuple[legal.DocumentInfo, layout.ScanPage, layout.PagePlan | None], ...]

    @property
    def missing_dpi(self) -> list[legal.DocumentInfo]:
        """Documents whose image carries no believable resolution (ask the clerk)."""
        seen: dict[int, legal.DocumentInfo] = {}
        for doc, _page, plan in self.pages:
            if plan is None:
                seen.setdefault(doc.position, doc)
        return list(seen.values())

    @property
    def needs_choice(self) -> bool:
        """Some page cannot take the block in blank space at 100 %."""
        return any(plan is not None and not plan.fits for _d, _p, plan in self.pages)

    @property
    def too_big(self) -> bool:
        """Some document is larger than the paper's printable area (only shrinking helps)."""
        return any(plan is not None and plan.too_big for _d, _p, plan in self.pages)

    @property
    def smallest_scale(self) -> float:
        scales = [plan.scale for _d, _p, plan in self.pages if plan is not None]
        return min(scales) if scales else 1.0

    @property
    def landscape_pages(self) -> int:
        return sum(1 for _d, _p, plan in self.pages if plan is not None and plan.landscape)


@official_document()
def plan_copy(
    db: Database,
    actor: Actor,
    entry_id: int,
    *,
    paper: str | None = None,
    documents: Sequence[int] | None = None,
    options: CopyOptions | None = None,
) -> CopyPlan:
    """Where each page of the copy would go (nothing drawn, nothing counted)."""
    entry = legal.get_entry(db, actor, entry_id)
    sheet = sheet_for(db, paper)
    options = options or CopyOptions()
    pages = []
    for doc, scan in _collect(db, actor, entry, "copy", documents):
        assert scan is not None
        for page, plan in _plan_document(doc, scan, sheet, options):
            pages.append((doc, page, plan))
    return CopyPlan(sheet.paper, tuple(pages))


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
    # The receipt's code carries every document, so it is larger than an endorsement's (modules
    # still 0.8 mm): it stands beside what was handed in, not under it.
    qr: Any = Spacer(1, 1)
    qr_side = 0.0
    if entry.payload:
        qr = legal_qr.QrFlowable(legal_qr.plan(block.verify_url, entry.payload))
        qr_side = qr.side
        signed = _("Ditandatangani dengan kunci kantor {id}", id=keys.key_label(entry.key_id or 0))
    else:
        signed = _("Belum ditandatangani")
    left_w = width - qr_side - (3 * mm if qr_side else 0)
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
        colWidths=[32 * mm, left_w - 32 * mm],
    )
    details.setStyle(
        layout_style(
            ("TOPPADDING", (0, 0), (-1, -1), 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6)
        )
    )
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
    documents = Table(data, colWidths=[10 * mm, 48 * mm, left_w - 76 * mm, 18 * mm], repeatRows=1)
    doc_style = table_style(total_row=True, zebra=False)
    doc_style.add("ALIGN", (-1, 0), (-1, -1), "RIGHT")
    doc_style.add("ALIGN", (0, 0), (0, -1), "RIGHT")
    doc_style.add("SPAN", (1, -1), (2, -1))
    documents.setStyle(doc_style)
    handed_in = Table(
        [[[details, Spacer(1, 2.5 * mm), documents], qr]],
        colWidths=[left_w + (3 * mm if qr_side else 0), qr_side or None],
    )
    handed_in.setStyle(
        layout_style(("TOPPADDING", (0, 0), (-1, -1), 0), ("ALIGN", (1, 0), (1, 0), "RIGHT"))
    )
    story += [handed_in, Spacer(1, 3 * mm)]

    note = ParagraphStyle("r_note", st.small, fontSize=7.5, leading=9.2, textColor=INK)
    check = [
        Paragraph(markup(signed), strong),
        Spacer(1, 1 * mm),
        Paragraph(
            markup(
                _(
                    "Keaslian legalisir dapat diperiksa siapa saja dengan memindai kode QR ini "
                    "atau kode QR pada setiap salinan yang dilegalisir. {hint} Simpan tanda "
                    "terima ini.",
                    hint=endorsement.hint(block.text(entry.payload)),
                )
            ),
            note,
        ),
    ]
    sign_w = 70 * mm
    dated = f"{office.city}, {long_date(entry.entry_date)}"
    bottom = Table(
        [[check, SignatureBlock(dated, [clerk], sign_w, size=8.5, signing_space=13 * mm)]],
        colWidths=[width - sign_w, sign_w],
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
    return Signatory(_("Petugas legalisir,"), "", user.full_name, "", user.nip or "")


def _story_height(story: list[Any], width: float) -> float:
    return float(
        sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
    )


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
    sheet: Sheet,
    docs: list[tuple[legal.DocumentInfo, legal.ScanFile | None]],
    repeat_copies: bool,
    clerk: Signatory | None = None,
    printed: str = "",
    options: CopyOptions | None = None,
) -> bytes:
    buf = io.BytesIO()
    first = sheet.endorsement_page if what == "endorsement" else sheet.size
    c = plain_canvas(buf, first, pageCompression=1)
    entry = block.entry
    c.setTitle(f"{legal.PRINT_WHATS[what]} {entry.register_no}")
    c.setAuthor(block.office.name or "Loket Dukcapil")
    c.setSubject(entry.register_no)
    merges: list[Any] = []
    if what == "copy":
        merges = _copy_pages(
            c, block, [(d, s) for d, s in docs if s], repeat_copies, sheet,
            options or CopyOptions(),
        )  # fmt: skip
    elif what == "endorsement":
        sheet.check_position()
        x, y = sheet.position.origin(sheet.endorsement_page, (BLOCK_W, BLOCK_H))
        for doc, _scan in docs:
            for _n in range(doc.copies if repeat_copies else 1):
                draw_block(c, x, y, block, doc)
                c.showPage()
    else:
        _receipt_pages(c, sheet.size, block, clerk or Signatory(_("Petugas legalisir,")), printed)
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
    landscape: bool | None = None,
    copy: CopyOptions | None = None,
) -> bytes:
    """The PDF of ``what`` (copy | endorsement | receipt) for the preview; nothing is counted.

    ``documents``: positions to include (default all); ``repeat_copies``: one set per copy of
    each document (the real print job) or one set only. ``reprint_no`` defaults to what the next
    print would be (see :func:`legalization.next_print`). ``landscape``: turn the
    endorsement-only sheet (default: the setting); ``copy``: the clerk's choices for a copy
    (see :func:`plan_copy`).
    """
    if what not in legal.PRINT_WHATS:
        raise ValidationError(_("Jenis dokumen cetak tidak dikenal: {w}.", w=what))
    entry = legal.get_entry(db, actor, entry_id)
    office = get_office(db)
    _check_office(office)
    if reprint_no is None:
        reprint_no = legal.next_print(entry, what)[1]
    docs = _collect(db, actor, entry, what, documents)
    block = _Block(entry, office, verify_url(db), reprint_no)
    return _render(
        what,
        block,
        sheet_for(db, paper, landscape),
        docs,
        repeat_copies,
        _clerk(db, entry),
        printed_by_line(actor_name(actor), clock.now()),
        copy,
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
    resign: bool = False,
    landscape: bool | None = None,
    copy: CopyOptions | None = None,
) -> PrintOutput:
    """Render, count and audit one print job in one transaction; the bytes go to the printer
    (or ``out``, written atomically). ``kind`` defaults to :func:`legalization.next_print`;
    a reprint needs ``reason``. If rendering or writing fails nothing is counted.

    Every print needs this PC's signing key (KeyUnavailable / KeyLocked otherwise), even a
    reprint or a receipt; an entry not yet signed is signed now. ``resign``: the clerk chose
    to sign again an entry of the older scheme or one whose key was revoked (audited)."""
    audit.require(db, actor, Permission.LEGAL_EDIT, f"legal.{kind or 'print'}")
    target = fileio.check_target(out) if out is not None else None
    entry = legal.get_entry(db, actor, entry_id)
    kind = kind or legal.next_print(entry, what)[0]
    office = get_office(db)
    _check_office(office)
    sheet = sheet_for(db, paper, landscape)
    if what == "endorsement":
        sheet.check_position()  # refused before anything is counted
    docs = _collect(db, actor, entry, what, documents)
    url = verify_url(db)
    key = keys.signing_key(db)  # any print, a receipt too: a database copy prints nothing
    with db.write() as session:
        signing.prepare_for_print(session, actor, entry_id, key, url, what, resign=resign)
        row, reprint_no = legal.record_print_in(
            session, actor, entry_id, kind, what, copies, reason
        )
        info = legal.entry_infos(session, [row])[0]
        by_position = {d.position: d for d in info.documents}
        docs = [(by_position[d.position], s) for d, s in docs]
        pdf = _render(
            what,
            _Block(info, office, url, reprint_no),
            sheet,
            docs,
            repeat_copies,
            _clerk(db, info),
            printed_by_line(actor_name(actor), clock.now()),
            copy,
        )
        path = fileio.write_bytes(target, pdf) if target is not None else None
    return PrintOutput(pdf, legal.PrintRecord(info, kind, what, copies, reprint_no), path)


@official_document()
def calibration_pdf(
    db: Database,
    *,
    paper: str | None = None,
    position: EndorsePosition | None = None,
    landscape: bool | None = None,
    margin_mm: float | None = None,
) -> bytes:
    """The calibration page for the endorsement-only sheet: everything inside the printable
    area (printers clip the edge), a millimetre grid, rulers that count from the paper's edge,
    a 100 mm bar on each axis to check the scale, the block's outline at ``position`` (default:
    the settings) with its distances, and how to measure. Print it at 100 %, lay it on a
    photocopy, adjust the distances."""
    sheet = sheet_for(db, paper, landscape)
    if position is not None or margin_mm is not None:
        sheet = Sheet(
            sheet.paper,
            sheet.size,
            sheet.landscape,
            sheet.margin_mm if margin_mm is None else layout.check_margin(margin_mm),
            position or sheet.position,
        )
    sheet.check_position()
    page = sheet.endorsement_page
    width, height = page
    area = layout.printable_area(page, sheet.margin_mm)
    pos = sheet.position
    buf = io.BytesIO()
    c = plain_canvas(buf, page)
    c.setTitle(_("Kalibrasi posisi blok pengesahan"))
    light, mid = colors.HexColor("#D5DEEC"), colors.HexColor("#8FA7CF")
    # the printable area and its grid (every 5 mm, bolder every 10 mm, counted from the edge)
    c.saveState()
    path = c.beginPath()
    path.rect(area.x, area.y, area.w, area.h)
    c.clipPath(path, stroke=0)
    for n in range(0, int(max(width, height) / mm) + 1, 5):
        c.setStrokeColor(mid if n % 10 == 0 else light)
        c.setLineWidth(0.45 if n % 10 == 0 else 0.25)
        c.line(n * mm, 0, n * mm, height)
        c.line(0, n * mm, width, n * mm)
    c.restoreState()
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.6)
    c.setDash(2, 2)
    c.rect(area.x, area.y, area.w, area.h)
    c.setDash()
    c.setFillColor(colors.black)
    c.setFont(FONT, 6)
    c.drawString(
        area.x + 12 * mm,
        area.top - 3 * mm,
        safe_text(
            _(
                "Garis putus-putus: batas area cetak, {m} mm dari tepi kertas.",
                m=f"{sheet.margin_mm:g}",
            )
        ),
    )
    # rulers along the bottom and left edges of the printable area, in mm from the paper edge
    c.setLineWidth(0.3)
    c.setFont(FONT, 5.5)
    first = math.ceil(sheet.margin_mm)
    for n in range(first, int(area.right / mm) + 1):
        tick = 4 if n % 10 == 0 else (2.5 if n % 5 == 0 else 1.2)
        c.line(n * mm, area.y, n * mm, area.y + tick * mm)
        if n % 10 == 0:
            c.drawCentredString(n * mm, area.y + 5 * mm, str(n))
    for n in range(first, int(area.top / mm) + 1):
        tick = 4 if n % 10 == 0 else (2.5 if n % 5 == 0 else 1.2)
        c.line(area.x, n * mm, area.x + tick * mm, n * mm)
        if n % 10 == 0 and n >= first + 10:  # the first one would sit on the bottom ruler's
            c.drawString(area.x + 5 * mm, n * mm - 2, str(n))
    # the two 100 mm bars and the instructions go in the half the block leaves free
    box = pos.box(page, (BLOCK_W, BLOCK_H))
    block_high = box.y + box.h / 2 > height / 2
    block_left = box.x + box.w / 2 < width / 2
    bar_y = area.y + 16 * mm if block_high else area.top - 16 * mm
    vbar_x = area.right - 14 * mm if block_left else area.x + 14 * mm
    vbar_y = area.y + 24 * mm if block_high else area.top - 126 * mm
    _scale_bar(c, area.x + 20 * mm, bar_y, horizontal=True)
    _scale_bar(c, vbar_x, vbar_y, horizontal=False)
    # the block's outline and its distances from the paper edges
    red = colors.HexColor("#C0392B")
    c.setStrokeColor(red)
    c.setFillColor(red)
    c.setLineWidth(1.2)
    c.setDash(4, 2)
    c.rect(box.x, box.y, box.w, box.h)
    c.setDash()
    _center(c, _("POSISI BLOK PENGESAHAN"), box.x + box.w / 2, box.y + box.h / 2 + 2 * mm, BOLD, 10)
    _center(
        c,
        _("{w} × {h} mm", w=f"{BLOCK_W / mm:.0f}", h=f"{BLOCK_H / mm:.0f}"),
        box.x + box.w / 2,
        box.y + box.h / 2 - 3 * mm,
        FONT,
        8,
    )
    _distance_marks(c, pos, box, page, sheet.margin_mm * mm)
    # what to do, in the middle of the page, on white
    lines = [
        _(
            "KALIBRASI POSISI BLOK PENGESAHAN \u2014 kertas {p} {o}",
            p=sheet.paper,
            o=_("mendatar") if sheet.landscape else _("tegak"),
        ),
        _(
            "Sudut acuan: {corner}; jarak mendatar {x} mm, tegak {y} mm.",
            corner=_(layout.CORNER_NAMES.get(pos.corner, pos.corner)),
            x=f"{pos.x_mm:g}",
            y=f"{pos.y_mm:g}",
        ),
        _("1. Cetak dari aplikasi dengan skala 100% (jangan 'sesuaikan dengan halaman')."),
        _(
            "2. Ukur kedua batang 100 mm dengan penggaris: harus 100 mm (selisih paling banyak "
            "0,5 mm). Lebih pendek berarti printer memperkecil hasil cetak."
        ),
        _(
            "3. Ukur dari tepi kertas ke garis merah: harus {x} mm mendatar dan {y} mm tegak. "
            "Selisihnya ubah di Pengaturan \u203a Legalisir.",
            x=f"{pos.x_mm:g}",
            y=f"{pos.y_mm:g}",
        ),
        _("4. Letakkan hasil cetak di atas fotokopi: kotak merah harus jatuh di ruang kosong."),
    ]
    box_w = min(165 * mm, area.w - 32 * mm)  # right of the vertical bar
    text_lines: list[tuple[str, str, float]] = []
    for n, line in enumerate(lines):
        font, size = (BOLD, 10.5) if n == 0 else (FONT, 8)
        for part in _lines(line, font, size, box_w - 8 * mm):
            text_lines.append((part, font, size))
    box_h = len(text_lines) * 4.2 * mm + 6 * mm
    bx = area.x + 10 * mm if block_left else area.x + 24 * mm
    by = bar_y + 8 * mm if block_high else bar_y - 8 * mm - box_h
    if box.x < bx + box_w and bx < box.right and box.y < by + box_h and by < box.top:
        by = box.top + 6 * mm if box.y < height / 2 else box.y - box_h - 6 * mm
    c.setFillColor(colors.white)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    c.rect(bx, by, box_w, box_h, stroke=1, fill=1)
    c.setFillColor(colors.black)
    ty = by + box_h - 6 * mm
    for part, font, size in text_lines:
        c.setFont(font, size)
        c.drawString(bx + 4 * mm, ty, safe_text(part))
        ty -= 4.2 * mm
    c.showPage()
    c.save()
    return buf.getvalue()


def _scale_bar(c: Canvas, x: float, y: float, *, horizontal: bool) -> None:
    """A 100 mm bar with end ticks and a centimetre scale, labelled for measuring."""
    c.saveState()
    c.setStrokeColor(colors.black)
    c.setFillColor(colors.black)
    length = 100 * mm
    c.setLineWidth(1.4)
    if horizontal:
        c.line(x, y, x + length, y)
        for n in range(0, 11):
            tick = 3 * mm if n in (0, 10) else 1.5 * mm
            c.setLineWidth(0.9 if n in (0, 10) else 0.4)
            c.line(x + n * 10 * mm, y - tick, x + n * 10 * mm, y + tick)
        c.setFont(BOLD, 8)
        c.drawCentredString(
            x + length / 2, y + 3.5 * mm, safe_text(_("100 mm (ukur: harus tepat 100 mm)"))
        )
    else:
        c.line(x, y, x, y + length)
        for n in range(0, 11):
            tick = 3 * mm if n in (0, 10) else 1.5 * mm
            c.setLineWidth(0.9 if n in (0, 10) else 0.4)
            c.line(x - tick, y + n * 10 * mm, x + tick, y + n * 10 * mm)
        c.translate(x + 4.5 * mm, y + length / 2)
        c.rotate(90)
        c.setFont(BOLD, 8)
        c.drawCentredString(0, 0, safe_text(_("100 mm (ukur: harus tepat 100 mm)")))
    c.restoreState()


def _distance_marks(
    c: Canvas, pos: EndorsePosition, box: layout.Box, page: tuple[float, float], margin: float
) -> None:
    """Dimension lines towards the paper's edges from the block's reference corner (they stop
    at the printable edge; the labels give the whole distance from the paper's edge)."""
    width, height = page
    cx = box.x if "left" in pos.corner else box.right
    cy = box.y if "bottom" in pos.corner else box.top
    edge_x = margin if "left" in pos.corner else width - margin
    edge_y = margin if "bottom" in pos.corner else height - margin
    c.saveState()
    red = colors.HexColor("#C0392B")
    c.setStrokeColor(red)
    c.setFillColor(red)
    c.setLineWidth(0.6)
    c.line(edge_x, cy, cx, cy)
    c.line(cx, edge_y, cx, cy)
    c.setFont(BOLD, 7)
    label_x = (edge_x + cx) / 2
    c.drawCentredString(
        label_x, cy + (1.5 * mm if "bottom" in pos.corner else -3.5 * mm), f"{pos.x_mm:g} mm"
    )
    c.translate(cx + (-1.5 * mm if "right" in pos.corner else 3.5 * mm), (edge_y + cy) / 2)
    c.rotate(90)
    c.drawCentredString(0, 0, f"{pos.y_mm:g} mm")
    c.restoreState()


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
    """The signatures: the head of section ("Mengetahui,", the official who signs the
    reports) beside the legalization officer who exports the book (full name and NIP)."""
    from .report import report_signer

    day = long_date(clock.office_date(moment))
    dated = f"{office.city}, {day}" if office.city else day
    head = signatory_of(_("Mengetahui,"), report_signer(db), _("Kepala Seksi"))
    clerk = officer_signatory(_("Petugas legalisir,"), actor, _actor_nip(db, actor))
    clerk = Signatory(clerk.heading, "", clerk.name, clerk.rank, clerk.nip)
    return SignatureBlock(dated, [head, clerk], width)


def _actor_nip(db: Database, actor: Actor) -> str:
    from .users import nip_of

    return nip_of(db, actor.user_id)


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
    moment = printed_at or clock.now()
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
    right = ParagraphStyle("cell_r", cell, alignment=2)
    for n, entry in enumerate(entries, start=1):
        values = _row_values(n, entry, unmask)
        data.append([para(v, right if i in (0, 7) else cell) for i, v in enumerate(values)])
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
            para(format_int(totals.copies), ParagraphStyle("total_r", bold, alignment=2)),
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
    style.add("ALIGN", (7, 1), (7, -1), "RIGHT")
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
    moment = printed_at or clock.now()
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
