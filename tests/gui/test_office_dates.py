"""Date fields open on the office's day, not the PC's (they differ near midnight when the PC is
set to another zone, or in a WITA/WIT office on a PC left in WIB)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from desktop_app.core import clock
from desktop_app.gui.context import AppContext

# Three days from the PC's own day: whatever the date, the two differ.
OFFICE_DAY = date.today() + timedelta(days=3)
OFFICE_QDATE = QDate(OFFICE_DAY.year, OFFICE_DAY.month, OFFICE_DAY.day)


@pytest.fixture
def office_day(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: OFFICE_DAY)


def _build(qtbot, widget):
    qtbot.addWidget(widget)
    return widget


def test_request_filters_and_export_open_on_the_office_day(qtbot, db, supervisor, office_day):
    from desktop_app.gui.pages.requests import RequestsPage
    from desktop_app.gui.request_transfer import ExportDialog

    page = _build(qtbot, RequestsPage(AppContext(db, supervisor)))
    assert page.date_to.date() == OFFICE_QDATE
    assert page.date_from.date() == OFFICE_QDATE.addDays(-6)
    export = _build(qtbot, ExportDialog(AppContext(db, supervisor)))
    assert export.date_to.date() == OFFICE_QDATE
    assert export.date_from.date() == QDate(OFFICE_DAY.year, OFFICE_DAY.month, 1)


def test_register_and_report_open_on_the_office_day(qtbot, db, supervisor, office_day):
    from desktop_app.gui.pages.legalization import LegalizationPage
    from desktop_app.gui.pages.report import ReportPage

    legal = _build(qtbot, LegalizationPage(AppContext(db, supervisor)))
    assert legal.register.date_to.date() == OFFICE_QDATE
    report = _build(qtbot, ReportPage(AppContext(db, supervisor)))
    assert report.date_from.date() == OFFICE_QDATE


def test_the_holiday_calendar_opens_on_the_office_day_without_week_numbers(
    qtbot, db, supervisor, office_day
):
    from PySide6.QtWidgets import QCalendarWidget

    from desktop_app.gui.pages.settings.holidays import HolidaysTab

    tab = _build(qtbot, HolidaysTab(AppContext(db, supervisor)))
    assert tab.calendar.selectedDate() == OFFICE_QDATE
    assert (tab.calendar.yearShown(), tab.calendar.monthShown()) == (
        OFFICE_DAY.year,
        OFFICE_DAY.month,
    )
    no_weeks = QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
    assert tab.calendar.verticalHeaderFormat() == no_weeks
