"""Settings tab *Legalisir* (supervisor): register number format, verification address, default
paper and where the endorsement-only block is printed (position, orientation, the printer's
unprintable edge), with a calibration page to check it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import settings
from desktop_app.core.errors import LoketError, ValidationError
from desktop_app.core.i18n import _
from desktop_app.gui.context import AppContext
from desktop_app.gui.pages.settings.base import SettingsTab
from desktop_app.gui.widgets import FieldErrors

KEYS = (
    "legal_register_format",
    "legal_verify_url",
    "legal_document_types",
    "paper",
    "legal_endorse_corner",
    "legal_endorse_x_mm",
    "legal_endorse_y_mm",
    "legal_endorse_orientation",
    "print_margin_mm",
)


class LegalSettingsTab(SettingsTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        # the tab scrolls: with key management it is taller than a 1366x768 screen allows
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        scroll.setWidget(content)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 16, 16, 16)
        form = QFormLayout()
        self.register_format = QLineEdit()
        self.register_format.setMaxLength(80)
        self.sample = QLabel()
        self.sample.setProperty("role", "hint")
        self.register_format.textChanged.connect(self._show_sample)
        form.addRow(self.tr("&Format nomor register"), self.register_format)
        fields_hint = QLabel(
            self.tr(
                "Wajib memuat {seq} dan {year}; boleh {month}, {month_roman}, {day}. "
                "{seq:04d} menulis urutan 4 digit (0001)."
            )
        )
        fields_hint.setProperty("role", "hint")
        fields_hint.setWordWrap(True)
        form.addRow("", fields_hint)
        form.addRow(self.tr("Contoh"), self.sample)
        self.verify_url = QLineEdit()
        self.verify_url.setMaxLength(60)
        self.verify_url.setPlaceholderText(self.tr("mis. https://dukcapil.bekasikab.go.id/v/"))
        form.addRow(self.tr("Alamat halaman &verifikasi"), self.verify_url)
        url_hint = QLabel(
            self.tr(
                "Tempat kantor menerbitkan halaman verifikasi (Terbitkan halaman verifikasi, di "
                "bawah). Alamat pendek membuat kode QR kecil; dicetak di bawah kode QR."
            )
        )
        url_hint.setProperty("role", "hint")
        url_hint.setWordWrap(True)
        form.addRow("", url_hint)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper.addItem(self.tr("F4 (215 × 330 mm)"), "F4")
        form.addRow(self.tr("&Kertas bawaan"), self.paper)
        self.corner = QComboBox()
        for key, label in (
            ("top-left", self.tr("Kiri atas")),
            ("top-right", self.tr("Kanan atas")),
            ("bottom-left", self.tr("Kiri bawah")),
            ("bottom-right", self.tr("Kanan bawah")),
        ):
            self.corner.addItem(label, key)
        position = QHBoxLayout()
        self.x_mm = QDoubleSpinBox()
        self.y_mm = QDoubleSpinBox()
        for spin, label in ((self.x_mm, self.tr("mendatar")), (self.y_mm, self.tr("tegak"))):
            spin.setRange(0, 300)
            spin.setDecimals(1)
            spin.setSuffix(self.tr(" mm"))
            position.addWidget(QLabel(label))
            position.addWidget(spin)
        position.addStretch(1)
        form.addRow(self.tr("Blok pengesahan saja: su&dut acuan"), self.corner)
        form.addRow(self.tr("Jarak dari sudut"), position)
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Tegak"), "portrait")
        self.orientation.addItem(self.tr("Mendatar"), "landscape")
        form.addRow(self.tr("&Arah kertas blok pengesahan saja"), self.orientation)
        self.margin_mm = QDoubleSpinBox()
        self.margin_mm.setRange(0, 25)
        self.margin_mm.setDecimals(1)
        self.margin_mm.setSuffix(self.tr(" mm"))
        form.addRow(self.tr("&Tepi kertas yang tidak tercetak printer"), self.margin_mm)
        self.doc_types = QListWidget()
        self.doc_types.setAccessibleName(self.tr("Jenis dokumen yang dilegalisir"))
        from desktop_app.core import legalization as legal

        for key, label in legal.DOC_TYPES.items():
            item = QListWidgetItem(
                _(label) if key != "lainnya" else self.tr("Dokumen Disdukcapil lain (dengan nama)")
            )
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.doc_types.addItem(item)
        self.doc_types.setMaximumHeight(self.fontMetrics().height() * 8)
        form.addRow(self.tr("D&okumen yang dilegalisir"), self.doc_types)
        types_hint = QLabel(
            self.tr(
                "Hanya dokumen terbitan Disdukcapil. Ijazah, SKCK, paspor dan dokumen instansi "
                "lain ditolak dengan keterangan siapa yang melegalisirnya."
            )
        )
        types_hint.setProperty("role", "hint")
        types_hint.setWordWrap(True)
        form.addRow("", types_hint)
        self.field_errors = FieldErrors(
            form,
            {
                "legal_register_format": self.register_format,
                "legal_verify_url": self.verify_url,
                "legal_endorse_x_mm": self.x_mm,
                "legal_endorse_y_mm": self.y_mm,
                "legal_endorse_orientation": self.orientation,
                "print_margin_mm": self.margin_mm,
                "legal_document_types": self.doc_types,
            },
        )
        layout.addLayout(form)
        explain = QLabel(
            self.tr(
                "Untuk fotokopi yang sudah ada, blok pengesahan dicetak pada skala 100% di posisi "
                "ini. Cetak halaman kalibrasi, letakkan di atas fotokopi, lalu sesuaikan jaraknya."
            )
        )
        explain.setWordWrap(True)
        explain.setProperty("role", "hint")
        layout.addWidget(explain)
        self.calibrate_button = QPushButton(self.tr("Cetak &halaman kalibrasi…"))
        self.save_button = QPushButton(self.tr("&Simpan"))
        self.save_button.setProperty("primary", True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.calibrate_button)
        buttons.addLayout(self.save_row(self.save_button), 1)
        layout.addLayout(buttons)
        from desktop_app.gui.legal_keys import LegalKeysBox

        self.keys_box = LegalKeysBox(ctx)
        layout.addWidget(self.keys_box)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.calibrate_button.clicked.connect(self.print_calibration)
        self.watch_edits(
            self.register_format,
            self.verify_url,
            self.paper,
            self.corner,
            self.x_mm,
            self.y_mm,
            self.orientation,
            self.margin_mm,
        )
        self.load()

    def tab_title(self) -> str:
        return self.tr("Legalisir")

    def load(self) -> None:
        db = self.ctx.db
        self.register_format.setText(str(settings.get_value(db, "legal_register_format")))
        self.verify_url.setText(str(settings.get_value(db, "legal_verify_url") or ""))
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.get_value(db, "paper"))))
        corner = settings.get_value(db, "legal_endorse_corner")
        self.corner.setCurrentIndex(max(0, self.corner.findData(corner)))
        self.x_mm.setValue(float(settings.get_value(db, "legal_endorse_x_mm") or 0))
        self.y_mm.setValue(float(settings.get_value(db, "legal_endorse_y_mm") or 0))
        orientation = settings.get_value(db, "legal_endorse_orientation")
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(orientation)))
        self.margin_mm.setValue(float(settings.get_value(db, "print_margin_mm")))
        chosen = settings.get_value(db, "legal_document_types") or []
        for row in range(self.doc_types.count()):
            item = self.doc_types.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._show_sample()
        self.remember_stored()

    def values(self) -> dict[str, object]:
        return {
            "legal_register_format": self.register_format.text().strip(),
            "legal_verify_url": self.verify_url.text().strip(),
            "paper": self.paper.currentData(),
            "legal_endorse_corner": self.corner.currentData(),
            "legal_endorse_x_mm": round(self.x_mm.value(), 1),
            "legal_endorse_y_mm": round(self.y_mm.value(), 1),
            "legal_endorse_orientation": self.orientation.currentData(),
            "print_margin_mm": round(self.margin_mm.value(), 1),
            "legal_document_types": [
                self.doc_types.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.doc_types.count())
                if self.doc_types.item(row).checkState() == Qt.CheckState.Checked
            ],
        }

    def _show_sample(self) -> None:
        from desktop_app.core import clock
        from desktop_app.core import legalization as legal

        try:
            fmt = legal.check_register_format(self.register_format.text())
        except ValidationError as exc:
            self.sample.setText(exc.message)
            self.sample.setProperty("role", "error")
        else:
            self.sample.setText(legal.render_register_no(fmt, 1, clock.today()))
            self.sample.setProperty("role", "hint")
        self.sample.style().unpolish(self.sample)
        self.sample.style().polish(self.sample)

    def validate(self) -> None:
        """Every value checked before any is written, each problem beside its field; the
        block's position also against the paper, its orientation and the printer's edge."""
        from desktop_app.core import legal_print
        from desktop_app.core.pdf import PAPERS

        values = settings.validate_values(self.values())
        paper = str(values["paper"])
        legal_print.Sheet(
            paper,
            PAPERS[paper],
            values["legal_endorse_orientation"] == "landscape",
            float(values["print_margin_mm"]),
            legal_print.EndorsePosition(
                str(values["legal_endorse_corner"]),
                float(values["legal_endorse_x_mm"]),
                float(values["legal_endorse_y_mm"]),
            ),
        ).check_position()

    def store(self) -> str:
        """All values in one transaction; the changed ones are audited by the core."""
        settings.set_values(self.ctx.db, self.ctx.actor, self.values())
        return self.tr("Pengaturan legalisir tersimpan.")

    def print_calibration(self) -> None:
        """The core's calibration page for the position on screen (saved or not), printed at
        100 % through the same preview-and-print path as the endorsement itself."""
        from desktop_app.core import legal_print
        from desktop_app.gui import printing

        values = self.values()
        try:
            position = legal_print.EndorsePosition(
                str(values["legal_endorse_corner"]),
                float(values["legal_endorse_x_mm"]),  # type: ignore[arg-type]
                float(values["legal_endorse_y_mm"]),  # type: ignore[arg-type]
            )
            pdf = legal_print.calibration_pdf(
                self.ctx.db,
                paper=str(values["paper"]),
                position=position,
                landscape=values["legal_endorse_orientation"] == "landscape",
                margin_mm=float(values["print_margin_mm"]),  # type: ignore[arg-type]
            )
        except LoketError as exc:
            QMessageBox.warning(self, self.tr("Kalibrasi"), exc.message)
            return
        job = printing.PrintJob(self.tr("Halaman kalibrasi"), pdf, actual_size=True)
        printing.preview_and_print(self, job)
