"""Main window: navigation by role, lazy pages, idle lock, remembered state."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from desktop_app.gui.main_window import MainWindow


@pytest.fixture
def open_window(qtbot, make_ctx):
    def make(actor, idle_ms=60_000):
        window = MainWindow(make_ctx(actor), idle_ms=idle_ms)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def _titles(window):
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def test_navigation_follows_role(open_window, supervisor, petugas, legalisir):
    assert _titles(open_window(petugas)) == ["Permohonan", "Laporan"]
    assert _titles(open_window(legalisir)) == ["Legalisir"]
    assert _titles(open_window(supervisor)) == [
        "Permohonan",
        "Legalisir",
        "Laporan",
        "Pengaturan",
        "Audit",
    ]


def test_status_bar_shows_user_role_and_database(open_window, supervisor, db):
    window = open_window(supervisor)
    assert window.user_label.text() == "Kepala Seksi"
    assert window.role_label.text() == "Supervisor"
    assert window.db_label.toolTip() == db.location
    assert window.db_label.text().startswith("Basis data: ")
    assert db.location.rsplit("/", 1)[-1] in window.db_label.text()  # the file name stays
    assert window.db_label.sizeHint().width() < window.fontMetrics().height() * 30


def test_pages_are_built_lazily(open_window, supervisor, monkeypatch):
    built = []

    class FakePage(QLabel):
        def __init__(self, ctx, parent=None):
            super().__init__("palsu", parent)
            built.append(ctx.actor.username)

    fake = types.ModuleType("desktop_app.gui.pages.legalization")
    fake.LegalizationPage = FakePage
    monkeypatch.setitem(sys.modules, "desktop_app.gui.pages.legalization", fake)
    window = open_window(supervisor)
    assert built == []  # first page shown is Permohonan
    window.show_page("legalisir")
    window.show_page("legalisir")
    assert built == ["kasi"]
    assert isinstance(window.stack.currentWidget(), FakePage)


def test_shortcuts_switch_pages(open_window, qtbot, supervisor):
    window = open_window(supervisor)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.navigation, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "audit"
    qtbot.keyClick(window.navigation, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "pengaturan"


def test_last_page_and_geometry_are_remembered(open_window, supervisor):
    window = open_window(supervisor)
    window.show_page("audit")
    window.showNormal()  # the offscreen screen is 800 px wide: it opened maximized
    window.resize(window.width(), 520)
    window.close()
    assert QSettings().value("main_window/last_page/kasi") == "audit"
    again = open_window(supervisor)
    assert again.current_key == "audit"
    assert again.size().height() == 520


def test_the_last_page_is_remembered_per_officer(open_window, supervisor, petugas):
    window = open_window(supervisor)
    window.show_page("audit")
    window.close()
    other = open_window(petugas)
    other.show_page("laporan")
    other.close()
    assert open_window(supervisor).current_key == "audit"  # not the PC's last page
    assert open_window(petugas).current_key == "laporan"


def test_idle_lock_wrong_then_right_password(open_window, qtbot, supervisor):
    window = open_window(supervisor, idle_ms=50)
    qtbot.waitUntil(lambda: window.locked, timeout=2000)
    assert window.session_lock.is_covered(window)  # the data is hidden
    dialog = window.lock_dialog
    dialog.password.setText("salah-sekali")
    dialog.unlock_button.click()
    assert dialog.message.text() == "Kata sandi salah."
    assert window.locked
    qtbot.keyClicks(dialog.password, "rahasia123")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not window.locked
    assert not window.session_lock.is_covered(window)
    assert window.idle.input_events > 0  # typing was counted as activity


def test_input_postpones_idle_lock(open_window, qtbot, supervisor):
    """Counted, not timed: each key press restarts the countdown; the lock comes when it ends."""
    window = open_window(supervisor, idle_ms=3_600_000)
    watcher = window.idle
    for presses in range(1, 4):
        watcher.timer.stop()
        before = watcher.input_events
        qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
        assert watcher.input_events > before
        assert watcher.timer.isActive(), f"key press {presses} did not restart the countdown"
        assert not window.locked
    watcher.interval_ms = 1
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)


def test_idle_interval_comes_from_settings(open_window, db, supervisor):
    from desktop_app.core import settings

    settings.set_value(db, supervisor, "idle_lock_minutes", 3)
    window = MainWindow(open_window(supervisor).ctx)
    assert window.idle.interval_ms == 3 * 60_000
    window.close()


def test_lock_screen_logout(open_window, qtbot, supervisor):
    window = open_window(supervisor)
    window.lock()
    assert window.locked
    window.lock_dialog.logout_button.click()
    assert window.logged_out
    assert not window.isVisible()


def test_change_password_dialog(open_window, db, supervisor):
    from desktop_app.core import users

    window = open_window(supervisor)
    dialog = window.open_change_password()
    dialog.old_password.setText("salah-sekali")
    dialog.new_password.setText("baru-rahasia")
    dialog.repeat.setText("baru-rahasia")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.errors.text("old_password") == "salah"
    dialog.old_password.setText("rahasia123")
    dialog.repeat.setText("lain-lagi-rahasia")
    dialog.ok_button.click()
    assert "tidak sama" in dialog.errors.text("password2")
    dialog.repeat.setText("baru-rahasia")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert users.authenticate(db, "kasi", "baru-rahasia").username == "kasi"


@pytest.mark.parametrize("point_size", [9, 14])
def test_navigation_titles_are_never_cut_off(styled_app, open_window, supervisor, point_size):
    """The navigation is sized after the style sheet's font applies, whatever the base font."""
    from PySide6.QtGui import QFont, QFontMetrics

    old = styled_app.font()
    font = QFont(old)
    font.setPointSize(point_size)
    styled_app.setFont(font)
    try:
        window = open_window(supervisor)
        window.resize(1366, 768)
        nav = window.navigation
        metrics = QFontMetrics(nav.font())
        assert nav.font().pointSizeF() == 11  # from style.qss, not the base font
        for row in range(nav.count()):
            item = nav.item(row)
            rect = nav.visualItemRect(item)
            needed = metrics.horizontalAdvance(item.text()) + nav.iconSize().width()
            assert rect.right() <= nav.viewport().width()
            assert rect.width() >= needed, item.text()
        assert nav.width() < 220  # and no wider than needed: the table wants the room
    finally:
        styled_app.setFont(old)
