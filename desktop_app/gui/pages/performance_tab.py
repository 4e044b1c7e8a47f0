"""*Laporan › Kinerja bulanan*: the monthly performance report for a month or a range, made off
the GUI thread, shown with QtPdf, exported as PDF or Excel (audited by the core) and printed
through the app's one print path (:func:`desktop_app.gui.printing.preview_and_print`).

Officers' names are decided by the core (supervisors only); this tab only says so to others.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDate, QIODevice, Signal, Slot
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import clock, performance
from desktop_app.core.formatting import MONTHS, format_int
from desktop_app.core.i18n import _
from desktop_app.core.security import Permission
from desktop_app.gui import files
from desktop_app.gui.background import TaskSignals, start_task
from desktop_app.gui.context import AppContext
from desktop_app.gui.errors import describe_error
from desktop_app.gui.printing import PrintJob, preview_and_print
from desktop_app.gui.widgets import DateEdit, EmptyState

MONTHS_LISTED = 36  # the month list goes back three years; older periods: a date range


# --------------------------------------------------------------------------- dialogs (patchable)


def ask_save_path(parent: QWidget, suggested: str) -> str | None:
    """Where to export (the suffix of ``suggested`` picks PDF or Excel); tests replace this."""
    suffix = Path(suggested).suffix.lower()
    if suffix == ".xlsx":
        title = QCoreApplication.translate("PerformanceTab", "Ekspor laporan kinerja ke Excel")
        kind = QCoreApplication.translate("PerformanceTab", "Buku kerja Excel (*.xlsx)")
    else:
        title = QCoreApplication.translate("PerformanceTab", "Ekspor laporan kinerja sebagai PDF")
        kind = QCoreApplication.translate("PerformanceTab", "Dokumen PDF (*.pdf)")
    path = files.ask_save_path(parent, title, suggested, kind, suffix)  # the one save dialog
    return None if path is None else str(path)


def show_message(parent: QWidget, title: str, text: str) -> None:
    """A refusal the officer must read; tests replace this function."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


