"""The pages of the main window, in navigation order.

A page is a QWidget taking ``(ctx: AppContext, parent=None)``. Each entry names the function
that builds it; the function imports the page's module with a plain import statement (seen by
PyInstaller, mypy and any rename) when the page is first shown, so start-up stays fast.
``permission`` decides whether a role is offered the page (the core refuses the operations
anyway).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.core.security import Permission

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop_app.gui.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # Indonesian source text, translated with context "pages"
    permission: Permission
    build: Callable[[AppContext], QWidget]
    shortcut: str


def _requests(ctx: AppContext) -> QWidget:
    from .requests import RequestsPage

    return RequestsPage(ctx)


def _legalization(ctx: AppContext) -> QWidget:
    from .legalization import LegalizationPage

    return LegalizationPage(ctx)


def _report(ctx: AppContext) -> QWidget:
    from .report import ReportPage

    return ReportPage(ctx)


def _settings(ctx: AppContext) -> QWidget:
    from .settings import SettingsPage

    return SettingsPage(ctx)


def _audit(ctx: AppContext) -> QWidget:
    from .audit import AuditPage

    return AuditPage(ctx)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("permohonan", "Permohonan", Permission.REQUESTS_VIEW, _requests, "Ctrl+1"),
    PageSpec("legalisir", "Legalisir", Permission.LEGAL_VIEW, _legalization, "Ctrl+2"),
    PageSpec("laporan", "Laporan", Permission.REPORT_DAILY, _report, "Ctrl+3"),
    PageSpec("pengaturan", "Pengaturan", Permission.SETTINGS_EDIT, _settings, "Ctrl+4"),
    PageSpec("audit", "Audit", Permission.AUDIT_VIEW, _audit, "Ctrl+5"),
)
