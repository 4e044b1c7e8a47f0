"""The fonts every printed document uses, shipped with the package and embedded in each PDF.

DejaVu Sans Condensed (regular and bold, ``fonts/``; licence in ``fonts/LICENSE.txt``) covers
Latin Extended, Latin Extended Additional (Vietnamese "Nguyễn Thị Hà"), macrons ("Ōno") and the
dotted consonants and ayn/hamza of Arabic transliteration ("ʿAbd al-Raḥmān"), so a citizen's
name is never printed as an empty box. The condensed cut keeps dense tables readable and sets
about as wide as Arial, which official letters here are usually typed in.

Text reaches a page only through :func:`safe_text` (or :func:`markup` for Paragraphs): it is
NFC-normalised, invisible format characters are dropped, and anything the font cannot draw
becomes "?" instead of a missing-glyph box.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().with_name("fonts")
SANS = "LoketSans"
SANS_BOLD = "LoketSans-Bold"
_FILES = {SANS: "DejaVuSansCondensed.ttf", SANS_BOLD: "DejaVuSansCondensed-Bold.ttf"}
ELLIPSIS = "\u2026"


class FontSet:
    """The registered fonts and the characters they can draw (both cuts cover the same set)."""

    def __init__(self) -> None:
        glyphs: frozenset[int] | None = None
        for name, file in _FILES.items():
            font = TTFont(name, str(FONT_DIR / file))
            pdfmetrics.registerFont(font)
            cover = frozenset(font.face.charToGlyph)
            glyphs = cover if glyphs is None else glyphs & cover
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD
        )
        self.regular, self.bold = SANS, SANS_BOLD
        self.glyphs: frozenset[int] = glyphs or frozenset()

    def can_draw(self, ch: str) -> bool:
        # Beyond the BMP (emoji) ReportLab's subset text map breaks search and copy in readers.
        return ord(ch) <= 0xFFFF and ord(ch) in self.glyphs


@lru_cache(maxsize=1)
def fonts() -> FontSet:
    """Register the fonts once per process and return them."""
    return FontSet()


def _keep(ch: str, f: FontSet) -> str:
    if ch in "\n\t":
        return ch
    if unicodedata.category(ch) == "Cf":
        return ""  # zero-width joiners, bidi marks, soft hyphens: nothing to see on paper
    if unicodedata.category(ch) in ("Cc", "Zl", "Zp"):
        return " "
    if ch == "\ufe0f":
        return ""
    return ch if f.can_draw(ch) else "?"


def safe_text(text: object) -> str:
    """``text`` as the embedded font can draw it: NFC, format characters dropped, control
    characters as spaces, any other character the font lacks (emoji, CJK) as "?"."""
    s = "" if text is None else str(text)
    if s.isascii() and s.isprintable():
        return s
    s = unicodedata.normalize("NFC", s)
    f = fonts()
    return "".join(_keep(ch, f) for ch in s)


def markup(text: object) -> str:
    """Plain text made safe for a ReportLab Paragraph (drawable and XML-escaped)."""
    return escape(safe_text(text))


def text_width(text: str, font: str, size: float) -> float:
    fonts()  # measuring needs the fonts registered, even for plain ASCII
    return float(pdfmetrics.stringWidth(text, font, size))


def fit_text(text: object, width: float, font: str, size: float) -> str:
    """Cut ``text`` with an ellipsis so it fits ``width`` on one line (fixed-width columns)."""
    s = safe_text(text)
    if text_width(s, font, size) <= width:
        return s
    lo, hi = 0, len(s)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if pdfmetrics.stringWidth(s[:mid] + ELLIPSIS, font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return s[:lo].rstrip() + ELLIPSIS


def wrap_words(text: object, font: str, size: float, width: float) -> list[str]:
    """Lines of at most ``width`` broken between words (a word wider than the line is cut)."""
    fonts()
    return simpleSplit(safe_text(text), font, size, width) or [""]
