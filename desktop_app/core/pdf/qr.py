"""QR codes as ReportLab drawings (a flowable, or drawn on a canvas with ``renderPDF.draw``)."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget  # imported directly for PyInstaller
from reportlab.graphics.shapes import Drawing

from .fonts import SANS, fonts


def qr_drawing(value: str, size: float, level: str = "M") -> Drawing:
    """A ``size`` × ``size`` QR code of ``value``. The drawing starts in the embedded font:
    ReportLab's default would put a non-embedded Helvetica into the PDF for nothing."""
    fonts()
    widget = QrCodeWidget(value, barLevel=level)
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.initialFontName = SANS
    drawing.add(widget)
    return drawing


def draw_qr(canvas: Any, value: str, x: float, y: float, size: float) -> None:
    """Draw a QR code at (x, y). The same code on many pages of one PDF (a copy's every page)
    is encoded and drawn once, as a form the pages reuse: encoding dominates a long copy."""
    from reportlab.graphics import renderPDF

    forms: dict[tuple[str, float], str] = canvas.__dict__.setdefault("_loket_qr_forms", {})
    name = forms.get((value, size))
    if name is None:
        name = f"LoketQR{len(forms)}"
        canvas.beginForm(name, lowerx=0, lowery=0, upperx=size, uppery=size)
        renderPDF.draw(qr_drawing(value, size), canvas, 0, 0)
        canvas.endForm()
        forms[(value, size)] = name
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(name)
    canvas.restoreState()
