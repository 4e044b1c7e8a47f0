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
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintEngine,
    QPainter,
    QTransform,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
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
# The preview's pages are pictures shown on screen: 150 dpi stays sharp at 150 % zoom and is a
# quarter of the work (a 20-page copy opens in a fraction of the time).
PREVIEW_DPI = 150

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
        preview = is_preview(printer)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        paper_landscape = paper.width() > paper.height()
        for index in range(pages.page_count):
            width_mm, height_mm = pages.page_size_mm(index)
            if index:
                printer.newPage()
            render_dpi = min(dpi, PREVIEW_DPI if preview else MAX_RENDER_DPI)
            pixels = QSize(
                max(1, round(width_mm * render_dpi / MM_PER_INCH)),
                max(1, round(height_mm * render_dpi / MM_PER_INCH)),
            )
            image = pages.render_on_white(index, pixels)
            if (width_mm > height_mm) != paper_landscape and width_mm != height_mm:
                # A landscape document in a portrait job (or the reverse): turned a quarter,
                # still at 100 %, as the sheet comes out of the printer.
                image = image.transformed(QTransform().rotate(90))
                width_mm, height_mm = height_mm, width_mm
            natural = QSizeF(width_mm * dpi / MM_PER_INCH, height_mm * dpi / MM_PER_INCH)
            target = _target_rect(printer, natural, actual_size)
            painter.drawImage(target, image)
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
    duplex: bool = False  # the endorsement is on the back of each sheet
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
    printer.setCollateCopies(True)  # whole sets, in order: one per copy the applicant needs
    if job.duplex:
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
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
    landscape: bool = False  # the endorsement-only sheet turned


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
        landscape: bool = False,
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
        self.landscape = QCheckBox(self.tr("Kertas &mendatar (blok pengesahan saja)"))
        self.landscape.setChecked(landscape)
        form.addRow("", self.landscape)
        layout.addLayout(form)
        self.buttons.buttonToggled.connect(self._what_changed)
        self._what_changed()
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

    def _what_changed(self, *_args: object) -> None:
        # A copy takes each document's own orientation; a receipt is portrait.
        self.landscape.setEnabled(self.endorsement.isChecked())

    def choice(self) -> PrintChoice:
        checked = self.buttons.checkedButton()
        assert checked is not None  # exclusive group, one checked from the start
        what = checked.property("what")
        landscape = what == "endorsement" and self.landscape.isChecked()
        return PrintChoice(what, self.paper.currentData(), self.action, landscape)

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs: Any) -> PrintChoice | None:
        dialog = cls(parent, **kwargs)
        try:
            return dialog.choice() if dialog.exec() else None
        finally:
            dialog.deleteLater()


# --- copies at their real size -----------------------------------------------------------------

COMMON_DPI = (150, 200, 300, 600)


class ScanResolutionDialog(QDialog):
    """A scan that does not say how large the document is: the clerk picks the resolution it
    was scanned at (the scanner's setting), so the copy prints at its real size."""

    def __init__(
        self, parent: QWidget | None, *, document: str, file_name: str, pixels: tuple[int, int]
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolusi pindaian"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Pindaian {0} ({1}, {2} × {3} piksel) tidak menyimpan resolusinya, jadi ukuran "
                "aslinya tidak diketahui. Pilih resolusi yang dipakai saat memindai:"
            ).format(document, file_name, pixels[0], pixels[1])
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.dpi = QComboBox()
        for dpi in COMMON_DPI:
            self.dpi.addItem(self.tr("{0} dpi").format(dpi), dpi)
        self.dpi.setCurrentIndex(self.dpi.findData(200))
        form.addRow(self.tr("&Resolusi"), self.dpi)
        self.size_label = QLabel()
        self.size_label.setProperty("role", "hint")
        form.addRow(self.tr("Ukuran cetak"), self.size_label)
        layout.addLayout(form)
        self.pixels = pixels
        self.dpi.currentIndexChanged.connect(self._show_size)
        self._show_size()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Lanjutkan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _show_size(self) -> None:
        dpi = float(self.dpi.currentData())
        w, h = (p / dpi * MM_PER_INCH for p in self.pixels)
        self.size_label.setText(self.tr("{0} × {1} mm").format(f"{w:.0f}", f"{h:.0f}"))

    def value(self) -> float:
        return float(self.dpi.currentData())

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs: Any) -> float | None:
        dialog = cls(parent, **kwargs)
        try:
            return dialog.value() if dialog.exec() else None
        finally:
            dialog.deleteLater()


