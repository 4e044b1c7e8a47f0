"""Editing windows never lose typed work, and each thing being edited has one window.

Every window where an officer types (a new request, a request's detail and its status notes and
reasons, a legalization entry) derives from :class:`EditingDialog`. Esc, the title bar's X, a
*Tutup*/*Batal* button and quitting the app all go through :meth:`EditingDialog.confirm_discard`:
it closes at once when nothing was typed and otherwise asks, with *Jangan tutup* as the default
(the pattern of Anki's ``AddCards.ifCanClose``).

Log-out, the idle lock's *Keluar akun*, switching user and quitting call
:func:`close_editing_windows`, which asks about every window with unsaved work before closing
any of them.

:func:`open_single` keeps one window per key (Anki's ``aqt.dialogs``): opening a request that is
already open brings its window forward instead of making a second one whose closing would hide
what was typed in the first.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Protocol, TypeVar, runtime_checkable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop_app.gui.screen_fit import fit_window


@runtime_checkable
class UnsavedWork(Protocol):
    """What a window offers to the log-out, lock and quit paths."""

    def has_unsaved_changes(self) -> bool:
        """True when closing now would throw away something the officer typed."""
        ...

    def confirm_discard(self) -> bool:
        """True when the window may close: nothing typed, or the officer chose to discard."""
        ...


def ask_discard(parent: QWidget | None, what: str) -> bool:
    """Ask whether to throw away unsaved work; True only for *Buang isian*.

    *Jangan tutup* is the default and the Esc answer, so a reflexive Enter or Esc keeps the work.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("editing", "Perubahan belum disimpan"))
    box.setText(
        QCoreApplication.translate("editing", "{what} berisi isian yang belum disimpan.").format(
            what=what
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "editing", "Jika ditutup sekarang, isian itu hilang. Tutup dan buang isian?"
        )
    )
    discard = box.addButton(
        QCoreApplication.translate("editing", "&Buang isian"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("editing", "&Jangan tutup"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


class EditingDialog(QDialog):
    """A dialog that asks before it throws typed work away.

    Subclasses implement :meth:`has_unsaved_changes`. ``accept()`` (a successful save) closes
    without asking; ``reject()`` — Esc, X (Qt's ``closeEvent`` calls it), *Batal*/*Tutup* —
    asks first. :meth:`discard_and_close` closes without asking, for callers that already asked.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._discard_agreed = False
        self._fitted = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # The first time it opens, never larger than the screen (a 1366x768 laptop, 150 %).
        if not self._fitted:
            self._fitted = True
            fit_window(self)
        super().showEvent(event)

    def has_unsaved_changes(self) -> bool:
        return False

    def unsaved_work_title(self) -> str:
        """How the question names this window ("Permohonan baru", "Permohonan KK-…")."""
        return self.windowTitle() or QCoreApplication.translate("editing", "Jendela ini")

    def confirm_discard(self) -> bool:
        if self._discard_agreed or not self.has_unsaved_changes():
            return True
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        if ask_discard(self, self.unsaved_work_title()):
            self._discard_agreed = True
            return True
        return False

    def reject(self) -> None:
        if self.confirm_discard():
            super().reject()

    def discard_and_close(self) -> None:
        """Close now, whatever was typed (the caller has asked already)."""
        self._discard_agreed = True
        self.reject()


def editing_windows() -> list[EditingDialog]:
    """Every open editing window of the application, the most recently opened last."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, EditingDialog) and widget.isVisible()
    ]


def close_editing_windows(windows: list[EditingDialog] | None = None) -> bool:
    """Close every editing window, asking first about each one with unsaved work.

    Returns False — and closes nothing — as soon as the officer answers *Jangan tutup* for one
    of them: log-out, switching user or quitting must then stop. Modal windows opened from
    others (a status change over a request's detail) are asked about first.
    """
    windows = editing_windows() if windows is None else windows
    ordered = sorted(windows, key=lambda w: w.isModal(), reverse=True)
    for window in ordered:
        if not window.confirm_discard():
            return False
    for window in ordered:
        if window.isVisible():
            window.discard_and_close()
    return True


W = TypeVar("W", bound=QWidget)
_open_windows: dict[Hashable, QWidget] = {}


def open_single(key: Hashable, factory: Callable[[], W]) -> W:
    """The window for ``key``: the open one brought forward, else a new one from ``factory``.

    The window is forgotten (and deleted) once it is closed, so the next ``open_single`` with
    the same key makes a fresh one. ``factory`` may raise; nothing is registered then.
    """
    window = open_window(key)
    if window is not None:
        bring_forward(window)
        return window  # type: ignore[return-value]
    window = factory()
    _open_windows[key] = window

    def forget() -> None:
        if _open_windows.get(key) is window:
            del _open_windows[key]
        window.deleteLater()

    if isinstance(window, QDialog):
        window.finished.connect(forget)
    else:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda: _open_windows.pop(key, None))
    window.show()
    bring_forward(window)
    return window


def open_window(key: Hashable) -> QWidget | None:
    """The open window registered under ``key``, if any (for tests and the lock)."""
    window = _open_windows.get(key)
    if window is None:
        return None
    if not shiboken6.isValid(window):  # deleted with its parent (the main window at log-out)
        del _open_windows[key]
        return None
    return window if window.isVisible() else None


def bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
