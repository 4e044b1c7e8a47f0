"""Settings tab *Pejabat penandatangan*: who signs legalizations, and the daily report."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import settings
from desktop_app.core.identity import format_nip
from desktop_app.core.settings import OfficialInfo
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs import _FormDialog
from desktop_app.gui.pages.settings.base import SettingsTab, item, table
from desktop_app.gui.widgets import label


class OfficialDialog(_FormDialog):
    def __init__(
        self, ctx: AppContext, official: OfficialInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Ubah pejabat") if official else self.tr("Tambah pejabat penandatangan"), parent
        )
        self.ctx, self.official = ctx, official
        self.name = QLineEdit(official.name if official else "")
        self.title = QLineEdit(official.title if official else "")
        self.title.setPlaceholderText(
            self.tr("misalnya Kepala Bidang Pelayanan Pendaftaran Penduduk")
        )
        self.rank = QLineEdit(official.rank if official else "")
        self.rank.setPlaceholderText(self.tr("misalnya Pembina (IV/a)"))
        self.nip = QLineEdit(format_nip(official.nip) if official else "")
        self.nip.setPlaceholderText("19680411 199303 1 009")
        self.nip.setMaxLength(30)
        self.fields.addRow(self.tr("&Nama"), self.name)
        self.fields.addRow(self.tr("&Jabatan"), self.title)
        self.fields.addRow(self.tr("&Pangkat/golongan"), self.rank)
        self.fields.addRow(self.tr("N&IP"), self.nip)
        self.set_intro(self.tr("NIP 18 digit; spasi boleh diketik."))
        self.ok_button.setText(self.tr("Simpan"))
        self.finish_fields(
            {"name": self.name, "title": self.title, "rank": self.rank, "nip": self.nip}
        )

    def submit(self) -> None:
        self.saved = settings.save_official(
            self.ctx.db,
            self.ctx.actor,
            name=self.name.text(),
            title=self.title.text(),
            rank=self.rank.text(),
            nip=self.nip.text(),
            official_id=self.official.id if self.official else None,
            active=self.official.active if self.official else True,
        )


class OfficialsTab(SettingsTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.officials: list[OfficialInfo] = []
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Pejabat yang namanya dicetak pada blok pengesahan legalisir. Pejabat yang "
                    "dinonaktifkan tidak dapat dipilih lagi, tetapi cetakan lama tetap memuatnya."
                ),
                "hint",
            )
        )
        self.table = table(
            [
                self.tr("Nama"),
                self.tr("Jabatan"),
                self.tr("Pangkat"),
                self.tr("NIP"),
                self.tr("Status"),
            ]
        )
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah pejabat…"))
        self.edit_button = QPushButton(self.tr("Ubah…"))
        self.toggle_button = QPushButton(self.tr("Nonaktifkan"))
        for button in (self.add_button, self.edit_button, self.toggle_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

        # Who signs "Mengetahui" on the daily report (core: report.report_signer).
        signer_form = QFormLayout()
        self.report_signer = QComboBox()
        self.report_signer.setAccessibleName(self.tr("Penanda tangan laporan harian"))
        self.report_signer.setMinimumContentsLength(48)
        self.report_signer.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        signer_form.addRow(self.tr("Penanda tangan &laporan harian"), self.report_signer)
        signer_row = QHBoxLayout()
        signer_row.addLayout(signer_form)
        signer_row.addStretch(1)
        layout.addLayout(signer_row)
        layout.addLayout(self.save_row())
        self.report_signer.activated.connect(self._signer_chosen)
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(lambda: self.open_dialog(self.selected()))
        self.toggle_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.open_dialog(self.selected()))
        self.load()

    def tab_title(self) -> str:
        return self.tr("Pejabat penandatangan")

    def load(self) -> None:
        self.officials = settings.list_officials(self.ctx.db, include_inactive=True)
        self.table.setRowCount(len(self.officials))
        for r, o in enumerate(self.officials):
            self.table.setItem(r, 0, item(o.name, o.id))
            self.table.setItem(r, 1, item(o.title))
            self.table.setItem(r, 2, item(o.rank))
            self.table.setItem(r, 3, item(format_nip(o.nip)))
            self.table.setItem(r, 4, item(self.tr("Aktif") if o.active else self.tr("Nonaktif")))
        self.table.resizeColumnsToContents()
        self._selection_changed()
        self._load_signer()

    def _load_signer(self) -> None:
        combo = self.report_signer  # activated (user choice only) is not fired by refilling
        combo.clear()
        combo.addItem(self.tr('Otomatis: pejabat aktif yang jabatannya diawali "Kepala"'), None)
        for o in self.officials:
            if o.active:
                combo.addItem(f"{o.name} — {o.title}", o.id)
        chosen = settings.get_value(self.ctx.db, "report_signer_id")
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)

    def _signer_chosen(self, _index: int) -> None:
        value = self.report_signer.currentData()
        if value == settings.get_value(self.ctx.db, "report_signer_id"):
            return
        self.run_action(
            lambda: settings.set_value(self.ctx.db, self.ctx.actor, "report_signer_id", value),
            self.tr("Penanda tangan laporan harian tersimpan."),
        )

    def selected(self) -> OfficialInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.officials[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        official = self.selected()
        self.edit_button.setEnabled(official is not None)
        self.toggle_button.setEnabled(official is not None)
        if official is not None:
            self.toggle_button.setText(
                self.tr("Nonaktifkan") if official.active else self.tr("Aktifkan")
            )

    def open_dialog(self, official: OfficialInfo | None) -> OfficialDialog:
        dialog = OfficialDialog(self.ctx, official, self)
        dialog.accepted.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self) -> None:
        self.load()
        self.notice.saved(self.tr("Pejabat tersimpan."))
        self.ctx.signals.settings_changed.emit()

    def toggle_active(self) -> None:
        o = self.selected()
        if o is None:
            return
        self.run_action(
            lambda: settings.save_official(
                self.ctx.db,
                self.ctx.actor,
                name=o.name,
                title=o.title,
                rank=o.rank,
                nip=o.nip,
                official_id=o.id,
                active=not o.active,
            ),
            self.tr("{name} diaktifkan.").format(name=o.name)
            if not o.active
            else self.tr("{name} dinonaktifkan.").format(name=o.name),
        )
