"""Signing keys and what the desk may legalize, in the GUI: the key box of Pengaturan ›
Legalisir, the passphrase and missing-key messages before printing, the TTE reminder and the
office's document list in the entry form."""

from __future__ import annotations

import pytest
from legal_gui_support import make_ctx, nik, setup_office
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core import legalization as legal
from desktop_app.core import settings
from desktop_app.core.security import SYSTEM
from desktop_app.gui import legal_entry, legal_keys
from desktop_app.gui.legal_entry import LegalEntryDialog
from desktop_app.gui.legal_keys import LegalKeysBox, PassphraseDialog, ensure_signing_key

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _answer_modal(qtbot, act) -> None:
    """Run ``act`` on the next modal dialog, from the event loop."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, poll)
            return
        act(widget)

    QTimer.singleShot(20, poll)


def test_supervisor_creates_the_key_in_settings(qtbot, db, supervisor, tmp_path):
    setup_office(db, key=False)
    box = LegalKeysBox(make_ctx(db, supervisor))
    qtbot.addWidget(box)
    box.show()
    assert box.table.rowCount() == 0
    assert "belum memiliki kunci" in box.status.text()
    assert box.create_button.isEnabled() and not box.rotate_button.isEnabled()

    def accept_empty(dialog) -> None:
        if isinstance(dialog, PassphraseDialog):
            dialog.ok_button.click()
        else:  # the "key created, back it up" notice
            dialog.accept()
            return
        _answer_modal(qtbot, lambda notice: notice.accept())

    _answer_modal(qtbot, accept_empty)
    box.create_key()
    assert box.table.rowCount() == 1
    assert "dipakai untuk tanda tangan baru" in box.table.item(0, 3).text()
    assert box.status.text() == "PC ini dapat menandatangani legalisir."
    assert not box.create_button.isEnabled() and box.rotate_button.isEnabled()
    box.grab().save(str(tmp_path / "kunci.png"))


def test_key_buttons_are_for_the_supervisor_only(qtbot, db, legalisir):
    setup_office(db)
    box = LegalKeysBox(make_ctx(db, legalisir))
    qtbot.addWidget(box)
    assert box.table.rowCount() == 1  # the list is shown
    assert not box.create_button.isVisibleTo(box) and not box.revoke_button.isVisibleTo(box)


def test_printing_on_a_pc_without_the_key_says_how_to_install_it(
    qtbot, db, legalisir, monkeypatch, tmp_path
):
    setup_office(db)
    monkeypatch.setenv("LOKET_KEY_DIR", str(tmp_path / "pc-lain"))
    shown = {}
    monkeypatch.setattr(
        legal_keys.QMessageBox, "warning", lambda parent, title, text: shown.update(text=text)
    )
    assert ensure_signing_key(make_ctx(db, legalisir), None) is False
    assert "tidak terpasang di PC ini" in shown["text"] and "Pasang kunci" in shown["text"]


def test_a_protected_key_asks_its_passphrase_once(qtbot, db, supervisor, legalisir, monkeypatch):
    setup_office(db, key=False)
    info = legal.create_key(db, supervisor, "frasa sandi kunci")
    legal.lock_all()
    answers = iter([("salah sekali ya", True), ("frasa sandi kunci", True)])
    monkeypatch.setattr(legal_keys.QInputDialog, "getText", lambda *a, **k: next(answers))
    warned = []
    monkeypatch.setattr(legal_keys.QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert ensure_signing_key(make_ctx(db, legalisir), None) is True
    assert warned and "salah" in warned[0]
    assert legal.can_sign(db)[0] and info.protected


@pytest.fixture
def dialog(qtbot, db, legalisir):
    setup_office(db)
    dlg = LegalEntryDialog(make_ctx(db, legalisir))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _fill(dlg, doc_type: str = "kk", name: str = "", number: str = "3216012345678901") -> None:
    f = dlg.form
    f.applicantName.setText("Rizky Pratama")
    f.nik.setText(nik(4))
    row = dlg._rows[0]
    row.doc_type.setCurrentIndex(row.doc_type.findData(doc_type))
    row.doc_name.setText(name)
    row.doc_number.setText(number)


def test_tte_document_reminds_and_the_register_records_it(
    qtbot, dialog, db, legalisir, monkeypatch, tmp_path
):
    _fill(dialog)
    dialog._rows[0].tte.setChecked(True)
    assert dialog.tte_note.isVisible() and "Permendagri 104/2019" in dialog.tte_note.text()
    dialog.grab().save(str(tmp_path / "tte.png"))
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(legal_entry.QMessageBox, "question", question)
    dialog.save()  # the clerk answers No: nothing is saved
    assert dialog.saved is None and legal.list_entries(db, legalisir)[1] == 0
    dialog.save()  # Yes (then No to printing now)
    assert "Permendagri 104/2019" in asked[0]
    assert dialog.saved is not None and dialog.saved.documents[0].tte


def test_documents_outside_the_office_list_or_authority(qtbot, db, supervisor, legalisir):
    setup_office(db)
    settings.set_value(db, SYSTEM, "legal_document_types", ["kk", "akta_lahir", "lainnya"])
    dlg = LegalEntryDialog(make_ctx(db, legalisir))
    qtbot.addWidget(dlg)
    combo = dlg._rows[0].doc_type
    assert [combo.itemData(i) for i in range(combo.count())] == ["kk", "akta_lahir", "lainnya"]
    _fill(dlg, "lainnya", "Ijazah SMA Negeri 1", "DN-02 Mk 0012345")
    dlg.save()
    text = dlg.form.errorLabel.text()
    assert "bukan dokumen terbitan Disdukcapil" in text and "sekolah" in text
    assert dlg.saved is None
