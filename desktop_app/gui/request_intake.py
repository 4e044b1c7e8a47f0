"""The intake form: log a request arriving by web, WhatsApp, phone or e-mail, at keyboard speed.

Identity numbers are checked as they are typed (the same core rules as the save), the applicant's
WhatsApp message can be pasted to pre-fill the numbers and the name, and a second open request
of the same NIK for the same service is questioned before saving.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QWidget

from desktop_app.core import clock, identity
from desktop_app.core import requests as rq
from desktop_app.core.errors import LoketError, ValidationError
from desktop_app.core.formatting import phone_display
from desktop_app.core.i18n import _
from desktop_app.core.requests.reader import read_message
from desktop_app.gui import style
from desktop_app.gui.context import AppContext
from desktop_app.gui.editing import EditingDialog
from desktop_app.gui.formatting import fit_buttons
from desktop_app.gui.forms.ui_request_detail import Ui_RequestDetailDialog
from desktop_app.gui.forms.ui_request_intake import Ui_RequestIntakeDialog
from desktop_app.gui.qt import application
from desktop_app.gui.widgets import FieldErrors, label_form_fields

# feedback level -> the style sheet's label role (green, amber, red, grey)
FEEDBACK_ROLES = {"ok": "success", "warn": "warning", "error": "error"}


def request_fields(f: Ui_RequestIntakeDialog | Ui_RequestDetailDialog) -> dict[str, QWidget]:
    """A request form's fields (the intake and the request window share their names) by the
    core's names for them, the keys of its problems."""
    return {
        "received_at": f.received,
        "channel": f.channel,
        "service_code": f.service,
        "name": f.name,
        "nik": f.nik,
        "kk": f.kk,
        "phone": f.phone,
        "email": f.email,
        "notes": f.notes,
        "external_ref": f.externalRef,
    }


def request_field_labels() -> dict[str, str]:
    return {key: _(label) for key, label in rq.FIELD_LABELS.items()}


def show_feedback(label: QLabel, text: str, level: str) -> None:
    """Colour a field's feedback line: ok (green), warn (amber), error (red), hint (grey)."""
    style.restyle(label, role=FEEDBACK_ROLES.get(level, "hint"), level=level)
    label.setText(text)


def _digits_so_far(text: str) -> str | None:
    """The digits of a number still being typed (only digits and separators), else None."""
    stripped = identity.clean_number(text)
    return stripped if stripped.isdigit() else None


def _number_feedback(text: str, parse: Callable[[str], Any]) -> tuple[str, str]:
    """(message, level) for a NIK or KK number as typed: a count while digits are still coming,
    then the core's verdict (its description, warnings in amber, or its error)."""
    if not text.strip():
        return "", "hint"
    digits = _digits_so_far(text)
    if digits is not None and len(digits) < 16:
        return QCoreApplication.translate("RequestIntakeDialog", "{n} dari 16 angka").format(
            n=len(digits)
        ), "hint"
    try:
        info = parse(text)
    except ValidationError as exc:
        return exc.message, "error"
    if info.warnings:
        return info.describe() + "\n" + "\n".join(info.warnings), "warn"
    return info.describe(), "ok"


def nik_feedback(text: str) -> tuple[str, str]:
    return _number_feedback(text, identity.parse_nik)


def kk_feedback(text: str) -> tuple[str, str]:
    return _number_feedback(text, identity.parse_kk)


def phone_feedback(text: str) -> tuple[str, str]:
    if not text.strip():
        return "", "hint"
    try:
        info = identity.normalize_phone(text)
    except ValidationError as exc:
        return exc.message, "error"
    if not info.is_mobile:
        return (
            QCoreApplication.translate(
                "RequestIntakeDialog",
                "{display} ({e164}) — telepon rumah/kantor, tidak bisa WhatsApp",
            ).format(display=info.display, e164=info.e164),
            "warn",
        )
    return QCoreApplication.translate(
        "RequestIntakeDialog", "{display} ({e164}) — WhatsApp"
    ).format(display=info.display, e164=info.e164), "ok"


