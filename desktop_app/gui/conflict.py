"""When another officer saved first: the officer's own change beside what is stored now, and one
button to apply it again over the new state.

Nothing typed is lost on a conflict: the window that raised it keeps the officer's values (the
request window puts them back into its fields, a status change keeps its reason for the next
try), and this dialog only decides whether to apply them again at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.widgets import label


@dataclass(frozen=True)
class ChangedValue:
    """One line of the comparison: what, the officer's value, the value stored now."""

    what: str
    mine: str
    stored: str


class ConflictDialog(QDialog):
    """``reapply_text`` empty: the change cannot be applied to the new state (only *Tutup*)."""

    def __init__(
        self,
        parent: QWidget | None,
        intro: str,
        rows: list[ChangedValue],
        reapply_text: str,
        keep_text: str,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Sudah diubah orang lain"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Sudah diubah orang lain"), "subheading"))
        self.intro = label(intro)
        layout.addWidget(self.intro)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Isian"), self.tr("Perubahan Anda"), self.tr("Tersimpan sekarang")]
        )
        self.table.setAccessibleName(self.tr("Perubahan Anda dan yang tersimpan sekarang"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, value in enumerate(rows):
            for column, text in enumerate((value.what, value.mine, value.stored)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        rows_height = sum(self.table.rowHeight(r) for r in range(len(rows)))
        wanted = rows_height + header.sizeHint().height() + 2 * self.table.frameWidth() + 2
        self.table.setFixedHeight(min(wanted, self.fontMetrics().height() * 20))
        layout.addWidget(self.table)
        self.note = label(note, "hint")
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        buttons = QDialogButtonBox()
        self.reapply_button: QPushButton | None = None
        if reapply_text:
            self.reapply_button = buttons.addButton(
                reapply_text, QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.reapply_button.setDefault(True)
        self.keep_button = buttons.addButton(keep_text, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # The choice has the keyboard, not the read-only table (whose first cell then wore a
        # focus frame that looked like a button).
        (self.reapply_button or self.keep_button).setFocus()

    def rows(self) -> list[tuple[str, str, str]]:
        rows = []
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c) for c in range(3)]
            what, mine, stored = (cell.text() if cell is not None else "" for cell in cells)
            rows.append((what, mine, stored))
        return rows

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        intro: str,
        rows: list[ChangedValue],
        reapply_text: str,
        keep_text: str,
        note: str = "",
    ) -> bool:
        """True when the officer chose to apply the change again."""
        dialog = cls(parent, intro, rows, reapply_text, keep_text, note)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
