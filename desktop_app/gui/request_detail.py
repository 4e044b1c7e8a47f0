"""One request's window (Designer form ``ui/request_detail.ui``): every field (editable, audited
by the core), the history, the status workflow, assignment and the reply for the current status.

Every change passes the ``version`` this window read. When someone else saved first the core
raises Conflict: the window shows the new state with the officer's values put back, side by side
in a ConflictDialog (gui/conflict.py), with one button to apply them again; nothing typed is lost
(a status change's reason is kept for the next try).
The window is non-modal, one per request (``editing.open_single``), and asks before it throws
away edited fields or an edited reply (``editing.EditingDialog``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import clock, users
from desktop_app.core import requests as rq
from desktop_app.core.errors import Conflict, LoketError, ValidationError
from desktop_app.core.formatting import phone_display
from desktop_app.core.i18n import _
from desktop_app.core.security import Permission
from desktop_app.gui.conflict import ChangedValue, ConflictDialog
from desktop_app.gui.context import AppContext
from desktop_app.gui.editing import EditingDialog
from desktop_app.gui.formatting import (
    due_date,
    fit_buttons,
    format_datetime,
    short_datetime,
)
from desktop_app.gui.forms.ui_request_detail import Ui_RequestDetailDialog
from desktop_app.gui.qt import QT_TRANSLATE_NOOP
from desktop_app.gui.replies import copy_reply
from desktop_app.gui.request_intake import (
    kk_feedback,
    nik_feedback,
    phone_feedback,
    request_field_labels,
    request_fields,
    show_feedback,
)
from desktop_app.gui.style import restyle
from desktop_app.gui.widgets import FieldErrors, label_form_fields

EVENT_KINDS = {
    "create": QT_TRANSLATE_NOOP("RequestDetailDialog", "Dicatat"),
    "status": QT_TRANSLATE_NOOP("RequestDetailDialog", "Status"),
    "assign": QT_TRANSLATE_NOOP("RequestDetailDialog", "Penugasan"),
    "edit": QT_TRANSLATE_NOOP("RequestDetailDialog", "Perubahan data"),
    "whatsapp": QT_TRANSLATE_NOOP("RequestDetailDialog", "Balasan WhatsApp"),
    "import": QT_TRANSLATE_NOOP("RequestDetailDialog", "Impor"),
    "message": QT_TRANSLATE_NOOP("RequestDetailDialog", "Pesan pemohon"),
}
REOPEN_TEXT = QT_TRANSLATE_NOOP("RequestDetailDialog", "B&uka kembali")
NOTE_PREVIEW = 90  # characters of a history note shown in its row; the rest below the table


class StatusChangeDialog(EditingDialog):
    """What a status change needs, explained in the dialog itself: the documents still missing
    (the service's usual ones to tick, others typed) for ``menunggu_berkas``, the issued
    number(s) and how they were handed over for ``selesai``, the reason for ``ditolak`` — each
    goes into the reply to the citizen — and an internal note. Typed work is not thrown away
    without asking."""

    def __init__(
        self,
        ticket: str,
        to_status: str,
        parent: QWidget | None = None,
        *,
        service_code: str = "",
        channel: str = "",
        reopening: bool = False,
        kept: dict | None = None,
    ) -> None:
        super().__init__(parent)
        self.to_status = to_status
        status = rq.status_label(to_status)
        self.setWindowTitle(self.tr("Ubah status {ticket}").format(ticket=ticket))
        layout = QVBoxLayout(self)
        self.intro = QLabel(self._intro(ticket, status, reopening))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Alasan penolakan"))
        self.reason.setMaximumHeight(90)
        self.documents = QListWidget()
        self.documents.setAccessibleName(self.tr("Berkas yang masih kurang"))
        self.other_documents = QLineEdit()
        self.other_documents.setMaxLength(600)
        self.other_documents.setPlaceholderText(self.tr("pisahkan dengan koma"))
        self.document_no = QLineEdit()
        self.document_no.setMaxLength(500)
        self.document_no.setPlaceholderText(self.tr("pisahkan dengan koma bila lebih dari satu"))
        self.document_no.setAccessibleName(self.tr("Nomor dokumen terbit"))
        self.delivery = QComboBox()
        self.delivery.setAccessibleName(self.tr("Cara penyerahan"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        self.note.setAccessibleName(self.tr("Catatan internal"))
        self.note.setPlaceholderText(self.tr("hanya untuk riwayat, tidak dikirim ke pemohon"))
        first: QWidget = self.note
        if to_status == "menunggu_berkas":
            for name in rq.common_documents(service_code):
                item = QListWidgetItem(name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.documents.addItem(item)
            self.documents.itemActivated.connect(self._toggle)
            if self.documents.count():
                self.documents.setCurrentRow(0)
                rows = min(self.documents.count(), 8)
                self.documents.setMinimumHeight(self.documents.sizeHintForRow(0) * rows + 6)
                # Every document's whole name: "Surat pernyataan tanggung jawab mutlak (SPTJM)"
                # was cut behind a sideways scroll bar.
                scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
                self.documents.setMinimumWidth(
                    self.documents.sizeHintForColumn(0)
                    + 2 * self.documents.frameWidth()
                    + scroll
                    + self.fontMetrics().averageCharWidth()
                )
                form.addRow(self.tr("&Berkas kurang"), self.documents)
                first = self.documents
            else:
                first = self.other_documents
            form.addRow(self.tr("Berkas &lain"), self.other_documents)
        if to_status == "selesai":
            self.delivery.addItem(self.tr("(tanpa dokumen untuk diserahkan)"), None)
            for code in rq.DELIVERY_METHODS:
                self.delivery.addItem(rq.delivery_label(code), code)
            default = {"wa": "whatsapp", "email": "email"}.get(channel)
            self.delivery.setCurrentIndex(max(self.delivery.findData(default), 0))
            form.addRow(self.tr("Nomor &dokumen"), self.document_no)
            form.addRow(self.tr("Cara &penyerahan"), self.delivery)
            first = self.document_no
        if to_status == "ditolak":
            form.addRow(self.tr("&Alasan (wajib)"), self.reason)
            first = self.reason
        form.addRow(self.tr("&Catatan internal"), self.note)
        label_form_fields(form)
        self.error = QLabel()
        restyle(self.error, role="error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Ubah status && salin balasan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        fit_buttons(buttons)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Enter in the document list ticks an item; Ctrl+Enter confirms from any field (as in
        # the intake), so the keyboard never has to walk to the button.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._ok)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        first.setFocus()
        self._pristine = self.values()
        if kept:  # typed before a conflict stopped the change: offered again, never lost
            self.put_back(kept)

    def _intro(self, ticket: str, status: str, reopening: bool) -> str:
        """One or two sentences saying what the change does and what goes to the citizen."""
        if reopening:
            return self.tr(
                "Permohonan {ticket} dibuka kembali menjadi {status}. Tuliskan alasannya di "
                "catatan (tercatat di riwayat dan log audit)."
            ).format(ticket=ticket, status=status)
        texts = {
            "menunggu_berkas": self.tr(
                "Permohonan {ticket} menjadi {status}: pemohon diminta melengkapi berkas. "
                "Centang berkas yang masih kurang (Spasi) atau tulis yang lain; daftarnya "
                "masuk ke balasan WhatsApp."
            ),
            "selesai": self.tr(
                "Permohonan {ticket} menjadi {status}. Catat nomor dokumen yang terbit dan "
                "cara penyerahannya; keduanya masuk ke balasan untuk pemohon."
            ),
            "ditolak": self.tr(
                "Permohonan {ticket} menjadi {status}. Alasan penolakan dikirim ke pemohon "
                "dalam balasan; tulis dengan jelas apa yang perlu dilengkapi."
            ),
        }
        text = texts.get(
            self.to_status,
            self.tr("Status permohonan {ticket} menjadi {status}."),
        )
        return text.format(ticket=ticket, status=status)

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def put_back(self, kept: dict) -> None:
        """The values of an earlier try (:meth:`values`) into the fields again."""
        self.reason.setPlainText(kept.get("reason") or "")
        self.note.setPlainText(kept.get("note") or "")
        self.document_no.setText(", ".join(kept.get("document_numbers") or ()))
        missing = list(kept.get("missing_documents") or ())
        for i in range(self.documents.count()):
            item = self.documents.item(i)
            ticked = item.text() in missing
            if ticked:
                missing.remove(item.text())
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.other_documents.setText(", ".join(missing))
        if kept.get("delivery"):
            self.delivery.setCurrentIndex(max(self.delivery.findData(kept["delivery"]), 0))

    def has_unsaved_changes(self) -> bool:
        return self.values() != self._pristine

    def picked_documents(self) -> list[str]:
        picked = [
            self.documents.item(i).text()
            for i in range(self.documents.count())
            if self.documents.item(i).checkState() == Qt.CheckState.Checked
        ]
        typed = [d.strip() for d in self.other_documents.text().split(",") if d.strip()]
        return picked + typed

    def _ok(self) -> None:
        problem = ""
        widget: QWidget | None = None
        if self.to_status == "ditolak" and not self.reason.toPlainText().strip():
            problem, widget = self.tr("Alasan penolakan wajib diisi."), self.reason
        elif self.to_status == "menunggu_berkas" and not self.picked_documents():
            problem = self.tr("Centang atau tulis berkas yang masih kurang.")
            widget = self.documents if self.documents.count() else self.other_documents
        if problem:
            self.error.setText(problem)
            self.error.show()
            assert widget is not None
            widget.setFocus()
            return
        self.accept()

    def values(self) -> dict:
        numbers = [n.strip() for n in self.document_no.text().split(",") if n.strip()]
        return {
            "note": self.note.toPlainText().strip(),
            "reason": self.reason.toPlainText().strip() or None,
            "missing_documents": self.picked_documents() or None,
            "document_numbers": numbers or None,
            "delivery": self.delivery.currentData() if self.to_status == "selesai" else None,
        }

    @classmethod
    def ask(
        cls, ticket: str, to_status: str, parent: QWidget | None = None, **kwargs: object
    ) -> dict | None:
        dialog = cls(ticket, to_status, parent, **kwargs)  # type: ignore[arg-type]
        try:
            return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class RequestDetailDialog(EditingDialog):
    """One request's window (non-modal; one per request, see ``editing.open_single``). Edited
    fields or an edited reply are not thrown away without asking."""

    def __init__(self, ctx: AppContext, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id = request_id
        self.detail: rq.RequestDetail  # set by load() below, before the window is shown
        self._rendered_message = ""
        # What a status change carried (reason, note, document number) when a conflict stopped
        # it: the same status button offers it again.
        self.kept_status: dict[str, dict] = {}
        self.can_edit = ctx.can(Permission.REQUESTS_EDIT)
        self.form = Ui_RequestDetailDialog()
        self.form.setupUi(self)
        self._wire()
        self.load()
        # Saved here or on another PC (gui/changes.py): show it, unless the officer is typing
        # (then a save meets the conflict dialog, with both sides).
        ctx.signals.requests_changed.connect(self.follow_changes)

    def follow_changes(self) -> None:
        if self.detail is None or self.has_unsaved_changes() or not self.isVisible():
            return
        try:
            fresh = rq.get_detail(self.ctx.db, self.ctx.actor, self.request_id)
        except LoketError:
            return  # gone or no longer allowed: the next action says so
        if fresh.version != self.detail.version:
            self.load()

    # --- set-up -------------------------------------------------------------------------------

    def _wire(self) -> None:
        f = self.form
        # The form's widgets under the names the rest of the app and the tests use.
        self.title, self.status_badge, self.facts = f.title, f.statusBadge, f.facts
        self.channel, self.service, self.received = f.channel, f.service, f.received
        self.name, self.nik, self.kk, self.phone = f.name, f.nik, f.kk, f.phone
        self.email, self.notes, self.external_ref = f.email, f.notes, f.externalRef
        self.nik_info, self.kk_info, self.phone_info = f.nikInfo, f.kkInfo, f.phoneInfo
        self.edit_error, self.save_button = f.editError, f.saveChanges
        self.take_button, self.officer, self.assign_button = (
            f.takeButton,
            f.officer,
            f.assignButton,
        )
        self.tabs, self.history, self.event_text = f.tabs, f.history, f.eventText
        self.message, self.copy_button, self.open_wa_button = (
            f.message,
            f.copyButton,
            f.openWaButton,
        )
        self.wa_note = f.waNote
        self.status_buttons: dict[str, QPushButton] = {
            "diproses": f.toDiproses,
            "menunggu_berkas": f.toMenungguBerkas,
            "selesai": f.toSelesai,
            "ditolak": f.toDitolak,
        }
        self._status_texts = {s: b.text() for s, b in self.status_buttons.items()}

        for code in rq.CHANNELS:
            f.channel.addItem(rq.channel_label(code), code)
        for service in rq.list_services(self.ctx.db, include_inactive=True):
            f.service.addItem(f"{service.code} — {service.name}", service.code)
        f.officer.addItem(self.tr("(belum ditugaskan)"), None)
        for officer in users.officers(self.ctx.db):
            if officer.role.value in ("petugas", "supervisor"):
                f.officer.addItem(officer.full_name or officer.username, officer.id)

        self.fields = request_fields(f)
        for widget in self.fields.values():
            widget.setEnabled(self.can_edit)
        self.errors = FieldErrors(None, self.fields, f.editError, request_field_labels())
        label_form_fields(f.formLayout)
        f.nik.textChanged.connect(lambda t: show_feedback(f.nikInfo, *nik_feedback(t)))
        f.kk.textChanged.connect(lambda t: show_feedback(f.kkInfo, *kk_feedback(t)))
        f.phone.textChanged.connect(lambda t: show_feedback(f.phoneInfo, *phone_feedback(t)))
        f.saveChanges.setVisible(self.can_edit)
        f.saveChanges.clicked.connect(self.save_changes)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_changes)
        for status, button in self.status_buttons.items():
            button.clicked.connect(lambda _c=False, s=status: self.change_status(s))
        f.takeButton.clicked.connect(self.assign_to_self)
        f.assignButton.clicked.connect(self.assign_selected)
        f.actionsBox.setEnabled(self.can_edit)
        f.copyButton.clicked.connect(self.copy_message)
        f.openWaButton.clicked.connect(self.open_whatsapp)
        f.history.currentCellChanged.connect(lambda row, *_a: self._show_event(row))
        close = f.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Tutup"))
        f.buttons.rejected.connect(self.reject)
        fit_buttons(f.buttons)

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
        restyle(self.status_badge, role="error" if d.overdue else "")
        self.status_badge.setText(badge)
        facts = [
            self.tr("Layanan: {s}").format(s=d.service_name),
            self.tr("Jatuh tempo: {t}").format(t=due_date(d.due_at)),
            self.tr("Petugas: {p}").format(p=d.officer_name or self.tr("belum ditugaskan")),
        ]
        if d.closed_at:
            facts.append(self.tr("Ditutup: {t}").format(t=format_datetime(d.closed_at)))
        if d.missing_documents and d.status == "menunggu_berkas":
            facts.append(
                self.tr("Berkas kurang: {docs}").format(docs="; ".join(d.missing_documents))
            )
        if d.document_no:
            facts.append(self.tr("Nomor dokumen: {n}").format(n=d.document_no))
        if d.delivery:
            facts.append(self.tr("Diserahkan: {how}").format(how=rq.delivery_label(d.delivery)))
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
            button.setText(self.tr(REOPEN_TEXT) if reopening else self._status_texts[status])
        self.take_button.setEnabled(d.assigned_to != self.ctx.actor.user_id)
        self.officer.setCurrentIndex(max(self.officer.findData(d.assigned_to), 0))
        self._load_history(d)
        self._load_message()

    def _load_history(self, d: rq.RequestDetail) -> None:
        """One line per event (a long note or a pasted chat shows its start; the whole text
        appears below the table for the selected row), the newest selected."""
        self.history.setRowCount(len(d.events))
        for row, event in enumerate(d.events):
            what = self.tr(EVENT_KINDS.get(event.kind, event.kind))
            if event.to_status and event.kind != "create":
                what = rq.status_label(event.to_status)
                if event.from_status:
                    what = f"{rq.status_label(event.from_status)} → {what}"
            note = " ".join(rq.show_note(event.note).split())
            if len(note) > NOTE_PREVIEW:
                note = note[: NOTE_PREVIEW - 1].rstrip() + "…"
            cells = (short_datetime(event.at), event.user_name, what, note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3 and event.note:
                    item.setToolTip(rq.show_note(event.note)[:1000])
                self.history.setItem(row, column, item)
        header = self.history.horizontalHeader()
        metrics = self.fontMetrics()
        pad = metrics.averageCharWidth() * 2
        samples = ("28/11/2026 09.15", "", "Menunggu berkas → Selesai")
        for column, sample in enumerate(samples):
            if column == 1:  # who: as wide as the longest name here (a handful of rows)
                names = [e.user_name for e in d.events] or [""]
                sample = max(names, key=metrics.horizontalAdvance)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + pad)
        self.history.verticalHeader().setDefaultSectionSize(int(metrics.height() * 1.6))
        if d.events:
            self.history.setCurrentCell(len(d.events) - 1, 0)
            self.history.scrollToBottom()
        else:
            self.event_text.clear()

    def _show_event(self, row: int) -> None:
        d = self.detail
        if d is None or not 0 <= row < len(d.events):
            self.event_text.clear()
            return
        self.event_text.setPlainText(rq.show_note(d.events[row].note))

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
        return clock.to_office(moment).replace(tzinfo=None, second=0, microsecond=0)

    # --- changes ------------------------------------------------------------------------------

    def _run(self, change, on_conflict=None) -> bool:  # type: ignore[no-untyped-def]
        """Call a core change. On Conflict the window shows the new state and ``on_conflict``
        offers the officer's change again; on a refusal the message is shown."""
        try:
            self.detail = change()
        except Conflict as exc:
            self.load()
            if on_conflict is not None:
                return bool(on_conflict())
            QMessageBox.warning(self, self.tr("Sudah diubah orang lain"), exc.message)
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

    # --- conflicts: the officer's change beside the new state ---------------------------------

    def _conflict_intro(self) -> str:
        d = self.detail
        assert d is not None
        last = d.events[-1] if d.events else None
        if last is None:
            return self.tr("Permohonan ini diubah lebih dulu oleh petugas lain.")
        return self.tr(
            "{who} mengubah permohonan ini lebih dulu ({when}). Perubahan Anda belum disimpan "
            "dan tidak hilang."
        ).format(who=last.user_name, when=short_datetime(last.at))

    def _shown(self, field: str, value: object) -> str:
        """A field's value as the form shows it."""
        if value in (None, ""):
            return "—"
        if field == "channel":
            return rq.channel_label(str(value))
        if field == "service_code":
            index = self.service.findData(value)
            return self.service.itemText(index) if index >= 0 else str(value)
        if field == "received_at":
            return format_datetime(value)  # type: ignore[arg-type]
        if field == "phone":
            return phone_display(str(value)) if str(value).startswith("+") else str(value)
        return str(value)

    def _put_back(self, changes: dict) -> None:
        """The officer's values into the fields again, over the new state just loaded."""
        for field, value in changes.items():
            if field in ("channel", "service_code"):
                combo = self.channel if field == "channel" else self.service
                combo.setCurrentIndex(max(combo.findData(value), 0))
            elif field == "received_at":
                self.received.setDateTime(QDateTime(self._local(value)))
            elif field == "notes":
                self.notes.setPlainText(value or "")
            elif field == "phone":
                self.phone.setText(self._shown("phone", value) if value else "")
            else:
                getattr(self, field).setText(value or "")

    def _edit_conflict(self, changes: dict) -> bool:
        fresh = self.detail
        assert fresh is not None
        rows = [
            ChangedValue(
                _(rq.FIELD_LABELS[field]),
                self._shown(field, value),
                self._shown(field, getattr(fresh, field)),
            )
            for field, value in changes.items()
        ]
        self._put_back(changes)
        if ConflictDialog.ask(
            self,
            self._conflict_intro(),
            rows,
            self.tr("Terapkan perubahan saya"),
            self.tr("Tinjau dulu"),
            self.tr(
                "Tinjau dulu: perubahan Anda tetap di formulir, belum disimpan; simpan setelah "
                "dicek."
            ),
        ):
            return self.save_changes()
        return False

    def _status_conflict(self, from_status: str, to_status: str, extra: dict) -> bool:
        fresh = self.detail
        assert fresh is not None
        rows = [
            ChangedValue(
                self.tr("Status"),
                f"{rq.status_label(from_status)} → {rq.status_label(to_status)}",
                rq.status_label(fresh.status),
            )
        ]
        if extra.get("reason"):
            rows.append(
                ChangedValue(self.tr("Alasan"), extra["reason"], fresh.reject_reason or "—")
            )
        if extra.get("missing_documents"):
            rows.append(
                ChangedValue(
                    self.tr("Berkas kurang"),
                    "; ".join(extra["missing_documents"]),
                    "; ".join(fresh.missing_documents) or "—",
                )
            )
        if extra.get("document_numbers"):
            rows.append(
                ChangedValue(
                    self.tr("Nomor dokumen"),
                    ", ".join(extra["document_numbers"]),
                    fresh.document_no or "—",
                )
            )
        if extra.get("delivery"):
            rows.append(
                ChangedValue(
                    self.tr("Cara penyerahan"),
                    rq.delivery_label(extra["delivery"]),
                    rq.delivery_label(fresh.delivery) if fresh.delivery else "—",
                )
            )
        if extra.get("note"):
            rows.append(ChangedValue(self.tr("Catatan"), extra["note"], "—"))
        self.kept_status[to_status] = extra  # until it is applied
        if self.status_buttons[to_status].isHidden():  # not possible from the new status
            ConflictDialog.ask(
                self,
                self._conflict_intro(),
                rows,
                "",
                self.tr("Tutup"),
                self.tr(
                    "Dari status {now} permohonan tidak dapat diubah menjadi {to}. Yang Anda "
                    "ketik tetap tersimpan di jendela ini dan terisi lagi bila status itu "
                    "dipilih nanti."
                ).format(now=rq.status_label(fresh.status), to=rq.status_label(to_status)),
            )
            return False
        if not ConflictDialog.ask(
            self,
            self._conflict_intro(),
            rows,
            self.tr("Ubah status lagi"),
            self.tr("Jangan ubah"),
            self.tr(
                "Yang Anda ketik tetap tersimpan di jendela ini: tombol status yang sama "
                "mengisinya lagi."
            ),
        ):
            return False
        del self.kept_status[to_status]
        if not self._run(
            lambda: rq.change_status(
                self.ctx.db, self.ctx.actor, fresh.id, fresh.version, to_status, **extra
            ),
            lambda: self._status_conflict(fresh.status, to_status, extra),
        ):
            return False
        self._reply_ready()
        return True

    def _assign_conflict(self, officer_id: int | None) -> bool:
        fresh = self.detail
        assert fresh is not None
        index = self.officer.findData(officer_id)
        mine = self.officer.itemText(index) if index >= 0 else "—"
        rows = [
            ChangedValue(
                self.tr("Petugas"), mine, fresh.officer_name or self.tr("belum ditugaskan")
            )
        ]
        if not ConflictDialog.ask(
            self, self._conflict_intro(), rows, self.tr("Tugaskan lagi"), self.tr("Jangan ubah")
        ):
            return False
        return self._run(
            lambda: rq.assign(self.ctx.db, self.ctx.actor, fresh.id, fresh.version, officer_id),
            lambda: self._assign_conflict(officer_id),
        )

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
            changes["received_at"] = clock.from_office_wall(received)
        return changes

    def save_changes(self) -> bool:
        if not self.can_edit:
            return False
        self._clear_errors()
        changes = self.changed_fields()
        if not changes:
            return True
        d = self.detail
        return self._run(
            lambda: rq.update_request(self.ctx.db, self.ctx.actor, d.id, d.version, **changes),
            lambda: self._edit_conflict(changes),
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
        reopening = d.status in rq.CLOSED_STATUSES
        kept = self.kept_status.get(to_status)
        if to_status == "diproses" and not reopening and not kept:
            extra: dict = {}  # nothing to ask: the reply says it is being processed
        else:
            asked = StatusChangeDialog.ask(
                d.ticket,
                to_status,
                self,
                service_code=d.service_code,
                channel=d.channel,
                reopening=reopening,
                kept=kept,
            )
            if asked is None:
                return False
            extra = asked
        self.kept_status.pop(to_status, None)
        if not self._run(
            lambda: rq.change_status(
                self.ctx.db, self.ctx.actor, d.id, d.version, to_status, **extra
            ),
            lambda: self._status_conflict(d.status, to_status, extra),
        ):
            return False
        self._reply_ready()
        return True

    def _reply_ready(self) -> None:
        """After a status change the reply for the new status is on the clipboard, its tab
        shown: the officer pastes it into the chat (or opens WhatsApp from the tab)."""
        text = self.message.toPlainText()
        if not text:
            return
        copy_reply(text)
        self.tabs.setCurrentWidget(self.form.replyTab)
        problem = self.wa_note.text()
        note = self.tr(
            "Status menjadi {status}; balasannya sudah disalin. Tempel di WhatsApp pemohon."
        ).format(status=rq.status_label(self.detail.status))
        self.wa_note.setText(f"{note}\n{problem}" if problem else note)

    def assign_to_self(self) -> bool:
        d = self.detail
        me = self.ctx.actor.user_id
        return self._run(
            lambda: rq.assign(self.ctx.db, self.ctx.actor, d.id, d.version, me),
            lambda: self._assign_conflict(me),
        )

    def assign_selected(self) -> bool:
        d = self.detail
        officer_id = self.officer.currentData()
        return self._run(
            lambda: rq.assign(self.ctx.db, self.ctx.actor, d.id, d.version, officer_id),
            lambda: self._assign_conflict(officer_id),
        )

    def copy_message(self) -> None:
        copy_reply(self.message.toPlainText())
        self.wa_note.setText(self.tr("Balasan disalin. Tempel di WhatsApp pemohon."))

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
        self.tabs.setCurrentWidget(self.form.replyTab)
        self.message.setPlainText(text)
        self._rendered_message = text  # sent: nothing left to lose
        return True

    # --- field errors -------------------------------------------------------------------------

    def show_problems(self, exc: ValidationError) -> None:
        self.errors.show(exc)

    def _clear_errors(self) -> None:
        self.errors.clear()


def _stored_phone(text: str, stored: str | None) -> str | None:
    """The phone field shows ``0812-...``; unchanged when it is the stored number written the
    national way, so showing it differently does not count as an edit."""
    if not text.strip():
        return None
    return stored if stored and phone_display(stored) == text.strip() else text
