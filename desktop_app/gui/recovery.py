"""The screen shown at start when the database is missing or damaged: restore the latest good
backup, choose a file (a backup, or the database moved elsewhere), or start anew on purpose.

Restoring needs a supervisor's name and password; with the database gone they are checked
against the backup itself (its user rows carry the office key's seal).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import backup, recovery
from desktop_app.core.errors import DatabaseError, LoketError, os_reason
from desktop_app.gui import widgets
from desktop_app.gui.dialogs import password_edit
from desktop_app.gui.widgets import label


class RecoveryDialog(QDialog):
    """Accepted once the database is back (restored) or deliberately started anew."""

    def __init__(self, problem: DatabaseError, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem, self.path = problem, path
        self.missing = isinstance(problem, recovery.DatabaseMissing)
        self.latest = getattr(problem, "latest_backup", None) or recovery.latest_good_backup()
        self.done_text = ""
        self.setWindowTitle(
            self.tr("Basis data tidak ditemukan") if self.missing else self.tr("Basis data rusak")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.windowTitle(), "heading"))
        if self.missing:
            text = self.tr(
                "Berkas basis data {path} tidak ditemukan, padahal aplikasi ini sudah pernah "
                "memakainya. Aplikasi tidak membuat basis data kosong sebagai penggantinya tanpa "
                "persetujuan Anda."
            ).format(path=path)
        else:
            text = self.tr(
                "Berkas basis data {path} rusak menurut pemeriksaan keutuhan SQLite. Data di "
                "dalamnya tidak dapat dipakai dengan aman."
            ).format(path=path)
        layout.addWidget(label(text))
        if self.latest is not None:
            backup_text = self.tr("Cadangan terakhir yang baik: {name} ({when}).").format(
                name=self.latest.path.name, when=self.latest.created.strftime("%d-%m-%Y %H.%M")
            )
        else:
            backup_text = self.tr(
                "Tidak ada cadangan yang baik di folder cadangan {folder}. Pilih berkas cadangan "
                "dari tempat lain (misalnya flashdisk), atau berkas basis data yang dipindahkan."
            ).format(folder=self._backup_folder())
        layout.addWidget(label(backup_text, "hint"))
        layout.addWidget(
            label(self.tr("Pemulihan memerlukan nama dan kata sandi supervisor."), "hint")
        )
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("Nama pengguna supervisor"))
        self.password = password_edit()
        self.password.setAccessibleName(self.tr("Kata sandi supervisor"))
        form.addRow(self.tr("&Nama pengguna"), self.username)
        form.addRow(self.tr("&Kata sandi"), self.password)
        layout.addLayout(form)
        self.message = label("", "error")
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Pulihkan cadangan terakhir"))
        self.restore_button.setEnabled(self.latest is not None)
        self.choose_button = QPushButton(self.tr("Pilih &berkas…"))
        self.new_button = QPushButton(self.tr("&Mulai basis data baru"))
        self.quit_button = QPushButton(self.tr("&Keluar"))
        for button in (self.quit_button, self.new_button, self.choose_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        # Wrapped texts get the height they need at the dialog's width.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.restore_button.setDefault(self.latest is not None)
        self.restore_button.clicked.connect(self.restore_latest)
        self.choose_button.clicked.connect(self.choose_file)
        self.new_button.clicked.connect(self.start_new)
        self.quit_button.clicked.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        self.username.setFocus()

    @staticmethod
    def _backup_folder() -> str:
        from desktop_app import paths

        return str(paths.backup_dir())

    def _fail(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    # --- the three ways out -------------------------------------------------------------------

    def restore_latest(self) -> None:
        if self.latest is not None:
            self.restore_from(self.latest.path)

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas cadangan atau basis data"),
            self._backup_folder(),
            self.tr("Basis data Loket (*.sqlite3 *.db);;Semua berkas (*)"),
        )
        if name:
            self.restore_from(Path(name))

    def restore_from(self, chosen: Path) -> None:
        username = self.username.text().strip()
        if not username:
            self._fail(self.tr("Isi nama pengguna dan kata sandi supervisor."))
            self.username.setFocus()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            backup.check_backup(chosen)
            actor = backup.restore_login(self.path, chosen, username, self.password.text())
            result = backup.restore(self.path, chosen, actor)
        except LoketError as exc:
            QApplication.restoreOverrideCursor()
            self.password.clear()
            self._fail(exc.message)
            return
        QApplication.restoreOverrideCursor()
        self.done_text = self.tr("Data telah dipulihkan dari {name}.").format(name=chosen.name)
        if result.previous_copy is not None:
            self.done_text += " " + self.tr("Salinan berkas yang rusak: {name}.").format(
                name=result.previous_copy.name
            )
        self.accept()

    def start_new(self) -> None:
        question = self.tr(
            "Mulai dengan basis data KOSONG? Semua permohonan, register legalisir dan akun harus "
            "diisi dari awal. Pilih ini hanya bila tidak ada cadangan yang dapat dipulihkan."
        )
        if not self.missing:
            question += "\n\n" + self.tr(
                "Berkas yang rusak tidak dihapus: berkas itu dipindahkan ke folder cadangan."
            )
        title, action = self.tr("Mulai basis data baru"), self.tr("Mulai baru")
        if not widgets.confirm(self, title, question, action, warning=True):
            return
        try:
            kept = recovery.start_anew(self.path)
        except LoketError as exc:
            self._fail(exc.message)
            return
        except OSError as exc:
            self._fail(os_reason(exc))
            return
        self.done_text = self.tr("Basis data baru dibuat.")
        if kept is not None:
            self.done_text += " " + self.tr("Berkas yang rusak disimpan sebagai {name}.").format(
                name=kept.name
            )
        self.accept()

    @classmethod
    def ask(cls, problem: DatabaseError, path: Path) -> str | None:
        """Modal; the sentence saying what was done, or None when the user quits."""
        dialog = cls(problem, path)
        return dialog.done_text if dialog.exec() == QDialog.DialogCode.Accepted else None
