"""Settings tab *Hari libur*: the office's holidays, which due dates skip like weekends."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import clock, settings
from desktop_app.core.errors import LoketError
from desktop_app.gui import style, widgets
from desktop_app.gui.context import AppContext
from desktop_app.gui.pages.settings.base import SettingsTab, item, table
from desktop_app.gui.widgets import label, show_refusal


class HolidaysTab(SettingsTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.language_locale = (
            QLocale()
        )  # the interface language (set at start by app.install_translator)
        self.holidays: list[settings.HolidayInfo] = []
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(self.language_locale)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        # No week numbers (nobody here counts in them); it opens on the office's day, which
        # is not the PC's when the PC's clock is in another zone.
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        today = clock.today()
        self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        # Its size hint ignores the style sheet's cell padding: the last week row was cut off.
        grid = self.calendar.findChild(QTableView)
        bar = self.calendar.findChild(QWidget, "qt_calendar_navigationbar")
        if grid is not None and bar is not None:
            # Header + six weeks; each cell as tall as its text plus the style sheet's padding.
            rows = grid.model().rowCount() * (grid.fontMetrics().height() + 6)
            self.calendar.setMinimumHeight(bar.sizeHint().height() + rows + 4 * grid.frameWidth())
        left.addWidget(self.calendar)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("misalnya Hari Kemerdekaan RI"))
        form.addRow(self.tr("&Keterangan"), self.name)
        left.addLayout(form)
        self.add_button = QPushButton(self.tr("Tandai sebagai hari libur"))
        left.addWidget(self.add_button)
        left.addWidget(
            label(
                self.tr(
                    "Sabtu dan Minggu selalu dihitung libur. Hari libur menunda tenggat permohonan."
                ),
                "hint",
            )
        )
        left.addWidget(self.notice)
        left.addStretch(1)
        layout.addLayout(left)
        right = QVBoxLayout()
        self.year_label = label("", "subheading")
        right.addWidget(self.year_label)
        self.table = table([self.tr("Tanggal"), self.tr("Keterangan")])
        right.addWidget(self.table, 1)
        self.remove_button = QPushButton(self.tr("Hapus hari libur"))
        right.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(right, 1)
        self.add_button.clicked.connect(self.add_selected_day)
        self.remove_button.clicked.connect(self.remove_selected)
        self.calendar.currentPageChanged.connect(lambda _year, _m: self.load())
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.table.selectedItems()))
        )
        self.watch_edits(self.name)
        self.load()

    def tab_title(self) -> str:
        return self.tr("Hari libur")

    def load(self) -> None:
        """The holidays of the year the calendar shows, marked in red on it."""
        year = self.calendar.yearShown()
        self.year = year
        # Reset the marks of the previous year, then mark this year's holidays in red.
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        self.holidays = settings.list_holidays(self.ctx.db, year)
        self.year_label.setText(self.tr("Hari libur tahun {year}").format(year=year))
        mark = QTextCharFormat()
        mark.setForeground(style.color("error"))
        mark.setFontWeight(700)
        self.table.setRowCount(len(self.holidays))
        for r, h in enumerate(self.holidays):
            qdate = QDate(h.day.year, h.day.month, h.day.day)
            self.calendar.setDateTextFormat(qdate, mark)
            self.table.setItem(
                r, 0, item(self.language_locale.toString(qdate, "dddd, d MMMM yyyy"), h.day)
            )
            self.table.setItem(r, 1, item(h.name))
        self.table.resizeColumnToContents(0)
        self.remove_button.setEnabled(False)

    def selected_day(self) -> date:
        qdate = self.calendar.selectedDate()
        return date(qdate.year(), qdate.month(), qdate.day())

    def add_selected_day(self) -> None:
        """Mark the chosen day; a day marked already is changed only when the officer agrees."""
        day = self.selected_day()
        shown = self.language_locale.toString(self.calendar.selectedDate(), "d MMMM yyyy")
        name = self.name.text()
        try:
            settings.set_holiday(self.ctx.db, self.ctx.actor, day, name)
        except settings.HolidayExists as exists:
            if " ".join(name.split()) == exists.name:
                self.notice.saved(
                    self.tr("{day} sudah hari libur: {name}.").format(day=shown, name=exists.name)
                )
                return
            if not widgets.confirm(
                self,
                self.tr("Sudah hari libur"),
                self.tr(
                    '{day} sudah hari libur: "{old}". Ganti keterangannya menjadi "{new}"?'
                ).format(day=shown, old=exists.name or "-", new=" ".join(name.split()) or "-"),
                self.tr("Ganti keterangan"),
            ):
                return
            replaced = self.run_action(
                lambda: settings.set_holiday(self.ctx.db, self.ctx.actor, day, name, replace=True),
                self.tr("Keterangan hari libur {day} diganti.").format(day=shown),
            )
            if replaced:
                self.name.clear()
            return
        except LoketError as exc:
            show_refusal(self, exc)
            return
        self.load()
        self.notice.saved(self.tr("{day} ditandai sebagai hari libur.").format(day=shown))
        self.ctx.signals.settings_changed.emit()
        self.name.clear()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        day = self.holidays[rows[0].row()].day
        self.run_action(
            lambda: settings.remove_holiday(self.ctx.db, self.ctx.actor, day),
            self.tr("Hari libur {day} dihapus.").format(
                day=self.language_locale.toString(
                    QDate(day.year, day.month, day.day), "d MMMM yyyy"
                )
            ),
        )
