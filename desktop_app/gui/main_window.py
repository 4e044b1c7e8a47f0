"""The main window: navigation by role, lazily built pages, account menu and the idle lock."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from desktop_app import APP_NAME, __version__, paths
from desktop_app.core import settings
from desktop_app.core.security import Actor, Permission, role_label
from desktop_app.gui import editing, screen_fit
from desktop_app.gui.changes import ChangeWatcher
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs import ChangePasswordDialog
from desktop_app.gui.lock import IDLE, MANUAL, LockDialog, SessionLock
from desktop_app.gui.pages import PAGES, PageSpec
from desktop_app.gui.qt import application
from desktop_app.gui.widgets import label

log = logging.getLogger(__name__)

WATCH_MS = 3000  # how often the window checks its database file and the daily backup

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def page_title(spec: PageSpec) -> str:
    return QApplication.translate("pages", spec.title)


def page_icon(key: str) -> QIcon:
    """The blue navigation icon, white on the (blue) selected row."""
    icon = QIcon(f":/icons/nav/{key}.svg")
    icon.addFile(f":/icons/nav/{key}-white.svg", mode=QIcon.Mode.Selected)
    return icon


class IdleWatcher(QObject):
    """Counts user input anywhere in the application; ``idle`` fires after ``interval_ms``
    without any. Installed as an event filter on the QApplication."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.input_events = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.idle)

    @property
    def interval_ms(self) -> int:
        return self.timer.interval()

    @interval_ms.setter
    def interval_ms(self, value: int) -> None:
        self.timer.setInterval(value)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        application().installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        application().removeEventFilter(self)
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT_EVENTS:
            self.input_events += 1
            self.timer.start()
        return False


