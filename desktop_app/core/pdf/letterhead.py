"""The office letterhead (kop surat) every printed document starts with.

Regency logo on the left (office setting), then centred: "PEMERINTAH KABUPATEN BEKASI", the
office's name, its address and its contacts, closed by a thick and a thin rule. Lines wrap only
at a separator (", " in the address, " · " between contacts), never inside a phone number:
"Telp. (021) 89970123" stays on one line.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from ..formatting import phone_display
from ..i18n import _
from ..settings import OfficeProfile
from .fonts import SANS, SANS_BOLD, fonts, safe_text, text_width
from .house import INK

LOGO_BOX = 22 * mm  # the logo is scaled into this square
LOGO_COLUMN = 25 * mm  # and the text keeps this much clear on both sides, to stay centred
RULE_GAP = 2.5 * mm
# Tokens a line must not end with: abbreviations that belong to what follows ("No. 1").
_ABBREV = re.compile(r"^(No|Jl|Jln|Telp|Tel|Kel|Kec|Kab|Ds|RT|RW|Gg|Kp|Blok)\.?$", re.I)


def office_unit_name(office: OfficeProfile) -> str:
    """The office's name without the regency when the name already ends with it ("Dinas
    Kependudukan dan Pencatatan Sipil Kabupaten Bekasi" under "PEMERINTAH KABUPATEN BEKASI")."""
    name = " ".join((office.name or _("Dinas Kependudukan dan Pencatatan Sipil")).split())
    regency = " ".join(office.regency.split())
    if regency and name.lower().endswith(" " + regency.lower()):
        return name[: -len(regency) - 1].rstrip(" ,")
    return name


def office_full_name(office: OfficeProfile) -> str:
    """The office's name with its regency exactly once ("… Sipil Kabupaten Bekasi")."""
    unit = office_unit_name(office)
    return f"{unit} {office.regency}".strip() if office.regency else unit


def contact_parts(office: OfficeProfile) -> list[str]:
    """``["Telp. (021) 89970123", "WhatsApp 0812-1000-3216", "Laman …", "Surel …"]``."""
    parts = []
    if office.phone:
        parts.append(_("Telp. {x}", x=phone_display(office.phone)))
    if office.whatsapp:
        parts.append(_("WhatsApp {x}", x=phone_display(office.whatsapp)))
    if office.website:
        parts.append(_("Laman {x}", x=re.sub(r"^https?://", "", office.website).rstrip("/")))
    if office.email:
        parts.append(_("Surel {x}", x=office.email))
    return parts


def _glued_tokens(text: str) -> list[str]:
    """Words of ``text`` with the spaces that must not break glued: before a number or an
    opening bracket ("(021) 89970123", "No. 1") and after an abbreviation ("Jl. Teuku")."""
    words = text.split()
    out: list[str] = []
    for word in words:
        if out and (word[0].isdigit() or word[0] in "(+" or _ABBREV.match(out[-1].split()[-1])):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def wrap_at_separators(
    parts: Iterable[str], font: str, size: float, width: float, sep: str = " \u00b7 "
) -> list[str]:
    """Pack ``parts`` into lines of at most ``width``, breaking only between parts (the
    separator is dropped at a break, except a comma, which ends the line). A part wider than
    a whole line breaks between words, never inside a number."""
    tail = sep.rstrip() if sep.strip() == "," else ""
    lines: list[str] = []
    current = ""
    for raw in parts:
        part = safe_text(raw).strip()
        if not part:
            continue
        joined = f"{current}{sep}{part}" if current else part
        if text_width(joined, font, size) <= width:
            current = joined
            continue
        if current:
            lines.append(current + tail)
        if text_width(part, font, size) <= width:
            current = part
            continue
        current = ""
        for token in _glued_tokens(part):
            joined = f"{current} {token}" if current else token
            if current and text_width(joined, font, size) > width:
                lines.append(current)
                current = token
            else:
                current = joined
    if current:
        lines.append(current)
    return lines


