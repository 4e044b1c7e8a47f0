"""What every tab of *Pengaturan* shares: ``load()``, ``validate()``, ``save()`` and one way to
say how saving went (a green notice for success, never red; problems beside their fields).

A tab shows the stored values in :meth:`SettingsTab.load`, checks what is on screen in
:meth:`SettingsTab.validate` (raise ``ValidationError`` with ``(field, message)`` problems; write
nothing) and writes in :meth:`SettingsTab.store`. :meth:`SettingsTab.save` runs the three in
order. Tabs whose actions write at once (add a holiday, disable a user) report through
:meth:`SettingsTab.run_action`, so every tab answers the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.core.errors import LoketError, ValidationError
from desktop_app.gui.context import AppContext
from desktop_app.gui.widgets import FieldErrors, set_role, show_refusal


class SaveNotice(QLabel):
    """The line beside a tab's buttons: "✓ … tersimpan." in green, or what is wrong in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveNotice")
        self.setWordWrap(True)
        self.hide()

    def saved(self, text: str) -> None:
        self.setText("✓ " + text)
        set_role(self, "success")
        self.show()

    def problem(self, text: str) -> None:
        self.setText(text)
        set_role(self, "error")
        self.show()

    @property
    def succeeded(self) -> bool:
        return not self.isHidden() and self.property("role") == "success"

    def clear(self) -> None:
        self.setText("")
        self.hide()


class SettingsTab(QWidget):
    """Base of every settings tab; see the module docstring for the contract."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notice = SaveNotice()
        self.field_errors: FieldErrors | None = None
        self._stored: Any = None

    # --- to implement -------------------------------------------------------------------------

    def tab_title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        """Show the stored values (at start, and after something changed elsewhere)."""
        raise NotImplementedError

    def validate(self) -> None:
        """Check what is on screen; raise ``ValidationError``. Never writes."""

    def store(self) -> str:
        """Write what is on screen (raise ``LoketError`` on refusal); return the saved text."""
        raise NotImplementedError

    def values(self) -> Any:
        """What is on screen, comparable with what was loaded (``None``: nothing to save)."""
        return None

    # --- shared behaviour ---------------------------------------------------------------------

    def remember_stored(self) -> None:
        """Call at the end of ``load()``: what is on screen now is what is stored."""
        self._stored = self.values()

    def has_unsaved_changes(self) -> bool:
        current = self.values()
        return current is not None and current != self._stored

    def save(self) -> bool:
        """Validate, store, then say so once; nothing is written when validation fails."""
        self.clear_problems()
        try:
            self.validate()
            message = self.store()
        except LoketError as exc:
            self.show_problems(exc)
            return False
        self.remember_stored()
        self.notice.saved(
            message or QCoreApplication.translate("SettingsTab", "Pengaturan tersimpan.")
        )
        self.ctx.signals.settings_changed.emit()
        return True

    def run_action(self, action: Callable[[], object], saved_text: str) -> bool:
        """An action that writes at once (add, remove, enable): refusal in a message box,
        success in the notice, then the tab reloads and other pages are told."""
        try:
            action()
        except LoketError as exc:
            show_refusal(self, exc)
            return False
        self.load()
        self.notice.saved(saved_text)
        self.ctx.signals.settings_changed.emit()
        return True

    def clear_problems(self) -> None:
        if self.field_errors is not None:
            self.field_errors.clear()
        self.notice.clear()

    def show_problems(self, exc: LoketError) -> None:
        """Problems under the fields they name; the rest, or a pointer to them, in red."""
        errors = self.field_errors
        problems = exc.problems if isinstance(exc, ValidationError) else []
        known = [(n, m) for n, m in problems if errors is not None and n in errors.labels]
        rest = [m for n, m in problems if errors is None or n not in errors.labels]
        if known and errors is not None:
            errors.show(ValidationError(exc.message, known))
        if not problems:
            rest = [exc.message]
        self.notice.problem(
            "\n".join(rest)
            if rest
            else QCoreApplication.translate(
                "SettingsTab", "Belum tersimpan: periksa isian yang ditandai."
            )
        )

    def watch_edits(self, *widgets: QWidget) -> None:
        """Hide an old "saved" notice as soon as one of these fields is edited again."""
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self._edited)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self._edited)
            elif isinstance(widget, QAbstractSpinBox):
                widget.editingFinished.connect(self._edited)
                if hasattr(widget, "valueChanged"):
                    widget.valueChanged.connect(self._edited)
            elif isinstance(widget, QComboBox):
                widget.activated.connect(self._edited)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        if self.notice.succeeded:
            self.notice.clear()

    def save_row(self, *buttons: QPushButton) -> QHBoxLayout:
        """The notice on the left, then the buttons on the right: a notice appearing never
        moves a button."""
        row = QHBoxLayout()
        row.addWidget(self.notice, 1)
        row.addStretch(1)  # takes the room while the notice is hidden: buttons keep their size
        for button in buttons:
            row.addWidget(button)
        return row


def table(headers: list[str]) -> QTableWidget:
    """A read-only, single-selection list of rows, as every list tab shows."""
    widget = QTableWidget(0, len(headers))
    widget.setHorizontalHeaderLabels(headers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setAlternatingRowColors(True)
    widget.verticalHeader().setVisible(False)
    widget.horizontalHeader().setStretchLastSection(True)
    return widget


def item(text: str, data: object = None) -> QTableWidgetItem:
    from PySide6.QtCore import Qt

    cell = QTableWidgetItem(text)
    if data is not None:
        cell.setData(Qt.ItemDataRole.UserRole, data)
    return cell
