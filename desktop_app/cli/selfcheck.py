"""``loket selfcheck``: prove an installation (above all the PyInstaller bundle) works end to end.

On a throw-away database it runs the migrations, creates a demo office and supervisor, opens the
real main window offscreen and visits every page, renders a daily report and a legalization
endorsement and checks both are real PDFs. Every step is reported; any failure exits 1. Nothing
outside the temporary folder is touched (the window's QSettings go there too).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.cli.common import EXIT_OK, EXIT_REFUSED
from desktop_app.core.i18n import _

SUPERVISOR = "kasi"
PASSWORD = "pemeriksaan-123"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "selfcheck",
        help=_("periksa instalasi: basis data, jendela, laporan dan legalisir (data sementara)"),
    )
    p.add_argument(
        "--data-dir",
        metavar=_("FOLDER"),
        help=_("folder data yang dipakai (bawaan: folder sementara yang dihapus setelahnya)"),
    )
    p.set_defaults(func=cmd_selfcheck)


def check_pdf(data: bytes) -> int:
    """Number of pages of ``data``; raises if it is not a readable PDF with at least one page."""
    from pypdf import PdfReader

    if not data.startswith(b"%PDF"):
        raise ValueError(_("bukan berkas PDF (tidak diawali %PDF)"))
    pages = len(PdfReader(io.BytesIO(data)).pages)
    if pages < 1:
        raise ValueError(_("PDF tidak berisi halaman"))
    return pages


class SelfCheck:
    """The steps, sharing the database and the supervisor; each returns a short result text."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db: Any = None
        self.actor: Any = None
        self.official_id: int | None = None

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            (_("Basis data dan migrasi"), self.database),
            (_("Kantor dan supervisor demo"), self.office),
            (_("Jendela utama"), self.main_window),
            (_("Laporan harian (PDF)"), self.daily_report),
            (_("Pengesahan legalisir (PDF)"), self.endorsement),
        ]

    def database(self) -> str:
        from desktop_app.core import schema

        self.db = schema.open_database(f"sqlite:///{self.folder / 'loket.sqlite3'}", remember=False)
        revision = schema.current_revision(self.db)
        if revision != schema.head_revision():
            raise RuntimeError(_("skema {rev} bukan versi terbaru", rev=revision))
        return _("skema {rev}", rev=revision)

    def office(self) -> str:
        from desktop_app.core import settings, users
        from desktop_app.core.demo import DEMO_OFFICE
        from desktop_app.core.security import SYSTEM

        settings.save_office(self.db, SYSTEM, DEMO_OFFICE)
        self.official_id = settings.save_official(
            self.db,
            SYSTEM,
            name="Drs. H. Ahmad Suryana, M.Si.",
            title="Kepala Bidang Pelayanan Pencatatan Sipil",
            rank="Pembina Tk. I (IV/b)",
            nip="196804111993031009",
        ).id
        users.create_user(
            self.db, SYSTEM, SUPERVISOR, "Pemeriksa Instalasi", "supervisor", PASSWORD
        )
        self.actor = users.authenticate(self.db, SUPERVISOR, PASSWORD)
        return _("{office}; supervisor {user}", office=DEMO_OFFICE.regency, user=SUPERVISOR)

    def main_window(self) -> str:
        if not os.environ.get("QT_QPA_PLATFORM") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.name == "nt"
        ):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        # The window saves its geometry on close: into the temporary folder, not the user's.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(self.folder / "qsettings")
        )
        from PySide6.QtCore import qInstallMessageHandler

        from desktop_app.gui.app import _qt_message, create_application
        from desktop_app.gui.context import AppContext
        from desktop_app.gui.main_window import MainWindow

        app = create_application()
        qInstallMessageHandler(_qt_message)  # Qt's notes go to the log, not the terminal
        window = MainWindow(AppContext(self.db, self.actor), idle_ms=600_000)
        try:
            window.show()
            app.processEvents()
            for spec in window.specs:  # every page builds (a missing module raises here)
                window.show_page(spec.key)
                app.processEvents()
            shown = len(window.specs)
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
        return _(
            "{pages} halaman dibuka (platform Qt {platform})",
            pages=shown,
            platform=QApplication.platformName(),
        )

    def daily_report(self) -> str:
        from desktop_app.core import report

        pdf = report.build_daily_report(self.db, self.actor, None).pdf
        pages = check_pdf(pdf)
        return _("{pages} halaman, {kb} KB", pages=pages, kb=len(pdf) // 1024)

    def endorsement(self) -> str:
        import random
        from datetime import date

        from desktop_app.core import legal_print
        from desktop_app.core import legalization as legal
        from desktop_app.core.identity import generate_nik

        nik = generate_nik(random.Random(7), "321601", date(2004, 5, 17), "L")
        # A signing key of its own, in the temporary folder (never the PC's key folder): the
        # bundle's cryptography signs, the QR is drawn, and the signature verifies.
        previous = os.environ.get("LOKET_KEY_DIR")
        os.environ["LOKET_KEY_DIR"] = str(self.folder / "keys")
        try:
            key = legal.create_key(self.db, self.actor)
            entry = legal.create_entry(
                self.db,
                self.actor,
                legal.EntryInput(
                    applicant_name="Rizky Pratama",
                    nik=nik,
                    purpose="tni_ad",
                    official_id=self.official_id,
                    documents=[legal.DocumentInput("akta_lahir", "3216-LT-17052004-0042", 1)],
                ),
            )
            pdf = legal_print.print_entry(self.db, self.actor, entry.id, "endorsement").pdf
            verdict = legal.verify(self.db, self.actor, legal.qr_text(self.db, entry)).verdict
        finally:
            if previous is None:
                os.environ.pop("LOKET_KEY_DIR", None)
            else:
                os.environ["LOKET_KEY_DIR"] = previous
            legal.lock_all()
        if verdict != "SAH":
            raise RuntimeError(
                _("kode QR yang ditandatangani tidak terverifikasi ({v})", v=verdict)
            )
        pages = check_pdf(pdf)
        return _(
            "register {no}, {pages} halaman, {kb} KB; kunci {key}, QR {verdict}",
            no=entry.register_no,
            pages=pages,
            kb=len(pdf) // 1024,
            key=key.label,
            verdict=verdict,
        )

    def close(self) -> None:
        if self.db is not None:
            self.db.dispose()


def run_checks(folder: Path, out=None) -> bool:  # type: ignore[no-untyped-def]
    """Run every step (a failed step stops the ones that depend on it); print one line each."""
    out = out or sys.stdout
    # The throw-away database's audit key (and the signing key) stay in the temporary folder:
    # the PC's key folder is never written, and every step finds the key the database needs.
    previous_keys = os.environ.get("LOKET_KEY_DIR")
    os.environ["LOKET_KEY_DIR"] = str(folder / "keys")
    check = SelfCheck(folder)
    failed: list[str] = []
    try:
        for title, step in check.steps():
            if failed:
                print(f"  {_('LEWAT'):6} {title}", file=out)
                continue
            start = time.perf_counter()
            try:
                detail = step()
            except Exception as exc:  # noqa: BLE001 - report any failure and what caused it
                failed.append(title)
                reason = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
                print(f"  {_('GAGAL'):6} {title}: {reason}", file=out)
                traceback.print_exc(file=sys.stderr)
                continue
            ms = (time.perf_counter() - start) * 1000
            print(f"  {_('OK'):6} {title}: {detail} ({ms:.0f} ms)", file=out)
    finally:
        check.close()
        if previous_keys is None:
            os.environ.pop("LOKET_KEY_DIR", None)
        else:
            os.environ["LOKET_KEY_DIR"] = previous_keys
    total = len(check.steps())
    if failed:
        print(
            _(
                "Pemeriksaan mandiri GAGAL pada: {steps}.",
                steps=", ".join(failed),
            ),
            file=out,
        )
        return False
    print(_("Pemeriksaan mandiri berhasil: {n} dari {n} langkah lulus.", n=total), file=out)
    return True


def cmd_selfcheck(args: argparse.Namespace) -> int:
    from desktop_app import __version__

    print(_("Loket Dukcapil {version}: pemeriksaan mandiri", version=__version__))
    if args.data_dir:
        folder = Path(args.data_dir).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        if (folder / "loket.sqlite3").exists():
            print(
                _(
                    "Folder {folder} sudah berisi basis data; pakai folder kosong agar data "
                    "tidak tercampur.",
                    folder=folder,
                ),
                file=sys.stderr,
            )
            return EXIT_REFUSED
        return EXIT_OK if run_checks(folder) else EXIT_REFUSED
    folder = Path(tempfile.mkdtemp(prefix="loket-selfcheck-"))
    try:
        return EXIT_OK if run_checks(folder) else EXIT_REFUSED
    finally:
        shutil.rmtree(folder, ignore_errors=True)