class RequestIntakeDialog(EditingDialog):
    """New request. ``saved`` is emitted with the saved request, which ``created`` also holds.

    Closing it with anything typed asks first (``EditingDialog``)."""

    saved = Signal(object)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, message: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: rq.RequestDetail | None = None
        self._auto: dict[str, str] = {}  # field -> the value the last reading put there
        self.form = Ui_RequestIntakeDialog()
        self.form.setupUi(self)
        f = self.form
        for code in rq.CHANNELS:
            f.channel.addItem(rq.channel_label(code), code)
        f.channel.setCurrentIndex(rq.CHANNELS.index("wa"))
        self.services = {s.code: s.name for s in rq.list_services(ctx.db)}
        for code, name in self.services.items():
            f.service.addItem(f"{code} — {name}", code)
        # No service until one is read from the message or chosen: a request is never filed
        # under the first service of the list by default.
        f.service.setPlaceholderText(self.tr("— pilih layanan —"))
        f.service.setCurrentIndex(-1)
        now = clock.office_now().replace(second=0, microsecond=0, tzinfo=None)
        f.received.setDateTime(QDateTime(now))
        f.received.setMaximumDateTime(QDateTime(now.replace(year=now.year + 1)))
        self.save_button = f.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Simpan"))
        self.save_button.setDefault(True)
        f.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        fit_buttons(f.buttons)
        f.channel.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        f.buttons.accepted.connect(self.save)
        f.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        f.nik.textChanged.connect(self._nik_changed)
        f.kk.textChanged.connect(self._kk_changed)
        f.phone.textChanged.connect(self._phone_changed)
        self._paste_timer = QTimer(self, singleShot=True, interval=300)
        self._paste_timer.timeout.connect(self.fill_from_message)
        f.pasteText.textChanged.connect(self._paste_timer.start)
        f.pasteFill.clicked.connect(self.fill_from_message)
        self.fields = request_fields(f)
        self.errors = FieldErrors(None, self.fields, f.formError, request_field_labels())
        label_form_fields(f.formLayout)
        application().focusChanged.connect(self._focus_changed)
        if message:
            f.pasteText.setPlainText(message[: rq.MAX_MESSAGE])
            self.fill_from_message()
        # A WhatsApp request starts in the paste box (the chat is pasted there); others at
        # the channel.
        (f.pasteText if f.channel.currentData() == "wa" else f.channel).setFocus()
        self._show_key_hint()
        self._pristine = self._snapshot()

    def _snapshot(self) -> tuple:
        """What the officer could have typed or chosen (the received time excepted: it is
        'now' unless changed, and changing only that is no work worth keeping)."""
        f = self.form
        return (
            f.channel.currentIndex(),
            f.service.currentIndex(),
            f.name.text(),
            f.nik.text(),
            f.kk.text(),
            f.phone.text(),
            f.email.text(),
            f.notes.toPlainText(),
            f.externalRef.text(),
            f.pasteText.toPlainText(),
        )

    def has_unsaved_changes(self) -> bool:
        return self.created is None and self._snapshot() != self._pristine

    # --- live feedback ------------------------------------------------------------------------

    def _nik_changed(self, text: str) -> None:
        show_feedback(self.form.nikInfo, *nik_feedback(text))

    def _kk_changed(self, text: str) -> None:
        show_feedback(self.form.kkInfo, *kk_feedback(text))

    def _phone_changed(self, text: str) -> None:
        show_feedback(self.form.phoneInfo, *phone_feedback(text))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.isAncestorOf(new):
            self._show_key_hint()

    def _show_key_hint(self) -> None:
        """Enter makes a new line in the multi-line boxes; say so where it does."""
        focused = self.focusWidget()
        if focused in (self.form.pasteText, self.form.notes):
            self.form.keyHint.setText(self.tr("Ctrl+Enter: simpan · Esc: tutup"))
        else:
            self.form.keyHint.setText(self.tr("Enter atau Ctrl+Enter: simpan · Esc: tutup"))

    def fill_from_message(self) -> None:
        """Fill the form from the pasted chat: service, name, NIK, KK, phone and, when the
        chat was copied with WhatsApp's headers, the time it was sent. A field the officer
        has changed since the last reading is left alone."""
        self._paste_timer.stop()
        f = self.form
        text = f.pasteText.toPlainText()
        reading = read_message(text, self.services)
        filled = []
        values = {
            "name": reading.name,
            "nik": reading.nik,
            "kk": reading.kk,
            "phone": phone_display(reading.phone) if reading.phone else None,
        }
        labels = {
            "name": self.tr("nama"),
            "nik": self.tr("NIK"),
            "kk": self.tr("nomor KK"),
            "phone": self.tr("nomor HP"),
        }
        edits = {"name": f.name, "nik": f.nik, "kk": f.kk, "phone": f.phone}
        for key, value in values.items():
            edit = edits[key]
            if not value or not self._may_fill(key, edit.text()):
                continue
            edit.setText(value)
            self._auto[key] = value
            filled.append(labels[key])
        if reading.service_code and self._may_fill("service", f.service.currentData() or ""):
            index = f.service.findData(reading.service_code)
            if index >= 0:
                f.service.setCurrentIndex(index)
                self._auto["service"] = reading.service_code
                filled.insert(
                    0,
                    self.tr("layanan {name}").format(
                        name=self.services.get(reading.service_code, reading.service_code)
                    ),
                )
        if reading.sent_at is not None:
            sent = clock.to_office(reading.sent_at).replace(tzinfo=None)
            if QDateTime(sent) <= f.received.maximumDateTime():
                f.received.setDateTime(QDateTime(sent))
                filled.append(self.tr("waktu pesan"))
        if text.strip():
            f.channel.setCurrentIndex(rq.CHANNELS.index("wa"))
        missing = []
        if text.strip() and f.service.currentIndex() < 0:
            missing.append(self.tr("layanan tidak terbaca — pilih layanannya"))
        if text.strip() and not f.phone.text().strip():
            missing.append(self.tr("nomor WhatsApp pengirim belum ada — isi dari chat"))
        if filled:
            result = self.tr("Terisi: {fields}. Periksa sebelum menyimpan.").format(
                fields=", ".join(filled)
            )
        elif text.strip():
            result = self.tr("Tidak ditemukan layanan, NIK, nomor KK, nomor HP atau nama.")
        else:
            result = ""
        if missing:
            result = "\n".join([result, *missing]).strip()
        f.pasteResult.setText(result)

    def _may_fill(self, key: str, current: str) -> bool:
        """Empty, or still what the previous reading put there (not the officer's edit)."""
        return not current.strip() or self._auto.get(key) == current

    # --- saving -------------------------------------------------------------------------------

    def values(self) -> dict:
        f = self.form
        received = clock.from_office_wall(f.received.dateTime().toPython())
        return {
            "channel": f.channel.currentData() or "",
            "service_code": f.service.currentData() or "",
            "received_at": received,
            "name": f.name.text(),
            "nik": f.nik.text(),
            "kk": f.kk.text() or None,
            "phone": f.phone.text() or None,
            "email": f.email.text() or None,
            "notes": f.notes.toPlainText(),
            "external_ref": f.externalRef.text() or None,
            "message": f.pasteText.toPlainText() or None,
        }

    def save(self) -> None:
        self._clear_errors()
        values = self.values()
        if not values["service_code"]:
            self.show_problems(
                ValidationError(
                    self.tr("Pilih layanannya."), [("service_code", self.tr("Pilih layanannya."))]
                )
            )
            return
        if not self._duplicates_accepted(values["nik"], values["service_code"]):
            return
        try:
            self.created = rq.create_request(self.ctx.db, self.ctx.actor, **values)
        except ValidationError as exc:
            self.show_problems(exc)
            return
        except LoketError as exc:
            QMessageBox.warning(self, self.tr("Tidak tersimpan"), exc.message)
            return
        self.ctx.signals.requests_changed.emit()
        self.saved.emit(self.created)
        self.accept()

    def _duplicates_accepted(self, nik: str, service_code: str) -> bool:
        try:
            nik = identity.parse_nik(nik).nik
        except ValidationError:
            return True  # the save reports the bad NIK
        if not service_code:
            return True
        try:
            open_ones = rq.open_duplicates(self.ctx.db, self.ctx.actor, nik, service_code)
        except LoketError as exc:
            QMessageBox.warning(self, self.tr("Tidak tersimpan"), exc.message)
            return False
        if not open_ones:
            return True
        tickets = ", ".join(f"{d.ticket} ({rq.status_label(d.status)})" for d in open_ones[:5])
        answer = QMessageBox.question(
            self,
            self.tr("Permohonan ganda?"),
            self.tr(
                "NIK ini sudah memiliki permohonan {service} yang masih terbuka: {tickets}.\n\n"
                "Tetap simpan sebagai permohonan baru?"
            ).format(service=service_code, tickets=tickets),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_problems(self, exc: ValidationError) -> None:
        """Name each bad field, mark it and put the cursor in the first one."""
        self.errors.show(exc)

    def _clear_errors(self) -> None:
        self.errors.clear()

    @property
    def error_text(self) -> str:
        return self.errors.text()