class CopyPlacementDialog(QDialog):
    """The copy cannot carry the block in a blank part at its real size: the clerk chooses the
    back of the sheet (duplex) or a smaller copy, whose percentage is printed on it."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        pages: list[str],
        shrink_percent: int,
        back_possible: bool,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Salinan tidak muat 100%"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Pada ukuran asli (100%), blok pengesahan tidak mendapat ruang kosong pada: {0}. "
                "Pilih cara mencetaknya:"
            ).format(", ".join(pages))
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.back = QRadioButton(
            self.tr("Blok pengesahan di &halaman belakang; salinan tetap 100% (cetak bolak-balik)")
        )
        self.shrink = QRadioButton(
            self.tr("&Perkecil salinan menjadi {0}% agar blok muat di bawahnya").format(
                shrink_percent
            )
        )
        group = QButtonGroup(self)
        for radio in (self.back, self.shrink):
            group.addButton(radio)
            layout.addWidget(radio)
        self.back.setEnabled(back_possible)
        if not back_possible:
            hint = QLabel(
                self.tr(
                    "Dokumen lebih besar dari kertas ini, jadi hanya dapat diperkecil; "
                    "pilih kertas F4 agar tetap 100%."
                )
            )
            hint.setWordWrap(True)
            hint.setProperty("role", "hint")
            layout.addWidget(hint)
        (self.back if back_possible else self.shrink).setChecked(True)
        note = QLabel(
            self.tr(
                "Bila printer tidak dapat mencetak bolak-balik, balik kertasnya lalu masukkan "
                "lagi saat diminta."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Lanjutkan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> str:
        return "back" if self.back.isChecked() else "shrink"

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs: Any) -> str | None:
        dialog = cls(parent, **kwargs)
        try:
            return dialog.value() if dialog.exec() else None
        finally:
            dialog.deleteLater()


def ask_copy_options(
    parent: QWidget | None, plan_for: Callable[[Any], Any], options: Any
) -> Any | None:
    """Complete ``options`` (core ``CopyOptions``) for a copy with endorsement: ask the
    resolution of each image that has none, then where the block goes if it does not fit
    at 100 %. ``plan_for(options)`` returns the core's ``CopyPlan``. None: cancelled."""
    plan = plan_for(options)
    for doc in plan.missing_dpi:
        page = next(p for d, p, _plan in plan.pages if d.position == doc.position)
        dpi = ScanResolutionDialog.ask(
            parent, document=doc.label, file_name=doc.scan_name or "", pixels=page.pixels
        )
        if dpi is None:
            return None
        options.dpi[doc.position] = dpi
    plan = plan_for(options)
    if options.placement == "auto" and plan.needs_choice:
        from desktop_app.core.legal_layout import CopyOptions

        shrunk = plan_for(CopyOptions("shrink", dict(options.dpi)))
        pages = [
            QCoreApplication.translate("printing", "{0} hal. {1}").format(d.label, p.number)
            for d, p, page_plan in plan.pages
            if page_plan is not None and not page_plan.fits
        ]
        placement = CopyPlacementDialog.ask(
            parent,
            pages=pages,
            shrink_percent=round(shrunk.smallest_scale * 100),
            back_possible=not plan.too_big,
        )
        if placement is None:
            return None
        options.placement = placement
    return options
