"""A page of one-line rows drawn straight onto the canvas, in the look of :func:`table_style`.

A ReportLab ``Table`` styles and measures every cell on its own: the daily report's list of a
busy day (5,000 rows, eight columns) took 1.3 s to render that way, more than the summary's
queries. Here the rows' texts are fitted beforehand (:func:`fit_text`), so a page is a header
band, one set of rules and one text object (``docs/design.md``, Reports and printing).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from .house import ACCENT, GRID, HEAD_BG, INK, ZEBRA

_PAD_X = 4  # the house table's left and right cell padding
_HEAD_PAD_Y = 2.2  # and its top and bottom padding, for the header


class RowList(Flowable):  # type: ignore[misc]  # ReportLab is untyped (Any)
    """A header row of flowables (e.g. Paragraphs) over rows of plain strings, each already
    fitted to its column; ``align`` per column: "LEFT", "RIGHT" or "CENTER". It never splits:
    the caller cuts the rows into pages (as it would cut a Table, to repeat the header)."""

    def __init__(
        self,
        head: Sequence[Any],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        head_height: float,
        row_height: float,
        font: str,
        size: float,
        align: Sequence[str],
    ) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # as a Table: a list as wide as the page's text sits centred
        if not (len(head) == len(widths) == len(align)):
            raise ValueError("head, widths and align need one entry per column")
        self.head = list(head)
        self.rows = rows  # long lists: kept as given, not copied
        self.widths = list(widths)
        self.head_height = head_height
        self.row_height = row_height
        self.font = font
        self.size = size
        self.align = [a.upper() for a in align]
        self.width = sum(self.widths)
        self.height = head_height + row_height * len(rows)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Any]:
        return []  # one page's rows: moved whole to the next frame if it does not fit

    def draw(self) -> None:
        canvas = self.canv
        width, top = self.width, self.height
        body_top = top - self.head_height
        edges = [0.0]
        for w in self.widths:
            edges.append(edges[-1] + w)

        canvas.saveState()
        canvas.setFillColor(HEAD_BG)
        canvas.rect(0, body_top, width, self.head_height, stroke=0, fill=1)
        canvas.setFillColor(ZEBRA)
        for i in range(1, len(self.rows), 2):  # white, zebra, white, … as ROWBACKGROUNDS
            y = body_top - (i + 1) * self.row_height
            canvas.rect(0, y, width, self.row_height, stroke=0, fill=1)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.25)
        rules = [
            (0, body_top - (i + 1) * self.row_height, width, body_top - (i + 1) * self.row_height)
            for i in range(len(self.rows))
        ]
        if rules:
            canvas.lines(rules)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(0, body_top, width, body_top)

        for cell, left, right in zip(self.head, edges, edges[1:], strict=False):
            inner = right - left - 2 * _PAD_X
            _w, h = cell.wrapOn(canvas, inner, self.head_height - 2 * _HEAD_PAD_Y)
            cell.drawOn(canvas, left + _PAD_X, body_top + (self.head_height - h) / 2)

        # Table's MIDDLE for one line of text: half the padded height plus the leading, less
        # the font size (reportlab.platypus.tables.Table._drawCell).
        leading = 1.2 * self.size
        rise = (self.row_height + leading) / 2 - self.size
        text = canvas.beginText()
        text.setFont(self.font, self.size)
        text.setFillColor(INK)
        for i, row in enumerate(self.rows):
            y = body_top - (i + 1) * self.row_height + rise
            for value, left, right, how in zip(row, edges, edges[1:], self.align, strict=False):
                if not value:
                    continue
                if how == "LEFT":
                    x = left + _PAD_X
                else:
                    used = stringWidth(value, self.font, self.size)
                    x = right - _PAD_X - used if how == "RIGHT" else (left + right - used) / 2
                text.setTextOrigin(x, y)
                text.textOut(value)
        canvas.drawText(text)
        canvas.restoreState()
