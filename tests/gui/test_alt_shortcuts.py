"""Every window's Alt shortcuts are unique: Alt+letter must do one thing. (With two, Qt only
moves the focus between them and the officer's Alt+T presses neither "Tolak" nor "Tangani".)"""
# ruff: noqa: F811  (fixtures imported from rq_helpers are used as arguments)

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget
from rq_helpers import QUIET_OFFSCREEN, ctx, make_request, sup_ctx  # noqa: F401

from desktop_app.core import requests as rq
from desktop_app.gui.legal_entry import LegalEntryDialog
from desktop_app.gui.login import LoginDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.request_detail import RequestDetailDialog, StatusChangeDialog
from desktop_app.gui.request_intake import RequestIntakeDialog

pytestmark = QUIET_OFFSCREEN


def mnemonic(text: str) -> str:
    key = QKeySequence.mnemonic(text)
    return key.toString() if not key.isEmpty() else ""


def shortcuts(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter → the texts that claim it among what the window shows now."""
    found: dict[str, list[str]] = defaultdict(list)

    def claim(text: str) -> None:
        if key := mnemonic(text):
            found[key].append(text)

    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton):
            claim(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            claim(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            claim(widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    claim(widget.tabText(i))
    menu_bar = getattr(window, "menuBar", None)
    if menu_bar is not None and window.menuBar().isVisibleTo(window):
        for action in window.menuBar().actions():
            claim(action.text())
    return dict(found)


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in shortcuts(window).items() if len(v) > 1}


def test_the_checker_sees_a_clash(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for text in ("&Tolak", "&Tangani sendiri", "&Simpan"):
        layout.addWidget(QPushButton(text))
    window.show()
    assert clashes(window) == {"Alt+T": ["&Tolak", "&Tangani sendiri"]}


PAGES = [
    "permohonan",
    "legalisir",
    "laporan",
    "audit",
    "pengaturan",
]


@pytest.mark.parametrize("key", PAGES)
def test_main_window_on_every_page(qtbot, sup_ctx, key):
    window = MainWindow(sup_ctx, idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    found = {}
    for spec in [s for s in window.specs if s.key == key]:
        window.show_page(spec.key)
        page = window.pages[spec.key]
        tabs = getattr(page, "tabs", None)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            if bad := clashes(window):
                found[f"{spec.key}/{index}"] = bad
    assert found == {}, found


def test_request_windows(qtbot, ctx):
    req = make_request(ctx.db, ctx.actor)
    busy = make_request(ctx.db, ctx.actor, nik="3216071203910002", name="Dedi")
    rq.change_status(ctx.db, ctx.actor, busy.id, busy.version, "diproses")  # more buttons
    windows = [RequestIntakeDialog(ctx), RequestDetailDialog(ctx, req.id)]
    windows.append(RequestDetailDialog(ctx, busy.id))
    windows += [
        StatusChangeDialog(req.ticket, status, service_code="PINDAH", channel="wa")
        for status in ("diproses", "menunggu_berkas", "selesai", "ditolak")
    ]
    found = {}
    for window in windows:
        qtbot.addWidget(window)
        window.show()
        tabs = getattr(window, "tabs", None)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            if bad := clashes(window):
                found[f"{type(window).__name__}/{index}"] = bad
    assert found == {}, found


@pytest.mark.parametrize("make", [LegalEntryDialog, lambda c: LoginDialog(c.db)])
def test_legalization_and_login_windows(qtbot, sup_ctx, make):
    window = make(sup_ctx)
    qtbot.addWidget(window)
    window.show()
    assert clashes(window) == {}
