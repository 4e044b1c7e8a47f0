"""Date fields: the calendar that drops down shows its whole weekday row and every week, and a
date typed with the keyboard (29112026, 29/11/2026) is taken wherever the cursor was."""
# ruff: noqa: F811  (fixtures imported from rq_helpers are used as arguments)

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QStyle,
    QStyleOptionComboBox,
)
from rq_helpers import ctx, make_request  # noqa: F401

from desktop_app.gui.pages.report import ReportPage
from desktop_app.gui.pages.requests import RequestsPage
from desktop_app.gui.request_detail import RequestDetailDialog
from desktop_app.gui.request_intake import RequestIntakeDialog
from desktop_app.gui.widgets import (
    DateTimeEdit,
    MonthCalendar,
    parse_typed_date,
    parse_typed_datetime,
    parse_typed_time,
)

# The offscreen platform cannot raise a popup or grab the keyboard for it, nor pass size hints.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)

TODAY = QDate(2026, 11, 30)


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def click_arrow(qtbot, edit: QDateTimeEdit) -> None:
    """Click the field's drop-down arrow, as an officer opens the calendar with the mouse."""
    option = QStyleOptionComboBox()
    option.initFrom(edit)
    option.editable = True
    option.subControls = QStyle.SubControl.SC_All
    arrow = edit.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, edit
    )
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow.center())


def assert_calendar_fits(qtbot, edit: QDateTimeEdit) -> None:
    click_arrow(qtbot, edit)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert isinstance(calendar, MonthCalendar)
    popup = calendar.window()
    assert popup.width() >= calendar.sizeHint().width()
    assert popup.height() >= calendar.sizeHint().height()
    view = calendar.day_table()
    model = view.model()
    viewport = view.viewport().rect()
    metrics = view.fontMetrics()
    names = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    assert names[:2] == ["Min", "Sen"] and "Sab" in names  # Indonesian weekday names
    for column, name in enumerate(names):
        assert metrics.horizontalAdvance(name) < view.columnWidth(column), name
    assert view.rowHeight(0) > metrics.height()
    for row in range(model.rowCount()):  # the weekday row and all six weeks, none cut off
        for column in range(model.columnCount()):
            cell = view.visualRect(model.index(row, column))
            assert viewport.contains(cell), (row, column, cell, viewport)
    popup.close()


@pytest.fixture(params=[1.0, 1.5], ids=["100%", "150%"])
def font_scale(request, styled_app):
    """The application's font as at 100 % and (larger text) at 150 % display scaling."""
    before = QFont(styled_app.font())
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * request.param)
    styled_app.setFont(bigger)
    yield request.param
    styled_app.setFont(before)


def test_report_date_calendar_shows_the_weekday_row(qtbot, ctx, font_scale):
    page = show(qtbot, ReportPage(ctx))
    assert_calendar_fits(qtbot, page.date_from)


def test_request_list_date_calendar_fits(qtbot, ctx, font_scale):
    page = show(qtbot, RequestsPage(ctx))
    page.use_dates.setChecked(True)
    assert_calendar_fits(qtbot, page.date_from)


def test_intake_and_detail_received_calendar_fits(qtbot, ctx, db, petugas, font_scale):
    intake = show(qtbot, RequestIntakeDialog(ctx))
    assert_calendar_fits(qtbot, intake.form.received)
    intake.discard_and_close()
    detail = show(qtbot, RequestDetailDialog(ctx, make_request(db, petugas).id))
    assert_calendar_fits(qtbot, detail.received)


# --- typing a date ----------------------------------------------------------------------------


def test_typed_date_forms():
    today = date(2026, 11, 30)
    assert parse_typed_date("29112026", today) == date(2026, 11, 29)
    assert parse_typed_date("29/11/2026", today) == date(2026, 11, 29)
    assert parse_typed_date("1.2.2025", today) == date(2025, 2, 1)
    assert parse_typed_date("3-4-26", today) == date(2026, 4, 3)
    assert parse_typed_date("291125", today) == date(2025, 11, 29)
    assert parse_typed_date("2910", today) == date(2026, 10, 29)  # the year of the field
    assert parse_typed_date("31/12", today) == date(2026, 12, 31)
    for wrong in ("31022025", "29/13/2026", "2911202", "29//2026", "1/2/3/4", "", "2/x/2026"):
        assert parse_typed_date(wrong, today) is None, wrong


