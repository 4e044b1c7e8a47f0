"""Start the desktop app: Qt application, translations, style, the last-resort error handler,
then setup wizard (first start), login and the main window, until the user quits."""

from __future__ import annotations

import logging
import os
import sys
import time
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QFile,
    QLocale,
    QSettings,
    QtMsgType,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop_app import APP_ID, APP_NAME, __version__, paths
from desktop_app.core import i18n, users
from desktop_app.core.errors import DatabaseError
from desktop_app.gui import resources_rc  # noqa: F401 - registers the :/ resources

log = logging.getLogger(__name__)

ORGANIZATION = "Loket Dukcapil"
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
    return app


def read_style_sheet() -> str:
    qss = QFile(":/style.qss")
    if not qss.open(QFile.OpenModeFlag.ReadOnly):
        return ""
    try:
        return bytes(qss.readAll().data()).decode("utf-8")
    finally:
        qss.close()


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Load ``loket_<language>.qm`` (Indonesian is the source language and needs none) and
    route the core's ``_()`` through Qt's translator, context "core"."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    loaded = False
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


def unexpected_error_message() -> str:
    return QCoreApplication.translate(
        "app",
        "Terjadi kesalahan yang tidak terduga. Aplikasi tetap berjalan, tetapi tindakan terakhir "
        "mungkin belum selesai. Rinciannya dicatat di {log}.",
    ).format(log=paths.log_file())


def _show_unexpected() -> None:
    app = QApplication.instance()
    if app is None:
        print(unexpected_error_message(), file=sys.stderr)
        return
    QMessageBox.critical(
        QApplication.activeWindow(),
        QCoreApplication.translate("app", "Kesalahan tak terduga"),
        unexpected_error_message(),
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
        _show_unexpected()
    except Exception:  # noqa: BLE001 - never let the handler itself crash the app
        log.exception("could not show the error message")
        traceback.print_exception(kind, value, tb)


def _thread_exception(args: threading.ExceptHookArgs) -> None:
    """threading.excepthook: log it; the message box must be shown from the GUI thread."""
    log.error(
        "unexpected error in thread %s",
        args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )
    app = QApplication.instance()
    if app is not None:
        QTimer.singleShot(0, app, _show_unexpected)


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


# --- start-up probe (bench/startup_bench.py) --------------------------------------------------

PROBE_ENV = "LOKET_STARTUP_PROBE"
PROBE_MARKER = "LOKET_READY"


class StartupProbe(QObject):
    """With ``LOKET_STARTUP_PROBE=1``: once the first window has been exposed and painted,
    print ``LOKET_READY <monotonic ms>`` and end the process, so a benchmark can time the path
    from process start to the first screen the user sees."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
        ):
            QCoreApplication.instance().removeEventFilter(self)
            # Queued: runs after this expose event has been painted and flushed.
            QTimer.singleShot(0, self.report)
        return False

    @staticmethod
    def report() -> None:
        print(f"{PROBE_MARKER} {time.monotonic() * 1000:.1f}", flush=True)
        os._exit(0)


def install_startup_probe(app: QCoreApplication) -> StartupProbe | None:
    if os.environ.get(PROBE_ENV) != "1":
        return None
    probe = StartupProbe(app)
    app.installEventFilter(probe)
    return probe


# --- the flow ----------------------------------------------------------------------------------


def run(argv: list[str] | None = None) -> int:
    """``loket gui``: returns the process exit code (1 when the database cannot be opened)."""
    from PySide6.QtCore import qInstallMessageHandler

    from desktop_app.applog import setup_logging
    from desktop_app.core.schema import open_database

    try:
        setup_logging()
    except OSError:
        pass  # reported by the CLI already; the GUI still runs
    app = create_application(argv)
    install_startup_probe(app)
    install_exception_hooks()
    qInstallMessageHandler(_qt_message)
    app.setQuitOnLastWindowClosed(False)
    try:
        db = open_database()
    except DatabaseError as exc:
        log.error("cannot open the database: %s", exc.message)
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "Basis data tidak dapat dibuka"), exc.message
        )
        return 1
    try:
        return run_session(app, db)
    finally:
        db.dispose()


def run_session(app: QApplication, db) -> int:  # type: ignore[no-untyped-def]
    """Setup wizard if there is no user yet, then login / main window until the user quits."""
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.dialogs import LoginDialog
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.wizard import SetupWizard

    username = ""
    if not users.has_users(db):
        wizard = SetupWizard(db)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.actor is None:
            return 0
        username = wizard.actor.username
    while True:
        actor = LoginDialog.ask(db, username)
        if actor is None:
            return 0
        log.info("user %s logged in (%s)", actor.username, actor.role.value)
        window = MainWindow(AppContext(db, actor))
        # A local loop per session rather than app.exec(): Qt treats the end of app.exec()
        # as the application closing down, and a logout must not close anything down.
        loop = QEventLoop()
        window.closed.connect(loop.quit)
        app.aboutToQuit.connect(loop.quit)
        window.show()
        loop.exec()
        log.info("user %s left the main window", actor.username)
        if not window.logged_out:
            window.deleteLater()
            return 0
        username = ""  # a shift change: the next officer types their own name
        window.deleteLater()
