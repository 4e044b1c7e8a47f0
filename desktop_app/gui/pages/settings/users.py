"""Settings tab *Pengguna*: accounts, roles, password resets, enabling and disabling."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop_app.core import clock, identity, users
from desktop_app.core.identity import format_nip
from desktop_app.core.security import MIN_PASSWORD_LENGTH, Role, role_label
from desktop_app.core.users import UserInfo
from desktop_app.gui import widgets
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs import _FormDialog, check_repeat, password_edit
from desktop_app.gui.pages.settings.base import SettingsTab, item, table


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
        self.nip = nip_edit()
        self.role = _role_combo()
        self.password = password_edit()
        self.repeat = password_edit()
        self.fields.addRow(self.tr("&Nama pengguna"), self.username)
        self.fields.addRow(self.tr("Nama &lengkap"), self.full_name)
        self.fields.addRow(self.tr("N&IP"), self.nip)
        self.fields.addRow(self.tr("&Peran"), self.role)
        self.fields.addRow(self.tr("&Kata sandi awal"), self.password)
        self.fields.addRow(self.tr("&Ulangi kata sandi"), self.repeat)
        self.set_intro(
            self.tr(
                "Kata sandi minimal {n} karakter. Berikan kata sandi awal kepada pengguna; ia "
                "dapat menggantinya di menu Akun. NIP 18 digit (spasi boleh diketik) dicetak di "
                "bawah namanya; kosongkan bila ia bukan PNS."
            ).format(n=MIN_PASSWORD_LENGTH)
        )
        for edit in (self.password, self.repeat):
            edit.setPlaceholderText(self.tr("minimal {n} karakter").format(n=MIN_PASSWORD_LENGTH))
        self.ok_button.setText(self.tr("Buat pengguna"))
        self.finish_fields(
            {
                "username": self.username,
                "full_name": self.full_name,
                identity.FIELD_NIP: self.nip,
                "password": self.password,
                "password2": self.repeat,
            }
        )

    def submit(self) -> None:
        # The account and its NIP are one write: a wrong NIP creates no account.
        check_repeat(self.password.text(), self.repeat.text())
        self.created = users.create_user(
            self.ctx.db,
            self.ctx.actor,
            self.username.text(),
            self.full_name.text(),
            self.role.currentData(),
            self.password.text(),
            nip=self.nip.text(),
        )


def nip_edit(current: str = "") -> QLineEdit:
    """The officer's NIP as the officials' tab takes it: 18 digits, spaces allowed."""
    edit = QLineEdit(format_nip(current) if current else "")
    edit.setPlaceholderText("19680411 199303 1 009")
    edit.setMaxLength(30)
    return edit


class NipDialog(_FormDialog):
    """The officer's NIP, printed under their name on receipts, the register book and reports."""

    def __init__(self, ctx: AppContext, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ubah NIP"), parent)
        self.ctx, self.user = ctx, user
        self.nip = nip_edit(users.nip_of(ctx.db, user.id))
        self.fields.addRow(self.tr("N&IP"), self.nip)
        self.set_intro(
            self.tr(
                "NIP {name} ({username}) dicetak di bawah namanya pada tanda terima, buku "
                "register dan laporan: 18 digit, spasi boleh diketik. Kosongkan bila ia bukan PNS."
            ).format(name=user.full_name, username=user.username)
        )
        self.ok_button.setText(self.tr("Simpan"))
        self.finish_fields({identity.FIELD_NIP: self.nip})

    def submit(self) -> None:
        self.stored = users.set_nip(self.ctx.db, self.ctx.actor, self.user.id, self.nip.text())


class ResetPasswordDialog(_FormDialog):
    def __init__(self, ctx: AppContext, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Setel ulang kata sandi"), parent)
        self.ctx, self.user = ctx, user
        self.password = password_edit()
        self.repeat = password_edit()
        self.fields.addRow(self.tr("Kata sandi &baru"), self.password)
        self.fields.addRow(self.tr("&Ulangi kata sandi"), self.repeat)
        self.set_intro(
            self.tr(
                "Kata sandi baru untuk {name} ({username}), minimal {n} karakter. Kunci akun "
                "juga dibuka."
            ).format(name=user.full_name, username=user.username, n=MIN_PASSWORD_LENGTH)
        )
        for edit in (self.password, self.repeat):
            edit.setPlaceholderText(self.tr("minimal {n} karakter").format(n=MIN_PASSWORD_LENGTH))
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


class UsersTab(SettingsTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.users: list[UserInfo] = []
        layout = QVBoxLayout(self)
        self.table = table(
            [
                self.tr("Nama pengguna"),
                self.tr("Nama lengkap"),
                self.tr("NIP"),
                self.tr("Peran"),
                self.tr("Status"),
            ]
        )
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah pengguna…"))
        self.toggle_button = QPushButton(self.tr("Nonaktifkan"))
        self.reset_button = QPushButton(self.tr("Setel ulang kata sandi…"))
        self.role_button = QPushButton(self.tr("Ubah peran…"))
        self.nip_button = QPushButton(self.tr("Ubah NIP…"))
        # As wide as its wider text, so "Aktifkan" ⇄ "Nonaktifkan" never moves the buttons after it.
        self.toggle_button.setMinimumWidth(
            max(
                self.toggle_button.sizeHint().width(),
                QPushButton(self.tr("Aktifkan")).sizeHint().width(),
            )
        )
        for button in self.user_buttons():
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addLayout(self.save_row())
        self.add_button.clicked.connect(self.open_new_user)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.open_reset_password)
        self.role_button.clicked.connect(self.open_change_role)
        self.nip_button.clicked.connect(self.open_change_nip)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.load()

    def tab_title(self) -> str:
        return self.tr("Pengguna")

    def user_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.add_button,
            self.toggle_button,
            self.reset_button,
            self.role_button,
            self.nip_button,
        )

    def load(self) -> None:
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
            self.table.setItem(r, 0, item(u.username, u.id))
            self.table.setItem(r, 1, item(u.full_name))
            nip = users.nip_of(self.ctx.db, u.id)
            self.table.setItem(r, 2, item(format_nip(nip) if nip else ""))
            self.table.setItem(r, 3, item(role_label(u.role)))
            status_item = item(status)
            self.table.setItem(r, 4, status_item)
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
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows and rows[0].row() < len(self.users) else None

    def _selection_changed(self) -> None:
        user = self.selected()
        for button in self.user_buttons()[1:]:
            button.setEnabled(user is not None)
        if user is not None:
            self.toggle_button.setText(
                self.tr("Nonaktifkan") if user.active else self.tr("Aktifkan")
            )

    def _dialog_done(self, text: str) -> None:
        self.load()
        self.notice.saved(text)

    def open_new_user(self) -> NewUserDialog:
        dialog = NewUserDialog(self.ctx, self)
        dialog.accepted.connect(
            lambda: self._dialog_done(
                self.tr("Pengguna {username} dibuat.").format(username=dialog.created.username)
            )
        )
        dialog.open()
        return dialog

    def open_reset_password(self) -> ResetPasswordDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = ResetPasswordDialog(self.ctx, user, self)
        dialog.accepted.connect(
            lambda: self._dialog_done(
                self.tr("Kata sandi {username} disetel ulang.").format(username=user.username)
            )
        )
        dialog.open()
        return dialog

    def open_change_role(self) -> RoleDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = RoleDialog(self.ctx, user, self)
        dialog.accepted.connect(
            lambda: self._dialog_done(
                self.tr("Peran {username} diubah.").format(username=user.username)
            )
        )
        dialog.open()
        return dialog

    def open_change_nip(self) -> NipDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = NipDialog(self.ctx, user, self)
        dialog.accepted.connect(
            lambda: self._dialog_done(
                self.tr("NIP {username} disimpan.").format(username=user.username)
                if dialog.stored
                else self.tr("NIP {username} dikosongkan.").format(username=user.username)
            )
        )
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        own = user.id == self.ctx.actor.user_id  # refused by the core: nothing to ask
        if (
            user.active
            and not own
            and not widgets.confirm(
                self,
                self.tr("Nonaktifkan pengguna"),
                self.tr(
                    "Nonaktifkan {name} ({username})? Ia tidak dapat masuk lagi, dan tindakan "
                    "berikutnya di komputer yang sedang ia pakai ditolak. Akun dapat diaktifkan "
                    "kembali kapan saja."
                ).format(name=user.full_name, username=user.username),
                self.tr("Nonaktifkan"),
            )
        ):
            return
        self.run_action(
            lambda: users.set_active(self.ctx.db, self.ctx.actor, user.id, not user.active),
            self.tr("{username} diaktifkan.").format(username=user.username)
            if not user.active
            else self.tr("{username} dinonaktifkan.").format(username=user.username),
        )