@pytest.fixture
def report(qtbot, ctx, monkeypatch):
    from desktop_app.gui.pages import report as report_module

    monkeypatch.setattr(report_module, "office_today", lambda: TODAY)
    page = show(qtbot, ReportPage(ctx))
    qtbot.waitUntil(page.isActiveWindow)
    return page


def reach_date(qtbot, page, how: str) -> None:
    """Put the cursor in the report date the ways an officer does."""
    edit = page.date_from
    if how == "tab":
        page.single.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(page.single.hasFocus)
        while not edit.hasFocus():
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        return
    if how == "select-all":
        edit.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.waitUntil(edit.hasFocus)
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        return
    x = {"click-day": 6, "click-year": edit.lineEdit().width() - 12}[how]
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(x, 8))
    qtbot.waitUntil(edit.hasFocus)


@pytest.mark.parametrize("how", ["tab", "click-day", "click-year", "select-all"])
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("29112026", QDate(2026, 11, 29)),
        ("29/11/2026", QDate(2026, 11, 29)),
        ("28/10/2026", QDate(2026, 10, 28)),  # "/" after a full day is no extra step
        ("31122025", QDate(2025, 12, 31)),  # not 30/12: November has no 31st
        ("29022024", QDate(2024, 2, 29)),
        ("1.2.2025", QDate(2025, 2, 1)),
    ],
)
def test_digits_typed_into_the_report_date_set_it(qtbot, report, how, typed, expected):
    reach_date(qtbot, report, how)
    qtbot.keyClicks(QApplication.focusWidget(), typed)
    assert report.date_from.date() == expected
    assert report.date_from.text() == expected.toString("dd/MM/yyyy")
    assert report.date_from.problem == ""
    assert report.period() == (expected.toPython(),) * 2


def test_a_short_date_is_taken_on_tab_and_shown_while_typed(qtbot, report):
    reach_date(qtbot, report, "click-day")
    qtbot.keyClicks(report.date_from, "2910")
    assert report.date_from.text() == "29/10"  # as typed so far
    assert report.date_from.date() == TODAY
    qtbot.keyClick(report.date_from, Qt.Key.Key_Tab)
    assert report.date_from.date() == QDate(2026, 10, 29)
    assert not report.date_from.hasFocus()


def test_enter_takes_the_typed_date_and_shows_the_report(qtbot, report):
    reach_date(qtbot, report, "select-all")
    qtbot.keyClicks(report.date_from, "27/11/26")
    with qtbot.waitSignal(report.report_ready, timeout=60_000):
        qtbot.keyClick(report.date_from, Qt.Key.Key_Return)
    assert report.period() == (date(2026, 11, 27), date(2026, 11, 27))


def test_wrong_and_future_dates_are_refused_with_a_reason(qtbot, report):
    reach_date(qtbot, report, "tab")
    qtbot.keyClicks(report.date_from, "31022026")
    assert report.date_from.date() == TODAY and report.date_from.text() == "30/11/2026"
    assert report.date_from.problem == (
        "31022026 bukan tanggal; ketik mis. 29112026 atau 29/11/2026."
    )
    qtbot.keyClicks(report.date_from, "05122026")  # after today: the report cannot exist
    assert report.date_from.date() == TODAY
    assert report.date_from.problem == "Tanggal paling akhir 30/11/2026."


def test_escape_and_backspace_while_typing(qtbot, report):
    reach_date(qtbot, report, "tab")
    qtbot.keyClicks(report.date_from, "2911")
    qtbot.keyClick(report.date_from, Qt.Key.Key_Backspace)
    assert report.date_from.text() == "29/1"
    qtbot.keyClick(report.date_from, Qt.Key.Key_Escape)
    assert report.date_from.text() == "30/11/2026" and report.date_from.date() == TODAY
    qtbot.keyClicks(report.date_from, "2911202")
    qtbot.keyClick(report.date_from, Qt.Key.Key_Backspace)
    qtbot.keyClicks(report.date_from, "25")  # 29112025: the 8th digit completes it
    assert report.date_from.date() == QDate(2025, 11, 29)


# --- typing the time a request was received ----------------------------------------------------


