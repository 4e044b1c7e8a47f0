"""Keyboard only: focus always visible (style sheet), one Tab stop per date field, dates never
changed by a stray key, and the settings and report pages used without a mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from desktop_app.core import settings
from desktop_app.gui.context import AppContext
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.widgets import DateEdit

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support grabbing", "does not support raise"
)


def focus_on(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def looks(widget):
    QApplication.processEvents()
    return widget.grab().toImage()


def test_focus_is_visible_on_primary_and_plain_buttons_and_nothing_moves(qtbot, styled_app):
    holder = QWidget()
    layout = QVBoxLayout(holder)
    primary = QPushButton("Simpan")
    primary.setProperty("primary", True)
    plain = QPushButton("Batal")
    other = QPushButton("Lain")
    for button in (primary, plain, other):
        layout.addWidget(button)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    for button in (primary, plain):
        focus_on(qtbot, other)
        before, size = looks(button), button.size()
        focus_on(qtbot, button)
        after = looks(button)
        assert after != before, button.text()  # the focus shows
        assert button.size() == size  # and moves nothing


def test_six_tabs_from_the_navigation_give_six_different_screens(qtbot, db, supervisor, styled_app):
    window = MainWindow(AppContext(db, supervisor), idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    focus_on(qtbot, window.navigation)
    screens = [looks(window)]
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        screens.append(looks(window))
    for i in range(len(screens)):
        for j in range(i + 1, len(screens)):
            assert screens[i] != screens[j], (i, j)  # every Tab shows where the focus went


def test_navigation_list_focus_ring(qtbot, db, supervisor, styled_app):
    window = MainWindow(AppContext(db, supervisor), idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    page = window.show_page("permohonan")
    focus_on(qtbot, page.search)
    before = looks(window.navigation)
    focus_on(qtbot, window.navigation)
    assert looks(window.navigation) != before


@pytest.fixture
def dates(qtbot, qapp):
    holder = QWidget()
    layout = QVBoxLayout(holder)
    first = DateEdit(QDate(2026, 11, 28))
    second = DateEdit(QDate(2026, 11, 28))
    after = QPushButton("Tampilkan")
    for widget in (first, second, after):
        layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    holder.kept = (first, second, after)  # the Python wrappers live as long as the window
    yield first, second, after
    holder.close()


def test_one_tab_stop_per_date_field(qtbot, dates):
    first, second, after = dates
    focus_on(qtbot, first)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Tab)
    assert after.hasFocus()
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert second.hasFocus()


def test_tab_then_down_never_changes_a_date(qtbot, dates):
    first, second, _after = dates
    focus_on(qtbot, first)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
        qtbot.keyClick(second, key)
        popup = QApplication.activePopupWidget()
        if popup is not None:  # the arrow keys open the calendar instead
            popup.close()
    assert second.date() == QDate(2026, 11, 28)
    wheel = QWheelEvent(
        QPointF(5, 5), QPointF(second.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(second, wheel)
    assert second.date() == QDate(2026, 11, 28)


def test_down_opens_the_calendar_and_a_day_can_be_chosen_by_keyboard(qtbot, dates):
    first, _second, _after = dates
    focus_on(qtbot, first)
    qtbot.keyClick(first, Qt.Key.Key_Down)
    calendar = first.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    calendar.setSelectedDate(QDate(2026, 11, 20))
    qtbot.keyClick(calendar, Qt.Key.Key_Return)
    assert first.date() == QDate(2026, 11, 20)


# --- whole pages, keyboard only ---------------------------------------------------------------


@pytest.fixture
def window(qtbot, db, supervisor, styled_app):
    main = MainWindow(AppContext(db, supervisor), idle_ms=3_600_000)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times=1):
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def tab_until(qtbot, predicate, limit=60):
    for _ in range(limit):
        if predicate(QApplication.focusWidget()):
            return QApplication.focusWidget()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"not reached with Tab: {QApplication.focusWidget()!r}")


def test_settings_general_tab_by_keyboard_only(qtbot, window, db):
    qtbot.keyClick(window.navigation, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["pengaturan"]
    tabs = page.tabs
    tab_until(qtbot, lambda w: w is tabs.tabBar())
    while tabs.currentWidget() is not page.general_tab:
        press(qtbot, Qt.Key.Key_Right)
    general = page.general_tab
    spin = tab_until(qtbot, lambda w: w is general.idle_minutes)
    spin.selectAll()
    qtbot.keyClicks(spin, "15")
    tab_until(qtbot, lambda w: w is general.save_button)
    press(qtbot, Qt.Key.Key_Space)
    assert settings.get_value(db, "idle_lock_minutes") == 15
    assert general.notice.text() == "✓ Pengaturan umum tersimpan."


def test_report_page_by_keyboard_only(qtbot, window, monkeypatch):
    qtbot.keyClick(window.navigation, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["laporan"]
    stops = []
    first = tab_until(qtbot, lambda w: w is page.date_from)
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    # The date is one stop: Tab goes on to the next control, not into month and year.
    assert stops[0] is not first and page.date_from not in stops
    shown = tab_until(qtbot, lambda w: w is page.show_button)
    with qtbot.waitSignal(page.report_ready, timeout=60_000):
        press(qtbot, Qt.Key.Key_Space)
    assert shown.isEnabled() and page.export_button.isEnabled()


@pytest.mark.parametrize("warning", [False, True])
def test_a_question_before_a_hard_act_defaults_to_batal(qtbot, monkeypatch, warning):
    """``widgets.confirm`` (the real box): the act's own name on its button, *Batal* under a
    reflexive Enter, and the warning sign for an act that replaces or discards data (restoring
    a backup, starting an empty database)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.gui import widgets

    monkeypatch.undo()  # the suite's stand-in answers (conftest) off: the real box
    seen: dict[str, object] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        seen["default"] = box.defaultButton().text()
        seen["icon"] = box.icon()
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    chosen = widgets.confirm(None, "Pulihkan", "Data diganti?", "Pulihkan", warning=warning)
    assert chosen is False  # Enter took Batal
    assert seen["buttons"] == ["Batal", "Pulihkan"] and seen["default"] == "Batal"
    expected = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
    assert seen["icon"] == expected
