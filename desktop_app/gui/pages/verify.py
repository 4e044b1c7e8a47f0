"""Checking a printed legalization: a hand-held scanner types the QR text into one field and
ends it with Enter, keypad Enter, Tab, CR or LF (scanners are set up any of these ways; typing by
hand works the same); the answer is shown big and in colour. A new scan clears the previous
answer at its first character, so an old SAH never stands beside a new document."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import legalization as legal
from desktop_app.core.errors import LoketError
from desktop_app.gui.context import AppContext
from desktop_app.gui.style import restyle

# What a scanner sends at the end of a code: Enter, keypad Enter, Tab, or a bare CR / LF, which
# arrive as Ctrl+M / Ctrl+J or as a key event whose text is the control character.
_END_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})
_END_TEXT = frozenset({"\r", "\n", "\t"})


def ends_scan(event: QKeyEvent) -> bool:
    key = event.key()
    if key == Qt.Key.Key_Backtab:
        return False
    if key in _END_KEYS or event.text() in _END_TEXT:
        return True
    ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
    return bool(ctrl) and key in (Qt.Key.Key_J, Qt.Key.Key_M)


class ScanInput(QLineEdit):
    """One scan at a time: ``started`` at the first character typed into the empty field,
    ``scanned(text)`` when a scan-ending key arrives (the field is then empty again). Tab after
    text ends a scan instead of moving the focus away, so the next scan lands here too."""

    started = Signal()
    scanned = Signal(str)

    def event(self, event: QEvent) -> bool:
        # Tab never reaches keyPressEvent: QWidget.event turns it into a focus change first.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            # On an empty field Tab moves on as usual (keyboard users reach the button).
            if ends_scan(event) and (self.text() or event.key() != Qt.Key.Key_Tab):
                self.finish()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self.text() and event.text() and event.text().isprintable():
            self.started.emit()
        super().keyPressEvent(event)

    def finish(self) -> None:
        text = self.text()
        self.clear()
        self.scanned.emit(text)


class VerifyPage(QWidget):
    """Verification screen (legalisir and supervisor)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.result: legal.VerifyResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Verifikasi legalisir"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        hint = QLabel(
            self.tr(
                "Pindai kode QR pada lembar legalisir dengan pemindai (atau tempel isinya) lalu "
                "tekan Enter. Kode skema lama (mis. K7QX-M2PA-9D) dapat diketik."
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        row = QHBoxLayout()
        self.input = ScanInput()
        self.input.setMaxLength(2200)  # a receipt's QR: the address and up to 2,000 digits
        self.input.setPlaceholderText(self.tr("Kode QR atau kode verifikasi"))
        self.input.setAccessibleName(self.tr("Kode verifikasi"))
        font = QFont(self.input.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.input.setFont(font)
        self.input.started.connect(self.clear_result)
        self.input.scanned.connect(self.verify_text)
        self.check_button = QPushButton(self.tr("&Periksa"))
        self.check_button.clicked.connect(self.input.finish)
        row.addWidget(self.input, 1)
        row.addWidget(self.check_button)
        layout.addLayout(row)

        self.card = QFrame()
        self.card.setProperty("role", "card")
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(0, 0, 0, 12)
        self.status = QLabel(self.tr("Menunggu pindaian…"))
        self.status.setObjectName("verdict")  # i18n: not visible
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setMinimumHeight(96)
        big = QFont(self.status.font())
        big.setPointSizeF(big.pointSizeF() * 3)
        big.setBold(True)
        self.status.setFont(big)
        self._colour(None)
        card_layout.addWidget(self.status)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setProperty("role", "subheading")
        card_layout.addWidget(self.message)
        details = QWidget()
        self.details = QFormLayout(details)
        self.details.setContentsMargins(24, 8, 24, 0)
        self.details.setHorizontalSpacing(18)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("register_no", self.tr("Nomor register")),
            ("date", self.tr("Tanggal")),
            ("applicant", self.tr("Pemohon")),
            ("nik", self.tr("NIK")),
            ("documents", self.tr("Dokumen")),
            ("copies", self.tr("Jumlah salinan")),
            ("official", self.tr("Penanda tangan")),
            ("revoked", self.tr("Dicabut")),
            ("signature", self.tr("Tanda tangan")),
            ("notes", self.tr("Catatan")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            self.details.addRow(label, value)
        card_layout.addWidget(details)
        self.scanned = QLabel()
        self.scanned.setProperty("role", "hint")
        self.scanned.setContentsMargins(24, 0, 24, 0)
        card_layout.addWidget(self.scanned)
        layout.addWidget(self.card)
        layout.addStretch(1)
        self._show_details(None)
        self.setFocusProxy(self.input)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.input.setFocus()

    def clear_result(self) -> None:
        """Back to "waiting": the previous verdict must not stay beside a new scan."""
        self.result = None
        self._colour(None)
        self.status.setText(self.tr("Menunggu pindaian…"))
        self.message.setText("")
        self.scanned.setText("")
        self._show_details(None)

    def verify_input(self) -> None:
        """Check what the field holds now (the Periksa button; a scan ends the same way)."""
        self.input.finish()

    def verify_text(self, text: str) -> None:
        self.clear_result()
        text = text.strip()
        self.input.setFocus()  # ready for the next scan
        if not text:
            return
        try:
            result = legal.verify(self.ctx.db, self.ctx.actor, text)
        except LoketError as exc:
            self.result = None
            self._colour("error")
            self.status.setText(self.tr("GAGAL"))
            self.message.setText(exc.message)
            self._show_details(None)
            return
        self.show_result(result, text)

    def show_result(self, result: legal.VerifyResult, scanned: str = "") -> None:
        self.result = result
        self.status.setText(self.status_text(result))
        self._colour(result.status)
        self.message.setText(result.message)
        self._show_details(result)
        shown = scanned if len(scanned) <= 90 else scanned[:90] + "…"
        self.scanned.setText(self.tr("Dipindai: {0}").format(shown) if scanned else "")

    def status_text(self, result: legal.VerifyResult) -> str:
        """The verdict the published page shows: SAH, DICABUT or TIDAK SAH."""
        return {
            "valid": self.tr("SAH"),
            "revoked": self.tr("DICABUT"),
        }.get(result.status, self.tr("TIDAK SAH"))

    def _signature_text(self, result: legal.VerifyResult) -> str:
        if result.scheme == "hmac":
            return self.tr("Skema lama (kode HMAC)")
        if result.key_id is not None:
            return self.tr("Kunci kantor {0}").format(legal.key_label(result.key_id))
        return ""

    def _colour(self, status: str | None) -> None:
        """The banner's colours come from the style sheet (QLabel#verdict[verdict=...])."""
        restyle(self.status, verdict=status or "")

    def _show_details(self, result: legal.VerifyResult | None) -> None:
        from desktop_app.core import clock
        from desktop_app.core.formatting import long_date

        known = result is not None and bool(result.register_no)
        values: dict[str, str] = {}
        if known and result is not None:
            values = {
                "register_no": result.register_no,
                "date": long_date(result.entry_date) if result.entry_date else "",
                "applicant": result.applicant_name,
                "nik": result.nik_masked,
                "documents": "\n".join(
                    self.tr("{0} No. {1} — %n lembar", "", copies).format(label, number)
                    for label, number, copies in result.documents
                ),
                "copies": str(result.total_copies),
                "official": result.official_name,
                "signature": self._signature_text(result),
                "notes": "\n".join(result.notes),
            }
            if result.revoked_at is not None:
                when = long_date(clock.office_date(result.revoked_at))
                values["revoked"] = f"{when} — {result.revoke_reason}"
        for key, label in self.fields.items():
            text = values.get(key, "")
            label.setText(text)
            label.setVisible(bool(text))
            field_label = self.details.labelForField(label)
            if field_label is not None:
                field_label.setVisible(bool(text))
