"""Start the desktop app: Qt application, translations, style, the last-resort error handler,
then setup wizard (first start), login and the main window, until the user quits."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QLocale,
    QObject,
    QSettings,
    QTimer,
    QtMsgType,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QIcon, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop_app import APP_ID, APP_NAME, __version__
from desktop_app.core import i18n
from desktop_app.core.errors import DatabaseError
from desktop_app.gui import (
    collector,
    resources_rc,  # noqa: F401 - registers the :/ resources
)
from desktop_app.gui.style import read_style_sheet

if TYPE_CHECKING:
    from desktop_app.core.db import Database
    from desktop_app.core.security import Actor
    from desktop_app.gui.login import LoginDialog

log = logging.getLogger(__name__)

ORGANIZATION = "Loket Dukcapil"
# Said once in the main window's status bar after the first login (e.g. files made private).
STARTUP_NOTICES: list[str] = []
LANGUAGES = ("id", "en")
_translators: list[QTranslator] = []


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names (for QSettings), icon, style sheet and translations."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(f":/icons/app-{size}.png")
    app.setWindowIcon(icon)
    app.setStyleSheet(read_style_sheet())
    install_translator(app, str(QSettings().value("language", "id")))
    collector.install(app)  # cycles freed on this thread, never on a worker's
    return app


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Load ``loket_<language>.qm`` (Indonesian is the source language and needs none) and
    route the core's ``_()`` through Qt's translator, context "core"."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    loaded = False
    if language not in LANGUAGES or language == "id":
        # Qt's own dialogs and buttons (file and print dialogs, Yes/No/Cancel, the text-field
        # menu): Qt ships no Indonesian, so ours (resources/translations/qt_id.ts) is loaded.
        qt_texts = QTranslator(app)
        if qt_texts.load(":/translations/qt_id.qm"):
            app.installTranslator(qt_texts)
            _translators.append(qt_texts)
    if language in LANGUAGES and language != "id":
        translator = QTranslator(app)
        if translator.load(f":/translations/loket_{language}.qm"):
            app.installTranslator(translator)
            _translators.append(translator)
            loaded = True
        else:
            log.warning("translation %s not found; staying in Indonesian", language)
    QLocale.setDefault(
        QLocale(QLocale.Language.English)
        if loaded
        else QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    )
    i18n.set_translator(lambda text: QCoreApplication.translate("core", text))
    return loaded


# --- last-resort error handling -------------------------------------------------------------


def _log_file() -> str:
    from desktop_app import paths

    return str(paths.log_file())


def unexpected_error_message() -> str:
    return QCoreApplication.translate(
        "app",
        "Terjadi kesalahan yang tidak terduga. Aplikasi tetap berjalan, tetapi tindakan terakhir "
        "mungkin belum selesai. Rinciannya dicatat di {log}.",
    ).format(log=_log_file())


def plain_message(exc: BaseException | None) -> str | None:
    """What the user can act on, when an error that escaped its page has a plain meaning: a
    refusal of the core, a full disk, a damaged or locked database, a file the system refused."""
    if exc is None:
        return None
    from desktop_app.core.errors import LoketError, disk_full_message, is_disk_full, os_reason

    if isinstance(exc, LoketError):
        return exc.message
    if is_disk_full(exc):
        return disk_full_message()
    if "sqlalchemy" in sys.modules or "sqlite3" in sys.modules:
        from desktop_app.core.db import plain_error

        plain = plain_error(exc)
        if plain is not None:
            return plain.message
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "app", "Berkas {name} tidak dapat dipakai: {reason}. Tindakan terakhir tidak selesai."
        ).format(name=exc.filename if exc.filename is not None else "-", reason=os_reason(exc))
    return None


def _show_unexpected(exc: BaseException | None = None) -> None:
    message = plain_message(exc) or unexpected_error_message()
    app = QApplication.instance()
    if app is None:
        print(message, file=sys.stderr)
        return
    QMessageBox.critical(
        QApplication.activeWindow(),
        QCoreApplication.translate("app", "Kesalahan tak terduga")
        if message == unexpected_error_message()
        else QCoreApplication.translate("app", "Tidak dapat diselesaikan"),
        message,
    )


def handle_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """sys.excepthook: log the traceback, tell the user in plain Indonesian, keep running."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    log.error("unexpected error", exc_info=(kind, value, tb))
    try:
        _show_unexpected(value)
    except Exception:  # noqa: BLE001 - never let the handler itself crash the app
        log.exception("could not show the error message")
        traceback.print_exception(kind, value, tb)


