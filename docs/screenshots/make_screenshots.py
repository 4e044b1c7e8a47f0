"""Regenerate every screenshot in docs/screenshots (1366×768, demo data, Indonesian).

Run from the repository root::

    PYTHONPATH=. python docs/screenshots/make_screenshots.py            # offscreen
    PYTHONPATH=. xvfb-run -a -s "-screen 0 1366x768x24" \\
        env QT_QPA_PLATFORM=xcb python docs/screenshots/make_screenshots.py
    PYTHONPATH=. python docs/screenshots/make_screenshots.py --out /tmp/shots --roles

``--roles`` also shows every page as the *petugas* and *legalisir* demo users (for reviewing
layouts; those files are not part of the README). The database, the log folder and QSettings all
live in a temporary folder: the user's real settings are never read or written.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
TMP = tempfile.mkdtemp(prefix="loket-shots-")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LOKET_DATA_DIR"] = TMP
os.environ["XDG_CONFIG_HOME"] = TMP  # QSettings: a fresh, Indonesian configuration

SIZE = (1366, 768)


def main() -> None:  # noqa: PLR0915 - one walk through the whole app, in order
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the PNG files")
    parser.add_argument("--roles", action="store_true", help="also every page as other roles")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QWidget

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, TMP)

    from desktop_app.gui.app import create_application

    app = create_application([])
    from desktop_app.core import demo, report, users
    from desktop_app.core import legalization as legal
    from desktop_app.core.schema import open_database
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.dialogs import LockDialog, LoginDialog
    from desktop_app.gui.legal_entry import LegalEntryDialog
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.request_detail import RequestDetailDialog
    from desktop_app.gui.request_intake import RequestIntakeDialog
    from desktop_app.gui.wizard import SetupWizard

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        path = out / name
        widget.grab().save(str(path))
        print(path)

    # --- first start: the wizard on an empty database ------------------------------------------
    empty = open_database(f"sqlite:///{TMP}/empty.sqlite3")
    wizard = SetupWizard(empty)
    wizard.show()
    shoot(wizard, "setup-wizard.png")
    office = wizard.office_page.office
    office.set_profile(demo.DEMO_OFFICE)
    wizard.next()
    page = wizard.supervisor_page
    page.full_name.setText("Hendra Gunawan, S.IP.")
    page.username.setText("kasi")
    shoot(wizard, "setup-wizard-supervisor.png")
    wizard.close()
    empty.dispose()

    # --- demo data ------------------------------------------------------------------------------
    db = open_database(f"sqlite:///{TMP}/loket.sqlite3")
    result = demo.fill_demo(db, days=30, seed=7)
    password = result.logins[0][2]

    login = LoginDialog(db)
    login.show()
    login.form.username.setText("kasi")
    login.form.password.setText("x" * 10)
    shoot(login, "login.png")
    login.close()

    def window_for(username: str) -> tuple[MainWindow, AppContext]:
        ctx = AppContext(db, users.authenticate(db, username, password))
        window = MainWindow(ctx)
        window.resize(*SIZE)
        window.show()
        settle()
        return window, ctx

    # --- supervisor: every page -----------------------------------------------------------------
    window, ctx = window_for("kasi")
    requests_page = window.show_page("permohonan")
    requests_page.set_queue(None)
    requests_page.table.selectRow(2)
    shoot(window, "main-window.png")
    shoot(window, "requests-list.png")
    requests_page.set_queue("overdue")
    shoot(window, "requests-overdue.png")
    requests_page.set_queue(None)

    intake = RequestIntakeDialog(ctx, window)
    intake.show()
    intake.form.pasteText.setPlainText(
        "Assalamualaikum min, saya Sri Wahyuni mau ubah KK krn anak lahir. "
        "NIK 3216064507880003 KK 3216062201150009 no hp 0812-8877-1203"
    )
    intake.fill_from_message()
    shoot(intake, "intake.png")
    intake.close()
    detail = RequestDetailDialog(ctx, requests_page.model.request_id(0), window)
    detail.show()
    shoot(detail, "request-detail.png")
    detail.close()

    legal_page = window.show_page("legalisir")
    entries = legal.list_entries(db, ctx.actor, limit=5)
    if isinstance(entries, tuple):
        entries = entries[0]
    newest = max(entries, key=lambda e: e.id) if entries else None
    if newest is not None:
        legal_page.register.select_entry(newest.id)
    shoot(window, "legalisir-register.png")
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
    shoot(entry_dialog, "legal_entry.png")
    entry_dialog.close()
    legal_page.show_verification()
    if newest is not None:
        legal_page.verify.input.setText(legal.qr_text(db, newest))
        legal_page.verify.verify_input()
    shoot(window, "legalisir-verify.png")

    report_page = window.show_page("laporan")
    report_page.set_period(date.today())
    done = []
    report_page.report_ready.connect(lambda: done.append(True))
    report_page.generate()
    timer = QTimer()
    timer.start(50)
    for _ in range(600):
        if done or not report_page.busy_generating:
            break
        app.processEvents()
        timer.thread().msleep(50)
    shoot(window, "report.png")
    del report

    settings_page = window.show_page("pengaturan")
    tabs = settings_page.tabs
    names = {
        "Profil kantor": "settings-office.png",
        "Pejabat penandatangan": "settings-officials.png",
        "Hari libur": "settings-holidays.png",
        "Pengguna": "settings-users.png",
        "Umum": "settings-general.png",
        "Layanan": "settings-services.png",
        "Templat WhatsApp": "settings-templates.png",
        "Legalisir": "settings-legal.png",
        "Cadangan": "settings-backup.png",
    }
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        shoot(window, names.get(tabs.tabText(index), f"settings-{index}.png"))

    window.show_page("audit")
    shoot(window, "audit.png")

    window.show_page("permohonan")
    window.lock()
    settle()
    shoot(window, "lock-cover.png")
    assert isinstance(window.lock_dialog, LockDialog)
    shoot(window.lock_dialog, "lock.png")
    window.lock_dialog.unlocked.emit()
    window.close()

    # --- the other roles ------------------------------------------------------------------------
    if args.roles:
        for username in ("budi", "sari"):
            window, _ctx = window_for(username)
            for spec in window.specs:
                window.show_page(spec.key)
                shoot(window, f"role-{username}-{spec.key}.png")
            window.close()
    db.dispose()


if __name__ == "__main__":
    main()
