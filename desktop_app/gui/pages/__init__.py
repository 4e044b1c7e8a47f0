"""The pages of the main window, in navigation order.

A page is a QWidget class taking ``(ctx: AppContext, parent=None)``; it is imported only when
first shown, so start-up stays fast. ``permission`` decides whether a role is offered the page
(the core refuses the operations anyway).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.security import Permission


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # Indonesian source text, translated with context "pages"
    permission: Permission
    target: str  # "module:Class"
    shortcut: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "permohonan",
        "Permohonan",
        Permission.REQUESTS_VIEW,
        "desktop_app.gui.pages.requests:RequestsPage",
        "Ctrl+1",
    ),
    PageSpec(
        "legalisir",
        "Legalisir",
        Permission.LEGAL_VIEW,
        "desktop_app.gui.pages.legalization:LegalizationPage",
        "Ctrl+2",
    ),
    PageSpec(
        "laporan",
        "Laporan",
        Permission.REPORT_DAILY,
        "desktop_app.gui.pages.report:ReportPage",
        "Ctrl+3",
    ),
    PageSpec(
        "pengaturan",
        "Pengaturan",
        Permission.SETTINGS_EDIT,
        "desktop_app.gui.pages.settings:SettingsPage",
        "Ctrl+4",
    ),
    PageSpec(
        "audit", "Audit", Permission.AUDIT_VIEW, "desktop_app.gui.pages.audit:AuditPage", "Ctrl+5"
    ),
)
