"""Screenshots of the Legalisir feature (offscreen, 1366×768, the app's style sheet).

Run from the repository root: ``PYTHONPATH=. python docs/screenshots/make_legal_screenshots.py``.
Writes legalisir-register.png, legal_entry.png, legalisir-verify.png next to this file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "tests" / "gui"))


def main() -> None:
    data = tempfile.mkdtemp(prefix="loket-shots-")
    os.environ["LOKET_DATA_DIR"] = data
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from desktop_app.gui import app as gui_app

    app.setStyleSheet(gui_app.read_style_sheet())
    from legal_gui_support import add_entry, make_ctx, nik, setup_office

    from desktop_app.core import legalization as legal
    from desktop_app.core import users
    from desktop_app.core.schema import open_database
    from desktop_app.gui.legal_entry import LegalEntryDialog
    from desktop_app.gui.main_window import MainWindow

    db = open_database(f"sqlite:///{data}/loket.sqlite3")
    boss = users.create_first_supervisor(db, "kasi", "Kepala Seksi", "rahasia123")
    official = setup_office(db)
    entries = [add_entry(db, boss, official, seed=s) for s in range(1, 8)]
    legal.record_print(db, boss, entries[0].id, "print", "endorsement", 3)
    legal.record_print(db, boss, entries[0].id, "reprint", "endorsement", 1, "Kertas macet")
    legal.record_print(db, boss, entries[2].id, "print", "endorsement", 2)
    legal.revoke(db, boss, entries[1].id, "Data pemohon keliru")
    ctx = make_ctx(db, boss)

    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("legalisir")
    page.register.select_entry(entries[2].id)
    app.processEvents()
    window.grab().save(str(HERE / "legalisir-register.png"))

    page.show_verification()
    page.verify.input.setText(legal.qr_text(db, entries[3]))
    page.verify.verify_input()
    app.processEvents()
    window.grab().save(str(HERE / "legalisir-verify.png"))

    dialog = LegalEntryDialog(ctx, window)
    dialog.resize(980, 640)
    dialog.show()
    f = dialog.form
    f.applicantName.setText("Rizky Pratama")
    f.nik.setText(nik(7))
    f.phone.setText("0812-3456-7890")
    dialog._phone_checked()
    f.purpose.setCurrentIndex(f.purpose.findData("polri"))
    f.recruitmentNo.setText("POLRI-2026-0042")
    dialog._rows[0].doc_number.setText("3216012345678901")
    dialog._rows[0].copies.setValue(3)
    dialog.add_document_row()
    dialog._rows[1].doc_type.setCurrentIndex(1)
    dialog._rows[1].doc_number.setText("3216-LT-17052004-0042")
    dialog.add_document_row()
    dialog._rows[2].doc_type.setCurrentIndex(dialog._rows[2].doc_type.findData("lainnya"))
    dialog._rows[2].doc_name.setText("Ijazah SMA")
    dialog._rows[2].doc_number.setText("DN-02/D-SMA/13/0012345")
    app.processEvents()
    dialog.grab().save(str(HERE / "legal_entry.png"))
    window.close()
    db.dispose()


if __name__ == "__main__":
    main()
