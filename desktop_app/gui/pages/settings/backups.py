"""The *Cadangan* tab of the settings page: the backups on this PC, a backup now, a restore.

Backing up runs off the GUI thread. Restoring replaces the database under the running app, so
afterwards the app closes and must be reopened (every page, and the login, would be stale).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import paths
from desktop_app.core import backup
from desktop_app.core.errors import LoketError
from desktop_app.core.security import Permission
from desktop_app.gui import widgets
from desktop_app.gui.background import TaskSignals, start_task
from desktop_app.gui.context import AppContext
from desktop_app.gui.errors import describe_error
from desktop_app.gui.pages.settings.base import SettingsTab
from desktop_app.gui.qt import QT_TRANSLATE_NOOP


def _failure_message(exc: Exception) -> str:
    return describe_error(exc, QCoreApplication.translate("BackupTab", "Cadangan"))


# The core names each kind in Indonesian (file names, the CLI); shown here translated.
KIND_TEXTS = {
    backup.KIND_AUTOMATIC: QT_TRANSLATE_NOOP("BackupTab", "otomatis"),
    backup.KIND_MANUAL: QT_TRANSLATE_NOOP("BackupTab", "manual"),
    backup.KIND_PRE_UPGRADE: QT_TRANSLATE_NOOP("BackupTab", "sebelum pembaruan"),
    backup.KIND_PRE_RESTORE: QT_TRANSLATE_NOOP("BackupTab", "sebelum pemulihan"),
    backup.KIND_OTHER: QT_TRANSLATE_NOOP("BackupTab", "lain"),
}


def human_size(size: int) -> str:
    """ "18,5 MB" in Indonesian, "18.5 MB" in English: the interface language's decimal mark,
    as the spin boxes beside it ("50,0 mm") use."""
    locale = QLocale()
    value = float(size)
    for unit in ("B", "KB", "MB"):
        if value < 1024:
            return f"{size} B" if unit == "B" else f"{locale.toString(value, 'f', 1)} {unit}"
        value /= 1024
    return f"{locale.toString(value, 'f', 1)} GB"


class BackupTab(SettingsTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._job: TaskSignals | None = None
        self.folder = paths.backup_dir()
        allowed = ctx.can(Permission.BACKUP) and ctx.db.is_sqlite

        layout = QVBoxLayout(self)
        if ctx.db.is_sqlite:
            intro = self.tr(
                "Cadangan otomatis dibuat sekali sehari saat aplikasi pertama kali dibuka; "
                "14 cadangan otomatis terakhir disimpan. Cadangan manual dan salinan sebelum "
                "pembaruan atau pemulihan tidak pernah dihapus otomatis.\nFolder: {folder}"
            ).format(folder=self.folder)
        else:
            intro = backup.postgres_message(ctx.db.location)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.intro)

        headers = [self.tr("Tanggal"), self.tr("Jenis"), self.tr("Ukuran"), self.tr("Berkas")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Cadangkan sekarang"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Pulihkan…"))
        self.restore_button.clicked.connect(self.restore_from_file)
        self.folder_button = QPushButton(self.tr("Buka folder"))
        self.folder_button.clicked.connect(self.open_folder)
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(allowed)
        self.folder_button.setEnabled(ctx.db.is_sqlite)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        layout.addLayout(buttons)
        self.status = QLabel("")  # "Membuat cadangan…" while one is being made
        layout.addWidget(self.status)
        layout.addLayout(self.save_row())

        self.load()

    def tab_title(self) -> str:
        return self.tr("Cadangan")

    # --- the list -----------------------------------------------------------------------------

    def load(self) -> None:
        found = backup.list_backups(self.folder) if self.ctx.db.is_sqlite else []
        self.table.setRowCount(len(found))
        for row, info in enumerate(found):
            cells = (
                info.created.strftime("%d-%m-%Y %H:%M:%S"),
                QCoreApplication.translate("BackupTab", KIND_TEXTS.get(info.kind, info.kind)),
                human_size(info.size),
                info.path.name,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setData(Qt.ItemDataRole.UserRole, str(info.path))
                self.table.setItem(row, column, item)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    # --- backup now ---------------------------------------------------------------------------

    def backup_now(self) -> None:
        if self._job is not None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.backup_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.notice.clear()
        self.status.setText(self.tr("Membuat cadangan…"))
        self._job = start_task(
            lambda _progress: str(backup.backup_now(db, actor)),
            self._backup_done,
            lambda exc: self._backup_failed(_failure_message(exc)),
        )

    def _backup_finished(self) -> None:
        self._job = None
        self.backup_button.setEnabled(True)
        self.restore_button.setEnabled(True)
        self.load()

    def _backup_done(self, path: str) -> None:
        self._backup_finished()
        self.status.setText("")
        self.notice.saved(self.tr("Cadangan dibuat: {name}").format(name=Path(path).name))

    def _backup_failed(self, message: str) -> None:
        self._backup_finished()
        self.status.setText("")
        self.notice.problem(self.tr("Cadangan gagal."))
        QMessageBox.warning(self, self.tr("Cadangan gagal"), message)

    # --- restore ------------------------------------------------------------------------------

    def restore_from_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas cadangan"),
            str(self.folder),
            self.tr("Cadangan Loket (*.sqlite3 *.db);;Semua berkas (*)"),
        )
        if not name:
            return
        chosen = Path(name)
        try:
            check = backup.check_backup(chosen)
        except LoketError as exc:
            QMessageBox.warning(self, self.tr("Tidak dapat dipulihkan"), exc.message)
            return
        counts = check.row_counts
        question = self.tr(
            "Seluruh data saat ini akan DIGANTI dengan isi cadangan {name} "
            "({users} pengguna, {requests} permohonan, {legal} entri legalisir).\n\n"
            "Salinan data saat ini disimpan lebih dahulu di folder cadangan "
            "(sebelum-pulih-…), sehingga dapat dikembalikan.\n\nLanjutkan pemulihan?"
        ).format(
            name=chosen.name,
            users=counts.get("users", 0),
            requests=counts.get("requests", 0),
            legal=counts.get("legal_entries", 0),
        )
        title, action = self.tr("Pulihkan cadangan"), self.tr("Pulihkan")
        if not widgets.confirm(self, title, question, action, warning=True):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = backup.restore(self.ctx.db, chosen, self.ctx.actor)
        except LoketError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.critical(self, self.tr("Pemulihan gagal"), exc.message)
            self.load()
            return
        QApplication.restoreOverrideCursor()
        done = self.tr(
            "Data telah dipulihkan dari {name}.\nSalinan data sebelumnya: {previous}\n\n"
            "Aplikasi akan ditutup sekarang; buka kembali untuk melanjutkan."
        ).format(
            name=chosen.name,
            previous=result.previous_copy.name if result.previous_copy else "-",
        )
        QMessageBox.information(self, self.tr("Pemulihan selesai"), done)
        QApplication.quit()