@dataclass(frozen=True)
class _Line:
    text: str
    font: str
    size: float
    leading: float


class Letterhead(Flowable):  # type: ignore[misc]  # ReportLab is untyped (Any)
    """The letterhead as a flowable ``width`` wide; also drawn straight on a canvas with
    :meth:`draw_on` (receipts and other canvas-built pages)."""

    def __init__(self, office: OfficeProfile, width: float, *, compact: bool = False) -> None:
        super().__init__()
        fonts()
        self.office = office
        self.width = width
        self.logo = _logo_reader(office)
        self.text_width = width - 2 * LOGO_COLUMN if self.logo else width
        scale = 0.9 if compact else 1.0
        self.lines = self._lines(scale)
        self.text_height = sum(line.leading for line in self.lines)
        body = max(self.text_height, LOGO_BOX if self.logo else 0)
        self.height = body + RULE_GAP + 1.6 * mm

    def _lines(self, scale: float) -> list[_Line]:
        office, w = self.office, self.text_width
        out: list[_Line] = []

        def add(texts: list[str], font: str, size: float) -> None:
            out.extend(_Line(t, font, size * scale, size * scale * 1.25) for t in texts)

        if office.regency:
            top = _("PEMERINTAH {r}", r=office.regency).upper()
            add(wrap_at_separators([top], SANS_BOLD, 12 * scale, w), SANS_BOLD, 12)
        add(_wrap_name(office_unit_name(office).upper(), w, scale), SANS_BOLD, 13.5)
        if office.address:
            address = [p for p in re.split(r",\s*", office.address) if p.strip()]
            add(wrap_at_separators(address, SANS, 8.5 * scale, w, sep=", "), SANS, 8.5)
        contacts = contact_parts(office)
        if contacts:
            add(wrap_at_separators(contacts, SANS, 8.5 * scale, w), SANS, 8.5)
        return out

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self._paint(self.canv, 0, self.height)

    def draw_on(self, canvas: Canvas, x: float, top: float) -> float:
        """Draw with the top-left corner at (x, top); returns the y just below the rules."""
        self._paint(canvas, x, top, absolute=True)
        return top - float(self.height)

    def _paint(self, c: Canvas, x: float, top: float, absolute: bool = False) -> None:
        body = self.height - RULE_GAP - 1.6 * mm
        c.saveState()
        c.setFillColor(INK)
        c.setStrokeColor(INK)
        if self.logo is not None:
            iw, ih = self.logo.getSize()
            s = min(LOGO_BOX / iw, LOGO_BOX / ih)
            lw, lh = iw * s, ih * s
            ly = top - body + (body - lh) / 2
            c.drawImage(self.logo, x + (LOGO_COLUMN - lw) / 2, ly, lw, lh, mask="auto")
        cx = x + self.width / 2
        y = top - (body - self.text_height) / 2
        for line in self.lines:
            y -= line.leading
            c.setFont(line.font, line.size)
            c.drawCentredString(cx, y + (line.leading - line.size) * 0.55, line.text)
        rule = top - body - RULE_GAP
        c.setLineWidth(2)
        c.line(x, rule, x + self.width, rule)
        c.setLineWidth(0.6)
        c.line(x, rule - 1.4 * mm, x + self.width, rule - 1.4 * mm)
        c.restoreState()


def _wrap_name(name: str, width: float, scale: float) -> list[str]:
    from .fonts import wrap_words

    return wrap_words(name, SANS_BOLD, 13.5 * scale, width)


def _logo_reader(office: OfficeProfile) -> ImageReader | None:
    raw = office.logo_bytes()
    if not raw:
        return None
    try:
        reader = ImageReader(io.BytesIO(raw))
        width, height = reader.getSize()
    except Exception:  # noqa: BLE001 - an unreadable logo must not stop a document
        return None
    return reader if width > 0 and height > 0 else None
