"""Settings tab *Templat WhatsApp*: the reply text per status, the placeholders it may use and
a live preview filled with example data (the core checks the placeholders on save)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import requests as rq
from desktop_app.core import settings
from desktop_app.core.errors import ValidationError
from desktop_app.core.formatting import phone_display
from desktop_app.core.i18n import _, official_document
from desktop_app.core.security import Permission
from desktop_app.gui import editing
from desktop_app.gui.context import AppContext
from desktop_app.gui.pages.settings.base import SettingsTab
from desktop_app.gui.widgets import label


@official_document()  # a preview of the citizen's (Indonesian) message
def example_values(office_phone: str, status: str) -> dict[str, str]:
    return rq.reply_values(
        name="Sri Wahyuni",
        nik="3216064507880003",
        ticket="KK-261128-0007",
        service_name="Kartu Keluarga",
        status=status,
        due_at=datetime.now(UTC) + timedelta(days=1),
        office_phone=office_phone or "+6281200000000",
        missing_documents=("Foto KK lama", "Buku nikah/akta perkawinan"),
        reject_reason="Foto KK lama tidak terbaca",
        document_numbers=("3216-KK-26112026-0001",),
        delivery="whatsapp",
    )


class TemplatesTab(SettingsTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = ctx.can(Permission.SETTINGS_EDIT)
        office = settings.get_office(ctx.db)
        self.office_phone = phone_display(office.whatsapp or office.phone)
        self.templates: dict[str, str] = {}
        self.current: str | None = None
        layout = QHBoxLayout(self)
        self.statuses = QListWidget()
        self.statuses.setAccessibleName(self.tr("Status permohonan"))
        self.statuses.setMaximumWidth(self.fontMetrics().averageCharWidth() * 26)
        for status in rq.STATUSES:
            item = QListWidgetItem(rq.status_label(status))
            item.setData(0x0100, status)
            self.statuses.addItem(item)
        layout.addWidget(self.statuses)

        middle = QVBoxLayout()
        layout.addLayout(middle, 3)
        body_label = QLabel(self.tr("Isi &templat"))
        middle.addWidget(body_label)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Isi templat WhatsApp"))
        self.body.setTabChangesFocus(True)
        self.body.setReadOnly(not self.can_edit)
        body_label.setBuddy(self.body)
        middle.addWidget(self.body, 2)
        # Live check of the placeholders while typing (the notice below says how saving went).
        self.error = label("", "error")
        middle.addWidget(self.error)
        preview_box = QGroupBox(self.tr("Pratinjau"))
        preview_layout = QVBoxLayout(preview_box)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("Pratinjau pesan"))
        preview_layout.addWidget(self.preview)
        middle.addWidget(preview_box, 1)
        self.save_button = QPushButton(self.tr("&Simpan templat"))
        self.save_button.setProperty("primary", True)
        self.save_button.setVisible(self.can_edit)
        self.save_button.clicked.connect(self.save)
        middle.addLayout(self.save_row(self.save_button))

        right = QVBoxLayout()
        layout.addLayout(right, 1)
        placeholders_label = label(
            self.tr("Isian yang tersedia (klik dua kali untuk menyisipkan):")
        )
        right.addWidget(placeholders_label)
        self.placeholders = QListWidget()
        self.placeholders.setAccessibleName(self.tr("Isian yang tersedia"))
        # Long meanings wrap in the narrow column instead of hiding behind a scroll bar.
        self.placeholders.setWordWrap(True)
        self.placeholders.setResizeMode(QListView.ResizeMode.Adjust)
        self.placeholders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for name, meaning in rq.PLACEHOLDERS.items():
            item = QListWidgetItem(f"{{{name}}} — {_(meaning)}")
            item.setData(0x0100, name)
            self.placeholders.addItem(item)
        self.placeholders.itemDoubleClicked.connect(self.insert_placeholder)
        right.addWidget(self.placeholders, 1)

        self.body.textChanged.connect(self.update_preview)
        self.statuses.currentRowChanged.connect(self._status_changed)
        self.watch_edits(self.body)
        self.load()
        self.statuses.setCurrentRow(0)

    def tab_title(self) -> str:
        return self.tr("Templat WhatsApp")

    def load(self) -> None:
        """The stored templates; the one shown is replaced unless it is being edited."""
        typing = self.current is not None and self.is_dirty()
        self.templates = rq.list_templates(self.ctx.db)
        if self.current is not None and not typing:
            self.body.setPlainText(self.templates.get(self.current, ""))

    def _status_changed(self, row: int) -> None:
        if row < 0:
            return
        if self.current is not None and self.is_dirty():
            # Asked once the click that changed the row has finished selecting it: going back
            # now leaves the list and the editor on the same template.
            QTimer.singleShot(0, lambda: self._confirm_switch(row))
            return
        self._show_status(row)

    def _confirm_switch(self, row: int) -> None:
        assert self.current is not None
        if editing.ask_discard(
            self, self.tr("Templat {status}").format(status=rq.status_label(self.current))
        ):
            self._show_status(row)
            return
        self.statuses.blockSignals(True)
        self.statuses.setCurrentRow(rq.STATUSES.index(self.current))
        self.statuses.blockSignals(False)
        self.body.setFocus()

    def _show_status(self, row: int) -> None:
        self.current = rq.STATUSES[row]
        self.body.setPlainText(self.templates.get(self.current, ""))

    def is_dirty(self) -> bool:
        return self.body.toPlainText().strip() != self.templates.get(self.current or "", "")

    def has_unsaved_changes(self) -> bool:
        return self.current is not None and self.is_dirty()

    def insert_placeholder(self, item: QListWidgetItem) -> None:
        if self.can_edit:
            self.body.insertPlainText("{" + item.data(0x0100) + "}")
            self.body.setFocus()

    def update_preview(self) -> None:
        if self.current is None:  # before the first status is chosen
            return
        text = self.body.toPlainText()
        try:
            body = rq.check_template(text)
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.preview.setText("")
            return
        self.error.setText("")
        status = self.current or rq.STATUSES[0]
        self.preview.setText(rq.fill_template(body, example_values(self.office_phone, status)))

    def validate(self) -> None:
        rq.check_template(self.body.toPlainText())

    def store(self) -> str:
        status = self.current or rq.STATUSES[0]
        rq.save_template(self.ctx.db, self.ctx.actor, status, self.body.toPlainText())
        self.load()
        return self.tr("Templat {status} tersimpan.").format(status=rq.status_label(status))
