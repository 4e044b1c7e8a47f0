"""Printing the PDFs the core makes: one path for preview, paper and "Simpan PDF…".

The core (ReportLab) produces the bytes; here they are rendered page by page with
``QPdfDocument.render`` at the printer's resolution, painted on white (QtPdf renders on a
transparent background) and drawn onto whatever ``QPrinter`` the preview dialog hands us — so the
preview shows exactly what the printer gets. The endorsement-only sheet is painted at 100 % from
the paper's corner, never fitted to the page, so the block lands where the office configured it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

MM_PER_INCH = 25.4
POINTS_PER_INCH = 72.0
# Rendering a whole F4 page at 1200 dpi would take ~300 MB of pixels; 300 dpi keeps text and the
# QR code crisp on office laser printers at ~40 MB per page.
MAX_RENDER_DPI = 300

PAPER_SIZES_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "F4": (215.0, 330.0)}


@dataclass(frozen=True)
class PrintDocument:
    """A PDF from the core plus how to put it on paper."""

    pdf: bytes
    title: str  # window title of the preview and default file name
    actual_size: bool = False  # True for the endorsement-only sheet: 100 %, from the corner


class PdfPages:
    """A loaded PDF; keeps the buffer alive as long as the document (QtPdf reads it lazily)."""

    def __init__(self, data: bytes):
        from PySide6.QtPdf import QPdfDocument  # heavy: only when something is printed

        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            raise ValueError("PDF tidak dapat dibaca")

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def page_size_mm(self, index: int) -> tuple[float, float]:
        size = self.document.pagePointSize(index)
        factor = MM_PER_INCH / POINTS_PER_INCH
        return (round(size.width() * factor, 1), round(size.height() * factor, 1))

    def render_on_white(self, index: int, pixels: QSize) -> QImage:
        image = self.document.render(index, pixels)
        white = QImage(pixels, QImage.Format.Format_RGB32)
        white.fill(QColor(Qt.GlobalColor.white))
        painter = QPainter(white)
        painter.drawImage(0, 0, image)
        painter.end()
        return white

    def close(self) -> None:
        self.document.close()
        self._buffer.close()


def page_size_for(width_mm: float, height_mm: float) -> QPageSize:
    """A4 or F4 (215 × 330 mm, not a Qt standard size) by exact millimetres."""
    name = next(
        (
            paper
            for paper, (w, h) in PAPER_SIZES_MM.items()
            if abs(w - width_mm) < 1 and abs(h - height_mm) < 1
        ),
        f"{width_mm:g} × {height_mm:g} mm",
    )
    if name == "A4":
        return QPageSize(QPageSize.PageSizeId.A4)
    # ExactMatch: a fuzzy match would turn F4 into "Fan-fold German Legal" (215.9 × 330.2 mm).
    return QPageSize(
        QSizeF(width_mm, height_mm),
        QPageSize.Unit.Millimeter,
        name,
        QPageSize.SizeMatchPolicy.ExactMatch,
    )


def prepare_printer(printer: QPrinter, pages: PdfPages) -> None:
    """Page size = the PDF page size, no margins, full page: what the core drew is where it goes."""
    width, height = pages.page_size_mm(0)
    printer.setFullPage(True)
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    )
    printer.setPageSize(page_size_for(min(width, height), max(width, height)))
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def paint_pages(printer: QPrinter, pages: PdfPages, actual_size: bool) -> int:
    """Paint every page onto ``printer`` (the real one or the preview's); returns pages painted."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer")
    try:
        dpi = printer.resolution()
        for index in range(pages.page_count):
            width_mm, height_mm = pages.page_size_mm(index)
            if index:
                printer.newPage()
            natural = QSizeF(width_mm * dpi / MM_PER_INCH, height_mm * dpi / MM_PER_INCH)
            target = _target_rect(printer, natural, actual_size)
            render_dpi = min(dpi, MAX_RENDER_DPI)
            pixels = QSize(
                max(1, round(width_mm * render_dpi / MM_PER_INCH)),
                max(1, round(height_mm * render_dpi / MM_PER_INCH)),
            )
            painter.drawImage(target, pages.render_on_white(index, pixels))
        return pages.page_count
    finally:
        painter.end()


def _target_rect(printer: QPrinter, natural: QSizeF, actual_size: bool) -> QRectF:
    """Where a page goes, in device pixels of the painter (whose origin is the printable area's
    corner unless the printer is set to full page)."""
    printable = printer.pageRect(QPrinter.Unit.DevicePixel)
    paper_corner = QPointF(0, 0) if printer.fullPage() else -printable.topLeft()
    if actual_size:
        return QRectF(paper_corner, natural)
    if printer.fullPage():
        area = QRectF(paper_corner, printer.paperRect(QPrinter.Unit.DevicePixel).size())
    else:
        area = QRectF(QPointF(0, 0), printable.size())
    scaled = natural.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    return QRectF(
        area.left() + (area.width() - scaled.width()) / 2,
        area.top() + (area.height() - scaled.height()) / 2,
        scaled.width(),
        scaled.height(),
    )


def print_to_printer(printer: QPrinter, document: PrintDocument) -> int:
    """Print without any dialog (tests, or a printer chosen elsewhere); returns pages printed."""
    pages = PdfPages(document.pdf)
    try:
        prepare_printer(printer, pages)
        return paint_pages(printer, pages, document.actual_size)
    finally:
        pages.close()


def preview_and_print(
    parent: QWidget | None, document: PrintDocument, copies: int = 1
) -> int | None:
    """Show the print preview; returns the copies printed, or None when the user cancelled.

    The preview's own print button opens the system print dialog (printer choice, copies).
    """
    pages = PdfPages(document.pdf)
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(document.title)
        printer.setCopyCount(max(1, copies))
        prepare_printer(printer, pages)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(document.title)
        dialog.paintRequested.connect(
            lambda target: paint_pages(target, pages, document.actual_size)
        )
        if not dialog.exec():
            return None
        return max(1, printer.copyCount())
    finally:
        pages.close()


def save_pdf(parent: QWidget | None, document: PrintDocument, suggested_name: str) -> Path | None:
    """Write the core's PDF as it is (no re-rendering); returns the path or None if cancelled."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        parent.tr("Simpan PDF") if parent else "Simpan PDF",
        str(Path.home() / suggested_name),
        "PDF (*.pdf)",
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    try:
        target.write_bytes(document.pdf)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            parent.tr("Gagal menyimpan") if parent else "Gagal menyimpan",
            (parent.tr("Berkas tidak dapat ditulis: {0}") if parent else "{0}").format(exc),
        )
        return None
    return target
