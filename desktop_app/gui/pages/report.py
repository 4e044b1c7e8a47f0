"""*Laporan*: the daily summary for a date or a range, generated off the GUI thread, shown inside
the app with QtPdf, exported to a PDF file (audited by the core) or printed; beside it, the tab
*Kinerja bulanan* (:mod:`desktop_app.gui.pages.performance_tab`).

Printing renders the very PDF that is shown (QPdfDocument.render at the printer's resolution,
painted on white, because the rendered page is transparent), so screen, file and paper agree.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import report
from desktop_app.core.errors import LoketError
from desktop_app.core.formatting import format_int
from desktop_app.core.security import Permission
from desktop_app.gui import files
from desktop_app.gui.background import TaskSignals, start_task
from desktop_app.gui.context import AppContext
from desktop_app.gui.errors import describe_error
from desktop_app.gui.formatting import office_today, qdate
from desktop_app.gui.pages.performance_tab import PerformanceTab
from desktop_app.gui.widgets import DateEdit, EmptyState

MAX_PRINT_DPI = 300  # enough for text on paper; 600 dpi pages would take ~140 MB each


# --------------------------------------------------------------------------- dialogs (patchable)


def ask_save_path(parent: QWidget, suggested: str) -> str | None:
    """Where to export (the one save dialog, gui/files.py); tests replace this function."""
    path = files.ask_save_path(
        parent,
        QCoreApplication.translate("ReportPage", "Ekspor laporan sebagai PDF"),
        suggested,
        QCoreApplication.translate("ReportPage", "Dokumen PDF (*.pdf)"),
        ".pdf",
    )
    return None if path is None else str(path)


def ask_printer(parent: QWidget, page_count: int) -> QPrinter | None:
    """A configured printer, or None if the user cancelled; tests replace this function."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, page_count))
    dialog.setWindowTitle(QCoreApplication.translate("ReportPage", "Cetak laporan"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def show_message(parent: QWidget, title: str, text: str, error: bool = False) -> None:
    """A message box; tests replace this function to read what the user would see."""
    if error:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print the pages the printer asks for (all by default); returns the number printed."""
    count = document.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(count, printer.toPage() or count)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer not ready")
    printed = 0
    try:
        for number in range(first, last + 1):
            if printed:
                printer.newPage()
            points = document.pagePointSize(number - 1)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            page = document.render(number - 1, size)
            sheet = QImage(size, QImage.Format.Format_RGB32)
            sheet.fill(QColor("white"))
            with_page = QPainter(sheet)
            with_page.drawImage(0, 0, page)
            with_page.end()
            # The painter's origin is the printable area's corner; fit the page into it.
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            fitted = sheet.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(QPoint(0, 0), fitted), sheet)
            printed += 1
    finally:
        painter.end()
    return printed


# --------------------------------------------------------------------------- the page


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ReportPage(QWidget):
    report_ready = Signal()  # a new report is shown (tests and the status bar listen)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: report.ReportFile | None = None
        self._job: TaskSignals | None = None
        self._buffer: QBuffer | None = None

        self.single = QRadioButton(self.tr("Satu tanggal"))
        self.range = QRadioButton(self.tr("Rentang tanggal"))
        self.single.setChecked(True)
        mode = QButtonGroup(self)
        mode.addButton(self.single)
        mode.addButton(self.range)

        today = office_today()
        self.date_from = DateEdit(today)
        self.date_to = DateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setMaximumDate(today)
        self.from_label = QLabel(self.tr("Tanggal:"))
        self.to_label = QLabel(self.tr("sampai"))
        self.today_button = QPushButton(self.tr("Hari ini"))
        self.show_button = QPushButton(self.tr("Tampilkan"))
        self.show_button.setDefault(True)
        self.export_button = QPushButton(self.tr("Ekspor PDF…"))
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.export_button.setEnabled(False)
        self.print_button.setEnabled(False)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # "busy" animation: generation has no measurable steps
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel(self.tr("Pilih tanggal, lalu klik Tampilkan."))
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        self.empty = EmptyState(
            self.tr("Belum ada laporan yang ditampilkan"),
            self.tr(
                "Rekap harian merangkum permohonan pada tanggal yang dipilih: berapa yang "
                "diterima, selesai, ditolak, masih terbuka dan terlambat, per layanan dan "
                "kanal, beserta legalisir dokumen.\n\n"
                "Pilih Satu tanggal atau Rentang tanggal di atas, isi tanggalnya (ketik "
                "mis. 29112026 atau pilih di kalender), lalu tekan Tampilkan. Laporan muncul "
                "di sini dan dapat diekspor ke PDF atau dicetak untuk pimpinan."
            ),
        )
        # The report's pages replace the explanation once there is a report to show.
        self.viewer = QStackedWidget()
        self.viewer.addWidget(self.empty)
        self.viewer.addWidget(self.view)

        heading = QLabel(self.tr("Laporan"))
        heading.setProperty("role", "heading")
        top = QHBoxLayout()
        top.addWidget(self.single)
        top.addWidget(self.range)
        top.addSpacing(12)
        top.addWidget(self.from_label)
        top.addWidget(self.date_from)
        top.addWidget(self.to_label)
        top.addWidget(self.date_to)
        top.addWidget(self.today_button)
        top.addSpacing(12)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        info = QHBoxLayout()
        info.addWidget(self.busy)
        info.addWidget(self.status, 1)
        daily = QWidget()
        daily_layout = QVBoxLayout(daily)
        daily_layout.setContentsMargins(0, 6, 0, 0)
        daily_layout.addLayout(top)
        daily_layout.addLayout(info)
        daily_layout.addWidget(self.viewer, 1)
        # Two reports, one page: the daily summary and the monthly performance report. The
        # heading sits left of the tabs, as on the Permohonan page it leads the top row.
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        heading.setContentsMargins(0, 0, 16, 0)
        self.tabs.setCornerWidget(heading, Qt.Corner.TopLeftCorner)
        self.tabs.addTab(daily, self.tr("Rekap harian"))
        self.performance: PerformanceTab | None = None
        if ctx.can(Permission.REPORT_PERFORMANCE):
            self.performance = PerformanceTab(ctx)
            self.tabs.addTab(self.performance, self.tr("Kinerja bulanan"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.single.toggled.connect(self._mode_changed)
        self.today_button.clicked.connect(self.pick_today)
        self.show_button.clicked.connect(self.generate)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_report)
        self.date_from.dateChanged.connect(self._dates_changed)
        for edit in (self.date_from, self.date_to):
            edit.entered.connect(self.generate)  # type a date, Enter: the report
        self._mode_changed()

    # --- choosing the period ---------------------------------------------------------------

    def _mode_changed(self) -> None:
        is_range = self.range.isChecked()
        self.to_label.setVisible(is_range)
        self.date_to.setVisible(is_range)
        self.from_label.setText(self.tr("Dari:") if is_range else self.tr("Tanggal:"))

    def _dates_changed(self) -> None:
        if self.date_to.date() < self.date_from.date():
            self.date_to.setDate(self.date_from.date())

    def pick_today(self) -> None:
        today = office_today()
        for edit in (self.date_from, self.date_to):
            edit.setMaximumDate(today)  # the app may have been open since yesterday
            edit.setDate(today)

    def set_period(self, date_from: date, date_to: date | None = None) -> None:
        """Select a date (or a range) as the user would."""
        self.range.setChecked(date_to is not None and date_to != date_from)
        self.single.setChecked(not self.range.isChecked())
        self.date_from.setDate(qdate(date_from))
        self.date_to.setDate(qdate(date_to or date_from))

    def period(self) -> tuple[date, date]:
        start = _pydate(self.date_from.date())
        end = _pydate(self.date_to.date()) if self.range.isChecked() else start
        return start, end

    # --- generating --------------------------------------------------------------------------

    @property
    def busy_generating(self) -> bool:
        return self._job is not None

    def generate(self) -> None:
        if self._job is not None:
            return
        start, end = self.period()
        db, actor = self.ctx.db, self.ctx.actor
        self._set_busy(True)
        self.status.setText(self.tr("Menyusun laporan…"))
        # The job touches no widget, only the core; the callbacks run on the GUI thread.
        self._job = start_task(
            lambda _progress: report.build_daily_report(db, actor, start, end),
            self._generated,
            self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.show_button, self.today_button, self.date_from, self.date_to):
            widget.setEnabled(not busy)
        self.export_button.setEnabled(not busy and self.result is not None)
        self.print_button.setEnabled(not busy and self.result is not None)

    @Slot(object)
    def _generated(self, result: report.ReportFile) -> None:
        self._job = None
        self.result = result
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(result.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.viewer.setCurrentWidget(self.view)
        self._set_busy(False)
        f = result.summary.figures
        self.status.setText(
            self.tr(
                "{period}: diterima {r}, selesai {c}, ditolak {x}, sisa terbuka {b}, "
                "terlambat {o} · {pages} halaman"
            ).format(
                period=result.summary.period_text,
                r=format_int(f.received),
                c=format_int(f.completed),
                x=format_int(f.rejected),
                b=format_int(f.backlog),
                o=format_int(f.overdue),
                pages=format_int(self.document.pageCount()),
            )
        )
        self.report_ready.emit()

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        self._job = None
        self._set_busy(False)
        text = describe_error(exc, self.tr("Menyusun laporan"))
        self.status.setText(text)
        show_message(self, self.tr("Laporan"), text, error=True)

    # --- export and print --------------------------------------------------------------------

    def export(self) -> None:
        if self.result is None:
            return
        path = ask_save_path(self, report.default_file_name(self.result.summary))
        if not path:
            return
        try:
            saved = report.save_report(self.ctx.db, self.ctx.actor, self.result, path)
        except LoketError as exc:
            show_message(self, self.tr("Ekspor PDF"), exc.message, error=True)
            return
        self.status.setText(self.tr("Laporan disimpan: {path}").format(path=saved.path))

    def print_report(self) -> None:
        if self.result is None or self.document.pageCount() == 0:
            return
        printer = ask_printer(self, self.document.pageCount())
        if printer is None:
            return
        try:
            pages = print_document(self.document, printer)
        except OSError:
            show_message(
                self, self.tr("Cetak"), self.tr("Printer tidak dapat digunakan."), error=True
            )
            return
        self.status.setText(self.tr("%Ln halaman dikirim ke printer.", "", pages))
