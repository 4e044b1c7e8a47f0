"""Asking why: reprints and revocations are refused without a reason of at least ten characters
(the core checks too). Each use gives its own example; the limits are said before typing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.legalization import MAX_REASON, MIN_REASON


class ReasonDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, title: str, prompt: str, action: str, example: str = ""
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(example)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        self.limits = QLabel(
            self.tr("Minimal {min} karakter, maksimal {max}.").format(
                min=MIN_REASON, max=MAX_REASON
            )
        )
        self.limits.setProperty("role", "hint")
        layout.addWidget(self.limits)
        self.hint = QLabel()
        self.hint.setProperty("role", "error")
        self.hint.setWordWrap(True)
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
        self.ok.setEnabled(MIN_REASON <= len(text) <= MAX_REASON)
        if len(text) > MAX_REASON:
            self.hint.setText(
                self.tr("Alasan terlalu panjang (maksimal {0} karakter).").format(MAX_REASON)
            )
        else:
            self.hint.setText("")
        self.limits.setText(
            self.tr("Minimal {min} karakter, maksimal {max}. Sudah {n}.").format(
                min=MIN_REASON, max=MAX_REASON, n=len(text)
            )
        )

    def accept(self) -> None:
        text = self.text()
        if not text:  # an empty reason is never accepted, not even by Ctrl+Enter
            self.hint.setText(self.tr("Alasan wajib diisi."))
            return
        if len(text) < MIN_REASON:
            self.hint.setText(
                self.tr("Alasan terlalu singkat: tulis minimal {n} karakter.").format(n=MIN_REASON)
            )
            return
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, prompt: str, action: str, example: str = ""
    ) -> str | None:
        """The reason typed (whitespace tidied), or None when cancelled."""
        dialog = cls(parent, title, prompt, action, example)
        try:
            return dialog.text() if dialog.exec() else None
        finally:
            dialog.deleteLater()
