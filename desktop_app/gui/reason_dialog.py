"""Asking why: reprints and revocations are refused without a reason (the core checks too)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

MAX_REASON = 500


class ReasonDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, prompt: str, action: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("Wajib diisi, misalnya: hasil cetak rusak di printer")
        )
        self.reason.setFixedHeight(90)
        label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        self.hint = QLabel()
        self.hint.setProperty("role", "error")
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.textChanged.connect(self._changed)

    def text(self) -> str:
        return " ".join(self.reason.toPlainText().split())

    def _changed(self) -> None:
        text = self.text()
        self.ok.setEnabled(0 < len(text) <= MAX_REASON)
        self.hint.setText(
            self.tr("Alasan terlalu panjang (maksimal {0} karakter).").format(MAX_REASON)
            if len(text) > MAX_REASON
            else ""
        )

    def accept(self) -> None:
        if not self.text():  # an empty reason is never accepted, not even by Ctrl+Enter
            self.hint.setText(self.tr("Alasan wajib diisi."))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str, action: str) -> str | None:
        """The reason typed (whitespace tidied), or None when cancelled."""
        dialog = cls(parent, title, prompt, action)
        try:
            return dialog.text() if dialog.exec() else None
        finally:
            dialog.deleteLater()
