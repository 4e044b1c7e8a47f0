"""The house style of every printed document: paper sizes, colours, paragraph and table styles.

Colours are chosen to stay distinct when a page is printed in grey on an office laser printer:
anything that must stand out (overdue) also carries a shape or a pattern, never colour alone.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from .fonts import SANS, SANS_BOLD, fonts

# ReportLab ships no type information: to mypy its flowables and cells are Any. These names
# say what a list holds.
Story = list[Any]  # flowables, in order down the page
Rows = list[list[Any]]  # a Table's cells, row by row
StyleCommand = tuple[Any, ...]  # ("FONT", (0, 0), (-1, -1), name, size) and the like

# Paper the offices use: A4 and F4 (folio, 215 × 330 mm), in points, portrait.
PAPERS: dict[str, tuple[float, float]] = {"A4": (210 * mm, 297 * mm), "F4": (215 * mm, 330 * mm)}

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#1d4f91")  # header rules, bars
HEAD_BG = colors.HexColor("#dde6f3")
ZEBRA = colors.HexColor("#f4f6f9")
GRID = colors.HexColor("#b8c2cc")
ALERT = colors.HexColor("#b42318")
ALERT_BG = colors.HexColor("#fde8e7")
BOX_BG = colors.HexColor("#eef2f8")


class Styles:
    """Paragraph styles shared by the reports (body 9 pt; small notes 7.5 pt)."""

    def __init__(self) -> None:
        fonts()  # the styles name the registered fonts
        base = ParagraphStyle("base", fontName=SANS, fontSize=9, leading=11.5, textColor=INK)
        self.base = base
        self.small = ParagraphStyle("small", base, fontSize=7.5, leading=9.5, textColor=MUTED)
        self.title = ParagraphStyle(
            "title", base, fontName=SANS_BOLD, fontSize=13.5, leading=17, alignment=TA_CENTER
        )
        self.subtitle = ParagraphStyle(
            "subtitle", base, fontSize=10.5, leading=14, alignment=TA_CENTER
        )
        self.h2 = ParagraphStyle(
            "h2",
            base,
            fontName=SANS_BOLD,
            fontSize=10.5,
            leading=13,
            spaceBefore=9,
            spaceAfter=4,
            textColor=ACCENT,
        )
        self.cell = ParagraphStyle("cell", base, fontSize=8.5, leading=10.5)
        self.cell_small = ParagraphStyle("cell_small", base, fontSize=7.5, leading=9)
        self.head = ParagraphStyle(
            "head", base, fontName=SANS_BOLD, fontSize=8, leading=9.5, alignment=TA_CENTER
        )
        self.head_left = ParagraphStyle("head_left", self.head, alignment=TA_LEFT)
        self.empty = ParagraphStyle(
            "empty", base, fontSize=10, leading=13, alignment=TA_CENTER, textColor=MUTED
        )
        self.right = ParagraphStyle("right", base, alignment=TA_RIGHT)
        self.center = ParagraphStyle("center", base, alignment=TA_CENTER)


@lru_cache(maxsize=1)
def styles() -> Styles:
    return Styles()


def table_style(header_rows: int = 1, total_row: bool = False, zebra: bool = True) -> TableStyle:
    """Header row on a light band with a rule below, thin row rules, optional zebra and a
    bold total row: the look of every table the app prints."""
    cmds: list[StyleCommand] = [
        ("FONT", (0, 0), (-1, -1), SANS, 8.5),
        ("FONT", (0, 0), (-1, header_rows - 1), SANS_BOLD, 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    if total_row:
        cmds += [
            ("FONT", (0, -1), (-1, -1), SANS_BOLD, 8.5),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
            ("BACKGROUND", (0, -1), (-1, -1), HEAD_BG),
        ]
    return TableStyle(cmds)


def layout_style(*commands: StyleCommand) -> TableStyle:
    """A table used only to place things side by side: no rules, no padding at the sides,
    top-aligned, and the embedded font (a Table's own default is Helvetica, never embedded)."""
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), SANS, 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            *commands,
        ]
    )