def _thread_exception(args: threading.ExceptHookArgs) -> None:
    """threading.excepthook: log it; the message box must be shown from the GUI thread."""
    log.error(
        "unexpected error in thread %s",
        args.thread.name if args.thread else "?",
        exc_info=args.exc_value,  # carries its traceback
    )
    app = QApplication.instance()
    if app is not None:
        value = args.exc_value
        QTimer.singleShot(0, app, lambda: _show_unexpected(value))


def install_exception_hooks() -> None:
    sys.excepthook = handle_exception
    threading.excepthook = _thread_exception


def _qt_message(mode: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


# --- start-up: first window fast, database behind it -------------------------------------------

PROBE_ENV = "LOKET_STARTUP_PROBE"
PROBE_MARKER = "LOKET_READY"


class FirstExposure(QObject):
    """Calls ``callback`` once, right after the application's first window has been exposed
    and painted (an application-wide event filter, removed at once)."""

    def __init__(self, app: QCoreApplication, callback: Callable[[], None]) -> None:
        super().__init__(app)
        self.app = app
        self.callback = callback
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
        ):
            self.app.removeEventFilter(self)
            # Queued: runs after this expose event has been painted and flushed.
            QTimer.singleShot(0, self.callback)
        return False


def probe_stage() -> str:
    """``LOKET_STARTUP_PROBE``: ``1`` reports when the first window is on screen, ``login`` when
    the login window can be used (database open); see bench/startup_bench.py."""
    return os.environ.get(PROBE_ENV, "")


def probe_report() -> None:
    """Print ``LOKET_READY <monotonic ms>`` and end the process (benchmark only)."""
    print(f"{PROBE_MARKER} {time.monotonic() * 1000:.1f}", flush=True)
    os._exit(0)


class DatabaseOpener(QObject):
    """Opens the database (SQLAlchemy import, connection, schema check or upgrade) in a worker
    thread, so the login window is on screen and responsive meanwhile. Opened once; the
    resulting :class:`Database` is used from the GUI thread afterwards."""

    finished = Signal()

    def __init__(self, url: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.db: Database | None = None
        self.error: BaseException | None = None
        self._done = threading.Event()
        self._started = False

    def start(self) -> None:
        if not self._started:
            self._started = True
            threading.Thread(target=self._work, name="open-database", daemon=True).start()

    def _work(self) -> None:
        try:
            from desktop_app.core import recovery
            from desktop_app.core.db import default_url, sqlite_file
            from desktop_app.core.schema import open_database

            path = sqlite_file(self.url or default_url())
            recovery.clear_stale_temps(recovery.temp_folders(path))
            self.db = open_database(self.url, integrity_check=True)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread in wait()
            self.error = exc
        self._done.set()
        self.finished.emit()

    def wait(self) -> Database:
        """Run the event loop until the database is open; raises what the worker raised."""
        self.start()
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        if not self._done.is_set():
            loop.exec()
        self._done.wait()
        if self.error is not None:
            raise self.error
        assert self.db is not None
        return self.db


# --- the flow ----------------------------------------------------------------------------------


def run(argv: list[str] | None = None) -> int:
    """``loket gui``: returns the process exit code (1 when the database cannot be opened).

    The login window appears first; the database is opened behind it and its button is enabled
    once that is done (about half a second, most of it importing SQLAlchemy).
    """
    from PySide6.QtCore import qInstallMessageHandler

    from desktop_app.gui.login import LoginDialog

    app = create_application(argv)
    install_exception_hooks()
    qInstallMessageHandler(_qt_message)
    app.setQuitOnLastWindowClosed(False)
    opener = DatabaseOpener(parent=app)
    login = LoginDialog(None)

    def after_first_window() -> None:
        # Logging (logging.handlers, platformdirs) is set up here, not before the first window.
        from desktop_app import paths
        from desktop_app.applog import setup_logging

        try:
            changed = paths.protect_data_folder()
            setup_logging()
        except OSError:
            pass  # the database (same folder) will fail to open and say so
        else:
            if changed:
                log.info("data folder made private: %d files and folders", len(changed))
                STARTUP_NOTICES.append(
                    QCoreApplication.translate(
                        "app",
                        "Izin berkas diperketat: {n} berkas dan folder data kini hanya dapat "
                        "dibuka oleh akun komputer ini.",
                    ).format(n=len(changed))
                )
        opener.start()

    FirstExposure(app, probe_report if probe_stage() == "1" else after_first_window)
    login.show()
    try:
        db = opener.wait()
    except DatabaseError as exc:
        log.error("cannot open the database: %s", exc.message)
        login.hide()
        reopened = recover_database(exc)
        if reopened is None:
            return 1
        db = reopened
        login.show()
    from desktop_app.core.audit import key_problem

    problem = key_problem(db)
    if problem is not None:
        log.error("audit key %s is not on this PC", problem.key_id)
        login.hide()
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "Kunci audit tidak ada"), problem.message
        )
        db.dispose()
        return 1
    start_daily_backup(db)
    try:
        login.set_database(db)
        if probe_stage() == "login":
            probe_report()
        return run_session(app, db, login)
    finally:
        db.dispose()


