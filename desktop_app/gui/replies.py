"""Replies to citizens: copy the reply for a request, or open it in WhatsApp (recorded in the
request's history), and the non-modal bar that offers both right after a save or a status
change, so the reply goes out without opening the request."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from desktop_app.core import requests as rq
from desktop_app.core.errors import LoketError
from desktop_app.gui.context import AppContext


def copy_reply(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def open_in_whatsapp(ctx: AppContext, parent: QWidget, request_id: int, text: str) -> bool:
    """Open the reply in WhatsApp (wa.me) and record it in the history; a landline or a
    missing number is explained instead."""
    title = QCoreApplication.translate("replies", "WhatsApp")
    try:
        message = rq.wa_url(ctx.db, ctx.actor, request_id, text)
    except LoketError as exc:
        QMessageBox.warning(parent, title, exc.message)
        return False
    if message.url is None:
        QMessageBox.warning(parent, title, message.problem)
        return False
    QDesktopServices.openUrl(QUrl(message.url))
    try:
        rq.record_whatsapp_sent(ctx.db, ctx.actor, request_id, text)
    except LoketError as exc:
        QMessageBox.warning(parent, title, exc.message)
        return False
    ctx.signals.requests_changed.emit()
    return True


class ReplyBar(QFrame):
    """ "KK-261129-0004 tersimpan. [Salin balasan] [Buka WhatsApp] [×]" — non-modal.

    Enter copies the reply (the first offer), Esc closes the bar. ``finished`` is emitted when
    the officer is done with it (copied, opened or closed), so the list can take the keyboard
    back."""

    finished = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id: int | None = None
        self.reply = ""
        self.setObjectName("replyBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Balasan untuk pemohon"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.text, 1)
        self.copy_button = QPushButton(self.tr("&Salin balasan"))
        self.copy_button.setProperty("primary", True)
        self.copy_button.clicked.connect(self.copy)
        self.open_button = QPushButton(self.tr("Buka &WhatsApp"))
        self.open_button.clicked.connect(self.open_whatsapp)
        self.close_button = QPushButton("✕")
        self.close_button.setToolTip(self.tr("Tutup (Esc)"))
        self.close_button.setAccessibleName(self.tr("Tutup pemberitahuan"))
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.dismiss)
        for button in (self.copy_button, self.open_button, self.close_button):
            row.addWidget(button)
        self.hide()

    def offer(self, request_id: int, headline: str, reply: str, can_open: bool) -> None:
        """Show the bar for ``request_id`` with ``reply`` ready, the copy button focused."""
        self.request_id, self.reply = request_id, reply
        self.text.setText(headline)
        self.text.setToolTip(reply[:1000])
        self.open_button.setEnabled(can_open)
        self.copy_button.setEnabled(bool(reply))
        self.show()
        self.copy_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def copy(self) -> None:
        if not self.reply:
            return
        copy_reply(self.reply)
        self.text.setText(self.tr("Balasan disalin. Tempel di WhatsApp pemohon."))
        self.finished.emit()

    def open_whatsapp(self) -> None:
        if self.request_id is None:
            return
        if open_in_whatsapp(self.ctx, self, self.request_id, self.reply):
            self.text.setText(self.tr("Balasan dibuka di WhatsApp dan dicatat di riwayat."))
            self.finished.emit()

    def dismiss(self) -> None:
        self.hide()
        self.finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isVisible():
            focused = self.focusWidget()
            if focused in (self.open_button, self.close_button):
                focused.click()
            else:
                self.copy()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            event.accept()
            return
        super().keyPressEvent(event)