class NavigationList(QListWidget):
    """The page list on the left: exactly as wide as its longest title.

    The width is asked for when the layout needs it, i.e. after the style sheet has been applied
    (its 11pt font, item padding and margins), and again when the style or font changes, so
    titles are never cut off ("Legal…") whatever the font, translation or display scaling."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)

    def preferred_width(self) -> int:
        self.ensurePolished()
        margins = self.contentsMargins()  # frame plus the style sheet's padding
        slack = (
            self.fontMetrics().averageCharWidth() * 2
        )  # room for the selected row's bold-ish look
        return self.sizeHintForColumn(0) + margins.left() + margins.right() + slack

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.preferred_width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.preferred_width(), super().minimumSizeHint().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.updateGeometry()


class MainWindow(QMainWindow):
    """``logged_out`` is True after *Keluar akun*: the app then shows the login again, or
    starts ``next_actor``'s session at once when someone switched user at the lock screen."""

    closed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        idle_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.logged_out = False
        self.next_actor: Actor | None = None
        self._end_agreed = False
        self.lock_dialog: LockDialog | None = None
        self.session_lock = SessionLock(self._not_covered, self)
        self.setWindowTitle(APP_NAME)
        # Before any page connects to the signals: see gui/changes.py.
        self.watcher = ChangeWatcher(ctx, self)
        self.specs = [spec for spec in PAGES if ctx.can(spec.permission)]
        self.pages: dict[str, QWidget] = {}

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.navigation = NavigationList()
        self.navigation.setIconSize(self.navigation.iconSize() * 1.5)
        for spec in self.specs:
            item = QListWidgetItem(page_icon(spec.key), page_title(spec))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{page_title(spec)} ({spec.shortcut})")
            self.navigation.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)

        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self.navigation.currentRowChanged.connect(self._row_changed)

        self._idle_from_settings = idle_ms is None
        self.idle = IdleWatcher(idle_ms or self._stored_idle_ms(), self)
        self.idle.idle.connect(lambda: self.lock(IDLE))
        self.idle.start()
        # A new idle time applies at once here, and on other PCs at their next poll.
        ctx.signals.settings_changed.connect(self._apply_settings)

        # The database file replaced or removed under us (a restore from elsewhere, a hand
        # copy): stop before anything more is typed in vain. Also follows the daily backup.
        self.stopped = False
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_MS)
        self.watch.timeout.connect(self.check_surroundings)
        self.watch.start()
        self.check_surroundings()

        self._restore_state()

    # --- construction -------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("Be&rkas"))
        if self.ctx.can(Permission.REQUESTS_EDIT):
            # From any page: the intake, or the intake with a copied WhatsApp chat read.
            self.new_request_action = self._action(
                self.tr("Permohonan &baru…"), self.new_request, QKeySequence.StandardKey.New
            )
            self.paste_request_action = self._action(
                self.tr("Permohonan dari &WhatsApp (isi dari papan klip)"),
                self.new_request_from_clipboard,
                "Ctrl+Shift+V",
            )
            file_menu.addActions([self.new_request_action, self.paste_request_action])
            file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Keluar"), self.close, "Ctrl+Q")
        file_menu.addAction(self.quit_action)

        account = bar.addMenu(self.tr("Ak&un"))
        self.change_password_action = self._action(
            self.tr("&Ganti kata sandi…"), self.open_change_password
        )
        self.lock_action = self._action(
            self.tr("&Kunci layar"), lambda: self.lock(MANUAL), "Ctrl+L"
        )
        # Ctrl+L from any window of the session (a request window has the focus as often).
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.logout_action = self._action(self.tr("Keluar &akun"), self.logout)
        account.addActions([self.change_password_action, self.lock_action, self.logout_action])

        view = bar.addMenu(self.tr("Hala&man"))
        for spec in self.specs:
            action = self._action(
                page_title(spec), lambda _c=False, k=spec.key: self.show_page(k), spec.shortcut
            )
            action.setIcon(QIcon(f":/icons/nav/{spec.key}.svg"))
            view.addAction(action)
            self.addAction(action)  # shortcuts work while the menu bar is hidden too

        # No Alt letter left for Help (every letter of "Bantuan" labels a field on some page);
        # F10 or Alt, then the arrow keys, reach it.
        help_menu = bar.addMenu(self.tr("Bantuan"))
        help_menu.addAction(self._action(self.tr("&Tentang Loket Dukcapil"), self.show_about))
        help_menu.addAction(self._action(self.tr("&Lokasi log"), self.show_log_location))

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        actor = self.ctx.actor
        self.user_label = QLabel(actor.full_name or actor.username)
        self.role_label = QLabel(role_label(actor.role))
        # A long path must not widen the window past 1366 px: elided in the middle, whole in
        # the tooltip.
        location = self.fontMetrics().elidedText(
            self.ctx.db.location, Qt.TextElideMode.ElideMiddle, self.fontMetrics().height() * 22
        )
        self.db_label = QLabel(self.tr("Basis data: {location}").format(location=location))
        self.db_label.setToolTip(self.ctx.db.location)
        status.addWidget(self.user_label)
        status.addWidget(self.role_label)
        # A failed daily backup stays visible until a backup succeeds (core/recovery.py).
        self.backup_label = label("", "error", wrap=False)
        self.backup_label.hide()
        status.addPermanentWidget(self.backup_label)
        status.addPermanentWidget(self.db_label)
        from desktop_app.gui.app import STARTUP_NOTICES

        if STARTUP_NOTICES:
            status.showMessage("  ".join(STARTUP_NOTICES), 30_000)
            STARTUP_NOTICES.clear()

    def check_surroundings(self) -> None:
        from desktop_app.core import recovery

        failure = recovery.last_backup_failure()
        if failure is None:
            self.backup_label.hide()
        else:
            self.backup_label.setText(self.tr("Cadangan harian gagal"))
            self.backup_label.setToolTip(failure.message)
            self.backup_label.show()
        problem = self.ctx.db.file_problem()
        if problem is not None and not self.stopped:
            self.stopped = True
            self.watch.stop()
            self.idle.stop()
            log.error("database file %s: stopping", problem.what)
            QMessageBox.critical(self, self.tr("Basis data berubah"), problem.message)
            self.close()

    def supervisor_notices(self) -> list[str]:
        """What a supervisor must see when logging in: accounts changed outside the app."""
        from desktop_app.core import recovery, users
        from desktop_app.core.errors import LoketError
        from desktop_app.core.security import Permission

        if not self.ctx.can(Permission.USERS_MANAGE):
            return []
        notices = []
        try:
            tampered = users.tampered_accounts(self.ctx.db)
        except LoketError as exc:
            notices.append(exc.message)
        else:
            failure = recovery.last_backup_failure()
            if failure is not None:
                notices.append(failure.message)
            if tampered:
                notices.append(
                    self.tr(
                        "Akun berikut diubah di luar aplikasi (peran, status atau kata sandinya "
                        "tidak cocok dengan segelnya), sehingga tidak dapat login: {names}. "
                        "Periksa log audit, lalu atur ulang peran, status atau kata sandinya di "
                        "Pengaturan › Pengguna."
                    ).format(names=", ".join(tampered))
                )
        return notices

    def show_supervisor_notices(self) -> None:
        notices = self.supervisor_notices()
        if notices:
            QMessageBox.warning(self, self.tr("Perhatian keamanan"), "\n\n".join(notices))

    def _stored_idle_ms(self) -> int:
        minutes = settings.get_value(self.ctx.db, "idle_lock_minutes") or 10
        return int(minutes) * 60_000

    def _apply_settings(self) -> None:
        if self._idle_from_settings:
            self.idle.interval_ms = self._stored_idle_ms()

    # --- pages --------------------------------------------------------------------------------

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self._ensure_page(self.specs[row])

    def _ensure_page(self, spec: PageSpec) -> QWidget:
        page = self.pages.get(spec.key)
        if page is None:
            page = spec.build(self.ctx)
            page.setObjectName(f"page_{spec.key}")
            self.pages[spec.key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        return page

    def show_page(self, key: str) -> QWidget | None:
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                self.navigation.setCurrentRow(row)
                return self._ensure_page(spec)
        return None

    @property
    def current_key(self) -> str | None:
        row = self.navigation.currentRow()
        return self.specs[row].key if 0 <= row < len(self.specs) else None

    # --- requests from anywhere ---------------------------------------------------------------

    def new_request(self) -> QWidget | None:
        from desktop_app.gui.pages.requests import RequestsPage

        page = self.show_page("permohonan")
        return page.new_request() if isinstance(page, RequestsPage) else None

    def new_request_from_clipboard(self) -> QWidget | None:
        from desktop_app.gui.pages.requests import RequestsPage

        page = self.show_page("permohonan")
        return page.new_request_from_clipboard() if isinstance(page, RequestsPage) else None

    # --- account ------------------------------------------------------------------------------

    def open_change_password(self) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(self.ctx.db, self.ctx.actor, self)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Kata sandi telah diganti."), 5000)
        )
        dialog.open()
        return dialog

    @property
    def locked(self) -> bool:
        return self.lock_dialog is not None

    def lock(self, reason: str = MANUAL) -> None:
        """Cover every window of the session and ask for the password (gui/lock.py)."""
        if self.locked or not self.isVisible():
            return
        self.lock_dialog = LockDialog(
            self.ctx.db, self.ctx.actor, reason, self.idle.interval_ms // 60_000, self
        )
        self.session_lock.engage()
        self.lock_dialog.unlocked.connect(self._unlocked)
        self.lock_dialog.logout_requested.connect(lambda: self.end_session(None))
        self.lock_dialog.switch_requested.connect(self.end_session)
        self.lock_dialog.open()
        self.lock_dialog.raise_()
        self.lock_dialog.activateWindow()

    def _not_covered(self, window: QWidget) -> bool:
        """The lock dialog and the questions it asks stay visible above the covers."""
        widget: QWidget | None = window
        while widget is not None:
            if widget is self.lock_dialog:
                return True
            widget = widget.parentWidget()
        return False

    def _unlocked(self) -> None:
        self.session_lock.release()
        if self.lock_dialog is not None:
            self.lock_dialog.deleteLater()
        self.lock_dialog = None
        self.idle.timer.start()

    def logout(self) -> None:
        self.end_session(None)

    def unsaved_work(self) -> list[str]:
        """What closing the session now would throw away: the editing windows with typed
        work, and settings tabs with unsaved edits."""
        titles = []
        for window in editing.editing_windows():
            if window.has_unsaved_changes():
                covered = window in self.session_lock.covers
                titles.append(
                    self.session_lock.title_of(window) if covered else window.unsaved_work_title()
                )
        settings_page = self.pages.get("pengaturan")
        for tab in getattr(settings_page, "unsaved_tabs", list)():
            titles.append(self.tr("Pengaturan › {tab}").format(tab=tab.tab_title()))
        return titles

    def confirm_end_session(self) -> bool:
        """Asked once for all the session's unsaved work; "Jangan tutup" keeps the session."""
        titles = self.unsaved_work()
        if not titles:
            return True
        parent = self.lock_dialog or self
        what = ", ".join(titles)
        if self.locked:  # whoever stands at the lock screen is told whose work it is
            name = self.ctx.actor.full_name or self.ctx.actor.username
            what = self.tr("Pekerjaan {name} ({windows})").format(name=name, windows=what)
        return editing.ask_discard(parent, what)

    def close_session_windows(self) -> None:
        """Close every other window of this session, without asking (asked already)."""
        for window in sorted(editing.editing_windows(), key=lambda w: w.isModal(), reverse=True):
            if window.isVisible():
                window.discard_and_close()
        for other in QApplication.topLevelWidgets():
            if other is self or self._not_covered(other) or not other.isVisible():
                continue
            if isinstance(other, QDialog):
                other.done(QDialog.DialogCode.Rejected)  # ends a dialog's own event loop too
            else:
                other.close()

    def end_session(self, next_actor: Actor | None = None) -> bool:
        """Log out (``next_actor`` None) or hand the PC to ``next_actor``: unsaved work is
        asked about first; then every window of the session closes. False: the officer kept
        the work, nothing closed."""
        if not self.confirm_end_session():
            return False
        self._end_agreed = True
        self.close_session_windows()
        self.logged_out = True
        self.next_actor = next_actor
        self.close()
        return True

    # --- help ---------------------------------------------------------------------------------

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Tentang Loket Dukcapil"),
            self.tr(
                "<b>Loket Dukcapil</b> versi {version}<br>Pencatatan permohonan daring, "
                "legalisir dokumen TNI/Polri, dan ringkasan harian untuk Disdukcapil."
            ).format(version=__version__),
        )

    def show_log_location(self) -> None:
        folder = paths.log_dir()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Lokasi log"),
            self.tr("Catatan aplikasi (log) disimpan di:\n{path}").format(path=paths.log_file()),
            QMessageBox.StandardButton.Close,
            self,
        )
        open_button = box.addButton(self.tr("Buka folder"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- state --------------------------------------------------------------------------------

    def _last_page_key(self) -> str:
        """Each officer comes back to the page they left, whoever used the PC in between."""
        return f"main_window/last_page/{self.ctx.actor.username}"

    def _restore_state(self) -> None:
        store = QSettings()
        geometry = store.value("main_window/geometry")
        area = screen_fit.available_area(self)
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))  # maximized again if it was
            screen_fit.fit_window(self, area)  # a geometry saved on a larger screen
        else:
            self.resize(1200, 720)
            screen_fit.fit_window(self, area)
            if screen_fit.should_maximize(area):
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        last = store.value(self._last_page_key(), "")
        keys = [s.key for s in self.specs]
        if keys:
            self.show_page(last if last in keys else keys[0])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # Quitting closes the session's windows too; unsaved work is asked about first, and
        # "Jangan tutup" keeps the session open.
        if not self._end_agreed:
            if not self.confirm_end_session():
                event.ignore()
                return
            self._end_agreed = True
            self.close_session_windows()
        store = QSettings()
        store.setValue("main_window/geometry", self.saveGeometry())
        if self.current_key:
            store.setValue(self._last_page_key(), self.current_key)
        self.idle.stop()
        self.watch.stop()
        self.watcher.stop()
        self.session_lock.release()
        if self.lock_dialog is not None:
            self.lock_dialog.deleteLater()
            self.lock_dialog = None
        super().closeEvent(event)
        self.closed.emit()
