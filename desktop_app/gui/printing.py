"""Printing the PDFs the core makes: one path for preview, paper and "Simpan PDF…".

The core (ReportLab) produces the bytes; here they are rendered page by page with
``QPdfDocument.render`` at the printer's resolution, painted on white (QtPdf renders on a
transparent background) and drawn onto whatever ``QPrinter`` the preview dialog hands us — so the
preview shows exactly what the printer gets. The endorsement-only sheet is painted at 100 % from
the paper's corner, never fitted to the page, so the block lands where the office configured it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QMarginsF,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import LoketError
from desktop_app.gui import files

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
            raise ValueError(QCoreApplication.translate("printing", "PDF tidak dapat dibaca"))

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


def is_preview(printer: QPrinter) -> bool:
    """True while QPrintPreviewWidget draws its thumbnails (its engine records a QPicture)."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


@dataclass
class PrintJob:
    """What the preview shows and how the real print gets its (counted) bytes.

    ``commit(printer)`` runs once, when the user really prints, and returns the PDF to put on
    paper; for legalization it is ``legal_print.print_entry`` — counted and audited in the same
    transaction that renders "CETAK ULANG ke-N". ``None``: print the preview bytes as they are
    (calibration page). A LoketError from ``commit`` cancels the print; nothing is painted.
    """

    title: str
    preview_pdf: bytes
    actual_size: bool = False
    commit: Callable[[QPrinter], bytes] | None = None
    error: LoketError | None = field(default=None, init=False)
    printed_copies: int = field(default=0, init=False)


def preview_and_print(parent: QWidget | None, job: PrintJob, copies: int = 1) -> int | None:
    """Show the print preview; the preview's print button opens the system print dialog
    (printer choice, copies). Returns the copies printed, or None if cancelled or refused
    (then ``job.error`` holds the core's refusal)."""
    preview = PdfPages(job.preview_pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    # "Print to file" in the print dialog proposes this name: no slashes of a register number.
    printer.setDocName(files.safe_file_name(job.title))
    printer.setCopyCount(max(1, copies))
    prepare_printer(printer, preview)

    def paint(target: QPrinter) -> None:
        if is_preview(target):
            paint_pages(target, preview, job.actual_size)
            return
        if job.printed_copies or job.error:
            return  # paint once per job, even if Qt asks again
        data = job.preview_pdf
        if job.commit is not None:
            try:
                data = job.commit(target)
            except LoketError as exc:
                job.error = exc
                return
        final = PdfPages(data)
        try:
            paint_pages(target, final, job.actual_size)
        finally:
            final.close()
        job.printed_copies = max(1, target.copyCount())

    try:
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(job.title)
        dialog.paintRequested.connect(paint)
        dialog.exec()
        return job.printed_copies or None
    finally:
        preview.close()


def save_pdf_path(parent: QWidget | None, suggested_name: str) -> Path | None:
    """Ask where to save a PDF ("Simpan PDF…"); the caller has the core write it there. The
    suggested name may be any text: gui/files.py makes it safe."""
    return files.ask_save_path(
        parent,
        QCoreApplication.translate("printing", "Simpan PDF"),
        suggested_name,
        QCoreApplication.translate("printing", "Dokumen PDF (*.pdf)"),
        ".pdf",
    )


# --- what to print ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PrintChoice:
    what: str  # copy | endorsement | receipt
    paper: str  # A4 | F4
    action: str  # print | save


class PrintOptionsDialog(QDialog):
    """What to print (salinan dengan pengesahan / pengesahan saja / tanda terima) and on which
    paper, for this one print; then preview-and-print or save as PDF."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        register_no: str,
        has_scans: bool,
        paper: str,
        reprint_no: int = 0,
        allow_receipt: bool = True,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cetak legalisir"))
        self.action = "print"
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("Cetak ulang ke-{0}: {1}").format(reprint_no, register_no)
            if reprint_no
            else self.tr("Cetak: {0}").format(register_no)
        )
        heading.setProperty("role", "subheading")
        layout.addWidget(heading)
        group = QGroupBox(self.tr("Yang dicetak"))
        box = QVBoxLayout(group)
        self.buttons = QButtonGroup(self)
        self.copy = QRadioButton(self.tr("&Salinan dengan pengesahan (pindaian + blok)"))
        self.endorsement = QRadioButton(
            self.tr("&Pengesahan saja (pada fotokopi yang sudah ada, skala 100%)")
        )
        self.receipt = QRadioButton(self.tr("&Tanda terima untuk pemohon"))
        for radio, key in (
            (self.copy, "copy"),
            (self.endorsement, "endorsement"),
            (self.receipt, "receipt"),
        ):
            radio.setProperty("what", key)
            self.buttons.addButton(radio)
            box.addWidget(radio)
        self.copy.setEnabled(has_scans)
        if not has_scans:
            self.copy.setToolTip(self.tr("Entri ini tidak memiliki pindaian dokumen."))
        self.receipt.setEnabled(allow_receipt)
        (self.copy if has_scans else self.endorsement).setChecked(True)
        layout.addWidget(group)
        form = QFormLayout()
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper.addItem(self.tr("F4 (215 × 330 mm)"), "F4")
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        form.addRow(self.tr("&Kertas"), self.paper)
        layout.addLayout(form)
        if reprint_no:
            note = QLabel(
                self.tr('Hasil cetak diberi tanda "CETAK ULANG ke-{0}".').format(reprint_no)
            )
            note.setProperty("role", "hint")
            layout.addWidget(note)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(
            self.tr("Pratinjau && &cetak…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button = buttons.addButton(
            self.tr("Simpan &PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(lambda: self._finish("print"))
        self.save_button.clicked.connect(lambda: self._finish("save"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _finish(self, action: str) -> None:
        self.action = action
        self.accept()

    def choice(self) -> PrintChoice:
        checked = self.buttons.checkedButton()
        return PrintChoice(checked.property("what"), self.paper.currentData(), self.action)

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs: Any) -> PrintChoice | None:
        dialog = cls(parent, **kwargs)
        try:
            return dialog.choice() if dialog.exec() else None
        finally:
            dialog.deleteLater()
