"""Start-up pieces of the app: error hook, translator, database failure, style."""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QCoreApplication, QSettings

from desktop_app import paths
from desktop_app.core import i18n
from desktop_app.gui import app as gui_app


def test_unexpected_exception_is_logged_and_explained(qapp, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(
        gui_app.QMessageBox, "critical", lambda parent, title, text: shown.append((title, text))
    )
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError:
        with caplog.at_level(logging.ERROR):
            gui_app.handle_exception(*sys.exc_info())
    assert len(shown) == 1
    title, text = shown[0]
    assert text.startswith("Terjadi kesalahan yang tidak terduga.")
    assert str(paths.log_file()) in text
    assert "Traceback" not in text and "ZeroDivisionError" not in text
    record = caplog.records[-1]
    assert record.exc_info[0] is ZeroDivisionError  # the traceback goes to the log


def test_hooks_are_installed_and_thread_errors_reach_the_user(qapp, qtbot, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(gui_app.QMessageBox, "critical", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    gui_app.install_exception_hooks()
    assert sys.excepthook is gui_app.handle_exception

    def boom():
        raise RuntimeError("from a worker")

    with caplog.at_level(logging.ERROR):
        worker = threading.Thread(target=boom, name="pekerja")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    assert "Rinciannya dicatat di" in shown[0]
    assert any(r.exc_info and r.exc_info[0] is RuntimeError for r in caplog.records)


def test_english_translation_is_loaded_for_gui_and_core(qapp):
    try:
        assert gui_app.install_translator(qapp, "en")
        assert QCoreApplication.translate("LoginDialog", "Masuk") == "Log in"
        assert i18n._("Nama pengguna atau kata sandi salah.") == "Wrong user name or password."
    finally:
        gui_app.install_translator(qapp, "id")
    assert i18n._("Nama pengguna atau kata sandi salah.") == "Nama pengguna atau kata sandi salah."


def test_qsettings_are_isolated_from_the_users_real_settings(qsettings, tmp_path):
    assert QSettings().fileName().startswith(str(tmp_path))
    assert qsettings.format() == QSettings.Format.IniFormat


def test_language_comes_from_qsettings(qapp):
    from desktop_app import APP_NAME

    QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, gui_app.ORGANIZATION, APP_NAME
    ).setValue("language", "en")
    test_name = qapp.applicationName()
    try:
        gui_app.create_application()
        assert qapp.applicationName() == APP_NAME
        assert QCoreApplication.translate("pages", "Pengaturan") == "Settings"
        assert not qapp.windowIcon().isNull()
        assert "QListWidget#navigation" in qapp.styleSheet()
    finally:
        gui_app.install_translator(qapp, "id")
        qapp.setStyleSheet("")
        qapp.setApplicationName(test_name)


def test_style_sheet_uses_no_pixel_fonts():
    qss = gui_app.read_style_sheet()
    assert "QListWidget#navigation" in qss
    assert "font-size" in qss and "px;" not in qss.split("font-size")[1].split(";")[0]
    import re

    assert not re.search(r"font-size:\s*\d+px", qss)


def test_database_error_is_shown_and_exits_1(qapp, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(gui_app.QMessageBox, "critical", lambda *a: shown.append(a[2]))
    monkeypatch.setenv("LOKET_DB_URL", "bukan-alamat://")
    monkeypatch.setattr(gui_app, "install_exception_hooks", lambda: None)
    try:
        assert gui_app.run() == 1
    finally:
        qapp.setStyleSheet("")
        qapp.setQuitOnLastWindowClosed(True)
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(None)
    assert shown and "basis data" in shown[0].lower()


def test_run_session_wizard_cancel_exits_cleanly(qapp, db, monkeypatch):
    from desktop_app.gui import wizard

    monkeypatch.setattr(wizard.SetupWizard, "exec", lambda self: 0)
    assert gui_app.run_session(qapp, db) == 0


def test_run_session_login_then_quit(qapp, db, supervisor, monkeypatch):
    from desktop_app.gui import login, main_window

    asked = []

    def fake_ask(cls, db_, username=""):
        asked.append(username)
        return supervisor if len(asked) == 1 else None

    monkeypatch.setattr(login.LoginDialog, "ask", classmethod(fake_ask))
    windows = []
    real_init = main_window.MainWindow.__init__

    def init(self, ctx, idle_ms=None, parent=None):
        real_init(self, ctx, 60_000, parent)
        windows.append(self)
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.logout)

    monkeypatch.setattr(main_window.MainWindow, "__init__", init)
    assert gui_app.run_session(qapp, db) == 0
    assert asked == ["", ""]  # after "Keluar akun" the login comes back
    assert windows[0].logged_out


def test_daily_backup_runs_in_the_background_once_a_day(db, sqlite_only, data_dir):
    from desktop_app.gui.app import start_daily_backup

    start_daily_backup(db).join(timeout=30)
    made = sorted((data_dir / "backups").glob("loket-*.sqlite3"))
    assert len(made) == 1
    start_daily_backup(db).join(timeout=30)  # the same day: nothing new
    assert sorted((data_dir / "backups").glob("loket-*.sqlite3")) == made
