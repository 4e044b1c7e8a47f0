"""The office's signing keys in the GUI: the key box of *Pengaturan › Legalisir* (create, rotate,
export the public key, back up, install, revoke, publish the verification page) and the
passphrase asked before printing. Every act goes through the core, which checks the role and
audits it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import legalization as legal
from desktop_app.core.errors import LoketError
from desktop_app.core.legalization import keys
from desktop_app.core.security import Permission
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs import _FormDialog, check_repeat, password_edit


class PassphraseDialog(_FormDialog):
    """One passphrase (to open a key file) or a new one typed twice (optional unless
    ``required``)."""

    def __init__(
        self,
        title: str,
        intro: str,
        *,
        new: bool,
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.new, self.required = new, required
        self.set_intro(intro)
        self.passphrase = password_edit()
        self.fields.addRow(self.tr("&Frasa sandi"), self.passphrase)
        fields: dict[str, QWidget] = {"passphrase": self.passphrase}
        if new:
            self.repeat = password_edit()
            self.fields.addRow(self.tr("&Ulangi frasa sandi"), self.repeat)
            fields["password2"] = self.repeat
        self.finish_fields(fields)
        self.value = ""

    def submit(self) -> None:
        text = self.passphrase.text()
        if self.new:
            check_repeat(text, self.repeat.text())
            if text or self.required:
                # the core's rule (length, no edge spaces), checked before anything is written
                from desktop_app.core.legalization.key_admin import check_passphrase

                check_passphrase(text, required=True)
        self.value = text

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, intro: str, **kwargs: bool) -> str | None:
        dialog = cls(title, intro, parent=parent, **kwargs)
        return dialog.value if dialog.exec() == _FormDialog.DialogCode.Accepted else None


def ensure_signing_key(ctx: AppContext, parent: QWidget | None) -> bool:
    """Before printing: True when this PC can sign now (asking the key's passphrase if it has
    one); otherwise the reason and what to do are shown and False is returned."""
    while True:
        try:
            keys.signing_key(ctx.db)
            return True
        except keys.KeyLocked as exc:
            title = QCoreApplication.translate("LegalKeys", "Kunci penandatangan")
            value, ok = QInputDialog.getText(
                parent, title, exc.message, echo=QLineEdit.EchoMode.Password
            )
            if not ok:
                return False
            try:
                keys.unlock(exc.key_id, value)
            except LoketError as error:
                QMessageBox.warning(parent, title, error.message)
        except keys.KeyUnavailable as exc:
            QMessageBox.warning(
                parent, QCoreApplication.translate("LegalKeys", "Kunci penandatangan"), exc.message
            )
            return False


class LegalKeysBox(QGroupBox):
    """The key list of this office as this PC sees it, and what a supervisor does with keys."""

    COLUMNS = 4

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Kunci penandatangan legalisir"))
        layout = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "Kode QR setiap legalisir ditandatangani dengan kunci kantor. Kunci privat "
                "disimpan di berkas pada PC legalisir (bukan di basis data); PC tanpa berkas itu "
                "dapat memeriksa, tetapi tidak dapat mencetak. Cadangkan kunci dengan frasa sandi "
                "dan simpan cadangannya terpisah."
            )
        )
        explain.setWordWrap(True)
        explain.setProperty("role", "hint")
        layout.addWidget(explain)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kunci"), self.tr("Sidik jari"), self.tr("Berlaku sejak"), self.tr("Status")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(self.fontMetrics().height() * 7)
        self.table.setAccessibleName(self.tr("Daftar kunci penandatangan"))
        layout.addWidget(self.table)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        self.create_button = QPushButton(self.tr("&Buat kunci"))
        self.rotate_button = QPushButton(self.tr("&Ganti kunci (rotasi)"))
        self.backup_button = QPushButton(self.tr("&Cadangkan kunci…"))
        self.install_button = QPushButton(self.tr("Pasa&ng cadangan kunci…"))
        self.export_button = QPushButton(self.tr("Ekspor kunci &publik…"))
        self.install_public_button = QPushButton(self.tr("Pasang kunci pub&lik…"))
        self.revoke_button = QPushButton(self.tr("Cabut kunc&i…"))
        self.page_button = QPushButton(self.tr("T&erbitkan halaman verifikasi…"))
        for button in (
            self.create_button,
            self.rotate_button,
            self.backup_button,
            self.install_button,
        ):
            row1.addWidget(button)
        for button in (
            self.export_button,
            self.install_public_button,
            self.revoke_button,
            self.page_button,
        ):
            row2.addWidget(button)
        row1.addStretch(1)
        row2.addStretch(1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        self.create_button.clicked.connect(self.create_key)
        self.rotate_button.clicked.connect(self.rotate_key)
        self.backup_button.clicked.connect(self.backup_key)
        self.install_button.clicked.connect(self.install_key)
        self.export_button.clicked.connect(self.export_public)
        self.install_public_button.clicked.connect(self.install_public)
        self.revoke_button.clicked.connect(self.revoke_key)
        self.page_button.clicked.connect(self.publish_page)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.infos: list[legal.KeyInfo] = []
        self.refresh()

    # --- state ------------------------------------------------------------------------------

    def refresh(self) -> None:
        from desktop_app.core.clock import office_date
        from desktop_app.core.formatting import long_date

        try:
            self.infos = legal.list_keys(self.ctx.db, self.ctx.actor)
            ready, why = legal.can_sign(self.ctx.db)
        except LoketError as exc:
            self.infos, ready, why = [], False, exc.message
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            since = long_date(office_date(info.valid_from)) if info.valid_from else "—"
            values = (info.label, info.fingerprint, since, self.state_text(info))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, info.key_id)
                self.table.setItem(row, column, item)
        if self.infos and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self.status.setText(self.tr("PC ini dapat menandatangani legalisir.") if ready else why)
        self.status.setProperty("role", "hint" if ready else "error")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self._update_buttons()

    def state_text(self, info: legal.KeyInfo) -> str:
        from desktop_app.core.clock import office_date
        from desktop_app.core.formatting import long_date

        parts = []
        if info.revoked_at is not None:
            parts.append(
                self.tr("dicabut {0} ({1})").format(
                    long_date(office_date(info.revoked_at)), info.revoke_reason
                )
            )
        elif info.current:
            parts.append(self.tr("dipakai untuk tanda tangan baru"))
        parts.append(self.tr("tepercaya") if info.trusted else self.tr("TIDAK tepercaya di PC ini"))
        parts.append(self.tr("ada di PC ini") if info.here else self.tr("tidak ada di PC ini"))
        if info.protected:
            parts.append(self.tr("berfrasa sandi"))
        return "; ".join(parts)

    def selected(self) -> legal.KeyInfo | None:
        row = self.table.currentRow()
        return self.infos[row] if 0 <= row < len(self.infos) else None

    def _update_buttons(self) -> None:
        allowed = self.ctx.can(Permission.LEGAL_KEYS)
        info = self.selected()
        live = [i for i in self.infos if i.revoked_at is None and i.in_database]
        for button in (
            self.create_button,
            self.rotate_button,
            self.backup_button,
            self.install_button,
            self.export_button,
            self.install_public_button,
            self.revoke_button,
            self.page_button,
        ):
            button.setVisible(allowed)
        self.create_button.setEnabled(not live)
        self.rotate_button.setEnabled(any(i.current and i.here for i in live))
        self.backup_button.setEnabled(info is not None and info.here)
        self.export_button.setEnabled(info is not None)
        self.revoke_button.setEnabled(info is not None and info.revoked_at is None)
        self.page_button.setEnabled(bool(live))

    # --- acts -------------------------------------------------------------------------------

    def _run(self, title: str, act, done: str = "") -> bool:  # type: ignore[no-untyped-def]
        """Run a core act; a locked key asks its passphrase and runs it again."""
        while True:
            try:
                result = act()
            except keys.KeyLocked as exc:
                value = PassphraseDialog.ask(self, title, exc.message, new=False)
                if value is None:
                    return False
                try:
                    keys.unlock(exc.key_id, value)
                except LoketError as error:
                    QMessageBox.warning(self, title, error.message)
                    return False
                continue
            except LoketError as exc:
                QMessageBox.warning(self, title, exc.message)
                self.refresh()
                return False
            self.refresh()
            if done:
                QMessageBox.information(self, title, done.format(result))
            return True

    def create_key(self) -> None:
        title = self.tr("Buat kunci")
        secret = PassphraseDialog.ask(
            self,
            title,
            self.tr(
                "Kunci baru disimpan di PC ini. Frasa sandi (boleh kosong) diminta setiap kali "
                "aplikasi mulai mencetak legalisir."
            ),
            new=True,
        )
        if secret is None:
            return
        self._run(
            title,
            lambda: legal.create_key(self.ctx.db, self.ctx.actor, secret).fingerprint,
            self.tr("Kunci dibuat (sidik jari {0}). Cadangkan sekarang."),
        )

    def rotate_key(self) -> None:
        title = self.tr("Ganti kunci")
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "Buat kunci baru untuk tanda tangan berikutnya? Legalisir lama tetap sah. "
                "Setelah itu: cadangkan kunci baru, pasang di PC legalisir lain, dan terbitkan "
                "ulang halaman verifikasi."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        secret = PassphraseDialog.ask(
            self, title, self.tr("Frasa sandi untuk kunci baru (boleh kosong)."), new=True
        )
        if secret is None:
            return
        self._run(
            title,
            lambda: legal.rotate_key(self.ctx.db, self.ctx.actor, secret).fingerprint,
            self.tr("Kunci baru dibuat (sidik jari {0})."),
        )

    def backup_key(self) -> None:
        info = self.selected()
        if info is None:
            return
        title = self.tr("Cadangkan kunci")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            title,
            f"cadangan-kunci-legalisir-{info.label}.json",
            self.tr("Cadangan kunci (*.json)"),
        )
        if not path:
            return
        secret = PassphraseDialog.ask(
            self,
            title,
            self.tr(
                "Frasa sandi cadangan (minimal 10 karakter). Tanpa frasa sandi ini cadangan "
                "tidak dapat dipasang; simpan terpisah dari berkasnya."
            ),
            new=True,
            required=True,
        )
        if secret is None:
            return
        self._run(
            title,
            lambda: legal.backup_key(self.ctx.db, self.ctx.actor, info.key_id, path, secret),
            self.tr("Cadangan ditulis ke {0}."),
        )

    def install_key(self) -> None:
        title = self.tr("Pasang cadangan kunci")
        path, _filter = QFileDialog.getOpenFileName(
            self, title, "", self.tr("Cadangan kunci (*.json)")
        )
        if not path:
            return
        secret = PassphraseDialog.ask(self, title, self.tr("Frasa sandi cadangan ini."), new=False)
        if secret is None:
            return
        local = PassphraseDialog.ask(
            self,
            title,
            self.tr("Frasa sandi kunci di PC ini (boleh kosong)."),
            new=True,
        )
        if local is None:
            return
        self._run(
            title,
            lambda: legal.install_key(self.ctx.db, self.ctx.actor, path, secret, local).label,
            self.tr("Kunci {0} terpasang di PC ini."),
        )

    def export_public(self) -> None:
        info = self.selected()
        if info is None:
            return
        title = self.tr("Ekspor kunci publik")
        path, _filter = QFileDialog.getSaveFileName(
            self, title, f"legalisir-publik-{info.label}.pem", self.tr("Kunci publik (*.pem)")
        )
        if path:
            self._run(
                title,
                lambda: legal.export_public(self.ctx.db, self.ctx.actor, info.key_id, path),
                self.tr("Kunci publik ditulis ke {0}."),
            )

    def install_public(self) -> None:
        title = self.tr("Pasang kunci publik")
        path, _filter = QFileDialog.getOpenFileName(
            self, title, "", self.tr("Kunci publik (*.pem)")
        )
        if path:
            self._run(
                title,
                lambda: legal.install_public(self.ctx.db, self.ctx.actor, path).label,
                self.tr("Kunci publik {0} dipercaya di PC ini."),
            )

    def revoke_key(self) -> None:
        from desktop_app.gui.reason_dialog import ReasonDialog

        info = self.selected()
        if info is None:
            return
        title = self.tr("Cabut kunci")
        reason = ReasonDialog.ask(
            self,
            title,
            self.tr(
                "Cabut kunci {0}? Semua tanda tangan dengan kunci ini menjadi TIDAK SAH, "
                "termasuk legalisir lama; cetak ulang yang masih berlaku dengan tanda tangan "
                "baru, lalu terbitkan ulang halaman verifikasi."
            ).format(info.label),
            self.tr("Cabut"),
        )
        if reason is not None:
            self._run(
                title,
                lambda: legal.revoke_key(self.ctx.db, self.ctx.actor, info.key_id, reason).label,
                self.tr("Kunci {0} dicabut."),
            )

    def publish_page(self) -> None:
        from desktop_app.core.legalization import verify_page

        title = self.tr("Halaman verifikasi")
        folder = QFileDialog.getExistingDirectory(self, title)
        if not folder:
            return
        self._run(
            title,
            lambda: verify_page.build_page(self.ctx.db, self.ctx.actor, Path(folder)).path,
            self.tr(
                "Halaman ditulis ke {0}. Unggah berkas itu ke alamat verifikasi kantor; "
                "terbitkan ulang setiap ada pencabutan."
            ),
        )


def ask_resign(parent: QWidget | None, reason: str) -> bool | None:
    """The clerk's explicit choice to sign an entry again (None: cancel printing)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("LegalKeys", "Tanda tangani ulang"))
    box.setText(reason)
    agree = QCheckBox(
        QCoreApplication.translate("LegalKeys", "Tanda tangani ulang dengan kunci kantor")
    )
    box.setCheckBox(agree)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    if box.exec() != QMessageBox.StandardButton.Ok or not agree.isChecked():
        return None
    return True
