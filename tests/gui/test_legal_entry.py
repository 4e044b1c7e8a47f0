"""The new-entry form, driven by the keyboard the way an officer fills it at the counter."""

from __future__ import annotations

import pytest
from legal_gui_support import make_ctx, nik, setup_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core import legalization as legal
from desktop_app.gui import legal_entry
from desktop_app.gui.legal_entry import LegalEntryDialog

# The offscreen platform warns on every shown top-level window.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def dialog(qtbot, db, legalisir, monkeypatch):
    setup_office(db)
    ctx = make_ctx(db, legalisir)
    dlg = LegalEntryDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    return dlg


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def entries(db, actor):
    return legal.list_entries(db, actor)[0]


def test_fill_by_keyboard_and_save_shows_register_number(qtbot, dialog, db, legalisir, monkeypatch):
    shown = {}

    def question(parent, title, text, *args):
        shown["text"] = text
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(legal_entry.QMessageBox, "question", question)
    f = dialog.form
    assert QApplication.focusWidget() is f.applicantName
    type_text(qtbot, "Rizky Pratama")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, nik(7))
    assert "Laki-laki" in f.nikInfo.text() and "2004" in f.nikInfo.text()
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "0812-3456-7890")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is f.purpose
    type_text(qtbot, "Po")  # keyboard search in the combo: Polri
    assert f.purpose.currentData() == "polri"
    press(qtbot, Qt.Key.Key_Tab)  # "Lainnya" text field is hidden, so straight on
    type_text(qtbot, "POLRI-2026-0042")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is f.official
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog._rows[0].doc_type  # KK preselected
    press(qtbot, Qt.Key.Key_Tab)  # the free-name field is off for KK
    type_text(qtbot, "3216012345678901")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "3")
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # second document row
    assert dialog.document_count == 2
    assert QApplication.focusWidget() is dialog._rows[1].doc_type
    press(qtbot, Qt.Key.Key_Down)  # Akta kelahiran
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "3216-LT-17052004-0042")
    press(qtbot, Qt.Key.Key_Return)  # default button: save

    assert dialog.saved is not None
    saved = entries(db, legalisir)
    assert len(saved) == 1
    entry = saved[0]
    assert dialog.saved.register_no == entry.register_no
    assert entry.register_no in shown["text"]
    assert entry.applicant_name == "Rizky Pratama" and entry.purpose == "polri"
    assert entry.recruitment_no == "POLRI-2026-0042"
    assert entry.phone == "+6281234567890"
    assert [(d.doc_type, d.doc_number, d.copies) for d in entry.documents] == [
        ("kk", "3216012345678901", 3),
        ("akta_lahir", "3216-LT-17052004-0042", 1),
    ]
    assert dialog.result() == LegalEntryDialog.DialogCode.Accepted
    assert dialog.print_now is False


def fill_header(qtbot, dialog) -> None:
    f = dialog.form
    qtbot.keyClicks(f.applicantName, "Dewi Lestari")
    qtbot.keyClicks(f.nik, nik(3, "P"))


def test_empty_document_list_is_refused(qtbot, dialog, db, legalisir):
    fill_header(qtbot, dialog)
    dialog._rows[0].doc_number.setFocus()
    press(
        qtbot,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert dialog.document_count == 0
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "sedikitnya satu dokumen" in dialog.form.errorLabel.text()
    assert dialog.form.errorLabel.isVisible()
    assert dialog.saved is None and entries(db, legalisir) == []


def test_zero_copies_is_refused_naming_the_row(qtbot, dialog, db, legalisir):
    fill_header(qtbot, dialog)
    qtbot.keyClicks(dialog._rows[0].doc_number, "3216012345678901")
    spin = dialog._rows[0].copies
    spin.setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "0")
    press(qtbot, Qt.Key.Key_Return)
    assert "Dokumen 1" in dialog.form.errorLabel.text()
    assert "1 sampai 50" in dialog.form.errorLabel.text()
    assert dialog.saved is None and entries(db, legalisir) == []


def test_missing_number_and_bad_nik_are_named(qtbot, dialog, db, legalisir):
    qtbot.keyClicks(dialog.form.applicantName, "Ahmad Fauzi")
    qtbot.keyClicks(dialog.form.nik, "3216011234")
    assert "dari 16 angka" in dialog.form.nikInfo.text()
    qtbot.keyClicks(dialog.form.nik, "567890")  # 16 digits, impossible birth date
    assert dialog.form.nikInfo.property("role") == "error"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = dialog.form.errorLabel.text()
    assert "Dokumen 1: nomor dokumen wajib diisi." in text
    assert dialog.form.nik.property("error") is True
    assert dialog._rows[0].doc_number.property("error") is True
    assert entries(db, legalisir) == []


def test_bad_scan_file_is_refused_naming_the_row(
    qtbot, dialog, db, legalisir, tmp_path, monkeypatch
):
    fill_header(qtbot, dialog)
    qtbot.keyClicks(dialog._rows[0].doc_number, "3216012345678901")
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog._rows[1].doc_number, "123/2004")
    bad = tmp_path / "kk.pdf"
    bad.write_bytes(b"ini bukan pdf, hanya teks")
    monkeypatch.setattr(legal_entry.QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(dialog._rows[1].scan_button, Qt.MouseButton.LeftButton)
    text = dialog.form.errorLabel.text()
    assert text.startswith("Dokumen 2:") and "bukan PDF, JPEG atau PNG" in text
    assert dialog._rows[1].scan is None
    assert dialog._rows[1].scan_button.property("error") is True
    assert entries(db, legalisir) == []

    encrypted = tmp_path / "akta.pdf"
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt("rahasia")
    with encrypted.open("wb") as fh:
        writer.write(fh)
    monkeypatch.setattr(
        legal_entry.QFileDialog, "getOpenFileName", lambda *a, **k: (str(encrypted), "")
    )
    qtbot.mouseClick(dialog._rows[0].scan_button, Qt.MouseButton.LeftButton)
    assert dialog.form.errorLabel.text().startswith("Dokumen 1:")
    assert "terenkripsi" in dialog.form.errorLabel.text()


def test_good_scan_is_attached_and_saved(qtbot, dialog, db, legalisir, tmp_path, monkeypatch):
    from legal_gui_support import png_bytes

    monkeypatch.setattr(
        legal_entry.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes
    )
    fill_header(qtbot, dialog)
    qtbot.keyClicks(dialog._rows[0].doc_number, "3216012345678901")
    scan = tmp_path / "kk.png"
    scan.write_bytes(png_bytes())
    monkeypatch.setattr(legal_entry.QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    qtbot.mouseClick(dialog._rows[0].scan_button, Qt.MouseButton.LeftButton)
    assert dialog._rows[0].scan_button.text() == "kk.png"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.print_now is True
    entry = entries(db, legalisir)[0]
    assert entry.documents[0].has_scan and entry.documents[0].scan_name == "kk.png"


def test_no_official_tells_to_ask_the_supervisor(qtbot, db, legalisir):
    ctx = make_ctx(db, legalisir)
    dlg = LegalEntryDialog(ctx)
    qtbot.addWidget(dlg)
    assert "Pengaturan" in dlg.form.officialHint.text()
    assert not dlg.form.officialHint.isHidden()
    assert not dlg.save_button.isEnabled()
