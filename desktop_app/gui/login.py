"""The login window: the first window of the app, shown before the database is open.

Written by hand rather than compiled from a Designer form, and importing only the Qt classes it
uses: a ``pyside6-uic`` form imports some thirty Qt types (``Qt`` itself costs ~12 ms to
create), and everything imported here is paid before anything is on screen
(bench/startup_bench.py; tests/gui/test_startup.py lists what must not be imported).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import LoketError

if TYPE_CHECKING:
    from desktop_app.core.db import Database
    from desktop_app.core.security import Actor

# The core's users/settings modules pull in SQLAlchemy (half a second); they are imported where
# used, once the window is on screen.


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
        self.setObjectName("LoginDialog")
        self.setWindowTitle(self.tr("Masuk — Loket Dukcapil"))
        self.resize(420, 0)  # as tall as its content; it grows when an error is shown

        self.icon_label = QLabel()
        self.icon_label.setFixedSize(56, 56)
        self.icon_label.setScaledContents(True)
        # The app icon's PNG sizes: rendering app.svg would load QtSvg before the first window.
        self.icon_label.setPixmap(self.windowIcon().pixmap(112, 112))
        self.title_label = _label(self.tr("Loket Dukcapil"), "heading")
        self.office_label = _label(self.tr("Masuk dengan akun Anda."), "hint")
        self.office_label.setWordWrap(True)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setMaxLength(32)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        form = QFormLayout()
        for text, field in (
            (self.tr("&Nama pengguna"), self.username),
            (self.tr("&Kata sandi"), self.password),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            field.setAccessibleName(caption.text().replace("&", ""))
            # QLabel clips to its size hint: room for the overhang of a last "e".
            caption.setMinimumWidth(
                caption.sizeHint().width() + caption.fontMetrics().averageCharWidth()
            )
            form.addRow(caption, field)

        self.error_label = _label("", "error")
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.cancel_button = QPushButton(self.tr("Tutup"))
        self.cancel_button.setAutoDefault(False)
        self.login_button = QPushButton(self.tr("Masuk"))
        self.login_button.setDefault(True)

        header = QHBoxLayout()
        header.addWidget(self.icon_label)
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.office_label)
        header.addLayout(titles, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.login_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.login_button)
        QWidget.setTabOrder(self.login_button, self.cancel_button)

        self.username.setText(username)
        self.login_button.clicked.connect(self.try_login)
        self.cancel_button.clicked.connect(self.reject)
        (self.password if username else self.username).setFocus()
        if db is None:
            self.login_button.setEnabled(False)
        else:
            self.set_database(db)

    def set_database(self, db: Database) -> None:
        from desktop_app.core import settings

        self.db = db
        office = settings.get_office(db)
        if office.configured:
            self.office_label.setText(office.name)
            self._fit_height()
        self.login_button.setEnabled(True)

    def _fit_height(self) -> None:
        """Grow to what the wrapped labels need at this width: a long office name or a
        two-line error would otherwise squeeze the labels into one cut line."""
        layout = self.layout()
        assert layout is not None  # set in __init__
        layout.activate()
        needed = layout.heightForWidth(self.width())
        if needed > self.height():
            self.setMinimumHeight(needed)
            self.resize(self.width(), needed)

    def try_login(self) -> None:
        from desktop_app.core import users

        if self.db is None:
            return  # still opening the database; the button is disabled meanwhile
        username = self.username.text().strip()
        if not username:
            self._fail(self.tr("Isi nama pengguna."), self.username)
            return
        try:
            self.actor = users.authenticate(self.db, username, self.password.text())
        except LoketError as exc:  # a wrong password, or the database cannot record (disk full)
            self.password.clear()
            self._fail(exc.message, self.password)
            return
        self.accept()

    def _fail(self, message: str, focus: QLineEdit) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self._fit_height()
        focus.setFocus()

    @property
    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def run(self) -> Actor | None:
        """Modal until the user logs in (the actor) or closes it (``None``)."""
        return self.actor if self.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask(cls, db: Database, username: str = "") -> Actor | None:
        return cls(db, username).run()


def _label(text: str, role: str) -> QLabel:
    widget = QLabel(text)
    widget.setProperty("role", role)
    return widget
