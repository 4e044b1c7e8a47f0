"""Settings tab *Layanan*: the service catalog (code, name, target in working days, active).

A changed target applies to requests received afterwards; the core keeps existing due dates.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import requests as rq
from desktop_app.core.requests.catalog import MAX_TARGET_DAYS
from desktop_app.core.security import Permission
from desktop_app.gui.context import AppContext
from desktop_app.gui.pages.settings.base import SettingsTab
from desktop_app.gui.widgets import FieldErrors, follow_plural_suffix


class ServicesTab(SettingsTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.services: list[rq.ServiceInfo] = []
        self.creating = True
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Kode layanan menjadi awalan nomor tiket (misalnya KK-261128-0007). Target "
                "dihitung dalam hari kerja; perubahan target berlaku untuk permohonan berikutnya."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kode"), self.tr("Nama layanan"), self.tr("Target (hari kerja)"),
             self.tr("Status")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The name takes the room left; the others fit their header ("Target (working days)").
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Daftar layanan"))
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)

        box = QGroupBox(self.tr("Layanan terpilih"))
        form = QFormLayout(box)
        self.code = QLineEdit()
        self.code.setMaxLength(16)
        self.code.setAccessibleName(self.tr("Kode layanan"))
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.name.setAccessibleName(self.tr("Nama layanan"))
        self.target = QSpinBox()
        self.target.setRange(0, MAX_TARGET_DAYS)
        follow_plural_suffix(self.target, lambda n: self.tr("%Ln hari kerja", "", n))
        self.target.setAccessibleName(self.tr("Target waktu dalam hari kerja"))
        self.active = QCheckBox(self.tr("&Aktif (dapat dipilih pada permohonan baru)"))
        form.addRow(self.tr("&Kode"), self.code)
        form.addRow(self.tr("&Nama"), self.name)
        form.addRow(self.tr("&Target"), self.target)
        form.addRow("", self.active)
        self.field_errors = FieldErrors(
            form, {"code": self.code, "name": self.name, "target_days": self.target}
        )
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Layanan &baru"))
        self.new_button.clicked.connect(self.new_service)
        self.save_button = QPushButton(self.tr("&Simpan"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.new_button)
        buttons.addLayout(self.save_row(self.save_button), 1)
        form.addRow(buttons)
        layout.addWidget(box)
        box.setEnabled(ctx.can(Permission.SERVICES_EDIT))
        self.watch_edits(self.code, self.name, self.target, self.active)
        self.load()
        self.new_service()

    def tab_title(self) -> str:
        return self.tr("Layanan")

    def values(self) -> tuple[str, str, int, bool]:
        return (self.code.text(), self.name.text(), self.target.value(), self.active.isChecked())

    def load(self, select: str | None = None) -> None:
        self.services = rq.list_services(self.ctx.db, include_inactive=True)
        self.table.setRowCount(len(self.services))
        for row, s in enumerate(self.services):
            status = self.tr("Aktif") if s.active else self.tr("Nonaktif")
            for column, text in enumerate((s.code, s.name, str(s.target_days), status)):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
            if s.code == select:
                self.table.selectRow(row)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        s = self.services[rows[0].row()]
        self.creating = False
        self.code.setText(s.code)
        self.code.setReadOnly(True)  # the code is in every ticket already issued
        self.name.setText(s.name)
        self.target.setValue(s.target_days)
        self.active.setChecked(s.active)
        self.clear_problems()
        self.remember_stored()

    def new_service(self) -> None:
        self.creating = True  # a code already in the list is refused, not overwritten
        self.table.clearSelection()
        self.code.setReadOnly(False)
        self.code.clear()
        self.name.clear()
        self.target.setValue(1)
        self.active.setChecked(True)
        self.clear_problems()
        self.remember_stored()
        self.code.setFocus()

    def store(self) -> str:
        saved = rq.save_service(
            self.ctx.db,
            self.ctx.actor,
            self.code.text(),
            self.name.text(),
            self.target.value(),
            self.active.isChecked(),
            new=self.creating,
        )
        self.load(select=saved.code)
        return self.tr("Layanan {code} tersimpan.").format(code=saved.code)
