"""The endorsement block ("SESUAI DENGAN ASLINYA"), laid out around the official round stamp.

BLOCK_W × BLOCK_H (140 × 66 mm), drawn from its bottom-left corner. Left to right under the
heading: the marked place of the cap dinas (a 40 mm circle, pressed over the left edge of the
signature as is the custom), the signature column, and at the right edge — 55 mm from the
stamp's centre, where the stamp cannot reach — the QR code (version ≤ 7, 0.8 mm modules,
42.4 mm with its quiet zone) with the check hint (≥ 6.5 pt) naming the verification address.

Nothing is ever cut: names, titles, document names and numbers wrap, and shrink (never below
6.5 pt) only when wrapping is not enough. Where the block goes on a page is the caller's
(:mod:`desktop_app.core.legal_print`).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from ..formatting import long_date
from ..i18n import _
from ..identity import format_nip
from ..pdf import SANS, SANS_BOLD, safe_text, text_width
from . import qrcode
from .common import DocumentInfo, EntryInfo

BLOCK_W, BLOCK_H = 140 * mm, 66 * mm
HEAD_H = 21 * mm  # heading, register number, document (two lines)
CAP_DIAMETER = 40 * mm
CAP_CENTER = (22 * mm, 23.5 * mm)  # from the block's bottom-left corner
SIG_X, SIG_W = 38 * mm, 56 * mm  # the signature column; the cap overlaps its left 6 mm
QR_SIDE = 42.4 * mm  # a version-7 code at 0.8 mm with its quiet zone
QR_X, QR_Y = BLOCK_W - QR_SIDE, 10 * mm
MIN_PT = 6.5
FONT, BOLD = SANS, SANS_BOLD  # the embedded fonts of every printed document (core/pdf)


@dataclass(frozen=True)
class BlockText:
    """What the block says besides the entry: office, who signs for whom, the QR."""

    city: str
    regency: str
    verify_url: str  # "" when the office publishes no page (the hint then names the office)
    office_name: str
    qr_digits: str  # the signed payload of this document ("" not signed yet: preview only)
    reprint_no: int = 0


def _fit_lines(
    text: str, font: str, size: float, width: float, max_lines: int
) -> tuple[list[str], float]:
    """Wrap ``text`` into at most ``max_lines`` lines of ``width``, shrinking the size (down to
    MIN_PT) if needed; a word longer than the width is broken, never dropped."""
    while True:
        lines = _wrap(text, font, size, width)
        if len(lines) <= max_lines or size <= MIN_PT:
            return lines, size
        size = max(MIN_PT, size - 0.25)


def stringWidth(text: str, font: str, size: float) -> float:  # noqa: N802 - ReportLab's name
    return text_width(text, font, size)


_BREAK_AFTER = ("/", ".", "-", "_", "?", "#", "&", "=")


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    text_width("", font, size)  # registers the fonts before simpleSplit measures
    for line in simpleSplit(safe_text(text), font, size, width) or [""]:
        while stringWidth(line, font, size) > width and len(line) > 1:
            # one unbreakable word (a long number): break it where it overflows
            cut = len(line)
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            # an address or a document number breaks after a separator when one is near the
            # end, so no line is left holding a lone "/" or half a word
            after = max(line.rfind(sep, 0, cut) for sep in _BREAK_AFTER) + 1
            if after > cut // 2:
                cut = after
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


def _center(
    c: Canvas, lines: list[str], cx: float, top: float, font: str, size: float, lead: float
) -> float:
    """Draw centred lines from ``top`` (baseline of the first); returns the next baseline."""
    c.setFont(font, size)
    y = top
    for line in lines:
        c.drawCentredString(cx, y, safe_text(line))
        y -= lead
    return y


def draw(
    c: Canvas, x: float, y: float, entry: EntryInfo, document: DocumentInfo | None, text: BlockText
) -> None:
    """The block with its bottom-left corner at (x, y)."""
    c.saveState()
    c.translate(x, y)
    c.setFillColor(colors.black)
    _heading(c, entry, document, text)
    _cap_area(c)
    _signature(c, entry, text)
    _qr(c, text)
    c.restoreState()


def _heading(c: Canvas, entry: EntryInfo, document: DocumentInfo | None, text: BlockText) -> None:
    width = QR_X - 2 * mm
    cx = width / 2
    top = BLOCK_H
    if text.reprint_no:
        mark = _("CETAK ULANG ke-{n}", n=text.reprint_no)
        c.setFont(BOLD, 7)
        w = stringWidth(mark, BOLD, 7) + 3 * mm
        c.setLineWidth(0.6)
        c.rect(BLOCK_W - w, top - 4 * mm, w, 4 * mm)
        c.drawRightString(BLOCK_W - 1.5 * mm, top - 2.9 * mm, mark)
    title = _("SESUAI DENGAN ASLINYA")
    text_width(title, BOLD, 12)  # registers the embedded fonts
    c.setFont(BOLD, 12)
    c.drawCentredString(cx, top - 5 * mm, title)
    half = stringWidth(title, BOLD, 12) / 2
    c.setLineWidth(0.8)
    c.line(cx - half, top - 6.2 * mm, cx + half, top - 6.2 * mm)
    reg, size = _fit_lines(_("No. Reg. {no}", no=entry.register_no), FONT, 8, width, 1)
    ty = _center(c, reg, cx, top - 10 * mm, FONT, size, size * 1.2)
    if document is not None:
        line = _("{doc} No. {number}", doc=document.label, number=document.doc_number)
        lines, size = _fit_lines(line, FONT, 8, width, 2)
        _center(c, lines, cx, ty - 0.6 * mm, FONT, size, size * 1.15)


def _cap_area(c: Canvas) -> None:
    c.saveState()
    c.setStrokeColor(colors.HexColor("#9AA5B1"))
    c.setLineWidth(0.5)
    c.setDash(2, 2)
    c.circle(CAP_CENTER[0], CAP_CENTER[1], CAP_DIAMETER / 2)
    c.setDash()
    c.setFillColor(colors.HexColor("#9AA5B1"))
    c.setFont(FONT, 6.5)
    c.drawCentredString(CAP_CENTER[0], CAP_CENTER[1] - 1 * mm, _("tempat cap dinas"))
    c.restoreState()


def _signature(c: Canvas, entry: EntryInfo, text: BlockText) -> None:
    """Place and date, on behalf of the head, title; room to sign; name, rank, NIP. Sizes
    shrink together (never below MIN_PT) until everything fits the column."""
    official = entry.official
    cx = SIG_X + SIG_W / 2
    top = BLOCK_H - HEAD_H
    sign_room = 13 * mm
    for step in range(0, 13):
        size = 7.5 - 0.25 * step
        bold = size + 1
        lead = size * 1.18
        upper = [f"{text.city}, {long_date(entry.entry_date)}"]
        upper += _wrap(
            _(
                "a.n. Kepala Dinas Kependudukan dan Pencatatan Sipil {regency}",
                regency=text.regency,
            ),
            FONT,
            size,
            SIG_W,
        )
        upper += _wrap(official.title, FONT, size, SIG_W)
        name = _wrap(official.name, BOLD, bold, SIG_W)
        lower = ([official.rank] if official.rank else []) + [f"NIP. {format_nip(official.nip)}"]
        lower_lines = [x for line in lower for x in _wrap(line, FONT, size, SIG_W)]
        height = len(upper) * lead + sign_room + len(name) * bold * 1.15 + len(lower_lines) * lead
        if height <= top - 1.5 * mm or size <= MIN_PT:
            break
    y = _center(c, upper, cx, top - size, FONT, size, lead)
    y -= sign_room - lead
    c.setFont(BOLD, bold)
    for n, line in enumerate(name):
        c.drawCentredString(cx, y, line)
        if n == len(name) - 1:
            half = stringWidth(line, BOLD, bold) / 2
            c.setLineWidth(0.6)
            c.line(cx - half, y - 0.8 * mm, cx + half, y - 0.8 * mm)
        y -= bold * 1.15
    _center(c, lower_lines, cx, y - 0.4 * mm, FONT, size, lead)


def hint(text: BlockText) -> str:
    if text.verify_url:
        return _("Cek keaslian: pindai QR atau buka {url}", url=text.verify_url)
    return _("Cek keaslian: pindai QR di {office}", office=text.office_name or "Disdukcapil")


def _qr(c: Canvas, text: BlockText) -> None:
    if text.qr_digits:
        try:
            plan = qrcode.plan(text.verify_url, text.qr_digits, qrcode.MAX_VERSION)
            module = qrcode.MODULE_MM
        except qrcode.QrTooLarge:
            # signed under a shorter verification address than today's: smaller modules, so
            # the code keeps its place (re-signing it would need the clerk's decision)
            plan = qrcode.plan(text.verify_url, text.qr_digits)
            module = QR_SIDE / mm / (plan.modules + 2 * qrcode.QUIET_MODULES)
        side = plan.side_mm(module) * mm
        qrcode.draw(c, plan, QR_X + (QR_SIDE - side) / 2, QR_Y + (QR_SIDE - side) / 2, module)
    else:
        c.saveState()
        c.setStrokeColor(colors.HexColor("#9AA5B1"))
        c.setDash(3, 2)
        inset = 3.2 * mm
        c.rect(QR_X + inset, QR_Y + inset, QR_SIDE - 2 * inset, QR_SIDE - 2 * inset)
        c.setFillColor(colors.HexColor("#5F6B7A"))
        lines = _wrap(_("Kode QR bertanda tangan dibuat saat dicetak"), FONT, 7, QR_SIDE - 10 * mm)
        _center(c, lines, QR_X + QR_SIDE / 2, QR_Y + QR_SIDE / 2 + 3 * mm, FONT, 7, 8.5)
        c.restoreState()
    lines, size = _fit_lines(hint(text), FONT, 7, QR_SIDE - 1 * mm, 3)
    # the first line's capitals stay below the code's quiet zone
    _center(c, lines, QR_X + QR_SIDE / 2, QR_Y - 0.5 * mm - size * 0.75, FONT, size, size * 1.15)
