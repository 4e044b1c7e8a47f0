"""The counter's form for a new legalization entry (Designer form ``ui/legal_entry.ui``).

Everything is checked by the core (``legalization.check_entry`` / ``read_scan``); the form only
shows the NIK's decoded region, sex and birth date while it is typed, and puts the core's
Indonesian messages next to the right field or document row. A refused save writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from desktop_app.core import legalization as legal
from desktop_app.core import settings
from desktop_app.core.errors import LoketError, ValidationError
from desktop_app.core.identity import normalize_phone
from desktop_app.gui.context import AppContext
from desktop_app.gui.editing import EditingDialog
from desktop_app.gui.forms.ui_legal_entry import Ui_LegalEntryDialog
from desktop_app.gui.request_intake import nik_feedback
from desktop_app.gui.widgets import FieldErrors, label_form_fields, mark_field

ADD_ROW_KEYS = "Ctrl+T"
REMOVE_ROW_KEYS = "Ctrl+Shift+Del"


class CopiesSpinBox(QSpinBox):
    """1–50 copies. Enter on a half-typed value ("0", empty) is refused with a message instead
    of silently snapping back to the old number and saving that."""

    invalidEntered = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(legal.MIN_COPIES, legal.MAX_COPIES)
        self.setValue(1)
        self.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToNearestValue)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.hasAcceptableInput():
            event.accept()
            self.invalidEntered.emit()
            return
        super().keyPressEvent(event)


def fit_bold_text(button: QPushButton) -> None:
    """The style sheet makes the default button bold after Qt sized it for regular text."""
    font = QFont(button.font())
    font.setBold(True)
    width = QFontMetrics(font).horizontalAdvance(button.text().replace("&", "")) + 40
    button.setMinimumWidth(max(button.minimumWidth(), width))


@dataclass
class _DocumentRow:
    """The editors of one document row (cell widgets of the documents table)."""

    doc_type: QComboBox
    doc_name: QLineEdit
    doc_number: QLineEdit
    copies: CopiesSpinBox
    tte: QCheckBox
    scan_button: QPushButton
    scan_clear: QToolButton
    scan_cell: QWidget
    scan: legal.ScanFile | None = None

    def widgets(self) -> list[QWidget]:
        return [
            self.doc_type,
            self.doc_name,
            self.doc_number,
            self.copies,
            self.tte,
            self.scan_button,
            self.scan_clear,
        ]

    def contains(self, widget: QWidget | None) -> bool:
        return widget is not None and any(
            w is widget or w.isAncestorOf(widget) for w in [*self.widgets(), self.scan_cell]
        )


class LegalEntryDialog(EditingDialog):
    """New register entry. ``saved`` holds the core's EntryInfo after a successful save and
    ``print_now`` whether the officer wants to print it right away. Closing it with anything
    typed asks first (``EditingDialog``)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved: legal.EntryInfo | None = None
        self.print_now = False
        self.form = Ui_LegalEntryDialog()
        self.form.setupUi(self)
        label_form_fields(self.form.formLayout)
        self._rows: list[_DocumentRow] = []
        self._errors: FieldErrors | None = None

        f = self.form
        for key, label in self._purpose_labels().items():
            f.purpose.addItem(label, key)
        f.purpose.currentIndexChanged.connect(self._purpose_changed)
        self._purpose_changed()
        f.nik.textChanged.connect(self._nik_changed)
        f.phone.editingFinished.connect(self._phone_checked)
        f.phone.textChanged.connect(lambda: self._set_error(f.phone, False))
        f.applicantName.textChanged.connect(lambda: self._set_error(f.applicantName, False))
        self._load_officials()

        table = f.documents
        table.setColumnCount(6)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        # Widths from the font, not pixels: the longest document type plus its arrow, the scan
        # button plus its clear button; the name and number columns share the rest.
        metrics = self.fontMetrics()
        em = metrics.height()
        longest_type = max(
            (metrics.horizontalAdvance(t) for t in self._doc_type_labels().values()), default=0
        )
        table.setColumnWidth(0, longest_type + 3 * em)
        table.setColumnWidth(5, metrics.horizontalAdvance(self.tr("Pilih berkas…")) + 5 * em)
        table.verticalHeader().setDefaultSectionSize(int(em * 2.2))
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Room for every column with its title at the default font: about 1120 px at 100 %.
        self.resize(max(self.width(), em * 84), max(self.height(), em * 46))
        self.tte_note = QLabel(
            self.tr(
                "Dokumen bertanda tangan elektronik (TTE, ada kode QR TTE) tidak perlu "
                "dilegalisir menurut Permendagri 104/2019; lanjutkan hanya bila penerima tetap "
                "memintanya. Pengingat ini dicatat di register."
            )
        )
        self.tte_note.setWordWrap(True)
        self.tte_note.setProperty("role", "warning")
        self.tte_note.hide()
        self.form.mainLayout.insertWidget(
            self.form.mainLayout.indexOf(self.form.keyboardHint) + 1, self.tte_note
        )
        self.tte_confirmed = False

        f.addDocument.clicked.connect(self.add_document_row)
        f.removeDocument.clicked.connect(self.remove_current_row)
        f.addDocument.setToolTip(self.tr("Tambah baris dokumen ({0})").format(ADD_ROW_KEYS))
        f.removeDocument.setToolTip(
            self.tr("Hapus baris dokumen yang sedang diisi ({0})").format(REMOVE_ROW_KEYS)
        )
        QShortcut(QKeySequence(ADD_ROW_KEYS), self, self.add_document_row)
        QShortcut(QKeySequence(REMOVE_ROW_KEYS), self, self.remove_current_row)

        self.save_button = f.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Simpan ke register"))
        self.save_button.setDefault(True)
        fit_bold_text(self.save_button)
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        f.buttonBox.accepted.connect(self.save)
        f.buttonBox.rejected.connect(self.reject)
        self.save_button.setEnabled(bool(self._officials))

        self._show_problem("")
        self.add_document_row(focus=False)
        f.applicantName.setFocus()
        self._pristine = self.entry_input()

    def has_unsaved_changes(self) -> bool:
        return self.saved is None and self.entry_input() != self._pristine

    # --- ask ---------------------------------------------------------------------------------

    @classmethod
    def ask(
        cls, ctx: AppContext, parent: QWidget | None = None
    ) -> tuple[legal.EntryInfo, bool] | None:
        """Run the form; (saved entry, print now?) or None when cancelled."""
        dialog = cls(ctx, parent)
        try:
            if dialog.exec() and dialog.saved is not None:
                return dialog.saved, dialog.print_now
            return None
        finally:
            dialog.deleteLater()

    # --- vocabularies ------------------------------------------------------------------------

    def _purpose_labels(self) -> dict[str, str]:
        return {
            "tni_ad": self.tr("TNI AD"),
            "tni_al": self.tr("TNI AL"),
            "tni_au": self.tr("TNI AU"),
            "polri": self.tr("Polri"),
            "lainnya": self.tr("Lainnya"),
        }

    def _office_types(self) -> list[str]:
        from desktop_app.core.legalization.validation import office_document_types

        if not hasattr(self, "_offered"):
            self._offered = office_document_types(self.ctx.db)
        return self._offered

    def _doc_type_labels(self) -> dict[str, str]:
        return {
            "kk": self.tr("KK (Kartu Keluarga)"),
            "akta_lahir": self.tr("Akta kelahiran"),
            "akta_kawin": self.tr("Akta perkawinan"),
            "akta_mati": self.tr("Akta kematian"),
            "akta_cerai": self.tr("Akta perceraian"),
            "kia": self.tr("KIA (Kartu Identitas Anak)"),
            "ktp_el": self.tr("KTP elektronik"),
            "surat_pindah": self.tr("Surat keterangan pindah"),
            "akta_pengakuan_anak": self.tr("Akta pengakuan anak"),
            "akta_pengesahan_anak": self.tr("Akta pengesahan anak"),
            "akta_ganti_nama": self.tr("Catatan pinggir perubahan nama"),
            "lainnya": self.tr("Lainnya (dokumen Disdukcapil)"),
        }

    # --- header fields -----------------------------------------------------------------------

    def _purpose_changed(self) -> None:
        other = self.form.purpose.currentData() == "lainnya"
        self.form.purposeOther.setEnabled(other)
        self.form.purposeOther.setVisible(other)
        if not other:
            self.form.purposeOther.clear()

    def _load_officials(self) -> None:
        self._officials = settings.list_officials(self.ctx.db)
        combo = self.form.official
        combo.clear()
        for official in self._officials:
            text = f"{official.name} — {official.title}" if official.title else official.name
            combo.addItem(text, official.id)
        if self._officials:
            self.form.officialHint.hide()
            combo.setEnabled(True)
        else:
            combo.setEnabled(False)
            combo.addItem(self.tr("(belum ada pejabat)"), None)
            self.form.officialHint.setText(
                self.tr(
                    "Belum ada pejabat penanda tangan. Minta supervisor menambahkannya di "
                    "Pengaturan → Pejabat penandatangan; entri baru bisa disimpan setelah itu."
                )
            )
            self.form.officialHint.show()

    def _nik_changed(self, text: str) -> None:
        # The same rules and wording as the request intake form.
        message, level = nik_feedback(text)
        self._set_error(self.form.nik, level == "error")
        role = {"ok": "success", "warn": "warning"}.get(level, level)
        # One line beside the field (the description names an unknown region itself); the
        # warning's full explanation is in the tooltip.
        self._show_hint(self.form.nikInfo, message.split("\n")[0], role)
        self.form.nikInfo.setToolTip(message if "\n" in message else "")

    def _phone_checked(self) -> None:
        text = self.form.phone.text().strip()
        if not text:
            self._show_hint(self.form.phoneInfo, "", "hint")
            return
        try:
            info = normalize_phone(text)
        except ValidationError as exc:
            self._show_hint(self.form.phoneInfo, exc.message, "error")
            self._set_error(self.form.phone, True)
            return
        if info.is_mobile:
            self._show_hint(
                self.form.phoneInfo, self.tr("Seluler: {0}").format(info.display), "hint"
            )
        else:
            self._show_hint(
                self.form.phoneInfo,
                self.tr("{0} bukan nomor seluler; WhatsApp butuh nomor seluler.").format(
                    info.display
                ),
                "error",
            )
            self._set_error(self.form.phone, True)

    @staticmethod
    def _show_hint(label, text: str, role: str) -> None:  # type: ignore[no-untyped-def]
        label.setText(text)
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)

    @staticmethod
    def _set_error(widget: QWidget, on: bool) -> None:
        mark_field(widget, on)

    # --- document rows -----------------------------------------------------------------------

    @property
    def document_count(self) -> int:
        return len(self._rows)

    def add_document_row(self, focus: bool = True) -> None:
        if len(self._rows) >= legal.MAX_DOCUMENTS:
            self._show_problem(
                self.tr("Paling banyak {0} dokumen per permohonan.").format(legal.MAX_DOCUMENTS)
            )
            return
        table = self.form.documents
        row_index = table.rowCount()
        table.insertRow(row_index)
        doc_type = QComboBox()
        offered = self._office_types()
        for key, label in self._doc_type_labels().items():
            if key in offered:
                doc_type.addItem(label, key)
        doc_name = QLineEdit()
        doc_name.setMaxLength(120)
        doc_name.setEnabled(False)
        doc_number = QLineEdit()
        doc_number.setMaxLength(80)
        doc_number.setPlaceholderText(self.tr("Nomor pada dokumen"))
        copies = CopiesSpinBox()
        copies.setAccessibleName(self.tr("Jumlah salinan"))
        tte = QCheckBox()
        tte.setToolTip(self.tr("Dokumen ini bertanda tangan elektronik (ada kode QR TTE)"))
        scan_cell = QWidget()
        scan_layout = QHBoxLayout(scan_cell)
        scan_layout.setContentsMargins(2, 0, 2, 0)
        scan_layout.setSpacing(2)
        scan_button = QPushButton(self.tr("Pilih berkas…"))
        scan_button.setAutoDefault(False)
        scan_button.setToolTip(self.tr("Pindaian dokumen: PDF, JPEG atau PNG (maks. 20 MB)"))
        scan_clear = QToolButton()
        scan_clear.setText("✕")
        scan_clear.setToolTip(self.tr("Lepas pindaian"))
        scan_clear.setEnabled(False)
        scan_layout.addWidget(scan_button, 1)
        scan_layout.addWidget(scan_clear)
        row = _DocumentRow(
            doc_type, doc_name, doc_number, copies, tte, scan_button, scan_clear, scan_cell
        )
        self._rows.append(row)
        table.setCellWidget(row_index, 0, doc_type)
        table.setCellWidget(row_index, 1, doc_name)
        table.setCellWidget(row_index, 2, doc_number)
        table.setCellWidget(row_index, 3, copies)
        table.setCellWidget(row_index, 4, tte)
        table.setCellWidget(row_index, 5, scan_cell)
        # Screen readers: each cell editor is named after its column (the row may renumber).
        for column, widget in enumerate((doc_type, doc_name, doc_number, copies, tte, scan_button)):
            header = table.horizontalHeaderItem(column)
            if header is not None and header.text():
                widget.setAccessibleName(header.text())
        scan_clear.setAccessibleName(scan_clear.toolTip())

        def type_changed() -> None:
            other = doc_type.currentData() == "lainnya"
            doc_name.setEnabled(other)
            doc_name.setPlaceholderText(
                self.tr("mis. Surat Keterangan Kependudukan") if other else ""
            )
            if not other:
                doc_name.clear()

        doc_type.currentIndexChanged.connect(type_changed)
        tte.toggled.connect(self._tte_changed)
        for widget in (doc_name, doc_number):
            widget.textChanged.connect(lambda _t, w=widget: self._set_error(w, False))
        copies.invalidEntered.connect(lambda r=row: self._copies_refused(r))
        scan_button.clicked.connect(lambda _c=False, r=row: self.choose_scan(r))
        scan_clear.clicked.connect(lambda _c=False, r=row: self._set_scan(r, None))
        self._renumber()
        if focus:
            table.scrollToBottom()
            doc_type.setFocus()

    def remove_current_row(self) -> None:
        focused = self.focusWidget()
        index = next((i for i, r in enumerate(self._rows) if r.contains(focused)), None)
        if index is None:
            selected = self.form.documents.currentRow()
            index = selected if 0 <= selected < len(self._rows) else len(self._rows) - 1
        if index < 0:
            return
        self.form.documents.removeRow(index)
        del self._rows[index]
        self._renumber()
        if self._rows:
            self._rows[min(index, len(self._rows) - 1)].doc_type.setFocus()
        else:
            self.form.addDocument.setFocus()

    def _renumber(self) -> None:
        """Row labels "1", "2", … (messages name rows this way) and a keyboard-friendly tab
        order: header fields, then each row left to right, then the buttons."""
        f = self.form
        f.documents.setVerticalHeaderLabels([str(i + 1) for i in range(len(self._rows))])
        chain: list[QWidget] = [
            f.applicantName,
            f.nik,
            f.phone,
            f.purpose,
            f.purposeOther,
            f.recruitmentNo,
            f.official,
        ]
        for row in self._rows:
            chain.extend(row.widgets())
        chain.extend(
            [
                f.addDocument,
                f.removeDocument,
                self.save_button,
                f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel),
            ]
        )
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        f.removeDocument.setEnabled(bool(self._rows))

    def choose_scan(self, row: _DocumentRow) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih pindaian dokumen {0}").format(self._rows.index(row) + 1),
            str(Path.home()),
            self.tr("Pindaian (*.pdf *.jpg *.jpeg *.png);;Semua berkas (*)"),
        )
        if not path:
            return
        number = self._rows.index(row) + 1
        try:
            scan = legal.read_scan(path)
        except ValidationError as exc:
            self._set_scan(row, None)
            self._show_problem(self.tr("Dokumen {0}: {1}").format(number, exc.message))
            self._set_error(row.scan_button, True)
            return
        self._set_scan(row, scan)
        self._show_problem("")

    def _set_scan(self, row: _DocumentRow, scan: legal.ScanFile | None) -> None:
        row.scan = scan
        self._set_error(row.scan_button, False)
        if scan is None:
            row.scan_button.setText(self.tr("Pilih berkas…"))
            row.scan_button.setToolTip(
                self.tr("Pindaian dokumen: PDF, JPEG atau PNG (maks. 20 MB)")
            )
        else:
            detail = (
                self.tr("%Ln halaman", "", scan.pages)
                if scan.mime == "application/pdf"
                else self.tr("{w}×{h} px").format(w=scan.width_px, h=scan.height_px)
            )
            row.scan_button.setText(scan.name)
            row.scan_button.setToolTip(
                self.tr("{name} ({detail}, {size} KB)").format(
                    name=scan.name, detail=detail, size=f"{scan.size / 1024:.0f}"
                )
            )
        row.scan_clear.setEnabled(scan is not None)

    def _copies_refused(self, row: _DocumentRow) -> None:
        number = self._rows.index(row) + 1
        self._show_problem(
            self.tr("Dokumen {0}: jumlah salinan harus {1} sampai {2}.").format(
                number, legal.MIN_COPIES, legal.MAX_COPIES
            )
        )

    # --- save --------------------------------------------------------------------------------

    def entry_input(self) -> legal.EntryInput:
        f = self.form
        documents = []
        for row in self._rows:
            copies = row.copies.value()
            if not row.copies.hasAcceptableInput():
                # "0" or an emptied box: let the core name the row instead of guessing a number.
                digits = row.copies.cleanText().strip()
                copies = int(digits) if digits.isdigit() else 0
            documents.append(
                legal.DocumentInput(
                    doc_type=row.doc_type.currentData(),
                    doc_number=row.doc_number.text(),
                    copies=copies,
                    doc_name=row.doc_name.text(),
                    scan=row.scan,
                    tte=row.tte.isChecked(),
                )
            )
        return legal.EntryInput(
            applicant_name=f.applicantName.text(),
            nik=f.nik.text(),
            purpose=f.purpose.currentData(),
            purpose_other=f.purposeOther.text(),
            official_id=f.official.currentData(),
            documents=documents,
            phone=f.phone.text(),
            recruitment_no=f.recruitmentNo.text(),
            tte_confirmed=self.tte_confirmed,
        )

    def _tte_changed(self) -> None:
        self.tte_note.setVisible(any(r.tte.isChecked() for r in self._rows))

    def confirm_tte(self) -> bool:
        """The reminder for documents with an electronic signature; the clerk may go on."""
        marked = [str(i + 1) for i, r in enumerate(self._rows) if r.tte.isChecked()]
        if not marked or self.tte_confirmed:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Dokumen ber-TTE"),
            self.tr(
                "Dokumen {0} bertanda tangan elektronik (TTE). Menurut Permendagri 104/2019 "
                "dokumen ber-TTE tidak perlu dilegalisir: cetakannya sah dan dapat diperiksa "
                "dari kode QR TTE-nya.\n\nTetap legalisir karena penerima memintanya? "
                "Pengingat ini dicatat di register."
            ).format(", ".join(marked)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        self.tte_confirmed = answer == QMessageBox.StandardButton.Yes
        return self.tte_confirmed

    def save(self) -> None:
        if not self.confirm_tte():
            return
        data = self.entry_input()
        try:
            entry = legal.create_entry(self.ctx.db, self.ctx.actor, data)
        except ValidationError as exc:
            self._mark_problems(exc)
            return
        except LoketError as exc:
            self._show_problem(exc.message)
            return
        self.saved = entry
        self.ctx.signals.legal_changed.emit()
        answer = QMessageBox.question(
            self,
            self.tr("Entri tersimpan"),
            self.tr(
                "Entri legalisir atas nama {0} tersimpan di register.\n\n"
                "Nomor register: {1}\n\nCetak pengesahannya sekarang?"
            ).format(entry.applicant_name, entry.register_no),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        self.print_now = answer == QMessageBox.StandardButton.Yes
        self.accept()

    def _mark_problems(self, exc: ValidationError) -> None:
        f = self.form
        fields: dict[str, QWidget] = {
            "applicant_name": f.applicantName,
            "nik": f.nik,
            "phone": f.phone,
            "purpose": f.purpose,
            "purpose_other": f.purposeOther,
            "recruitment_no": f.recruitmentNo,
            "official_id": f.official,
        }
        for name, _message in exc.problems or []:
            if name.startswith("documents."):
                parts = name.split(".")
                if len(parts) == 3 and parts[1].isdigit() and int(parts[1]) <= len(self._rows):
                    row = self._rows[int(parts[1]) - 1]
                    widget = {
                        "doc_type": row.doc_type,
                        "doc_name": row.doc_name,
                        "doc_number": row.doc_number,
                        "copies": row.copies,
                        "tte": row.tte,
                        "scan": row.scan_button,
                    }.get(parts[2])
                    if widget is not None:
                        fields[name] = widget
            elif name == "documents":
                fields[name] = f.addDocument
        if self._errors is not None:
            self._errors.clear()  # the marks of the previous attempt (rows may have changed)
        self._errors = FieldErrors(None, fields, f.errorLabel)
        self._errors.show(exc)

    def _show_problem(self, text: str) -> None:
        self.form.errorLabel.setText(text)
        self.form.errorLabel.setVisible(bool(text))
