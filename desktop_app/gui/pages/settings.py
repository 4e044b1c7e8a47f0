"""*Pengaturan* (supervisor): office profile, signing officials, holidays, users, general.

Other features add their own tabs: list them in ``EXTRA_TABS`` as ``"module:Class"``; the class
is built as ``Class(ctx, parent=None)`` and names its tab with ``tab_title() -> str``. A module
that is not part of this build is skipped; any other import error is a bug and is raised.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, QSettings, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import clock, settings, users
from desktop_app.core.errors import LoketError
from desktop_app.core.identity import format_nip
from desktop_app.core.security import Role, role_label
from desktop_app.core.settings import OfficialInfo
from desktop_app.core.users import UserInfo
from desktop_app.gui import style
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs import _FormDialog, check_repeat, password_edit
from desktop_app.gui.office_form import OfficeProfileForm
from desktop_app.gui.widgets import label, set_role, show_refusal

log = logging.getLogger(__name__)

# Tabs contributed by other features, imported when the page is built.
EXTRA_TABS: list[str] = [
    "desktop_app.gui.pages.services_tab:ServicesTab",
    "desktop_app.gui.pages.templates_tab:TemplatesTab",
    "desktop_app.gui.pages.legal_settings_tab:LegalSettingsTab",
    "desktop_app.gui.pages.backup_tab:BackupTab",
]

LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(text: str, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _status(message: QLabel, text: str, ok: bool = True) -> None:
    message.setText(text)
    set_role(message, "success" if ok else "error")
    message.show()


# --- office profile -------------------------------------------------------------------------


class OfficeTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.form = OfficeProfileForm(self)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        self.message = label("", "success")
        self.message.hide()
        self.save_button = QPushButton(self.tr("Simpan profil kantor"))
        self.save_button.setProperty("primary", True)
        row.addWidget(self.message)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.form.changed.connect(self.message.hide)
        self.form.set_profile(settings.get_office(ctx.db))

    def save(self) -> bool:
        try:
            clean = settings.save_office(self.ctx.db, self.ctx.actor, self.form.profile())
        except LoketError as exc:
            self.form.show_problems(exc)
            _status(self.message, self.tr("Belum tersimpan: periksa isian yang ditandai."), False)
            return False
        self.form.set_profile(clean)
        _status(self.message, self.tr("Profil kantor tersimpan."))
        self.ctx.signals.settings_changed.emit()
        return True


# --- signing officials ----------------------------------------------------------------------


class OfficialDialog(_FormDialog):
    def __init__(
        self, ctx: AppContext, official: OfficialInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Ubah pejabat") if official else self.tr("Tambah pejabat penandatangan"), parent
        )
        self.ctx, self.official = ctx, official
        self.name = QLineEdit(official.name if official else "")
        self.title = QLineEdit(official.title if official else "")
        self.title.setPlaceholderText(
            self.tr("misalnya Kepala Bidang Pelayanan Pendaftaran Penduduk")
        )
        self.rank = QLineEdit(official.rank if official else "")
        self.rank.setPlaceholderText(self.tr("misalnya Pembina (IV/a)"))
        self.nip = QLineEdit(format_nip(official.nip) if official else "")
        self.nip.setPlaceholderText("19680411 199303 1 009")
        self.nip.setMaxLength(30)
        self.fields.addRow(self.tr("&Nama"), self.name)
        self.fields.addRow(self.tr("&Jabatan"), self.title)
        self.fields.addRow(self.tr("&Pangkat/golongan"), self.rank)
        self.fields.addRow(self.tr("N&IP"), self.nip)
        self.set_intro(self.tr("NIP 18 digit; spasi boleh diketik."))
        self.ok_button.setText(self.tr("Simpan"))
        self.finish_fields(
            {"name": self.name, "title": self.title, "rank": self.rank, "nip": self.nip}
        )

    def submit(self) -> None:
        self.saved = settings.save_official(
            self.ctx.db,
            self.ctx.actor,
            name=self.name.text(),
            title=self.title.text(),
            rank=self.rank.text(),
            nip=self.nip.text(),
            official_id=self.official.id if self.official else None,
            active=self.official.active if self.official else True,
        )


class OfficialsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Pejabat yang namanya dicetak pada blok pengesahan legalisir. Pejabat yang "
                    "dinonaktifkan tidak dapat dipilih lagi, tetapi cetakan lama tetap memuatnya."
                ),
                "hint",
            )
        )
        self.table = _table(
            [
                self.tr("Nama"),
                self.tr("Jabatan"),
                self.tr("Pangkat"),
                self.tr("NIP"),
                self.tr("Status"),
            ]
        )
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah pejabat…"))
        self.edit_button = QPushButton(self.tr("Ubah…"))
        self.toggle_button = QPushButton(self.tr("Nonaktifkan"))
        for button in (self.add_button, self.edit_button, self.toggle_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

        # Who signs "Mengetahui" on the daily report (core: report.report_signer).
        signer_form = QFormLayout()
        self.report_signer = QComboBox()
        self.report_signer.setAccessibleName(self.tr("Penanda tangan laporan harian"))
        self.report_signer.setMinimumContentsLength(48)
        self.report_signer.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        signer_form.addRow(self.tr("Penanda tangan &laporan harian"), self.report_signer)
        signer_row = QHBoxLayout()
        signer_row.addLayout(signer_form)
        signer_row.addStretch(1)
        layout.addLayout(signer_row)
        self.signer_message = label("", "success")
        self.signer_message.hide()
        layout.addWidget(self.signer_message)
        self.report_signer.activated.connect(self._signer_chosen)
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(lambda: self.open_dialog(self.selected()))
        self.toggle_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.open_dialog(self.selected()))
        self.reload()

    def reload(self) -> None:
        self.officials = settings.list_officials(self.ctx.db, include_inactive=True)
        self.table.setRowCount(len(self.officials))
        for r, o in enumerate(self.officials):
            self.table.setItem(r, 0, _item(o.name, o.id))
            self.table.setItem(r, 1, _item(o.title))
            self.table.setItem(r, 2, _item(o.rank))
            self.table.setItem(r, 3, _item(format_nip(o.nip)))
            self.table.setItem(r, 4, _item(self.tr("Aktif") if o.active else self.tr("Nonaktif")))
        self.table.resizeColumnsToContents()
        self._selection_changed()
        self._reload_signer()

    def _reload_signer(self) -> None:
        combo = self.report_signer  # activated (user choice only) is not fired by refilling
        combo.clear()
        combo.addItem(self.tr('Otomatis: pejabat aktif yang jabatannya diawali "Kepala"'), None)
        for o in self.officials:
            if o.active:
                combo.addItem(f"{o.name} — {o.title}", o.id)
        chosen = settings.get_value(self.ctx.db, "report_signer_id")
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)

    def _signer_chosen(self, _index: int) -> None:
        value = self.report_signer.currentData()
        if value == settings.get_value(self.ctx.db, "report_signer_id"):
            return
        try:
            settings.set_value(self.ctx.db, self.ctx.actor, "report_signer_id", value)
        except LoketError as exc:
            _status(self.signer_message, exc.message, False)
            return
        _status(self.signer_message, self.tr("Penanda tangan laporan harian tersimpan."))
        self.ctx.signals.settings_changed.emit()

    def selected(self) -> OfficialInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.officials[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        official = self.selected()
        self.edit_button.setEnabled(official is not None)
        self.toggle_button.setEnabled(official is not None)
        if official is not None:
            self.toggle_button.setText(
                self.tr("Nonaktifkan") if official.active else self.tr("Aktifkan")
            )

    def open_dialog(self, official: OfficialInfo | None) -> OfficialDialog:
        dialog = OfficialDialog(self.ctx, official, self)
        dialog.accepted.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self) -> None:
        self.reload()
        self.ctx.signals.settings_changed.emit()

    def toggle_active(self) -> None:
        o = self.selected()
        if o is None:
            return
        try:
            settings.save_official(
                self.ctx.db,
                self.ctx.actor,
                name=o.name,
                title=o.title,
                rank=o.rank,
                nip=o.nip,
                official_id=o.id,
                active=not o.active,
            )
        except LoketError as exc:
            show_refusal(self, exc)
            return
        self._saved()


# --- holidays ---------------------------------------------------------------------------------


class HolidaysTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # The interface language (set at start by app.install_translator).
        self.ui_locale = QLocale()
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(self.ui_locale)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
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
        left.addStretch(1)
        layout.addLayout(left)
        right = QVBoxLayout()
        self.year_label = label("", "subheading")
        right.addWidget(self.year_label)
        self.table = _table([self.tr("Tanggal"), self.tr("Keterangan")])
        right.addWidget(self.table, 1)
        self.remove_button = QPushButton(self.tr("Hapus hari libur"))
        right.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(right, 1)
        self.add_button.clicked.connect(self.add_selected_day)
        self.remove_button.clicked.connect(self.remove_selected)
        self.calendar.currentPageChanged.connect(lambda year, _m: self.reload(year))
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.table.selectedItems()))
        )
        self.reload(self.calendar.yearShown())

    def reload(self, year: int | None = None) -> None:
        year = year or self.calendar.yearShown()
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
            shown = self.ui_locale.toString(qdate, "dddd, d MMMM yyyy")
            self.table.setItem(r, 0, _item(shown, h.day))
            self.table.setItem(r, 1, _item(h.name))
        self.table.resizeColumnToContents(0)
        self.remove_button.setEnabled(False)

    def add_selected_day(self) -> None:
        qdate = self.calendar.selectedDate()
        day = date(qdate.year(), qdate.month(), qdate.day())
        try:
            settings.set_holiday(self.ctx.db, self.ctx.actor, day, self.name.text())
        except LoketError as exc:
            show_refusal(self, exc)
            return
        self.name.clear()
        self.reload(day.year)
        self.ctx.signals.settings_changed.emit()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        day = self.holidays[rows[0].row()].day
        try:
            settings.remove_holiday(self.ctx.db, self.ctx.actor, day)
        except LoketError as exc:
            show_refusal(self, exc)
            return
        self.reload(self.year)
        self.ctx.signals.settings_changed.emit()


# --- users ------------------------------------------------------------------------------------


def _role_combo(current: str = Role.PETUGAS.value) -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(role_label(role), role.value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class NewUserDialog(_FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tambah pengguna"), parent)
        self.ctx = ctx
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.username.setPlaceholderText(self.tr("huruf kecil, misalnya budi.s"))
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(120)
        self.role = _role_combo()
        self.password = password_edit()
        self.repeat = password_edit()
        self.fields.addRow(self.tr("&Nama pengguna"), self.username)
        self.fields.addRow(self.tr("Nama &lengkap"), self.full_name)
        self.fields.addRow(self.tr("&Peran"), self.role)
        self.fields.addRow(self.tr("&Kata sandi awal"), self.password)
        self.fields.addRow(self.tr("&Ulangi kata sandi"), self.repeat)
        self.set_intro(
            self.tr("Berikan kata sandi awal kepada pengguna; ia dapat menggantinya di menu Akun.")
        )
        self.ok_button.setText(self.tr("Buat pengguna"))
        self.finish_fields(
            {
                "username": self.username,
                "full_name": self.full_name,
                "password": self.password,
                "password2": self.repeat,
            }
        )

    def submit(self) -> None:
        check_repeat(self.password.text(), self.repeat.text())
        self.created = users.create_user(
            self.ctx.db,
            self.ctx.actor,
            self.username.text(),
            self.full_name.text(),
            self.role.currentData(),
            self.password.text(),
        )


class ResetPasswordDialog(_FormDialog):
    def __init__(self, ctx: AppContext, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Setel ulang kata sandi"), parent)
        self.ctx, self.user = ctx, user
        self.password = password_edit()
        self.repeat = password_edit()
        self.fields.addRow(self.tr("Kata sandi &baru"), self.password)
        self.fields.addRow(self.tr("&Ulangi kata sandi"), self.repeat)
        self.set_intro(
            self.tr("Kata sandi baru untuk {name} ({username}). Kunci akun juga dibuka.").format(
                name=user.full_name, username=user.username
            )
        )
        self.ok_button.setText(self.tr("Simpan"))
        self.finish_fields({"password": self.password, "password2": self.repeat})

    def submit(self) -> None:
        check_repeat(self.password.text(), self.repeat.text())
        users.reset_password(self.ctx.db, self.ctx.actor, self.user.id, self.password.text())


class RoleDialog(_FormDialog):
    def __init__(self, ctx: AppContext, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ubah peran"), parent)
        self.ctx, self.user = ctx, user
        self.role = _role_combo(user.role)
        self.fields.addRow(self.tr("&Peran"), self.role)
        self.set_intro(
            self.tr("Peran {name} ({username}):").format(
                name=user.full_name, username=user.username
            )
        )
        self.ok_button.setText(self.tr("Simpan"))
        self.finish_fields({"role": self.role})

    def submit(self) -> None:
        users.set_role(self.ctx.db, self.ctx.actor, self.user.id, self.role.currentData())


class UsersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.table = _table(
            [self.tr("Nama pengguna"), self.tr("Nama lengkap"), self.tr("Peran"), self.tr("Status")]
        )
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah pengguna…"))
        self.toggle_button = QPushButton(self.tr("Nonaktifkan"))
        self.reset_button = QPushButton(self.tr("Setel ulang kata sandi…"))
        self.role_button = QPushButton(self.tr("Ubah peran…"))
        for button in (self.add_button, self.toggle_button, self.reset_button, self.role_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.open_new_user)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.open_reset_password)
        self.role_button.clicked.connect(self.open_change_role)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self) -> None:
        selected = self.selected()
        self.users = users.list_users(self.ctx.db, self.ctx.actor)
        self.table.setRowCount(len(self.users))
        now = clock.now()
        for r, u in enumerate(self.users):
            locked = u.locked_until is not None and u.locked_until > now
            status = self.tr("Aktif") if u.active else self.tr("Nonaktif")
            if locked:
                status += self.tr(" (terkunci sementara)")
            if u.tampered:  # role, status or password changed outside the app: login refused
                status += self.tr(" — DIUBAH DI LUAR APLIKASI, login ditolak")
            self.table.setItem(r, 0, _item(u.username, u.id))
            self.table.setItem(r, 1, _item(u.full_name))
            self.table.setItem(r, 2, _item(role_label(u.role)))
            status_item = _item(status)
            self.table.setItem(r, 3, status_item)
            if u.tampered:
                status_item.setToolTip(
                    self.tr(
                        "Baris akun ini tidak cocok dengan segelnya. Periksa log audit, lalu atur "
                        "ulang peran, status atau kata sandinya di sini: akun disegel lagi."
                    )
                )
            if selected is not None and u.id == selected.id:
                self.table.selectRow(r)
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def select_username(self, username: str) -> None:
        for r, u in enumerate(self.users):
            if u.username == username:
                self.table.selectRow(r)

    def selected(self) -> UserInfo | None:
        if not hasattr(self, "users"):
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        user = self.selected()
        for button in (self.toggle_button, self.reset_button, self.role_button):
            button.setEnabled(user is not None)
        if user is not None:
            self.toggle_button.setText(
                self.tr("Nonaktifkan") if user.active else self.tr("Aktifkan")
            )

    def _changed(self) -> None:
        self.reload()

    def open_new_user(self) -> NewUserDialog:
        dialog = NewUserDialog(self.ctx, self)
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def open_reset_password(self) -> ResetPasswordDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = ResetPasswordDialog(self.ctx, user, self)
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def open_change_role(self) -> RoleDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = RoleDialog(self.ctx, user, self)
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            users.set_active(self.ctx.db, self.ctx.actor, user.id, not user.active)
        except LoketError as exc:
            show_refusal(self, exc)
            return
        self.reload()


# --- general ----------------------------------------------------------------------------------


class GeneralTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setSuffix(self.tr(" menit"))
        self.idle_minutes.setValue(int(settings.get_value(ctx.db, "idle_lock_minutes") or 10))
        form.addRow(self.tr("&Kunci layar setelah tidak aktif"), self.idle_minutes)
        self.office_zone = QComboBox()
        for code, name in (
            ("WIB", self.tr("WIB — Waktu Indonesia Barat (UTC+7)")),
            ("WITA", self.tr("WITA — Waktu Indonesia Tengah (UTC+8)")),
            ("WIT", self.tr("WIT — Waktu Indonesia Timur (UTC+9)")),
        ):
            self.office_zone.addItem(name, code)
        zone = settings.get_value(ctx.db, "office_timezone")
        self.office_zone.setCurrentIndex(max(0, self.office_zone.findData(zone)))
        form.addRow(self.tr("&Zona waktu kantor"), self.office_zone)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        current = QSettings().value("language", "id")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        form.addRow(self.tr("&Bahasa tampilan"), self.language)
        layout.addLayout(form)
        layout.addWidget(
            label(
                self.tr(
                    "Waktu kunci layar dan zona waktu kantor berlaku untuk semua komputer loket "
                    "(zona waktu: untuk semua tanggal dan jam yang dicatat dan dicetak; komputer "
                    "lain memakainya setelah aplikasi dibuka ulang). Bahasa tampilan hanya untuk "
                    "komputer ini dan berlaku setelah aplikasi dibuka ulang."
                ),
                "hint",
            )
        )
        row = QHBoxLayout()
        self.message = label("", "success")
        self.message.hide()
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setProperty("primary", True)
        row.addWidget(self.message)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def save(self) -> bool:
        values = {
            "idle_lock_minutes": self.idle_minutes.value(),
            "office_timezone": self.office_zone.currentData(),
        }
        try:
            settings.set_values(self.ctx.db, self.ctx.actor, values)
        except LoketError as exc:
            _status(self.message, exc.message, False)
            return False
        QSettings().setValue("language", self.language.currentData())
        _status(self.message, self.tr("Pengaturan tersimpan."))
        self.ctx.signals.settings_changed.emit()
        return True


# --- the page ---------------------------------------------------------------------------------


def load_tab_class(target: str) -> Callable[[AppContext], Any] | None:
    """The tab class named ``module:Class``; its type is known only once imported."""
    module_name, _sep, class_name = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        return None
    return getattr(module, class_name)


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Pengaturan"), "heading"))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.office_tab = OfficeTab(ctx)
        self.officials_tab = OfficialsTab(ctx)
        self.holidays_tab = HolidaysTab(ctx)
        self.users_tab = UsersTab(ctx)
        self.general_tab = GeneralTab(ctx)
        self.add_tab(self.office_tab, self.tr("Profil kantor"))
        self.add_tab(self.officials_tab, self.tr("Pejabat penandatangan"))
        self.add_tab(self.holidays_tab, self.tr("Hari libur"))
        self.add_tab(self.users_tab, self.tr("Pengguna"))
        self.add_tab(self.general_tab, self.tr("Umum"))
        for target in EXTRA_TABS:
            cls = load_tab_class(target)
            if cls is None:
                log.info("settings tab %s not in this build", target)
                continue
            widget = cls(ctx)
            self.add_tab(widget, widget.tab_title())

    def add_tab(self, widget: QWidget, title: str) -> int:
        return self.tabs.addTab(widget, title)

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]
