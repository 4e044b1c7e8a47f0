"""The signature block of every printed document, in one or two columns.

Each column: a heading ("Mengetahui,", "Dibuat oleh,", "a.n. Kepala Dinas …"), the title,
room for the wet signature and stamp, the full name in bold and underlined, the rank, and
"NIP. 19680411 199303 1 009". The place and date ("Cikarang, 29 November 2026") stand above
the right-hand column, as in an Indonesian official letter. Names in both columns sit on one
line even when one title wraps to more lines than the other. A column without a name prints a
dotted line to be filled in by hand, never a login name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from ..i18n import _
from ..identity import format_nip
from .fonts import SANS, SANS_BOLD, fonts, safe_text, text_width, wrap_words
from .house import INK

DOTS = "." * 40


@dataclass(frozen=True)
class Signatory:
    """One person who signs. ``name`` empty: a dotted line to sign over by hand."""

    heading: str  # "Mengetahui,", "Dibuat oleh,", "a.n. Kepala Dinas …,"
    title: str = ""  # jabatan, e.g. "Kepala Seksi Pelayanan"
    name: str = ""
    rank: str = ""  # pangkat/golongan, e.g. "Penata Tk. I (III/d)"
    nip: str = ""  # 18 digits (printed grouped) or empty

    @property
    def nip_line(self) -> str:
        if not self.nip:
            return _("NIP. {nip}", nip="") + "." * 30 if not self.name else ""
        return _("NIP. {nip}", nip=format_nip(self.nip))


# What an officer signs as when the user record holds no title of its own.
ROLE_TITLES = {
    "petugas": "Petugas Pelayanan",
    "legalisir": "Petugas Legalisir",
    "supervisor": "Kepala Seksi",
}


def actor_name(actor: object) -> str:
    """The name a document prints for who made or printed it: the full name, never the login
    name; "" for the "system" account (a scheduled export has no person behind it)."""
    if getattr(actor, "user_id", None) is None:
        return ""
    return str(getattr(actor, "full_name", "") or "")


def officer_signatory(heading: str, actor: object, nip: str = "") -> Signatory:
    """The signing lines of a logged-in officer: full name (never the login name), the title
    of their role and their NIP. The "system" account (scheduled exports) signs nothing: the
    lines stay blank for a person to sign by hand."""
    if getattr(actor, "user_id", None) is None:
        return Signatory(heading, _("Petugas"))
    role = str(getattr(getattr(actor, "role", ""), "value", getattr(actor, "role", "")))
    return Signatory(
        heading,
        _(ROLE_TITLES.get(role, "Petugas")),
        actor_name(actor),
        "",
        nip,
    )


def signatory_of(heading: str, person: object | None, title: str = "") -> Signatory:
    """A :class:`Signatory` from anything with ``name``/``title``/``rank``/``nip`` (an
    official, an official's snapshot on a legalization entry, an officer); ``None``: blank."""
    if person is None:
        return Signatory(heading, title)
    return Signatory(
        heading,
        getattr(person, "title", "") or title,
        getattr(person, "name", "") or getattr(person, "full_name", ""),
        getattr(person, "rank", "") or "",
        getattr(person, "nip", "") or "",
    )


class SignatureBlock(Flowable):  # type: ignore[misc]  # ReportLab is untyped (Any)
    """``signatories`` left to right (one or two); ``place_date`` above the right-hand one.
    Width ``width``; each column at most 82 mm, the right one flush with the right edge."""

    def __init__(
        self,
        place_date: str,
        signatories: Sequence[Signatory],
        width: float,
        *,
        size: float = 9.5,
        signing_space: float = 19 * mm,
    ) -> None:
        super().__init__()
        if not 1 <= len(signatories) <= 2:
            raise ValueError("one or two signatories")
        fonts()
        self.place_date = safe_text(place_date)
        self.signatories = list(signatories)
        self.width = width
        self.size = size
        self.leading = size * 1.3
        self.signing_space = signing_space
        self.column = min(82 * mm, width / len(self.signatories) - 4 * mm)
        self.top_lines = [
            wrap_words(s.heading, SANS, size, self.column)
            + (wrap_words(s.title, SANS, size, self.column) if s.title else [])
            for s in self.signatories
        ]
        self.head_rows = max(len(lines) for lines in self.top_lines)
        self.tail_rows = max(len(self._tail(s)) for s in self.signatories)
        rows = 1 + self.head_rows + self.tail_rows  # 1: the place and date
        self.height = rows * self.leading + signing_space

    def _tail(self, s: Signatory) -> list[tuple[str, str]]:
        """(font, text) lines under the signing space: name, rank, NIP."""
        name = safe_text(s.name) if s.name else f"( {DOTS} )"
        lines = [(SANS_BOLD if s.name else SANS, name)]
        if s.rank:
            lines.append((SANS, safe_text(s.rank)))
        if s.nip_line:
            lines.append((SANS, s.nip_line))
        return lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self._paint(self.canv, 0, self.height)

    def draw_on(self, canvas: Canvas, x: float, top: float) -> float:
        """Draw with the top-left corner at (x, top); returns the y of the bottom."""
        self._paint(canvas, x, top)
        return top - self.height

    def _centres(self, x: float) -> list[float]:
        right = x + self.width - self.column / 2
        if len(self.signatories) == 1:
            return [right]
        return [x + self.column / 2, right]

    def _paint(self, c: Canvas, x: float, top: float) -> None:
        lead, size = self.leading, self.size
        c.saveState()
        c.setFillColor(INK)
        c.setStrokeColor(INK)
        centres = self._centres(x)
        c.setFont(SANS, size)
        c.drawCentredString(centres[-1], top - lead + (lead - size) * 0.5, self.place_date)
        for cx, lines, s in zip(centres, self.top_lines, self.signatories, strict=True):
            y = top - lead
            for line in lines:
                y -= lead
                c.setFont(SANS, size)
                c.drawCentredString(cx, y + (lead - size) * 0.5, line)
            y = top - (1 + self.head_rows) * lead - self.signing_space
            for n, (font, text) in enumerate(self._tail(s)):
                y -= lead
                c.setFont(font, size)
                base = y + (lead - size) * 0.5
                fit = _fitting_size(text, font, size, self.column)
                c.setFont(font, fit)
                c.drawCentredString(cx, base, text)
                if n == 0 and s.name:
                    half = text_width(text, font, fit) / 2
                    c.setLineWidth(0.7)
                    c.line(cx - half, base - 1.6, cx + half, base - 1.6)
        c.restoreState()


def _fitting_size(text: str, font: str, size: float, width: float) -> float:
    """A long name is set smaller rather than cut: a signature never loses part of a name."""
    while size > 5 and text_width(text, font, size) > width:
        size -= 0.25
    return size
