"""Account dialogs: the form-dialog base, changing one's own password. (The screen lock is in
gui/lock.py.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import LoketError, ValidationError
from desktop_app.core.i18n import _
from desktop_app.core.security import Actor
from desktop_app.gui.login import LoginDialog  # noqa: F401 - its home before login.py
from desktop_app.gui.qt import layout_of
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
            self.fit_height()
            return
        self.accept()

    def fit_height(self) -> None:
        """Grow to show every line after error rows appeared (the wrapped intro was squeezed
        and clipped otherwise); never shrink what the officer sized."""
        layout = layout_of(self)
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

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
