"""The one PDF foundation every printed document is built on (ReportLab, no Qt).

- fonts: DejaVu Sans Condensed shipped in ``fonts/`` and embedded; :func:`safe_text` /
  :func:`markup` before any text reaches a page (never a missing-glyph box);
- house style: :data:`PAPERS` (A4, F4), colours, :func:`styles`, :func:`table_style`,
  :func:`layout_style` (every Table needs one of the two: its own default font is Helvetica);
- :class:`Letterhead`: the office's kop surat (logo, lines wrapped at separators);
- :class:`SignatureBlock` of one or two :class:`Signatory` ("Dibuat oleh" / "Mengetahui");
- :class:`PageFrame` + :func:`build_pdf` / :func:`canvas_maker`: "Halaman X dari Y", the
  "Dicetak oleh … pada …" line (office time, :func:`printed_by_line`), running header;
  :func:`plain_canvas` for pages drawn by hand; :func:`qr_drawing`;
- :class:`RowList`: a page of a long list of one-line rows, drawn without a Table's cost.

Flowables work in a platypus story and straight on a canvas (``draw_on(canvas, x, top)``).
"""

from .fonts import (
    SANS,
    SANS_BOLD,
    fit_text,
    fonts,
    markup,
    safe_text,
    text_width,
    wrap_words,
)
from .house import (
    ACCENT,
    ALERT,
    ALERT_BG,
    BOX_BG,
    GRID,
    HEAD_BG,
    INK,
    MUTED,
    PAPERS,
    ZEBRA,
    Rows,
    Story,
    StyleCommand,
    layout_style,
    styles,
    table_style,
)
from .letterhead import Letterhead, contact_parts, office_full_name, office_unit_name
from .pages import PageFrame, build_pdf, canvas_maker, page_of, plain_canvas, printed_by_line
from .qr import draw_qr, qr_drawing
from .rowlist import RowList
from .signature import (
    Signatory,
    SignatureBlock,
    actor_name,
    officer_signatory,
    signatory_of,
)

__all__ = [
    "Rows",
    "RowList",
    "Story",
    "StyleCommand",
    "ACCENT",
    "ALERT",
    "ALERT_BG",
    "BOX_BG",
    "GRID",
    "HEAD_BG",
    "INK",
    "Letterhead",
    "MUTED",
    "PAPERS",
    "PageFrame",
    "SANS",
    "SANS_BOLD",
    "SignatureBlock",
    "Signatory",
    "ZEBRA",
    "actor_name",
    "build_pdf",
    "canvas_maker",
    "draw_qr",
    "contact_parts",
    "fit_text",
    "fonts",
    "layout_style",
    "markup",
    "office_full_name",
    "office_unit_name",
    "officer_signatory",
    "page_of",
    "plain_canvas",
    "printed_by_line",
    "qr_drawing",
    "safe_text",
    "signatory_of",
    "styles",
    "table_style",
    "text_width",
    "wrap_words",
]
