"""Regenerate the screenshots in docs/screenshots, or take review screenshots of every page.

Run from the repository root::

    PYTHONPATH=. python docs/screenshots/make_screenshots.py          # the committed set
    PYTHONPATH=. python docs/screenshots/make_screenshots.py --lang en --scale 1 \\
        --all-pages --out /tmp/shots                                  # English review set
    PYTHONPATH=. xvfb-run -a -s "-screen 0 1920x1200x24" \\
        env QT_QPA_PLATFORM=xcb python docs/screenshots/make_screenshots.py

For each language (``--lang id|en|both``) and scale (``--scale 1|1.5|both``): the login window
and the main window as ``login-<lang>-<pct>.png`` and ``main-<lang>-<pct>.png``. The tour of every
page and main dialog (wizard, intake, request detail, legalization entry, verification, report,
each settings tab, new user, audit, lock) is taken in Indonesian at 100 % under the names the
README and DESIGN use (``main-window.png``, ``intake.png`` ...); ``--all-pages`` takes it for every
chosen language and scale too, named ``<name>-<lang>-<pct>.png``. ``--roles`` adds every page as
the *petugas* and *legalisir* demo users (``role-<user>-<page>[-<lang>-<pct>].png``).

Each language/scale pair runs in its own process (``QT_SCALE_FACTOR`` is read once per process),
on a copy of one demo database. The database, logs and QSettings live in a temporary folder:
the user's real settings are never read or written. The window is 1366×768 at 100 % and
1280×720 at 150 % (a 1920×1080 screen).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = {"id": ("id",), "en": ("en",), "both": ("id", "en")}
SCALES = {"1": (1.0,), "1.5": (1.5,), "both": (1.0, 1.5)}
WINDOW = {1.0: (1366, 768), 1.5: (1280, 720)}
DOCS_CASE = ("id", 1.0)  # the tour under the plain names
SETTINGS_TAB_FILES = {
    "OfficeTab": "settings-office",
    "OfficialsTab": "settings-officials",
    "HolidaysTab": "settings-holidays",
    "UsersTab": "settings-users",
    "GeneralTab": "settings-general",
    "ServicesTab": "settings-services",
    "TemplatesTab": "settings-templates",
    "LegalSettingsTab": "settings-legal",
    "BackupTab": "settings-backup",
}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=tuple(LANGS), default="both")
    parser.add_argument("--scale", choices=tuple(SCALES), default="both")
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the PNG files")
    parser.add_argument(
        "--all-pages", action="store_true", help="the page tour in every chosen language/scale"
    )
    parser.add_argument("--roles", action="store_true", help="also every page as other roles")
    parser.add_argument(
        "--child", nargs=3, metavar=("LANG", "SCALE", "FOLDER"), help=argparse.SUPPRESS
    )
    return parser.parse_args(argv)


def prepare(folder: Path) -> str:
    """A month of demo data in ``folder``; returns the demo users' password."""
    from desktop_app.core import demo
    from desktop_app.core.schema import open_database

    db = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    result = demo.fill_demo(db, days=30, seed=7)
    db.dispose()
    return result.logins[0][2]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        lang, scale, folder = args.child
        Shooter(args, lang, float(scale), Path(folder)).run()
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="loket-shots-"))
    try:
        os.environ["LOKET_DATA_DIR"] = str(tmp)
        password = prepare(tmp)
        for scale in SCALES[args.scale]:
            for lang in LANGS[args.lang]:
                case = tmp / f"{lang}-{int(scale * 100)}"
                case.mkdir()
                shutil.copy(tmp / "demo.sqlite3", case / "loket.sqlite3")
                env = dict(
                    os.environ,
                    QT_SCALE_FACTOR=str(scale),
                    LOKET_DATA_DIR=str(case),
                    XDG_CONFIG_HOME=str(case),
                    LOKET_DEMO_PASSWORD=password,
                )
                env.setdefault("QT_QPA_PLATFORM", "offscreen")
                child = [sys.executable, __file__, *(argv or sys.argv[1:])]
                child += ["--child", lang, str(scale), str(case)]
                subprocess.run(child, env=env, check=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


class Shooter:
    """One language at one scale, in its own process."""

    def __init__(self, args: argparse.Namespace, lang: str, scale: float, folder: Path) -> None:
        self.args, self.lang, self.scale, self.folder = args, lang, scale, folder
        self.out: Path = args.out
        self.pct = int(scale * 100)
        self.tag = f"{lang}-{self.pct}"
        self.size = WINDOW[scale]
        self.password = os.environ["LOKET_DEMO_PASSWORD"]

    # --- helpers ----------------------------------------------------------------------------------

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def shoot(self, widget, name: str, *, plain: bool = False) -> None:  # noqa: ANN001
        """Save ``widget``; tour names get ``-<lang>-<pct>`` unless this is the docs case."""
        self.settle()
        if not plain and (self.lang, self.scale) != DOCS_CASE:
            name = f"{name}-{self.tag}"
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    def window_for(self, username: str):  # noqa: ANN201
        from desktop_app.core import users
        from desktop_app.gui.context import AppContext
        from desktop_app.gui.main_window import MainWindow

        ctx = AppContext(self.db, users.authenticate(self.db, username, self.password))
        window = MainWindow(ctx, idle_ms=3_600_000)
        window.resize(*self.size)
        window.show()
        self.settle()
        return window, ctx

    # --- the run ----------------------------------------------------------------------------------

    def run(self) -> None:
        from PySide6.QtCore import QCoreApplication, QSettings

        from desktop_app import APP_NAME
        from desktop_app.gui import app as gui_app

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(self.folder / "qs")
        )
        QCoreApplication.setOrganizationName(gui_app.ORGANIZATION)
        QCoreApplication.setApplicationName(APP_NAME)
        QSettings().setValue("language", self.lang)  # as if chosen in Settings › General
        self.app = gui_app.create_application([])

        from desktop_app.core.schema import open_database

        self.db = open_database(f"sqlite:///{self.folder / 'loket.sqlite3'}")
        tour = self.args.all_pages or (self.lang, self.scale) == DOCS_CASE
        if tour:
            self.wizard()
        self.login()
        window, ctx = self.window_for("kasi")
        requests_page = window.show_page("permohonan")
        requests_page.set_queue(None)
        requests_page.table.selectRow(2)
        self.shoot(window, f"main-{self.tag}", plain=True)
        if tour:
            self.tour(window, ctx)
        window.close()
        if self.args.roles:
            for username in ("budi", "sari"):
                window, _ctx = self.window_for(username)
                for spec in window.specs:
                    window.show_page(spec.key)
                    self.shoot(window, f"role-{username}-{spec.key}")
                window.close()
        self.db.dispose()

    def wizard(self) -> None:
        """First start: the setup wizard on an empty database."""
        from desktop_app.core import demo
        from desktop_app.core.schema import open_database
        from desktop_app.gui.wizard import SetupWizard

        empty = open_database(f"sqlite:///{self.folder / 'empty.sqlite3'}")
        wizard = SetupWizard(empty)
        wizard.show()
        self.shoot(wizard, "setup-wizard")
        wizard.office_page.office.set_profile(demo.DEMO_OFFICE)
        wizard.next()
        page = wizard.supervisor_page
        page.full_name.setText("Hendra Gunawan, S.IP.")
        page.username.setText("kasi")
        self.shoot(wizard, "setup-wizard-supervisor")
        wizard.close()
        empty.dispose()

    def login(self) -> None:
        from desktop_app.gui.login import LoginDialog

        login = LoginDialog(self.db)
        login.show()
        login.username.setText("kasi")
        login.password.setText("x" * 10)
        self.shoot(login, f"login-{self.tag}", plain=True)
        login.close()

    def tour(self, window, ctx) -> None:  # noqa: ANN001, PLR0915 - one walk through the app
        from desktop_app.core import legalization as legal
        from desktop_app.gui.legal_entry import LegalEntryDialog
        from desktop_app.gui.lock import LockDialog
        from desktop_app.gui.pages.settings.users import NewUserDialog
        from desktop_app.gui.request_detail import RequestDetailDialog
        from desktop_app.gui.request_intake import RequestIntakeDialog

        requests_page = window.show_page("permohonan")
        self.shoot(window, "main-window")
        self.shoot(window, "requests-list")
        requests_page.set_queue("overdue")
        self.shoot(window, "requests-overdue")
        requests_page.set_queue(None)

        intake = RequestIntakeDialog(ctx, window)
        intake.show()
        intake.form.pasteText.setPlainText(
            "Assalamualaikum min, saya Sri Wahyuni mau ubah KK krn anak lahir. "
            "NIK 3216064507880003 KK 3216062201150009 no hp 0812-8877-1203"
        )
        intake.fill_from_message()
        self.shoot(intake, "intake")
        intake.discard_and_close()  # it holds typed text: closing would ask
        detail = RequestDetailDialog(ctx, requests_page.model.request_id(0), window)
        detail.show()
        self.shoot(detail, "request-detail")
        detail.discard_and_close()

        legal_page = window.show_page("legalisir")
        entries = legal.list_entries(self.db, ctx.actor, limit=5)
        if isinstance(entries, tuple):
            entries = entries[0]
        newest = max(entries, key=lambda e: e.id) if entries else None
        if newest is not None:
            legal_page.register.select_entry(newest.id)
        self.shoot(window, "legalisir-register")
        entry_dialog = LegalEntryDialog(ctx, window)
        entry_dialog.show()
        f = entry_dialog.form
        f.applicantName.setText("Rizky Pratama")
        f.nik.setText("3216061705040003")
        f.phone.setText("0812-3456-7890")
        f.purpose.setCurrentIndex(f.purpose.findData("polri"))
        f.recruitmentNo.setText("POLRI-2026-0042")
        entry_dialog._rows[0].doc_number.setText("3216012345678901")
        entry_dialog._rows[0].copies.setValue(3)
        entry_dialog.add_document_row()
        entry_dialog._rows[1].doc_type.setCurrentIndex(1)
        entry_dialog._rows[1].doc_number.setText("3216-LT-17052004-0042")
        self.shoot(entry_dialog, "legal_entry")
        entry_dialog.discard_and_close()
        legal_page.show_verification()
        if newest is not None:
            legal_page.verify.input.setText(legal.qr_text(self.db, newest))
            legal_page.verify.verify_input()
        self.shoot(window, "legalisir-verify")

        report_page = window.show_page("laporan")
        report_page.set_period(date.today())
        done: list[bool] = []
        report_page.report_ready.connect(lambda *_: done.append(True))
        report_page.generate()
        for _ in range(600):
            if done or not report_page.busy_generating:
                break
            self.app.processEvents()
            self.app.thread().msleep(50)
        for _ in range(30):  # QPdfView renders its pages in the background
            self.app.processEvents()
            self.app.thread().msleep(50)
        self.shoot(window, "report")

        performance = report_page.performance
        report_page.tabs.setCurrentWidget(performance)
        performance.month.setCurrentIndex(0)  # this month: the demo data's month
        done.clear()
        performance.report_ready.connect(lambda *_: done.append(True))
        performance.generate()
        for _ in range(600):
            if done or not performance.busy_generating:
                break
            self.app.processEvents()
            self.app.thread().msleep(50)
        for _ in range(30):
            self.app.processEvents()
            self.app.thread().msleep(50)
        self.shoot(window, "report-kinerja")
        report_page.tabs.setCurrentIndex(0)

        settings_page = window.show_page("pengaturan")
        tabs = settings_page.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            name = SETTINGS_TAB_FILES.get(type(tabs.widget(index)).__name__, f"settings-{index}")
            self.shoot(window, name)
        new_user = NewUserDialog(ctx, window)
        new_user.show()
        self.shoot(new_user, "new-user")
        new_user.close()

        window.show_page("audit")
        self.shoot(window, "audit")

        window.show_page("permohonan")
        window.lock()
        self.settle()
        self.shoot(window, "lock-cover")
        assert isinstance(window.lock_dialog, LockDialog)
        self.shoot(window.lock_dialog, "lock")
        window.lock_dialog.unlocked.emit()


if __name__ == "__main__":
    sys.exit(main())
