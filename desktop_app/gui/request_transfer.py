"""Import and export of requests from the Permohonan page (format: README, "Import format").

Both run off the GUI thread with a progress dialog fed by the core's progress callback. An
import is all-or-nothing; when rows are invalid the summary lists them (``baris N: kolom:
alasan``) and offers to import only the valid rows (the core's ``skip_invalid``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import LoketError
from desktop_app.core.security import Permission
from desktop_app.gui import files
from desktop_app.gui.background import start_task
from desktop_app.gui.context import AppContext
from desktop_app.gui.errors import describe_error
from desktop_app.gui.formatting import fit_buttons, office_today, pydate
from desktop_app.gui.widgets import DateEdit


class ImportSummaryDialog(QDialog):
    """What an import did, or why it was refused; ``wants_skip_invalid`` after "import valid"."""

    def __init__(
        self,
        title: str,
        summary: str,
        errors: list[str],
        offer_skip_invalid: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.wants_skip_invalid = False
        layout = QVBoxLayout(self)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.errors = QPlainTextEdit("\n".join(errors))
        self.errors.setReadOnly(True)
        self.errors.setAccessibleName(self.tr("Daftar kesalahan per baris"))
        self.errors.setVisible(bool(errors))
        self.errors.setMinimumSize(self.fontMetrics().averageCharWidth() * 90, 240)
        layout.addWidget(self.errors)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        self.skip_button = None
        if offer_skip_invalid:
            self.skip_button = buttons.addButton(
                self.tr("Impor baris yang valid saja"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.skip_button.clicked.connect(self._skip_invalid)
        buttons.rejected.connect(self.reject)
        fit_buttons(buttons)
        layout.addWidget(buttons)

    def _skip_invalid(self) -> None:
        self.wants_skip_invalid = True
        self.accept()

    @classmethod
    def ask(cls, title, summary, errors, offer_skip_invalid, parent=None) -> bool:
        """Show it; True when the officer chose to import only the valid rows."""
        dialog = cls(title, summary, errors, offer_skip_invalid, parent)
        dialog.exec()
        return dialog.wants_skip_invalid


class RequestImport:
    """One import run from the page: file choice, background work, progress, summary."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """QObject.tr for a plain helper: lupdate files these texts under RequestImport."""
        return QCoreApplication.translate("RequestImport", text, disambiguation, n)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        self.ctx, self.parent = ctx, parent
        self.progress: QProgressDialog | None = None
        self.path: Path | None = None
        self.finished = False

    def start(self) -> bool:
        path, _filter = QFileDialog.getOpenFileName(
            self.parent,
            self.tr("Impor permohonan"),
            "",
            self.tr("Berkas CSV atau Excel (*.csv *.xlsx);;Semua berkas (*)"),
        )
        if not path:
            return False
        self.path = Path(path)
        self.run(skip_invalid=False)
        return True

    def run(self, skip_invalid: bool) -> None:
        from desktop_app.core import importer

        assert self.path is not None, "choose() sets the file first"
        self.finished = False
        self.progress = QProgressDialog(
            self.tr("Membaca dan memeriksa {name}…").format(name=self.path.name),
            "",
            0,
            0,
            self.parent,
        )
        self.progress.setWindowTitle(self.tr("Impor permohonan"))
        self.progress.setCancelButton(None)  # all-or-nothing: no half-way stop
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        db, actor, path = self.ctx.db, self.ctx.actor, self.path
        start_task(
            lambda progress: importer.import_file(
                db, actor, path, skip_invalid=skip_invalid, progress=progress
            ),
            self._done,
            self._failed,
            self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        if self.progress is None:
            return
        if total:
            self.progress.setLabelText(self.tr("Menyimpan permohonan…"))
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setMaximum(0)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, result) -> None:
        self._close_progress()
        self.finished = True
        self.ctx.signals.requests_changed.emit()
        lines = [
            self.tr("Berkas: {name}").format(name=result.file_name),
            self.tr("Ditambahkan: %Ln permohonan", "", result.added),
            self.tr("Sudah ada (dilewati): {n}").format(n=result.skipped),
        ]
        if result.invalid:
            lines.append(self.tr("Baris tidak valid (tidak diimpor): {n}").format(n=result.invalid))
        ImportSummaryDialog.ask(
            self.tr("Impor selesai"), "\n".join(lines), result.errors, False, self.parent
        )

    def _failed(self, exc: Exception) -> None:
        self._close_progress()
        self.finished = True
        if not isinstance(exc, LoketError):
            QMessageBox.critical(
                self.parent,
                self.tr("Impor gagal"),
                self.tr("Kesalahan tak terduga: {e}").format(e=exc),
            )
            return
        errors = list(getattr(exc, "errors", []) or [])
        summary = exc.message + "\n\n" + self.tr("Tidak ada yang disimpan.")
        if ImportSummaryDialog.ask(
            self.tr("Impor ditolak"), summary, errors, bool(errors), self.parent
        ):
            self.run(skip_invalid=True)


class ExportDialog(QDialog):
    """Date range, format and (supervisors only) the audited full-NIK option."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Ekspor permohonan"))
        form = QFormLayout(self)
        today = office_today()
        self.date_from = DateEdit(today.addDays(-today.day() + 1))
        self.date_to = DateEdit(today)
        for edit, name in (
            (self.date_from, self.tr("Dari tanggal")),
            (self.date_to, self.tr("Sampai tanggal")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName(name)
        form.addRow(self.tr("&Dari tanggal"), self.date_from)
        form.addRow(self.tr("&Sampai tanggal"), self.date_to)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Excel (.xlsx)"), "xlsx")
        self.kind.addItem(self.tr("CSV (.csv)"), "csv")
        self.kind.setAccessibleName(self.tr("Format berkas"))
        form.addRow(self.tr("&Format"), self.kind)
        self.unmask = QCheckBox(self.tr("NIK &lengkap (tidak disamarkan)"))
        self.unmask.setVisible(ctx.can(Permission.UNMASK))
        self.unmask.toggled.connect(self._confirm_unmask)
        form.addRow("", self.unmask)
        hint = QLabel(self.tr("NIK dan nomor KK disamarkan, misalnya 321601******0001."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        form.addRow("", hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ekspor…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        fit_buttons(buttons)
        form.addRow(buttons)

    def _confirm_unmask(self, checked: bool) -> None:
        if not checked:
            return
        answer = QMessageBox.question(
            self,
            self.tr("NIK lengkap"),
            self.tr(
                "Berkas akan berisi NIK dan nomor KK lengkap (data pribadi, UU 27/2022). "
                "Permintaan ini dicatat di log audit atas nama Anda. Lanjutkan?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.unmask.setChecked(False)

    def choice(self) -> tuple[date, date, str, bool]:
        return (
            pydate(self.date_from.date()),
            pydate(self.date_to.date()),
            self.kind.currentData(),
            self.unmask.isChecked(),
        )

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None):
        dialog = cls(ctx, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


class RequestExport:
    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """QObject.tr for a plain helper: lupdate files these texts under RequestExport."""
        return QCoreApplication.translate("RequestExport", text, disambiguation, n)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        self.ctx, self.parent = ctx, parent
        self.finished = False
        self.result = None
        self.progress: QProgressDialog | None = None

    def start(self) -> bool:
        choice = ExportDialog.ask(self.ctx, self.parent)
        if choice is None:
            return False
        date_from, date_to, kind, unmask = choice
        suggested = f"permohonan_{date_from:%Y%m%d}-{date_to:%Y%m%d}.{kind}"
        filters = self.tr("Excel (*.xlsx)") if kind == "xlsx" else self.tr("CSV (*.csv)")
        out = files.ask_save_path(
            self.parent, self.tr("Simpan ekspor"), suggested, filters, f".{kind}"
        )
        if out is None:
            return False
        from desktop_app.core import exporter

        db, actor = self.ctx.db, self.ctx.actor
        progress = self.progress = QProgressDialog(self.tr("Mengekspor…"), "", 0, 0, self.parent)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        start_task(
            lambda progress: exporter.export_requests(
                db, actor, date_from, date_to, out, unmask=unmask,
                progress=lambda n: progress(n, 0),
            ),
            self._done,
            self._failed,
            self._progress,
        )  # fmt: skip
        return True

    def _progress(self, done: int, _total: int) -> None:
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Mengekspor… %Ln baris", "", done))

    def _close(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, result) -> None:
        self._close()
        self.finished, self.result = True, result
        QMessageBox.information(
            self.parent,
            self.tr("Ekspor selesai"),
            self.tr("%Ln permohonan diekspor ke {path}.", "", result.rows).format(path=result.path),
        )

    def _failed(self, exc: Exception) -> None:
        self._close()
        self.finished = True
        QMessageBox.warning(
            self.parent, self.tr("Ekspor gagal"), describe_error(exc, self.tr("Ekspor"))
        )
