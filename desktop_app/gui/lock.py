"""The screen lock of a shared counter PC, over every window of the session.

:class:`SessionLock` lays an opaque cover over each open window — the main window, request
windows, dialogs waiting for an answer — and over any window that appears while locked (a
background job's message), and blanks their titles. Windows are covered, not hidden or closed:
what an officer typed stays where it was, and a dialog waiting in its own event loop keeps
waiting.

:class:`LockDialog` sits above the covers and offers three ways on:

- *Buka kunci* — the same user's password (counted like a login: five wrong ones lock the
  account for 15 minutes, and the dialog says how many tries are left);
- *Ganti pengguna* — another account signs in; the first session ends, and its unsaved work is
  listed and thrown away only when the new user agrees;
- *Keluar akun* — the session ends (unsaved work asked about first).

So a PC is never stuck behind the lock, even when the locked account is the office's only
supervisor and has just been locked out by wrong passwords: another officer can switch user, and
the supervisor can sign in again once the 15 minutes are over (docs/locking.md).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.i18n import _
from desktop_app.core.security import Actor
from desktop_app.gui.dialogs import password_edit
from desktop_app.gui.qt import application, layout_of
from desktop_app.gui.widgets import label

if TYPE_CHECKING:
    from desktop_app.core.db import Database

IDLE = "idle"
MANUAL = "manual"


class LockCover(QWidget):
    """An opaque child laid over the whole of one window (menu and status bar included)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("Layar terkunci"))
        text.setObjectName("lockCoverText")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        self.fit()
        self.show()
        self.raise_()

    def fit(self) -> None:
        window = self.parentWidget()
        if window is not None:
            self.setGeometry(window.rect())


class SessionLock(QObject):
    """Covers every top-level window except those ``exempt`` says (the lock dialog itself)."""

    def __init__(self, exempt: Callable[[QWidget], bool], parent: QObject | None = None):
        super().__init__(parent)
        self.exempt = exempt
        self.covers: dict[QWidget, tuple[LockCover, str]] = {}
        self.engaged = False

    def engage(self) -> None:
        self.engaged = True
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()  # an open menu or drop-down list shows data too
        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                self.cover(window)
        application().installEventFilter(self)

    def release(self) -> None:
        application().removeEventFilter(self)
        self.engaged = False
        for window, (cover, title) in list(self.covers.items()):
            window.removeEventFilter(self)
            cover.hide()
            cover.deleteLater()
            window.setWindowTitle(title)
        self.covers.clear()

    def cover(self, window: QWidget) -> None:
        if window in self.covers or self.exempt(window) or not window.isWindow():
            return
        if window.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
            window.close()
            return
        self.covers[window] = (LockCover(window), window.windowTitle())
        window.setWindowTitle(self.tr("Layar terkunci"))
        window.installEventFilter(self)
        window.destroyed.connect(lambda _o=None, w=window: self.covers.pop(w, None))

    def title_of(self, window: QWidget) -> str:
        """The window's own title (a covered window shows "Layar terkunci" meanwhile)."""
        entry = self.covers.get(window)
        return entry[1] if entry is not None else window.windowTitle()

    def is_covered(self, window: QWidget) -> bool:
        entry = self.covers.get(window)
        return entry is not None and entry[0].isVisible() and entry[0].geometry() == window.rect()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.cover(watched)  # a window that appears while locked
        elif kind in (QEvent.Type.Resize, QEvent.Type.ChildAdded) and watched in self.covers:
            cover = self.covers[watched][0]  # type: ignore[index]
            cover.fit()
            cover.raise_()
        return False


