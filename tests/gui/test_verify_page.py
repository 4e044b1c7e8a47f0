"""The verification screen: a scanner types the QR text and presses Enter."""

from __future__ import annotations

import pytest
from legal_gui_support import add_entry, make_ctx, setup_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core import legalization as legal
from desktop_app.gui.pages.verify import VerifyPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def scene(qtbot, db, supervisor, legalisir):
    official = setup_office(db)
    entry = add_entry(db, legalisir, official, seed=3)
    page = VerifyPage(make_ctx(db, legalisir))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.official_id = official
    return page, entry


def scan(qtbot, page: VerifyPage, text: str) -> None:
    qtbot.keyClicks(page.input, text)
    qtbot.keyClick(page.input, Qt.Key.Key_Return)


def test_real_code_is_valid_and_field_is_ready_for_the_next_scan(qtbot, scene, db):
    page, entry = scene
    scan(qtbot, page, legal.qr_text(db, entry))
    assert page.result is not None and page.result.status == "valid"
    assert page.status.text() == "SAH"
    assert page.status.property("verdict") == "valid"
    assert page.fields["register_no"].text() == entry.register_no
    assert (
        page.fields["nik"].text() == entry.nik_masked and entry.nik not in page.fields["nik"].text()
    )
    assert page.fields["applicant"].text() == entry.applicant_name.upper()  # as signed
    assert page.fields["copies"].text() == "3"
    assert page.fields["signature"].text() == f"Kunci kantor {legal.key_label(entry.key_id)}"
    assert "Kartu Keluarga" in page.fields["documents"].text()
    assert page.input.text() == "" and page.input.hasFocus()


def test_changed_character_is_not_valid(qtbot, scene, db):
    page, entry = scene
    text = legal.qr_text(db, entry, entry.documents[1])
    last = text[-1]
    scan(qtbot, page, text[:-1] + ("1" if last != "1" else "2"))
    assert (page.result.status, page.result.reason) == ("invalid", "bad_signature")
    assert page.status.text() == "TIDAK SAH"
    assert page.status.property("verdict") == "invalid"


def test_revoked_entry_says_revoked(qtbot, scene, db, supervisor):
    page, entry = scene
    legal.revoke(db, supervisor, entry.id, "Dokumen asli ternyata palsu")
    scan(qtbot, page, legal.qr_text(db, entry))
    assert page.result.status == "revoked"
    assert page.status.text() == "DICABUT"
    assert "Dokumen asli ternyata palsu" in page.fields["revoked"].text()


def test_unknown_code(qtbot, scene, db):
    page, _entry = scene
    scan(qtbot, page, "AAAA-BBBB-CC")
    assert page.status.text() == "TIDAK SAH"
    assert not page.fields["register_no"].isVisible()


# --- a scanner's speed and its many ways to end a code -------------------------------------

SCANNER_DELAY_MS = 5  # a hand-held scanner types a character every few milliseconds


def _end_key(name: str):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    kb = Qt.KeyboardModifier
    return {
        "Enter": QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, kb.NoModifier, "\r"),
        "keypad Enter": QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Enter, kb.KeypadModifier, "\r"),
        "Tab": QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, kb.NoModifier, "\t"),
        "CR (Ctrl+M)": QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_M, kb.ControlModifier, "\r"),
        "LF (Ctrl+J)": QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_J, kb.ControlModifier, "\n"),
        "bare LF": QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, kb.NoModifier, "\n"),
    }[name]


def scanner(qtbot, page: VerifyPage, text: str, end: str) -> None:
    qtbot.keyClicks(page.input, text, delay=SCANNER_DELAY_MS)
    QApplication.sendEvent(page.input, _end_key(end))


ENDINGS = ["Enter", "keypad Enter", "Tab", "CR (Ctrl+M)", "LF (Ctrl+J)", "bare LF"]


@pytest.mark.parametrize("end", ENDINGS)
def test_every_scan_ending_checks_the_code_at_scanner_speed(qtbot, scene, db, end):
    page, entry = scene
    scanner(qtbot, page, legal.qr_text(db, entry), end)
    assert page.status.text() == "SAH"
    assert page.input.text() == "" and page.input.hasFocus()


def test_each_scan_replaces_the_previous_one_and_its_verdict(qtbot, scene, db, legalisir):
    page, entry = scene
    scanner(qtbot, page, legal.qr_text(db, entry), "Tab")
    assert page.status.text() == "SAH"
    other = add_entry(db, legalisir, page.official_id, seed=9)
    text = legal.qr_text(db, other)
    # The first character of the next scan takes the old green SAH away at once.
    qtbot.keyClick(page.input, text[0])
    assert page.status.text() == "Menunggu pindaian…" and page.result is None
    assert not page.fields["register_no"].isVisible()
    qtbot.keyClicks(page.input, text[1:], delay=SCANNER_DELAY_MS)
    QApplication.sendEvent(page.input, _end_key("LF (Ctrl+J)"))
    assert page.fields["register_no"].text() == other.register_no  # not appended to the first
    scanner(qtbot, page, "AAAA-BBBB-CC", "Enter")
    assert page.status.text() == "TIDAK SAH"
    assert page.fields["register_no"].text() == ""


def test_tab_on_an_empty_field_still_moves_on(qtbot, scene):
    page, _entry = scene
    page.input.setFocus()
    qtbot.keyClick(page.input, Qt.Key.Key_Tab)
    assert page.check_button.hasFocus()
