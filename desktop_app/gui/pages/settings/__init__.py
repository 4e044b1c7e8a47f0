"""*Pengaturan* (supervisor): one tab per subject, each in its own module over
:class:`~desktop_app.gui.pages.settings.base.SettingsTab` (load / validate / save)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop_app.gui.context import AppContext
from desktop_app.gui.pages.settings.backups import BackupTab
from desktop_app.gui.pages.settings.base import SettingsTab
from desktop_app.gui.pages.settings.general import GeneralTab
from desktop_app.gui.pages.settings.holidays import HolidaysTab
from desktop_app.gui.pages.settings.legalization import LegalSettingsTab
from desktop_app.gui.pages.settings.office import OfficeTab
from desktop_app.gui.pages.settings.officials import OfficialsTab
from desktop_app.gui.pages.settings.services import ServicesTab
from desktop_app.gui.pages.settings.templates import TemplatesTab
from desktop_app.gui.pages.settings.users import UsersTab
from desktop_app.gui.widgets import label

__all__ = ["SettingsPage", "SettingsTab"]


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Pengaturan"), "heading"))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.office_tab = OfficeTab(ctx)
        self.officials_tab = OfficialsTab(ctx)
        self.holidays_tab = HolidaysTab(ctx)
        self.users_tab = UsersTab(ctx)
        self.general_tab = GeneralTab(ctx)
        self.services_tab = ServicesTab(ctx)
        self.templates_tab = TemplatesTab(ctx)
        self.legal_tab = LegalSettingsTab(ctx)
        self.backup_tab = BackupTab(ctx)
        for tab in self.all_tabs():
            self.tabs.addTab(tab, tab.tab_title())
        ctx.signals.changed_elsewhere.connect(self._changed_elsewhere)

    def _changed_elsewhere(self, topic: str) -> None:
        """Another PC saved settings or accounts: show them, except in a tab being edited."""
        if topic not in ("settings", "users"):
            return
        for tab in self.all_tabs():
            if not tab.has_unsaved_changes():
                tab.load()

    def all_tabs(self) -> list[SettingsTab]:
        return [
            self.office_tab,
            self.officials_tab,
            self.holidays_tab,
            self.users_tab,
            self.general_tab,
            self.services_tab,
            self.templates_tab,
            self.legal_tab,
            self.backup_tab,
        ]

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def unsaved_tabs(self) -> list[SettingsTab]:
        """Tabs with edits not saved yet (asked about before logging out)."""
        return [tab for tab in self.all_tabs() if tab.has_unsaved_changes()]
