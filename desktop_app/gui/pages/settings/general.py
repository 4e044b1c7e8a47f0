"""Settings tab *Umum*: the idle-lock time and the office's time zone (every counter PC) and
this PC's language."""

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
        self.office_zone = QComboBox()
        for code, name in (
            ("WIB", self.tr("WIB — Waktu Indonesia Barat (UTC+7)")),
            ("WITA", self.tr("WITA — Waktu Indonesia Tengah (UTC+8)")),
            ("WIT", self.tr("WIT — Waktu Indonesia Timur (UTC+9)")),
        ):
            self.office_zone.addItem(name, code)
        form.addRow(self.tr("&Zona waktu kantor"), self.office_zone)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)  # i18n: not visible - each language's own name
        form.addRow(self.tr("&Bahasa tampilan"), self.language)
        layout.addLayout(form)
        layout.addWidget(
            label(
                self.tr(
                    "Waktu kunci layar dan zona waktu kantor berlaku untuk semua komputer loket "
                    "(zona waktu: untuk semua tanggal dan jam yang dicatat dan dicetak; komputer "
                    "lain memakainya setelah aplikasi dibuka ulang). Bahasa tampilan hanya untuk "
                    "komputer ini dan berlaku setelah aplikasi dibuka ulang."
                ),
                "hint",
            )
        )
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setProperty("primary", True)
        layout.addLayout(self.save_row(self.save_button))
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.watch_edits(self.idle_minutes, self.office_zone, self.language)
        self.load()

    def tab_title(self) -> str:
        return self.tr("Umum")

    def values(self) -> dict[str, object]:
        return {
            "idle_lock_minutes": self.idle_minutes.value(),
            "office_timezone": self.office_zone.currentData(),
            "language": self.language.currentData(),
        }

    def load(self) -> None:
        self.idle_minutes.setValue(int(settings.get_value(self.ctx.db, "idle_lock_minutes") or 10))
        zone = settings.get_value(self.ctx.db, "office_timezone")
        self.office_zone.setCurrentIndex(max(0, self.office_zone.findData(zone)))
        current = QSettings().value("language", "id")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.remember_stored()

    def office_values(self) -> dict[str, object]:
        """The settings of every counter PC (the language is this PC's own)."""
        values = self.values()
        return {key: values[key] for key in ("idle_lock_minutes", "office_timezone")}

    def validate(self) -> None:
        settings.validate_values(self.office_values())

    def store(self) -> str:
        settings.set_values(self.ctx.db, self.ctx.actor, self.office_values())
        language = self.language.currentData()
        changed = language != QSettings().value("language", "id")
        QSettings().setValue("language", language)
        if changed:
            return self.tr(
                "Pengaturan umum tersimpan. Bahasa baru dipakai setelah aplikasi dibuka ulang."
            )
        return self.tr("Pengaturan umum tersimpan.")
