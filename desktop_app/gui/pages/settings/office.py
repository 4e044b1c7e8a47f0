"""Settings tab *Profil kantor*: the office's name, region, contacts and logo (letterheads)."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from desktop_app.core import settings
from desktop_app.gui.context import AppContext
from desktop_app.gui.office_form import OfficeProfileForm
from desktop_app.gui.pages.settings.base import SettingsTab


class OfficeTab(SettingsTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.form = OfficeProfileForm(self)
        self.field_errors = self.form.errors
        layout.addWidget(self.form)
        self.save_button = QPushButton(self.tr("Simpan profil kantor"))
        self.save_button.setProperty("primary", True)
        layout.addLayout(self.save_row(self.save_button))
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.form.changed.connect(self._edited)
        self.load()

    def tab_title(self) -> str:
        return self.tr("Profil kantor")

    def values(self) -> dict[str, str]:
        return asdict(self.form.profile())

    def load(self) -> None:
        self.form.set_profile(settings.get_office(self.ctx.db))
        self.remember_stored()

    def validate(self) -> None:
        settings.validate_office(self.form.profile())

    def store(self) -> str:
        clean = settings.save_office(self.ctx.db, self.ctx.actor, self.form.profile())
        self.form.set_profile(clean)
        return self.tr("Profil kantor tersimpan.")
