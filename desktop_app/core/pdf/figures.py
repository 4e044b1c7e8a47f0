"""Headline figures: a band of boxes under a caption, shared by the daily and the monthly
report so both print their figures alike.

Numbers and labels sit in separate rows, so every number stays on one line whatever its label
wraps to. A box that needs attention (overdue) gets a heavy black frame and a warning sign: it
must stand out on a grey-scale printout too, not only by its red.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from .fonts import SANS, SANS_BOLD, markup
from .house import ACCENT, ALERT, ALERT_BG, BOX_BG, INK, MUTED, StyleCommand, styles

# One box: the figure as printed ("1.234", "87,5 %"), its label, whether it alerts.
FigureBox = tuple[str, str, bool]


def figure_band(
    caption: str, boxes: Sequence[FigureBox], width: float, *, number_pt: float = 17
) -> Table:
    """The boxes side by side across ``width`` points, ``caption`` above them."""
    base = styles().base
    caption_style = ParagraphStyle(
        "band", base, fontName=SANS_BOLD, fontSize=8, leading=10, textColor=MUTED
    )
    number_style = ParagraphStyle(
        "box_num",
        base,
        fontName=SANS_BOLD,
        fontSize=number_pt,
        leading=number_pt + 3,
        alignment=TA_CENTER,
    )
    label_style = ParagraphStyle(
        "box_label", base, fontSize=7.5, leading=9, alignment=TA_CENTER, textColor=INK
    )
    alert_label_style = ParagraphStyle("box_alert", label_style, fontName=SANS_BOLD)
    n = len(boxes)
    numbers, labels = [], []
    for value, label, alert in boxes:
        colour = ALERT if alert else ACCENT
        numbers.append(
            Paragraph(markup(value), ParagraphStyle("n", number_style, textColor=colour))
        )
        text = f"\u26a0 {label}" if alert else label
        labels.append(Paragraph(markup(text), alert_label_style if alert else label_style))
    data = [[Paragraph(markup(caption), caption_style)] + [""] * (n - 1), numbers, labels]
    number_row = (number_pt + 2) / 2 * mm  # 17 pt: 9.5 mm
    table = Table(data, colWidths=[width / n] * n, rowHeights=[5.5 * mm, number_row, None])
    commands: list[StyleCommand] = [
        ("FONT", (0, 0), (-1, -1), SANS, 8),
        ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (-1, 0), 1),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("BACKGROUND", (0, 1), (-1, -1), BOX_BG),
        ("LINEAFTER", (0, 1), (-2, -1), 3, colors.white),
        ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
        ("VALIGN", (0, 2), (-1, 2), "TOP"),
        ("TOPPADDING", (0, 1), (-1, 1), 1),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 0),
        ("TOPPADDING", (0, 2), (-1, 2), 1.5),
        ("BOTTOMPADDING", (0, 2), (-1, 2), 3.5),
    ]
    for col, (_value, _label, alert) in enumerate(boxes):
        if alert:
            commands += [
                ("BACKGROUND", (col, 1), (col, 2), ALERT_BG),
                ("BOX", (col, 1), (col, 2), 1.8, INK),
            ]
    table.setStyle(TableStyle(commands))
    return table