def recover_database(exc: DatabaseError) -> Database | None:
    """The database is missing or damaged: offer a backup, a chosen file or a new database;
    anything else is explained and ends the app. Returns the database opened again."""
    from desktop_app.core.schema import open_database

    path = getattr(exc, "path", None)
    if path is None:
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "Basis data tidak dapat dibuka"), exc.message
        )
        return None
    from desktop_app.gui.recovery import RecoveryDialog

    done = RecoveryDialog.ask(exc, path)
    if done is None:
        return None
    try:
        db = open_database()
    except DatabaseError as again:
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "Basis data tidak dapat dibuka"), again.message
        )
        return None
    QMessageBox.information(None, QCoreApplication.translate("app", "Basis data siap"), done)
    return db


def start_daily_backup(db) -> threading.Thread:  # type: ignore[no-untyped-def]
    """The day's automatic backup, in a background thread so the login window is not delayed.
    A failure (disk full, a damaged database) is logged and remembered: the status bar and the
    next supervisor who logs in are told (core/recovery.py)."""

    def work() -> None:
        from desktop_app.core import backup

        try:
            backup.auto_backup_if_due(db)
        except Exception as exc:  # noqa: BLE001 - never let a backup problem stop the counter
            log.exception("daily backup failed")
            from desktop_app.core import recovery
            from desktop_app.core.errors import LoketError

            if not isinstance(exc, LoketError):  # BackupError records itself
                recovery.record_backup_failure(type(exc).__name__)

    thread = threading.Thread(target=work, name="daily-backup", daemon=True)
    thread.start()
    return thread


def run_session(app: QApplication, db: Database, login: LoginDialog | None = None) -> int:
    """Setup wizard if there is no user yet, then login / main window until the user quits.
    ``login`` is the login window already on screen at start-up, used for the first login."""
    from desktop_app.core import users
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.login import LoginDialog

    username = ""
    if not users.has_users(db):
        from desktop_app.gui.wizard import SetupWizard

        if login is not None:
            login.close()
            login.deleteLater()
            login = None
        wizard = SetupWizard(db)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.actor is None:
            return 0
        username = wizard.actor.username
    next_actor: Actor | None = None
    while True:
        if next_actor is not None:  # switched user at the lock screen: already signed in
            actor: Actor | None = next_actor
        elif login is not None:
            actor = login.run()
            login.deleteLater()
            login = None
        else:
            actor = LoginDialog.ask(db, username)
        if actor is None:
            return 0
        log.info("user %s logged in (%s)", actor.username, actor.role.value)
        from desktop_app.gui.main_window import MainWindow

        window = MainWindow(AppContext(db, actor))
        # A local loop per session rather than app.exec(): Qt treats the end of app.exec()
        # as the application closing down, and a logout must not close anything down.
        loop = QEventLoop()
        window.closed.connect(loop.quit)
        app.aboutToQuit.connect(loop.quit)
        window.show()
        QTimer.singleShot(0, window, window.show_supervisor_notices)
        loop.exec()
        log.info("user %s left the main window", actor.username)
        if not window.logged_out:
            window.deleteLater()
            return 0
        username = ""  # a shift change: the next officer types their own name
        next_actor = window.next_actor
        window.deleteLater()
