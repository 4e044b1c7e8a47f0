"""One request: every field (editable, audited by the core), the full history, the status
workflow of DESIGN §2, assignment and the WhatsApp reply for the current status.

Every change passes the ``version`` this dialog read. When someone else saved first the core
raises Conflict: the dialog shows the message and reloads, so nothing is silently overwritten.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import requests as rq
from desktop_app.core import users
from desktop_app.core.errors import Conflict, LoketError, ValidationError
from desktop_app.core.formatting import phone_display
from desktop_app.core.i18n import _
from desktop_app.core.security import Permission
from desktop_app.gui.context import AppContext
from desktop_app.gui.editing import EditingDialog
from desktop_app.gui.formatting import (
    OFFICE_TZ,
    fit_buttons,
    format_datetime,
    short_datetime,
)
from desktop_app.gui.request_intake import (
    ERROR_COLOR,
    kk_feedback,
    nik_feedback,
    phone_feedback,
    show_feedback,
)
from desktop_app.gui.widgets import label_form_fields

EVENT_KINDS = {
    "create": QT_TRANSLATE_NOOP("RequestDetailDialog", "Dicatat"),
    "status": QT_TRANSLATE_NOOP("RequestDetailDialog", "Status"),
    "assign": QT_TRANSLATE_NOOP("RequestDetailDialog", "Penugasan"),
    "edit": QT_TRANSLATE_NOOP("RequestDetailDialog", "Perubahan data"),
    "whatsapp": QT_TRANSLATE_NOOP("RequestDetailDialog", "Balasan WhatsApp"),
    "import": QT_TRANSLATE_NOOP("RequestDetailDialog", "Impor"),
}
ACTION_TEXT = {
    "diproses": QT_TRANSLATE_NOOP("RequestDetailDialog", "&Proses"),
    "menunggu_berkas": QT_TRANSLATE_NOOP("RequestDetailDialog", "&Menunggu berkas"),
    "selesai": QT_TRANSLATE_NOOP("RequestDetailDialog", "&Selesai"),
    "ditolak": QT_TRANSLATE_NOOP("RequestDetailDialog", "&Tolak…"),
}


class StatusChangeDialog(EditingDialog):
    """Asks what a status change needs: a reason for ``ditolak`` (required), the issued
    document's number for ``selesai`` (optional), a note otherwise. A typed reason or note is
    not thrown away without asking."""

    def __init__(self, ticket: str, to_status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.to_status = to_status
        self.setWindowTitle(
            self.tr("{ticket}: ubah status menjadi {status}").format(
                ticket=ticket, status=rq.status_label(to_status)
            )
        )
        form = QFormLayout(self)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Alasan penolakan"))
        self.reason.setMaximumHeight(90)
        self.document_no = QLineEdit()
        self.document_no.setMaxLength(100)
        self.document_no.setAccessibleName(self.tr("Nomor dokumen terbit"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        self.note.setAccessibleName(self.tr("Catatan"))
        if to_status == "ditolak":
            form.addRow(self.tr("&Alasan (wajib)"), self.reason)
        if to_status == "selesai":
            form.addRow(self.tr("Nomor &dokumen"), self.document_no)
        form.addRow(self.tr("&Catatan"), self.note)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ubah status"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        fit_buttons(buttons)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        (self.reason if to_status == "ditolak" else self.note).setFocus()

    def has_unsaved_changes(self) -> bool:
        return any(self.values().values())

    def _ok(self) -> None:
        if self.to_status == "ditolak" and not self.reason.toPlainText().strip():
            self.error.setText(self.tr("Alasan penolakan wajib diisi."))
            self.error.show()
            self.reason.setFocus()
            return
        self.accept()

    def values(self) -> dict:
        return {
            "note": self.note.toPlainText().strip(),
            "reason": self.reason.toPlainText().strip() or None,
            "document_no": self.document_no.text().strip() or None,
        }

    @classmethod
    def ask(cls, ticket: str, to_status: str, parent: QWidget | None = None) -> dict | None:
        dialog = cls(ticket, to_status, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class RequestDetailDialog(EditingDialog):
    """One request's window (non-modal; one per request, see ``editing.open_single``). Edited
    fields or an edited reply are not thrown away without asking."""

    def __init__(self, ctx: AppContext, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id = request_id
        self.detail: rq.RequestDetail | None = None
        self._rendered_message = ""
        self.can_edit = ctx.can(Permission.REQUESTS_EDIT)
        self.resize(1100, 700)
        self._build()
        self.load()

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.title)
        self.status_badge = QLabel()
        self.status_badge.setAccessibleName(self.tr("Status"))
        head.addWidget(self.status_badge)
        head.addStretch(1)
        root.addLayout(head)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.facts)

        columns = QHBoxLayout()
        root.addLayout(columns, 1)
        fields_box = QGroupBox(self.tr("Data permohonan"))
        form = QFormLayout(fields_box)
        self.channel = QComboBox()
        for code in rq.CHANNELS:
            self.channel.addItem(rq.channel_label(code), code)
        self.service = QComboBox()
        for service in rq.list_services(self.ctx.db, include_inactive=True):
            self.service.addItem(f"{service.code} — {service.name}", service.code)
        self.received = QDateTimeEdit()
        self.received.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.received.setCalendarPopup(True)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.nik = QLineEdit()
        self.nik_info = QLabel()
        self.kk = QLineEdit()
        self.kk_info = QLabel()
        self.phone = QLineEdit()
        self.phone_info = QLabel()
        for info in (self.nik_info, self.kk_info, self.phone_info):
            info.setWordWrap(True)
        self.email = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.external_ref = QLineEdit()
        self.fields = {
            "kanal": self.channel,
            "layanan": self.service,
            "diterima": self.received,
            "nama": self.name,
            "nik": self.nik,
            "no_kk": self.kk,
            "no_hp": self.phone,
            "email": self.email,
            "keterangan": self.notes,
            "ref": self.external_ref,
        }
        for key, widget in self.fields.items():
            widget.setAccessibleName(_(rq.FIELD_LABELS[key]))
            widget.setEnabled(self.can_edit)
        self.nik.textChanged.connect(lambda t: show_feedback(self.nik_info, *nik_feedback(t)))
        self.kk.textChanged.connect(lambda t: show_feedback(self.kk_info, *kk_feedback(t)))
        self.phone.textChanged.connect(lambda t: show_feedback(self.phone_info, *phone_feedback(t)))
        form.addRow(self.tr("&Kanal"), self.channel)
        form.addRow(self.tr("&Layanan"), self.service)
        form.addRow(self.tr("&Diterima"), self.received)
        form.addRow(self.tr("&Nama"), self.name)
        form.addRow(self.tr("N&IK"), self.nik)
        form.addRow("", self.nik_info)
        form.addRow(self.tr("Nomor K&K"), self.kk)
        form.addRow("", self.kk_info)
        form.addRow(self.tr("No. &WhatsApp"), self.phone)
        form.addRow("", self.phone_info)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("Ke&terangan"), self.notes)
        form.addRow(self.tr("&Referensi"), self.external_ref)
        label_form_fields(form)
        self.edit_error = QLabel()
        self.edit_error.setWordWrap(True)
        self.edit_error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.edit_error.hide()
        form.addRow(self.edit_error)
        self.save_button = QPushButton(self.tr("Simpan &perubahan"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_changes)
        self.save_button.setVisible(self.can_edit)
        form.addRow("", self.save_button)
        columns.addWidget(fields_box, 4)

        right = QVBoxLayout()
        columns.addLayout(right, 6)
        actions_box = QGroupBox(self.tr("Tindakan"))
        actions = QVBoxLayout(actions_box)
        self.status_row = QHBoxLayout()
        actions.addLayout(self.status_row)
        self.status_buttons: dict[str, QPushButton] = {}
        for status in rq.STATUSES:
            button = QPushButton()
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, s=status: self.change_status(s))
            self.status_buttons[status] = button
            self.status_row.addWidget(button)
        self.status_row.addStretch(1)
        assign_row = QHBoxLayout()
        self.take_button = QPushButton(self.tr("&Tangani sendiri"))
        self.take_button.setAutoDefault(False)
        self.take_button.clicked.connect(self.assign_to_self)
        assign_row.addWidget(self.take_button)
        self.officer = QComboBox()
        self.officer.setAccessibleName(self.tr("Petugas yang ditugaskan"))
        self.officer.addItem(self.tr("(belum ditugaskan)"), None)
        for officer in users.officers(self.ctx.db):
            if officer.role.value in ("petugas", "supervisor"):
                self.officer.addItem(officer.full_name or officer.username, officer.id)
        assign_row.addWidget(self.officer, 1)
        self.assign_button = QPushButton(self.tr("T&ugaskan"))
        self.assign_button.setAutoDefault(False)
        self.assign_button.clicked.connect(self.assign_selected)
        assign_row.addWidget(self.assign_button)
        actions.addLayout(assign_row)
        actions_box.setEnabled(self.can_edit)
        right.addWidget(actions_box)

        self.tabs = QTabWidget()
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Waktu"), self.tr("Oleh"), self.tr("Kejadian"), self.tr("Catatan")]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(True)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setAccessibleName(self.tr("Riwayat permohonan"))
        self.tabs.addTab(self.history, self.tr("Riwayat"))

        wa = QWidget()
        wa_layout = QVBoxLayout(wa)
        self.message = QPlainTextEdit()
        self.message.setAccessibleName(self.tr("Pesan WhatsApp"))
        wa_layout.addWidget(self.message, 1)
        wa_buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Sa&lin pesan"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_message)
        self.open_wa_button = QPushButton(self.tr("&Buka WhatsApp"))
        self.open_wa_button.setAutoDefault(False)
        self.open_wa_button.clicked.connect(self.open_whatsapp)
        self.wa_note = QLabel()
        self.wa_note.setProperty("role", "hint")
        self.wa_note.setWordWrap(True)
        wa_buttons.addWidget(self.copy_button)
        wa_buttons.addWidget(self.open_wa_button)
        wa_buttons.addWidget(self.wa_note, 1)
        wa_layout.addLayout(wa_buttons)
        self.tabs.addTab(wa, self.tr("Balas WhatsApp"))
        right.addWidget(self.tabs, 1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        close.rejected.connect(self.reject)
        fit_buttons(close)
        root.addWidget(close)

    # --- showing ------------------------------------------------------------------------------

    def load(self) -> None:
        """(Re)read the request from the core and show it; unsaved edits are dropped."""
        d = rq.get_detail(self.ctx.db, self.ctx.actor, self.request_id)
        self.detail = d
        self.setWindowTitle(self.tr("Permohonan {ticket}").format(ticket=d.ticket))
        self.title.setText(f"{d.ticket} — {d.name}")
        badge = rq.status_label(d.status)
        if d.overdue:
            badge = self.tr("{status} · Terlambat").format(status=badge)
            self.status_badge.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: 600;")
        else:
            self.status_badge.setStyleSheet("font-weight: 600;")
        self.status_badge.setText(badge)
        facts = [
            self.tr("Layanan: {s}").format(s=d.service_name),
            self.tr("Jatuh tempo: {t}").format(t=format_datetime(d.due_at)),
            self.tr("Petugas: {p}").format(p=d.officer_name or self.tr("belum ditugaskan")),
        ]
        if d.closed_at:
            facts.append(self.tr("Ditutup: {t}").format(t=format_datetime(d.closed_at)))
        if d.document_no:
            facts.append(self.tr("Nomor dokumen: {n}").format(n=d.document_no))
        if d.reject_reason:
            facts.append(self.tr("Alasan ditolak: {r}").format(r=d.reject_reason))
        self.facts.setText(" · ".join(facts))

        self.channel.setCurrentIndex(max(self.channel.findData(d.channel), 0))
        self.service.setCurrentIndex(max(self.service.findData(d.service_code), 0))
        self.received.setDateTime(QDateTime(self._local(d.received_at)))
        self.name.setText(d.name)
        self.nik.setText(d.nik)
        self.kk.setText(d.kk or "")
        self.phone.setText(phone_display(d.phone))
        self.email.setText(d.email or "")
        self.notes.setPlainText(d.notes)
        self.external_ref.setText(d.external_ref or "")
        self._clear_errors()

        allowed = set(d.next_statuses)
        reopening = d.status in rq.CLOSED_STATUSES
        if reopening and not self.ctx.can(Permission.REQUESTS_REOPEN):
            allowed = set()
        for status, button in self.status_buttons.items():
            button.setVisible(status in allowed)
            text = ACTION_TEXT.get(status, status)
            if reopening:
                text = QT_TRANSLATE_NOOP("RequestDetailDialog", "Buka &kembali")
            button.setText(self.tr(text))
        self.take_button.setEnabled(d.assigned_to != self.ctx.actor.user_id)
        self.officer.setCurrentIndex(max(self.officer.findData(d.assigned_to), 0))

        self.history.setRowCount(len(d.events))
        for row, event in enumerate(d.events):
            what = self.tr(EVENT_KINDS.get(event.kind, event.kind))
            if event.to_status and event.kind != "create":
                what = rq.status_label(event.to_status)
                if event.from_status:
                    what = f"{rq.status_label(event.from_status)} → {what}"
            cells = (short_datetime(event.at), event.user_name, what, event.note)
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        header = self.history.horizontalHeader()
        metrics = self.fontMetrics()
        pad = metrics.averageCharWidth() * 2
        samples = ("28/11/2026 09:15", "", "Menunggu berkas → Selesai")
        for column, sample in enumerate(samples):
            if column == 1:  # who: as wide as the longest name here (a handful of rows)
                names = [e.user_name for e in d.events] or [""]
                sample = max(names, key=metrics.horizontalAdvance)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + pad)
        self.history.resizeRowsToContents()  # a request has a handful of events, not thousands
        self.history.scrollToBottom()
        self._load_message()

    def _load_message(self) -> None:
        try:
            message = rq.wa_url(self.ctx.db, self.ctx.actor, self.request_id)
        except LoketError as exc:
            self.message.setPlainText("")
            self._rendered_message = ""
            self.wa_note.setText(exc.message)
            self.open_wa_button.setEnabled(False)
            return
        self.message.setPlainText(message.text)
        self._rendered_message = message.text
        self.open_wa_button.setEnabled(message.url is not None and self.can_edit)
        self.open_wa_button.setToolTip(message.problem)
        self.wa_note.setText(message.problem)

    @staticmethod
    def _local(moment: datetime) -> datetime:
        return moment.astimezone(OFFICE_TZ).replace(tzinfo=None, second=0, microsecond=0)

    # --- changes ------------------------------------------------------------------------------

    def _run(self, change) -> bool:  # type: ignore[no-untyped-def]
        """Call a core change; on Conflict show why and reload, on refusal show the message."""
        try:
            self.detail = change()
        except Conflict as exc:
            QMessageBox.warning(self, self.tr("Sudah diubah orang lain"), exc.message)
            self.load()
            return False
        except ValidationError as exc:
            if exc.problems and any(f in self.fields for f, _m in exc.problems):
                self.show_problems(exc)
            else:
                QMessageBox.warning(self, self.tr("Tidak dapat disimpan"), exc.message)
            return False
        except LoketError as exc:
            QMessageBox.warning(self, self.tr("Tidak dapat disimpan"), exc.message)
            return False
        self.ctx.signals.requests_changed.emit()
        self.load()
        return True

    def has_unsaved_changes(self) -> bool:
        if self.detail is None or not self.can_edit:
            return False
        return bool(self.changed_fields()) or (self.message.toPlainText() != self._rendered_message)

    def changed_fields(self) -> dict:
        d = self.detail
        assert d is not None
        current = {
            "channel": self.channel.currentData(),
            "service_code": self.service.currentData(),
            "name": self.name.text(),
            "nik": self.nik.text(),
            "kk": self.kk.text() or None,
            "phone": _stored_phone(self.phone.text(), d.phone),
            "email": self.email.text() or None,
            "notes": self.notes.toPlainText(),
            "external_ref": self.external_ref.text() or None,
        }
        changes = {k: v for k, v in current.items() if v != getattr(d, k)}
        received = self.received.dateTime().toPython()
        if received != self._local(d.received_at):
            changes["received_at"] = received.replace(tzinfo=OFFICE_TZ)
        return changes

    def save_changes(self) -> bool:
        self._clear_errors()
        changes = self.changed_fields()
        if not changes:
            return True
        d = self.detail
        return self._run(
            lambda: rq.update_request(self.ctx.db, self.ctx.actor, d.id, d.version, **changes)
        )

    def change_status(self, to_status: str) -> bool:
        d = self.detail
        if self.changed_fields():
            answer = QMessageBox.question(
                self,
                self.tr("Perubahan belum disimpan"),
                self.tr("Data yang diubah belum disimpan. Simpan dulu?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes or not self.save_changes():
                return False
            d = self.detail
        extra = StatusChangeDialog.ask(d.ticket, to_status, self)
        if extra is None:
            return False
        return self._run(
            lambda: rq.change_status(
                self.ctx.db, self.ctx.actor, d.id, d.version, to_status, **extra
            )
        )

    def assign_to_self(self) -> bool:
        d = self.detail
        return self._run(
            lambda: rq.assign(self.ctx.db, self.ctx.actor, d.id, d.version, self.ctx.actor.user_id)
        )

    def assign_selected(self) -> bool:
        d = self.detail
        officer_id = self.officer.currentData()
        return self._run(
            lambda: rq.assign(self.ctx.db, self.ctx.actor, d.id, d.version, officer_id)
        )

    def copy_message(self) -> None:
        QGuiApplication.clipboard().setText(self.message.toPlainText())
        self.wa_note.setText(self.tr("Pesan disalin. Tempel di WhatsApp pemohon."))

    def open_whatsapp(self) -> bool:
        text = self.message.toPlainText()
        try:
            message = rq.wa_url(self.ctx.db, self.ctx.actor, self.request_id, text)
        except LoketError as exc:
            QMessageBox.warning(self, self.tr("WhatsApp"), exc.message)
            return False
        if message.url is None:
            QMessageBox.warning(self, self.tr("WhatsApp"), message.problem)
            return False
        QDesktopServices.openUrl(QUrl(message.url))
        try:
            rq.record_whatsapp_sent(self.ctx.db, self.ctx.actor, self.request_id, text)
        except LoketError as exc:
            QMessageBox.warning(self, self.tr("WhatsApp"), exc.message)
            return False
        self.ctx.signals.requests_changed.emit()
        self.load()
        self.tabs.setCurrentIndex(1)
        self.message.setPlainText(text)
        self._rendered_message = text  # sent: nothing left to lose
        return True

    def show_problems(self, exc: ValidationError) -> None:
        lines, first = [], None
        for field, message in exc.problems:
            label = rq.FIELD_LABELS.get(field)
            lines.append(f"{_(label)}: {message}" if label else message)
            widget = self.fields.get(field)
            if widget is not None:
                widget.setProperty("error", True)
                widget.style().polish(widget)
                first = first or widget
        self.edit_error.setText("\n".join(lines))
        self.edit_error.show()
        if first is not None:
            first.setFocus()

    def _clear_errors(self) -> None:
        self.edit_error.hide()
        for widget in self.fields.values():
            if widget.property("error"):
                widget.setProperty("error", False)
                widget.style().polish(widget)


def _stored_phone(text: str, stored: str | None) -> str | None:
    """The phone field shows ``0812-...``; unchanged when it is the stored number written the
    national way, so showing it differently does not count as an edit."""
    if not text.strip():
        return None
    return stored if stored and phone_display(stored) == text.strip() else text
