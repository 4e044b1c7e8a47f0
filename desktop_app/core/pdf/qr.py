"""QR codes as ReportLab drawings (a flowable, or drawn on a canvas with ``renderPDF.draw``)."""

from __future__ import annotations

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
