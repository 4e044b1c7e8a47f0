"""Every window fits the office's screens: a 1366×768 laptop and a 1920×1080 monitor at 150 %
(1280×720 logical pixels), each less a 40 px taskbar. Each window is opened with the app's style
sheet; its smallest size plus a title bar must fit (so shrinking cuts nothing), and after
``fit_window`` it lies inside the screen's free area."""
# ruff: noqa: F811  (fixtures imported from rq_helpers are used as arguments)

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from rq_helpers import QUIET_OFFSCREEN, make_request, sup_ctx  # noqa: F401

from desktop_app.gui import screen_fit
from desktop_app.gui.legal_entry import LegalEntryDialog
from desktop_app.gui.login import LoginDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.request_detail import RequestDetailDialog, StatusChangeDialog
from desktop_app.gui.request_intake import RequestIntakeDialog
from desktop_app.gui.wizard import SetupWizard

pytestmark = QUIET_OFFSCREEN

SCREENS = {
    "1366x768": QRect(0, 0, 1366, 768 - 40),
    "150% of 1920x1080": QRect(0, 0, 1280, 720 - 40),
}


def assert_fits(window, area):
    frame = screen_fit.FRAME_ALLOWANCE
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert smallest.width() + frame.width() <= area.width(), (type(window).__name__, smallest)
    assert smallest.height() + frame.height() <= area.height(), (type(window).__name__, smallest)
    window.resize(1900, 1200)  # as if opened on a large screen or with an old saved size
    window.move(300, 200)
    screen_fit.fit_window(window, area)
    outer = QRect(window.pos(), window.size() + screen_fit.frame_size(window))
    assert area.contains(outer), (type(window).__name__, outer)


@pytest.fixture(params=list(SCREENS), ids=list(SCREENS))
def area(request):
    return SCREENS[request.param]


PAGES = [
    "permohonan",
    "legalisir",
    "laporan",
    "audit",
    "pengaturan",
]


@pytest.mark.parametrize("page", PAGES)
def test_main_window_fits_on_every_page(styled_app, qtbot, sup_ctx, area, page):
    window = MainWindow(sup_ctx, idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    window.showNormal()
    window.show_page(page)  # pages are built when first shown: each adds its minimum
    assert_fits(window, area)


def test_main_window_is_maximized_on_small_screens(qtbot, sup_ctx):
    assert screen_fit.should_maximize(SCREENS["1366x768"])
    assert screen_fit.should_maximize(SCREENS["150% of 1920x1080"])
    assert not screen_fit.should_maximize(QRect(0, 0, 1920, 1040))
    window = MainWindow(sup_ctx, idle_ms=3_600_000)  # no saved size; offscreen is 800 wide
    qtbot.addWidget(window)
    assert window.windowState() & Qt.WindowState.WindowMaximized


def test_request_windows_fit(styled_app, qtbot, sup_ctx, area):
    req = make_request(
        sup_ctx.db, sup_ctx.actor, name="Raden Ajeng Siti Nurhaliza Kusumawardhani Putri",
        notes="Mohon kirim foto SKPWNI dan KTP-el. " * 8,
    )  # fmt: skip
    windows = [RequestIntakeDialog(sup_ctx), RequestDetailDialog(sup_ctx, req.id)]
    windows += [
        StatusChangeDialog(req.ticket, status, service_code="PINDAH", channel="wa")
        for status in ("diproses", "menunggu_berkas", "selesai", "ditolak")
    ]
    for window in windows:
        qtbot.addWidget(window)
        window.show()
        assert_fits(window, area)


def test_first_show_shrinks_a_dialog_to_its_screen(qtbot, sup_ctx, monkeypatch):
    """EditingDialog fits itself when it first opens (here on a pretend 1024×600 screen)."""
    small = QRect(0, 0, 1024, 600)
    monkeypatch.setattr(screen_fit, "available_area", lambda _w: small)
    dialog = RequestIntakeDialog(sup_ctx)
    qtbot.addWidget(dialog)
    assert dialog.width() > 1024 - 16 or dialog.height() > 600 - 40  # as designed: too big
    dialog.show()
    outer = dialog.size() + screen_fit.frame_size(dialog)
    assert outer.width() <= 1024 and outer.height() <= 600


def test_legalization_login_and_setup_windows_fit(styled_app, qtbot, sup_ctx, area):
    windows = [LegalEntryDialog(sup_ctx), LoginDialog(sup_ctx.db), SetupWizard(sup_ctx.db)]
    for window in windows:
        qtbot.addWidget(window)
        window.show()
        assert_fits(window, area)


def test_every_request_column_shows_without_scrolling(styled_app, qtbot, sup_ctx, area):
    window = MainWindow(sup_ctx, idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    window.showNormal()
    window.show_page("permohonan")
    window.resize(area.size() - screen_fit.FRAME_ALLOWANCE)
    table = window.pages["permohonan"].table
    qtbot.waitUntil(lambda: table.viewport().width() < area.width() - 300)
    header = table.horizontalHeader()
    last = header.logicalIndex(header.count() - 1)
    right = header.sectionViewportPosition(last) + header.sectionSize(last)
    assert header.sectionViewportPosition(0) == 0 and right <= table.viewport().width()
    assert header.sectionSize(last) >= header.fontMetrics().horizontalAdvance("Petugas")


def test_names_stay_readable_in_the_request_list_at_150_percent(styled_app, qtbot, sup_ctx):
    """At 150 % of 1920 x 1080 the list's name column kept four letters ("Ni Lu…") while
    "Terlambat · 28/11/26" took its room; every column still shows without scrolling."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.models.request_table import COLUMNS

    window = MainWindow(sup_ctx, idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    window.showNormal()
    area = SCREENS["150% of 1920x1080"]
    window.resize(area.width(), area.height() - screen_fit.FRAME_ALLOWANCE.height())
    page = window.show_page("permohonan")
    QApplication.processEvents()
    header = page.table.horizontalHeader()
    name_width = header.sectionSize([c.key for c in COLUMNS].index("name"))
    assert name_width >= page.table.fontMetrics().horizontalAdvance("Ahmad Fauzi")
    assert header.length() <= page.table.viewport().width()
    bold = QFont(header.font())
    bold.setBold(True)  # the style sheet's header weight
    for i in range(header.count()):  # every title whole ("atuh temp" for "Jatuh tempo")
        title = page.model.headerData(i, Qt.Orientation.Horizontal)
        metrics = QFontMetrics(bold)  # + the section's padding (0.5 em each side) and arrow
        needed = metrics.horizontalAdvance(title) + 2 * metrics.height()
        assert needed <= header.sectionSize(i), title


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_register_column_title_shows_whole(styled_app, qtbot, sup_ctx, screen):
    """At 150 % of 1920 x 1080 the register's "Dokumen" title read "Dokumer": titles are never
    cut, and at both sizes the whole row shows without scrolling sideways."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QApplication

    window = MainWindow(sup_ctx, idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    window.showNormal()
    area = SCREENS[screen]
    window.resize(area.size() - screen_fit.FRAME_ALLOWANCE)
    page = window.show_page("legalisir")
    QApplication.processEvents()
    table = page.register.table
    header = table.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    for i in range(header.count()):
        title = table.model().headerData(i, Qt.Orientation.Horizontal)
        assert metrics.horizontalAdvance(title) + metrics.height() <= header.sectionSize(i), title
    assert header.length() <= table.viewport().width()  # everything at once
