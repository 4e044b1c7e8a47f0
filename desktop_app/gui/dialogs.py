"""Account dialogs: change one's own password, set a password for someone else, and
the idle lock that covers the window on a shared counter PC."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import LoketError, ValidationError
from desktop_app.core.i18n import _
from desktop_app.core.security import Actor
from desktop_app.gui.login import LoginDialog  # noqa: F401 - its home before login.py
from desktop_app.gui.widgets import FieldErrors, label, label_form_fields

if TYPE_CHECKING:
    from desktop_app.core.db import Database

# The core's users module pulls in SQLAlchemy (half a second): imported where used.


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    return edit


class _FormDialog(QDialog):
    """A form with OK/Cancel whose OK runs ``submit()``; a core refusal keeps it open."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.layout_ = QVBoxLayout(self)
        self.intro = label("", "hint")
        self.intro.hide()
        self.layout_.addWidget(self.intro)
        self.fields = QFormLayout()
        self.layout_.addLayout(self.fields)
        self.general = label("", "error")
        self.layout_.addWidget(self.general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("FormDialog", "Batal")
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.errors: FieldErrors | None = None

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def finish_fields(self, fields: dict[str, QWidget]) -> None:
        label_form_fields(self.fields)
        self.errors = FieldErrors(self.fields, fields, general=self.general)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _ok(self) -> None:
        assert self.errors is not None
        self.errors.clear()
        try:
            self.submit()
        except LoketError as exc:
            self.errors.show(exc)
            return
        self.accept()

    def submit(self) -> None:
        raise NotImplementedError


def check_repeat(password: str, repeat: str, field: str = "password2") -> None:
    if password != repeat:
        raise ValidationError(
            _("Kedua kata sandi tidak sama."), [(field, _("Kedua kata sandi tidak sama."))]
        )


class ChangePasswordDialog(_FormDialog):
    """Any user changes their own password (the old one is asked first)."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ganti kata sandi"), parent)
        self.db, self.actor = db, actor
        self.old_password = password_edit()
        self.new_password = password_edit()
        self.repeat = password_edit()
        self.fields.addRow(self.tr("Kata sandi &lama"), self.old_password)
        self.fields.addRow(self.tr("Kata sandi &baru"), self.new_password)
        self.fields.addRow(self.tr("&Ulangi kata sandi baru"), self.repeat)
        self.set_intro(self.tr("Minimal 8 karakter. Jangan memakai kata sandi akun lain."))
        self.ok_button.setText(self.tr("Simpan"))
        self.finish_fields(
            {
                "old_password": self.old_password,
                "password": self.new_password,
                "password2": self.repeat,
            }
        )

    def submit(self) -> None:
        from desktop_app.core import users

        check_repeat(self.new_password.text(), self.repeat.text())
        users.change_own_password(
            self.db, self.actor, self.old_password.text(), self.new_password.text()
        )


class LockDialog(QDialog):
    """Covers the window after the idle period; only the same user's password opens it."""

    unlocked = Signal()
    logout_requested = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Layar terkunci"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowFlags(
            Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        )
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(QIcon(":/icons/lock.svg").pixmap(48, 48))
        head.addWidget(icon)
        head.addWidget(label(self.tr("Layar terkunci"), "heading"), 1)
        layout.addLayout(head)
        layout.addWidget(
            label(
                self.tr(
                    "Layar dikunci karena tidak ada aktivitas. Masukkan kata sandi {name} "
                    "untuk melanjutkan."
                ).format(name=actor.full_name or actor.username),
                "hint",
            )
        )
        self.password = password_edit()
        form = QFormLayout()
        form.addRow(self.tr("&Kata sandi"), self.password)
        layout.addLayout(form)
        self.message = label("", "error")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.logout_button = QPushButton(self.tr("Keluar akun"))
        self.logout_button.setAutoDefault(False)
        self.unlock_button = QPushButton(self.tr("Buka kunci"))
        self.unlock_button.setDefault(True)
        buttons.addWidget(self.logout_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.logout_button.clicked.connect(self._logout)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 55)
        self.password.setFocus()

    def try_unlock(self) -> None:
        from desktop_app.core import users

        try:
            users.authenticate(self.db, self.actor.username, self.password.text())
        except users.LoginFailed as exc:
            # The generic "user name or password" text is confusing here: the name is fixed.
            wrong = _("Nama pengguna atau kata sandi salah.")
            self.message.setText(
                self.tr("Kata sandi salah.") if exc.message == wrong else exc.message
            )
            self.message.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.password.clear()
        self.message.hide()
        self.accept()
        self.unlocked.emit()

    def _logout(self) -> None:
        self.done(QDialog.DialogCode.Rejected)
        self.logout_requested.emit()

    def reject(self) -> None:
        """Escape must not open the lock."""

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.ignore()
