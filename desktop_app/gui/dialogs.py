"""Account dialogs: log in, change one's own password, set a password for someone else, and
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
from desktop_app.gui.forms.ui_login import Ui_LoginDialog
from desktop_app.gui.widgets import FieldErrors, label

if TYPE_CHECKING:
    from desktop_app.core.db import Database

# The core's users/settings modules pull in SQLAlchemy (half a second); the login window is
# shown before that import, so they are imported where used.


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    return edit


class LoginDialog(QDialog):
    """Who is at the counter. ``actor`` is set when the dialog is accepted.

    ``db`` may be ``None`` at first: at start-up the window is shown while the database is still
    being opened behind it; :meth:`set_database` enables logging in once it is there.
    """

    def __init__(
        self, db: Database | None, username: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.actor: Actor | None = None
        self.form = Ui_LoginDialog()
        self.form.setupUi(self)
        # The app icon's PNG sizes: rendering app.svg would load QtSvg before the first window.
        self.form.iconLabel.setPixmap(self.windowIcon().pixmap(112, 112))
        self.form.errorLabel.hide()
        self.form.username.setText(username)
        self.form.loginButton.clicked.connect(self.try_login)
        self.form.cancelButton.clicked.connect(self.reject)
        (self.form.password if username else self.form.username).setFocus()
        if db is None:
            self.form.loginButton.setEnabled(False)
        else:
            self.set_database(db)

    def set_database(self, db: Database) -> None:
        from desktop_app.core import settings

        self.db = db
        office = settings.get_office(db)
        if office.configured:
            self.form.officeLabel.setText(office.name)
        self.form.loginButton.setEnabled(True)

    def try_login(self) -> None:
        from desktop_app.core import users

        if self.db is None:
            return  # still opening the database; the button is disabled meanwhile
        username = self.form.username.text().strip()
        if not username:
            self._fail(self.tr("Isi nama pengguna."), self.form.username)
            return
        try:
            self.actor = users.authenticate(self.db, username, self.form.password.text())
        except users.LoginFailed as exc:
            self.form.password.clear()
            self._fail(exc.message, self.form.password)
            return
        self.accept()

    def _fail(self, message: str, focus: QLineEdit) -> None:
        self.form.errorLabel.setText(message)
        self.form.errorLabel.show()
        focus.setFocus()

    @property
    def error_text(self) -> str:
        return self.form.errorLabel.text() if not self.form.errorLabel.isHidden() else ""

    def run(self) -> Actor | None:
        """Modal until the user logs in (the actor) or closes it (``None``)."""
        return self.actor if self.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask(cls, db: Database, username: str = "") -> Actor | None:
        return cls(db, username).run()


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
