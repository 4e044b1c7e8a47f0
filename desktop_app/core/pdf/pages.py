"""Page furniture and building: "Halaman X dari Y" and the "who printed it, when" line in the
footer of every page, the document's title repeated at the top from page 2, and the PDF's
metadata. Pages are held until the end so each one knows how many there are.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from ..formatting import format_int, long_datetime
from ..i18n import _
from .fonts import SANS, fit_text, fonts, safe_text
from .house import GRID, MUTED

CREATOR = "Loket Dukcapil"


def printed_by_line(name: str, moment: datetime) -> str:
    """``Dicetak oleh Sari Wulandari pada 29 November 2026 pukul 21.13 WIB`` (office time)."""
    if name:
        return _("Dicetak oleh {name} pada {at}", name=name, at=long_datetime(moment))
    return _("Dicetak pada {at}", at=long_datetime(moment))


def page_of(page: int, total: int) -> str:
    return _("Halaman {x} dari {y}", x=format_int(page), y=format_int(total))


@dataclass(frozen=True)
class PageFrame:
    """Paper and margins (points), and what the footer and the running header say."""

    pagesize: tuple[float, float]
    left: float = 18 * mm
    right: float = 18 * mm
    top: float = 14 * mm
    bottom: float = 18 * mm
    footer_left: str = ""  # e.g. printed_by_line(...)
    running_header: str = ""  # from page 2 on, e.g. "Buku Register Legalisir — 1–29 November 2026"
    numbered: bool = True  # "Halaman X dari Y" at the bottom right

    @property
    def content_width(self) -> float:
        return self.pagesize[0] - self.left - self.right

    @property
    def footer_y(self) -> float:
        return float(max(self.bottom - 7 * mm, 8 * mm))


def canvas_maker(frame: PageFrame) -> type[Canvas]:
    """A Canvas class that draws ``frame``'s footer and header on every page at save time.
    Usable as SimpleDocTemplate's ``canvasmaker`` or directly, for pages drawn by hand."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped (Any)
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("pagesize", frame.pagesize)
            kwargs["initialFontName"] = kwargs.get("initialFontName") or SANS  # not Helvetica
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []
            self.setCreator(CREATOR)

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                draw_furniture(self, frame, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def draw_furniture(c: Canvas, frame: PageFrame, page: int, total: int) -> None:
    fonts()
    width, height = frame.pagesize
    left, right = frame.left, width - frame.right
    y = frame.footer_y
    c.saveState()
    c.setStrokeColor(GRID)
    c.setLineWidth(0.5)
    c.setFillColor(MUTED)
    c.setFont(SANS, 7.5)
    if frame.footer_left or frame.numbered:
        c.line(left, y + 3.5 * mm, right, y + 3.5 * mm)
    number = page_of(page, total) if frame.numbered else ""
    if number:
        c.drawRightString(right, y, number)
    if frame.footer_left:
        room = right - left - (c.stringWidth(number, SANS, 7.5) + 6 * mm if number else 0)
        c.drawString(left, y, fit_text(frame.footer_left, room, SANS, 7.5))
    if page > 1 and frame.running_header:
        top = height - max(frame.top - 5 * mm, 8 * mm)
        c.drawString(left, top, fit_text(frame.running_header, right - left, SANS, 7.5))
        c.line(left, top - 1.5 * mm, right, top - 1.5 * mm)
    c.restoreState()


def plain_canvas(buf: io.BytesIO, pagesize: tuple[float, float], **kwargs: Any) -> Canvas:
    """A canvas for pages drawn by hand (endorsements, calibration) that starts in the embedded
    font (ReportLab would otherwise name Helvetica, which is never embedded)."""
    fonts()
    c = Canvas(buf, pagesize=pagesize, initialFontName=SANS, **kwargs)
    c.setCreator(CREATOR)
    return c


def build_pdf(
    story: Sequence[Flowable],
    frame: PageFrame,
    *,
    title: str,
    author: str = "",
    subject: str = "",
) -> bytes:
    """Lay ``story`` out on ``frame``'s pages and return the PDF (fonts embedded, subset)."""
    fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=frame.pagesize,
        leftMargin=frame.left,
        rightMargin=frame.right,
        topMargin=frame.top,
        bottomMargin=frame.bottom,
        title=safe_text(title),
        author=safe_text(author or CREATOR),
        subject=safe_text(subject),
        creator=CREATOR,
    )
    doc.build(list(story), canvasmaker=canvas_maker(frame))
    return buf.getvalue()