class LockDialog(QDialog):
    """The lock screen's questions; see the module docstring."""

    unlocked = Signal()
    logout_requested = Signal()
    switch_requested = Signal(object)  # the Actor who signed in instead

    def __init__(
        self,
        db: Database,
        actor: Actor,
        reason: str = IDLE,
        idle_minutes: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.db, self.actor, self.reason = db, actor, reason
        self.switching = False
        self.setWindowTitle(self.tr("Layar terkunci"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlags(
            Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        )
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.icon = QLabel()
        self.icon.setPixmap(QIcon(":/icons/lock.svg").pixmap(48, 48))
        self.icon.setFixedSize(48, 48)
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.heading = label(self.tr("Layar terkunci"), "heading")
        head.addWidget(self.heading, 1)
        layout.addLayout(head)
        name = actor.full_name or actor.username
        if reason == MANUAL:
            why = self.tr("{name} mengunci layar.").format(name=name)
        else:
            why = self.tr(
                "Layar dikunci karena tidak ada aktivitas selama %n menit.", "", idle_minutes
            )
        self.reason_label = label(why, "hint")
        layout.addWidget(self.reason_label)
        self.prompt = label(
            self.tr("Masukkan kata sandi {name} untuk melanjutkan.").format(name=name), "hint"
        )
        layout.addWidget(self.prompt)
        self.form = QFormLayout()
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.password = password_edit()
        self.form.addRow(self.tr("&Nama pengguna"), self.username)
        self.form.addRow(self.tr("&Kata sandi"), self.password)
        self.form.setRowVisible(0, False)
        layout.addLayout(self.form)
        self.message = label("", "error")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.logout_button = QPushButton(self.tr("Keluar akun"))
        self.switch_button = QPushButton(self.tr("&Ganti pengguna"))
        self.back_button = QPushButton(self.tr("&Kembali"))
        self.back_button.hide()
        self.unlock_button = QPushButton(self.tr("Buka kunci"))
        for button in (self.logout_button, self.switch_button, self.back_button):
            button.setAutoDefault(False)
        self.unlock_button.setDefault(True)
        buttons.addWidget(self.logout_button)
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        self.unlock_button.clicked.connect(self.submit)
        self.logout_button.clicked.connect(self._logout)
        self.switch_button.clicked.connect(lambda: self.set_switching(True))
        self.back_button.clicked.connect(lambda: self.set_switching(False))
        # One width whatever is shown (no jump when switching user); the height follows the
        # wrapped texts (show_message).
        self.setFixedWidth(max(self.fontMetrics().averageCharWidth() * 64, self.sizeHint().width()))
        self.password.setFocus()

    # --- modes --------------------------------------------------------------------------------

    def set_switching(self, on: bool) -> None:
        """*Ganti pengguna*: ask for another account's name and password instead."""
        self.switching = on
        self.form.setRowVisible(0, on)
        self.switch_button.setVisible(not on)
        self.back_button.setVisible(on)
        self.username.clear()
        self.password.clear()
        self.show_message("")
        name = self.actor.full_name or self.actor.username
        if on:
            self.prompt.setText(
                self.tr(
                    "Masuk dengan akun lain. Sesi {name} diakhiri; isian yang belum disimpan "
                    "ditanyakan dulu."
                ).format(name=name)
            )
            self.unlock_button.setText(self.tr("Masuk"))
            self.username.setFocus()
        else:
            self.prompt.setText(
                self.tr("Masukkan kata sandi {name} untuk melanjutkan.").format(name=name)
            )
            self.unlock_button.setText(self.tr("Buka kunci"))
            self.password.setFocus()
        self._fit_height()

    def _fit_height(self) -> None:
        layout = layout_of(self)
        layout.activate()
        self.setFixedHeight(layout.totalHeightForWidth(self.width()))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._fit_height()  # the dialog grows with a wrapped message: nothing is clipped

    # --- answers ------------------------------------------------------------------------------

    def submit(self) -> None:
        from desktop_app.core import users

        username = self.username.text().strip() if self.switching else self.actor.username
        if self.switching and not username:
            self.show_message(self.tr("Isi nama pengguna."))
            self.username.setFocus()
            return
        try:
            actor = users.authenticate(self.db, username, self.password.text())
        except users.LoginFailed as exc:
            self.password.clear()
            self.password.setFocus()
            self.show_message(self._failure_text(exc))
            return
        self.password.clear()
        self.show_message("")
        if actor.user_id == self.actor.user_id:
            self.accept()
            self.unlocked.emit()
        else:
            self.switch_requested.emit(actor)

    def _failure_text(self, exc: Exception) -> str:
        from desktop_app.core import users

        assert isinstance(exc, users.LoginFailed)
        if exc.locked_until is not None:
            until = exc.locked_until.astimezone(UTC)
            text = self.tr(
                "Akun {name} terkunci sampai pukul {time} karena terlalu banyak kata sandi "
                "salah. Sementara itu, pengguna lain dapat masuk dengan Ganti pengguna."
            ).format(name=self._name_for(exc), time=_clock(until))
            return text if not self.switching else exc.message
        if exc.message == _("Nama pengguna atau kata sandi salah.") and not self.switching:
            # The name is fixed here: "user name or password" would confuse.
            if exc.remaining is not None and exc.remaining <= 3:
                return self.tr(
                    "Kata sandi salah. Sisa %n percobaan sebelum akun dikunci 15 menit.",
                    "",
                    exc.remaining,
                )
            return self.tr("Kata sandi salah.")
        return exc.message

    def _name_for(self, _exc: Exception) -> str:
        return self.actor.full_name or self.actor.username

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit_height()

    def _logout(self) -> None:
        self.logout_requested.emit()

    def reject(self) -> None:
        """Escape must not open the lock."""

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.ignore()


def _clock(moment: datetime) -> str:
    """The office's time of day, as the lock screen says it ("10.45 WIB")."""
    from desktop_app.core import clock

    return f"{clock.to_office(moment):%H.%M} {clock.zone_name()}"
