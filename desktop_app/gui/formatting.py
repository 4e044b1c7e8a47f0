"""How the GUI writes dates, times and counts: office time (WIB, WITA or WIT: the setting),
day first, as officers write them; counts grouped as the window's language groups them.

Built on ``desktop_app.core.clock`` and ``desktop_app.core.formatting`` (fixed offsets,
``28/11/2026``, ``14.05``) so tables, dialogs, PDFs and the CLI agree, and no tz database is
needed on Windows.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox

from desktop_app.core import clock
from desktop_app.core import formatting as core
from desktop_app.core.i18n import _


def office_today() -> QDate:
    """Today at the office, for date fields (QDate.currentDate() is the PC's own day)."""
    return qdate(clock.today())


def number(count: int) -> str:
    """A count grouped as the window's language writes it: 10.002.260 in Indonesian,
    10,002,260 in English (Python's ``:n`` follows the C locale: no grouping)."""
    return QLocale().toString(count)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    """A date field's day as a ``date`` (``QDate.toPython`` is typed as returning object)."""
    return date(day.year(), day.month(), day.day())


def short_datetime(moment: datetime | None) -> str:
    """``28/11/2026 09.15`` (office time) for tables."""
    if moment is None:
        return ""
    return f"{core.short_date(clock.office_date(moment))} {core.time_of_day(moment)}"


def short_date(moment: datetime | None) -> str:
    """``28/11/2026`` (the office day)."""
    return "" if moment is None else core.short_date(clock.office_date(moment))


def compact_date(moment: datetime | None) -> str:
    """``28/11/26`` (the office day) where a table has no room for the full year."""
    if moment is None:
        return ""
    day = clock.office_date(moment)
    return f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}"


def due_date(moment: datetime | None) -> str:
    """``Senin, 30/11/2026``: a due date is the end of an office day (23:59:59 there), so a
    person reads the day only; "23.59 WIB" looked like an appointment."""
    if moment is None:
        return ""
    day = clock.office_date(moment)
    return f"{_(core.WEEKDAYS[day.weekday()])}, {core.short_date(day)}"


def compact_datetime(moment: datetime | None) -> str:
    """``28/11/26 09.15`` (office time) for narrow table columns; the tooltip has the full form."""
    return "" if moment is None else f"{compact_date(moment)} {core.time_of_day(moment)}"


def format_datetime(moment: datetime | None) -> str:
    """``28/11/2026 09.15 WITA`` (the office zone's name) for details and tooltips."""
    return "" if moment is None else f"{short_datetime(moment)} {clock.zone_name()}"


def fit_buttons(box: QDialogButtonBox) -> None:
    """Give each button room for its text plus the style sheet's padding (bold default
    buttons were clipped: Qt sizes them before the style sheet's bold font applies)."""
    for button in box.buttons():
        fit_button(button)


def fit_button(button: QAbstractButton) -> None:
    font = button.font()
    font.setBold(True)
    metrics = QFontMetrics(font)
    text = button.text().replace("&", "")
    button.setMinimumWidth(metrics.horizontalAdvance(text) + metrics.averageCharWidth() * 5)
