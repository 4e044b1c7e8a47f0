"""Settings tab *Umum*: the idle-lock time (every counter PC) and this PC's language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desktop_app.core import settings
from desktop_app.gui.context import AppContext
from desktop_app.gui.pages.settings.base import SettingsTab
from desktop_app.gui.widgets import follow_plural_suffix, label

LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


class GeneralTab(SettingsTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 240)
        follow_plural_suffix(self.idle_minutes, lambda n: self.tr("%Ln menit", "", n))
        form.addRow(self.tr("&Kunci layar setelah tidak aktif"), self.idle_minutes)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)  # i18n: not visible - each language's own name
        form.addRow(self.tr("&Bahasa tampilan"), self.language)
        layout.addLayout(form)
        layout.addWidget(
            label(
                self.tr(
                    "Waktu kunci layar berlaku untuk semua komputer loket. Bahasa tampilan hanya "
                    "untuk komputer ini dan berlaku setelah aplikasi dibuka ulang."
                ),
                "hint",
            )
        )
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setProperty("primary", True)
        layout.addLayout(self.save_row(self.save_button))
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.watch_edits(self.idle_minutes, self.language)
        self.load()

    def tab_title(self) -> str:
        return self.tr("Umum")

    def values(self) -> dict[str, object]:
        return {
            "idle_lock_minutes": self.idle_minutes.value(),
            "language": self.language.currentData(),
        }

    def load(self) -> None:
        self.idle_minutes.setValue(int(settings.get_value(self.ctx.db, "idle_lock_minutes") or 10))
        current = QSettings().value("language", "id")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.remember_stored()

    def validate(self) -> None:
        settings.check_value("idle_lock_minutes", self.idle_minutes.value())

    def store(self) -> str:
        minutes = self.idle_minutes.value()
        if minutes != settings.get_value(self.ctx.db, "idle_lock_minutes"):
            settings.set_value(self.ctx.db, self.ctx.actor, "idle_lock_minutes", minutes)
        language = self.language.currentData()
        changed = language != QSettings().value("language", "id")
        QSettings().setValue("language", language)
        if changed:
            return self.tr(
                "Pengaturan umum tersimpan. Bahasa baru dipakai setelah aplikasi dibuka ulang."
            )
        return self.tr("Pengaturan umum tersimpan.")