def test_typed_date_and_time_forms():
    now = datetime(2026, 11, 30, 10, 15)
    assert parse_typed_datetime("29/11/2026 14.35", now) == datetime(2026, 11, 29, 14, 35)
    assert parse_typed_datetime("29112026 1435", now) == datetime(2026, 11, 29, 14, 35)
    assert parse_typed_datetime("1.2.2025 9.05", now) == datetime(2025, 2, 1, 9, 5)
    assert parse_typed_datetime("2911 905", now) == datetime(2026, 11, 29, 9, 5)
    assert parse_typed_datetime("29/11/2026 7:00", now) == datetime(2026, 11, 29, 7, 0)
    assert parse_typed_datetime("28112026", now) == datetime(2026, 11, 28, 10, 15)  # its time
    assert parse_typed_datetime("16:20", now) == datetime(2026, 11, 30, 16, 20)  # its date
    for wrong in ("31/02/2026 10.00", "29/11/2026 24.00", "29/11/2026 1460", "29/11/2026 14.3",
                  "29/11/2026 14", "14.35", "29/11/2026 10.00 x", "", "x"):  # fmt: skip
        assert parse_typed_datetime(wrong, now) is None, wrong
    assert parse_typed_time("0905") == time(9, 5) and parse_typed_time("23.59") == time(23, 59)


@pytest.fixture
def intake(qtbot, ctx):
    dialog = show(qtbot, RequestIntakeDialog(ctx))
    qtbot.waitUntil(dialog.isActiveWindow)
    yield dialog
    dialog.discard_and_close()


def reach_received(qtbot, dialog) -> DateTimeEdit:
    """Into the received field by Tab from the service, as an officer moves through the form."""
    dialog.form.service.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(dialog.form.service.hasFocus)
    qtbot.keyClick(dialog.form.service, Qt.Key.Key_Tab)
    received = dialog.form.received
    qtbot.waitUntil(received.hasFocus)
    return received


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("29112026 1435", QDateTime(QDate(2026, 11, 29), QTime(14, 35))),
        ("29/11/2026 14.35", QDateTime(QDate(2026, 11, 29), QTime(14, 35))),
        ("1.11.2026 7:05", QDateTime(QDate(2026, 11, 1), QTime(7, 5))),
    ],
)
def test_a_received_time_typed_whole_is_taken_when_its_minutes_are_complete(
    qtbot, intake, typed, expected
):
    """The received field takes the date and time typed in one go, wherever the cursor was
    (Qt's own field typed section by section), and Tab leaves it for the name."""
    received = reach_received(qtbot, intake)
    assert isinstance(received, DateTimeEdit)
    qtbot.keyClicks(received, typed)
    assert received.dateTime() == expected and received.problem == ""
    assert received.text() == expected.toString("dd/MM/yyyy HH:mm")
    qtbot.keyClick(received, Qt.Key.Key_Tab)
    assert intake.form.name.hasFocus()


def test_a_received_date_alone_keeps_the_time_and_is_taken_on_tab(qtbot, intake):
    received = reach_received(qtbot, intake)
    before = received.dateTime()
    qtbot.keyClicks(received, "2811")
    assert received.text() == "28/11"  # shown as typed so far
    qtbot.keyClick(received, Qt.Key.Key_Tab)
    assert received.dateTime().date() == QDate(before.date().year(), 11, 28)
    assert received.dateTime().time() == before.time()


def test_a_wrong_or_too_late_received_time_is_refused_with_a_reason(qtbot, intake):
    received = reach_received(qtbot, intake)
    before = received.dateTime()
    qtbot.keyClicks(received, "31022026 1000")
    assert received.dateTime() == before
    assert received.problem == (
        "31022026 1000 bukan tanggal dan jam; ketik mis. 29112026 1435 atau 29/11/2026 14.35."
    )
    latest = received.maximumDateTime()
    qtbot.keyClicks(received, f"{latest.date().addDays(3).toString('ddMMyyyy')} 0800")
    assert received.dateTime() == latest
    assert received.problem == f"Waktu paling akhir {latest.toString('dd/MM/yyyy HH:mm')}."
    qtbot.keyClicks(received, "2911")
    qtbot.keyClick(received, Qt.Key.Key_Escape)  # back to the time before typing
    assert received.dateTime() == latest and received.text() == latest.toString("dd/MM/yyyy HH:mm")


def test_the_request_detail_types_its_received_time_the_same_way(qtbot, ctx, db, petugas):
    detail = show(qtbot, RequestDetailDialog(ctx, make_request(db, petugas).id))
    assert isinstance(detail.received, DateTimeEdit)
