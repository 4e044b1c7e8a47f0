"""Review screenshots of every window, page, tab and dialog at the office's two screen sizes.

Run from the repository root (no display needed)::

    PYTHONPATH=. .venv/bin/python docs/screenshots/every_window.py OUT_FOLDER [--scale 1|1.5|both]

``--scale 1`` is a 1366×768 laptop screen, ``1.5`` a 1920×1080 monitor at 150 % display
scaling (``QT_SCALE_FACTOR=1.5``; the PNGs are 1920 px wide). Each size runs in its own
process on Qt's offscreen platform given a screen of exactly that size (a ``configfile`` for
the offscreen platform), so the app's own screen-fit rules (maximize up to 1440 px, dialogs no
larger than the screen) act as on the office PC. The PNGs are named ``NN-<what>-<1366|150>.png``
in the order they were taken: the login (also with a wrong password), the setup wizard, the
main window on every page and every tab (request list, queue, search, legalization register
and verification, daily and monthly report before and after one is made, every settings tab,
audit), the calendar of a date field, the intake (empty, from a WhatsApp message, refused),
the request detail on each tab, every status change, the reply bar, the legalization entry,
print options and the print preview, the new-user, change-password, reason, conflict, import
summary and export dialogs, the lock, the about box and the recovery screen.

Data: a month of demo requests and legalizations in a temporary folder (keys and QSettings
too); the user's own settings and data are never touched. Windows are captured with
``QWidget.grab()``, i.e. without the system's title bar.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

SCREENS = {"1": (1366, 768, 1.0), "1.5": (1920, 1080, 1.5)}
CHOICES = {"1": ("1",), "1.5": ("1.5",), "both": ("1", "1.5")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--scale", choices=tuple(CHOICES), default="both")
    parser.add_argument("--child", nargs=2, metavar=("SCALE", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        scale, folder = args.child
        Shooter(args.out, scale, Path(folder)).run()
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="loket-every-window-"))
    try:
        env = dict(os.environ, LOKET_DATA_DIR=str(tmp), LOKET_KEY_DIR=str(tmp / "keys"))
        env["XDG_CONFIG_HOME"] = str(tmp)
        env["QT_QPA_PLATFORM"] = "offscreen"
        prepare = "import sys; from every_window import prepare; prepare(sys.argv[1])"
        here = str(Path(__file__).resolve().parent)
        subprocess.run(
            [sys.executable, "-c", prepare, str(tmp)],
            env=dict(env, PYTHONPATH=os.pathsep.join([here, env.get("PYTHONPATH", "")])),
            check=True,
        )
        for scale in CHOICES[args.scale]:
            width, height, factor = SCREENS[scale]
            case = tmp / f"case-{scale}"
            case.mkdir()
            shutil.copy(tmp / "demo.sqlite3", case / "loket.sqlite3")
            config = case / "screen.json"
            screen = {"name": "office", "x": 0, "y": 0, "width": width, "height": height}
            config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96}]}))
            child_env = dict(
                env,
                QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                QT_SCALE_FACTOR=str(factor),
                LOKET_DATA_DIR=str(case),
                XDG_CONFIG_HOME=str(case),
            )
            child = [sys.executable, __file__, str(args.out), "--child", scale, str(case)]
            subprocess.run(child, env=child_env, check=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def prepare(folder: str) -> None:
    """A month of demo data (and the office's keys) in ``folder``."""
    from desktop_app.core import demo
    from desktop_app.core.schema import open_database

    db = open_database(f"sqlite:///{Path(folder) / 'demo.sqlite3'}")
    result = demo.fill_demo(db, days=30, seed=7)
    db.dispose()
    (Path(folder) / "password").write_text(result.logins[0][2])


class Shooter:
    """Every window at one screen size, in its own process."""

    def __init__(self, out: Path, scale: str, folder: Path) -> None:
        self.out, self.folder = out, folder
        self.tag = "1366" if scale == "1" else "150"
        self.count = 0
        self.password = (folder.parent / "password").read_text()

    def settle(self, rounds: int = 3) -> None:
        for _ in range(rounds):
            self.app.processEvents()

    def wait(self, done, limit_ms: int = 60_000) -> None:  # noqa: ANN001
        for _ in range(limit_ms // 50):
            if done():
                break
            self.app.processEvents()
            self.app.thread().msleep(50)
        for _ in range(20):  # QPdfView renders its pages in the background
            self.app.processEvents()
            self.app.thread().msleep(25)

    def shoot(self, widget, what: str) -> None:  # noqa: ANN001
        self.settle()
        self.count += 1
        path = self.out / f"{self.count:02d}-{what}-{self.tag}.png"
        widget.grab().save(str(path))
        print(path)

    def show(self, window):  # noqa: ANN001, ANN201
        from desktop_app.gui import screen_fit

        window.show()
        screen_fit.fit_window(window)
        self.settle()
        return window

    def run(self) -> None:
        from PySide6.QtCore import QCoreApplication, QSettings

        from desktop_app import APP_NAME
        from desktop_app.core import users
        from desktop_app.core.schema import open_database
        from desktop_app.gui import app as gui_app
        from desktop_app.gui.context import AppContext
        from desktop_app.gui.main_window import MainWindow

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(self.folder / "qs")
        )
        QCoreApplication.setOrganizationName(gui_app.ORGANIZATION)
        QCoreApplication.setApplicationName(APP_NAME)
        self.app = gui_app.create_application([])
        self.db = open_database(f"sqlite:///{self.folder / 'loket.sqlite3'}")
        self.login_and_wizard()
        ctx = AppContext(self.db, users.authenticate(self.db, "kasi", self.password))
        window = MainWindow(ctx, idle_ms=3_600_000)
        window.show()
        self.settle()
        self.requests(window, ctx)
        self.legalization(window, ctx)
        self.reports(window)
        self.settings(window, ctx)
        self.small_dialogs(window, ctx)
        window.close()
        self.db.dispose()

    # --- the walk ----------------------------------------------------------------------------

    def login_and_wizard(self) -> None:
        from desktop_app.core import demo
        from desktop_app.core.schema import open_database
        from desktop_app.gui.login import LoginDialog
        from desktop_app.gui.wizard import SetupWizard

        login = self.show(LoginDialog(self.db))
        login.username.setText("kasi")
        self.shoot(login, "login")
        login.password.setText("salah-sekali")
        login.try_login()
        self.shoot(login, "login-wrong-password")
        login.close()

        empty = open_database(f"sqlite:///{self.folder / 'empty.sqlite3'}")
        wizard = self.show(SetupWizard(empty))
        self.shoot(wizard, "setup-wizard-office")
        wizard.office_page.office.set_profile(demo.DEMO_OFFICE)
        wizard.next()
        self.shoot(wizard, "setup-wizard-supervisor")
        wizard.close()
        empty.dispose()

    def requests(self, window, ctx) -> None:  # noqa: ANN001
        from desktop_app.core import requests as rq
        from desktop_app.gui.request_detail import RequestDetailDialog, StatusChangeDialog

        page = window.show_page("permohonan")
        page.set_queue(None)
        page.table.selectRow(1)
        self.shoot(window, "main-permohonan")
        page.set_queue("overdue")
        self.shoot(window, "main-permohonan-terlambat")
        page.set_queue("baru")
        ticket = page.model.data(page.model.index(0, 0)) if page.model.rowCount() else ""
        page.search.setText(str(ticket))
        page._search_now()
        self.shoot(window, "main-permohonan-cari")
        page.search.clear()
        page.set_queue(None)
        page.use_dates.setChecked(True)
        page.date_from.open_calendar()
        self.settle(6)
        calendar = page.date_from.calendarWidget()
        self.shoot(calendar.window(), "kalender-tanggal")
        calendar.window().close()
        page.use_dates.setChecked(False)

        intake = self.show(page.new_request())  # as Berkas › Permohonan baru: the page's bar
        self.shoot(intake, "permohonan-baru")
        intake.save()
        self.shoot(intake, "permohonan-baru-ditolak")
        intake.form.pasteText.setPlainText(
            "[29/11/26 08.12] Sri Wahyuni: Assalamualaikum min, saya Sri Wahyuni mau ubah KK "
            "krn anak lahir. NIK 3216064507880003 KK 3216062201150009 no hp 0812-8877-1203"
        )
        intake.fill_from_message()
        self.shoot(intake, "permohonan-baru-dari-whatsapp")
        intake.save()
        self.settle(6)
        if intake.isVisible():
            self.shoot(intake, "permohonan-baru-setelah-simpan")
            intake.discard_and_close()
        self.shoot(window, "main-balasan-setelah-simpan")
        page.reply_bar.hide()

        request_id = page.model.request_id(0)
        detail = self.show(RequestDetailDialog(ctx, request_id, window))
        for index in range(detail.tabs.count()):
            detail.tabs.setCurrentIndex(index)
            self.shoot(detail, f"detail-tab{index + 1}")
        info = rq.get_detail(self.db, ctx.actor, request_id)
        detail.discard_and_close()
        for status in ("diproses", "menunggu_berkas", "selesai", "ditolak"):
            dialog = StatusChangeDialog(
                info.ticket, status, window, service_code=info.service_code, channel=info.channel
            )
            self.show(dialog)
            self.shoot(dialog, f"ubah-status-{status}")
            dialog.discard_and_close()

    def legalization(self, window, ctx) -> None:  # noqa: ANN001
        from desktop_app.core import legalization as legal
        from desktop_app.gui.legal_entry import LegalEntryDialog
        from desktop_app.gui.printing import PrintOptionsDialog

        page = window.show_page("legalisir")
        entries = legal.list_entries(self.db, ctx.actor, limit=5)
        entries = entries[0] if isinstance(entries, tuple) else entries
        newest = max(entries, key=lambda e: e.id) if entries else None
        if newest is not None:
            page.register.select_entry(newest.id)
        self.shoot(window, "main-legalisir-register")
        entry = self.show(LegalEntryDialog(ctx, window))
        self.shoot(entry, "legalisir-baru")
        f = entry.form
        f.applicantName.setText("Rizky Pratama")
        f.nik.setText("3216061705040003")
        f.phone.setText("0812-3456-7890")
        f.purpose.setCurrentIndex(f.purpose.findData("polri"))
        f.recruitmentNo.setText("POLRI-2026-0042")
        entry.add_document_row()
        self.shoot(entry, "legalisir-baru-terisi")
        entry.discard_and_close()
        options = PrintOptionsDialog(
            window, register_no="001/LGS/XI/2026", has_scans=True, paper="A4"
        )
        self.show(options)
        self.shoot(options, "legalisir-pilihan-cetak")
        options.close()
        if newest is not None:
            self.print_preview(window, ctx, newest.id)
        page.show_verification()
        if newest is not None:
            page.verify.input.setText(legal.qr_text(self.db, newest))
            page.verify.verify_input()
        self.shoot(window, "main-legalisir-verifikasi")

    def print_preview(self, window, ctx, entry_id: int) -> None:  # noqa: ANN001
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from desktop_app.core import legal_print
        from desktop_app.gui import printing

        try:
            data = legal_print.render_pdf(self.db, ctx.actor, entry_id, what="receipt")
        except Exception as exc:  # noqa: BLE001 - a review tool: note it and go on
            print(f"print preview skipped: {exc}")
            return
        pages = printing.PdfPages(data)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printing.prepare_printer(printer, pages)
        preview = QPrintPreviewDialog(printer, window)
        preview.paintRequested.connect(lambda target: printing.paint_pages(target, pages, True))
        self.show(preview)
        self.settle(10)
        self.shoot(preview, "pratinjau-cetak")
        preview.close()
        pages.close()

    def reports(self, window) -> None:  # noqa: ANN001
        page = window.show_page("laporan")
        self.shoot(window, "main-laporan-kosong")
        page.generate()
        self.wait(lambda: not page.busy_generating)
        self.shoot(window, "main-laporan-harian")
        performance = page.performance
        page.tabs.setCurrentWidget(performance)
        self.shoot(window, "main-laporan-kinerja-kosong")
        performance.month.setCurrentIndex(0)
        performance.generate()
        self.wait(lambda: not performance.busy_generating)
        self.shoot(window, "main-laporan-kinerja")
        page.tabs.setCurrentIndex(0)

    def settings(self, window, ctx) -> None:  # noqa: ANN001
        from desktop_app.gui.pages.settings.users import NewUserDialog

        page = window.show_page("pengaturan")
        tabs = page.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            name = type(tabs.widget(index)).__name__.replace("Tab", "").lower()
            self.shoot(window, f"main-pengaturan-{name}")
        new_user = self.show(NewUserDialog(ctx, window))
        self.shoot(new_user, "pengguna-baru")
        new_user.close()
        window.show_page("audit")
        self.shoot(window, "main-audit")

    def small_dialogs(self, window, ctx) -> None:  # noqa: ANN001, PLR0915
        from PySide6.QtWidgets import QMessageBox

        from desktop_app import __version__
        from desktop_app.core.db import DatabaseCorrupt
        from desktop_app.gui.conflict import ChangedValue, ConflictDialog
        from desktop_app.gui.dialogs import ChangePasswordDialog
        from desktop_app.gui.lock import LockDialog
        from desktop_app.gui.reason_dialog import ReasonDialog
        from desktop_app.gui.recovery import RecoveryDialog
        from desktop_app.gui.request_transfer import ExportDialog, ImportSummaryDialog

        password = self.show(ChangePasswordDialog(self.db, ctx.actor, window))
        self.shoot(password, "ganti-kata-sandi")
        password.close()
        reason = ReasonDialog(
            window,
            "Cetak ulang legalisir",
            "Tulis alasan cetak ulang (paling sedikit 10 karakter):",
            "Cetak ulang",
            "mis. kertas macet di printer",
        )
        self.show(reason)
        self.shoot(reason, "alasan-cetak-ulang")
        reason.close()
        conflict = ConflictDialog(
            window,
            "Permohonan ini diubah di komputer lain sejak Anda membukanya.",
            [ChangedValue("Nama", "Sri Wahyuni", "Sri Wahyuningsih")],
            "Terapkan perubahan saya",
            "Pakai data terbaru",
        )
        self.show(conflict)
        self.shoot(conflict, "konflik-perubahan")
        conflict.close()
        summary = ImportSummaryDialog(
            "Impor permohonan",
            "12 baris dibaca: 10 dapat ditambahkan, 2 tidak sah.",
            ["Baris 4: NIK harus 16 angka.", "Baris 9: layanan XYZ tidak dikenal."],
            True,
            window,
        )
        self.show(summary)
        self.shoot(summary, "ringkasan-impor")
        summary.close()
        export = self.show(ExportDialog(ctx, window))
        self.shoot(export, "ekspor-permohonan")
        export.close()

        about = QMessageBox(window)
        about.setWindowTitle(window.tr("Tentang Loket Dukcapil"))
        about.setText(
            window.tr(
                "<b>Loket Dukcapil</b> versi {version}<br>Pencatatan permohonan daring, "
                "legalisir dokumen TNI/Polri, dan ringkasan harian untuk Disdukcapil."
            ).format(version=__version__)
        )
        self.show(about)
        self.shoot(about, "tentang")
        about.close()

        window.lock()
        self.settle()
        self.shoot(window, "terkunci-layar")
        lock = window.lock_dialog
        if isinstance(lock, LockDialog):
            self.shoot(lock, "terkunci-dialog")
            lock.unlocked.emit()
        self.settle()

        recovery = RecoveryDialog(
            DatabaseCorrupt("Berkas basis data rusak (database disk image is malformed)."),
            self.folder / "loket.sqlite3",
        )
        self.show(recovery)
        self.shoot(recovery, "pemulihan-basis-data")
        recovery.close()
        print(f"{self.count} screenshots at {self.tag}; finished {datetime.now(UTC):%H:%M:%S}")


if __name__ == "__main__":
    sys.exit(main())