@dataclass(frozen=True)
class Shown:
    """The report on screen: its figures and the very PDF bytes shown, exported and printed."""

    report: performance.PerformanceReport
    pdf: bytes


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class PerformanceTab(QWidget):
    report_ready = Signal()  # a new report is shown (tests listen)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shown: Shown | None = None
        self._job: TaskSignals | None = None
        self._buffer: QBuffer | None = None

        self.by_month = QRadioButton(self.tr("Bulan"))
        self.by_range = QRadioButton(self.tr("Rentang tanggal"))
        self.by_month.setChecked(True)
        mode = QButtonGroup(self)
        mode.addButton(self.by_month)
        mode.addButton(self.by_range)
        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Bulan laporan"))
        today = clock.today()
        self.date_from = DateEdit(_qdate(today.replace(day=1)))
        self.date_to = DateEdit(_qdate(today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setMaximumDate(_qdate(today))
        self.to_label = QLabel(self.tr("sampai"))
        self.show_button = QPushButton(self.tr("Tampilkan"))
        self.show_button.setDefault(True)
        self.export_pdf_button = QPushButton(self.tr("Ekspor PDF…"))
        self.export_xlsx_button = QPushButton(self.tr("Ekspor Excel…"))
        self.print_button = QPushButton(self.tr("Cetak…"))

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel(self.tr("Pilih bulan atau rentang tanggal, lalu klik Tampilkan."))
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.names_note = QLabel(
            self.tr("Rincian per petugas (dengan nama) hanya tersedia untuk supervisor.")
        )
        self.names_note.setProperty("role", "hint")
        self.names_note.setVisible(not ctx.can(Permission.REPORT_OFFICERS))

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        self.empty = EmptyState(
            self.tr("Belum ada laporan kinerja yang ditampilkan"),
            self.tr(
                "Laporan kinerja bulanan menghitung permohonan yang diterima dan diselesaikan "
                "dalam satu bulan, berapa persen selesai dalam standar waktu layanan, dan sisa "
                "yang masih terbuka.\n\n"
                "Pilih bulannya (atau Rentang tanggal), lalu tekan Tampilkan. Laporan muncul "
                "di sini dan dapat diekspor ke PDF atau Excel atau dicetak."
            ),
        )
        self.viewer = QStackedWidget()  # the explanation until there is a report to show
        self.viewer.addWidget(self.empty)
        self.viewer.addWidget(self.view)

        top = QHBoxLayout()
        top.addWidget(self.by_month)
        top.addWidget(self.month)
        top.addSpacing(12)
        top.addWidget(self.by_range)
        top.addWidget(self.date_from)
        top.addWidget(self.to_label)
        top.addWidget(self.date_to)
        top.addSpacing(12)
        top.addWidget(self.show_button)
        top.addStretch(1)
        # The export and print buttons sit on the second row: in one row the tab was 1,130 px
        # wide and the main window no longer fitted a 1920 x 1080 screen at 150 %.
        info = QHBoxLayout()
        info.addWidget(self.busy)
        info.addWidget(self.status, 1)
        info.addWidget(self.names_note)
        info.addWidget(self.export_pdf_button)
        info.addWidget(self.export_xlsx_button)
        info.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addLayout(info)
        layout.addWidget(self.viewer, 1)

        self.fill_months(today)
        self.by_month.toggled.connect(self._mode_changed)
        self.date_from.dateChanged.connect(self._dates_changed)
        self.show_button.clicked.connect(self.generate)
        self.export_pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.export_xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        self.print_button.clicked.connect(self.print_report)
        self._mode_changed()
        self._set_busy(False)

    # --- choosing the period ---------------------------------------------------------------

    def fill_months(self, today: date) -> None:
        """This month (still running) and the 35 before it; last month is chosen, being the
        one a monthly report is usually asked for."""
        self.month.clear()
        first = today.replace(day=1)
        for n in range(MONTHS_LISTED):
            if n:
                first = (first - timedelta(days=1)).replace(day=1)
            text = f"{_(MONTHS[first.month - 1])} {first.year}"
            if n == 0:
                text = self.tr("{month} (berjalan)").format(month=text)
            self.month.addItem(text, performance.month_of(first))
        self.month.setCurrentIndex(1)

    def _mode_changed(self) -> None:
        monthly = self.by_month.isChecked()
        self.month.setEnabled(monthly)
        for widget in (self.date_from, self.to_label, self.date_to):
            widget.setEnabled(not monthly)

    def _dates_changed(self) -> None:
        if self.date_to.date() < self.date_from.date():
            self.date_to.setDate(self.date_from.date())

    def set_month(self, month: str) -> None:
        """Choose ``"2026-11"`` as the user would."""
        index = self.month.findData(month)
        if index < 0:
            raise ValueError(month)
        self.by_month.setChecked(True)
        self.month.setCurrentIndex(index)

    def set_range(self, date_from: date, date_to: date) -> None:
        self.by_range.setChecked(True)
        self.date_from.setDate(_qdate(date_from))
        self.date_to.setDate(_qdate(date_to))

    def period(self) -> dict[str, object]:
        """The keyword arguments of :func:`performance.build_report` for the chosen period."""
        if self.by_month.isChecked():
            return {"month": self.month.currentData()}
        return {
            "date_from": _pydate(self.date_from.date()),
            "date_to": _pydate(self.date_to.date()),
        }

    # --- generating --------------------------------------------------------------------------

    @property
    def busy_generating(self) -> bool:
        return self._job is not None

    def generate(self) -> None:
        if self._job is not None:
            return
        db, actor, period = self.ctx.db, self.ctx.actor, self.period()

        def work(_progress: object) -> Shown:
            # Off the GUI thread: only the core, no widget.
            report = performance.build_report(db, actor, **period)  # type: ignore[arg-type]
            return Shown(report, performance.render(db, actor, report, ".pdf"))

        self.status.setText(self.tr("Menyusun laporan kinerja…"))
        self._job = start_task(work, self._generated, self._failed)
        self._set_busy(True)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.show_button, self.by_month, self.by_range):
            widget.setEnabled(not busy)
        if not busy:
            self._mode_changed()
        else:
            for field in (self.month, self.date_from, self.date_to):
                field.setEnabled(False)
        ready = not busy and self.shown is not None
        for button in (self.export_pdf_button, self.export_xlsx_button, self.print_button):
            button.setEnabled(ready)

    @Slot(object)
    def _generated(self, shown: Shown) -> None:
        self._job = None
        self.shown = shown
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(shown.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.viewer.setCurrentWidget(self.view)
        self._set_busy(False)
        r = shown.report
        t = r.totals
        self.status.setText(
            self.tr(
                "{period}: diterima {r}, selesai {f}, dalam standar {pct}, sisa terbuka {b} · "
                "{pages} halaman"
            ).format(
                period=r.period_text,
                r=format_int(t.received),
                f=format_int(t.finished),
                pct=performance.percent_text(t.within_pct),
                b=format_int(r.backlog.total),
                pages=format_int(self.document.pageCount()),
            )
        )
        self.report_ready.emit()

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        self._job = None
        self._set_busy(False)
        text = describe_error(exc, self.tr("Menyusun laporan kinerja"))
        self.status.setText(text)
        show_message(self, self.tr("Laporan kinerja"), text)

    # --- export and print --------------------------------------------------------------------

    def export(self, suffix: str) -> None:
        """Save the report shown: the PDF exactly as previewed, or the same figures as Excel."""
        shown = self.shown
        if shown is None or self._job is not None:
            return
        path = ask_save_path(self, performance.default_file_name(shown.report, suffix))
        if not path:
            return
        db, actor = self.ctx.db, self.ctx.actor

        def work(_progress: object) -> performance.ExportedReport:
            data = shown.pdf
            if suffix != ".pdf":
                data = performance.render(db, actor, shown.report, suffix)
            return performance.save_export(db, actor, shown.report, data, path)

        self.status.setText(self.tr("Menyimpan…"))
        self._job = start_task(work, self._exported, self._export_failed)
        self._set_busy(True)

    @Slot(object)
    def _exported(self, saved: performance.ExportedReport) -> None:
        self._job = None
        self._set_busy(False)
        self.status.setText(self.tr("Laporan kinerja disimpan: {path}").format(path=saved.path))

    @Slot(object)
    def _export_failed(self, exc: Exception) -> None:
        self._job = None
        self._set_busy(False)
        text = describe_error(exc, self.tr("Ekspor laporan kinerja"))
        self.status.setText(text)
        show_message(self, self.tr("Ekspor laporan kinerja"), text)

    def print_report(self) -> None:
        shown = self.shown
        if shown is None or self.document.pageCount() == 0:
            return
        title = self.tr("Laporan kinerja {period}").format(period=shown.report.period_text)
        copies = preview_and_print(self, PrintJob(title=title, preview_pdf=shown.pdf))
        if copies:
            self.status.setText(
                self.tr("%Ln halaman dikirim ke printer.", "", self.document.pageCount() * copies)
            )
