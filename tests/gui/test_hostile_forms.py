"""Hostile strings typed into the intake form and the legalization entry form.

pytest-qt fails a test on any exception raised inside a Qt slot or virtual method, so "no
exception reaches the user" is checked by the typing and saving itself; on top, every refusal
must show a message, and anything saved must be stored without control characters.
"""
# ruff: noqa: F811  (fixtures imported from rq_helpers are used as arguments)

from __future__ import annotations

import pytest
from legal_gui_support import make_ctx, nik, setup_office
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from rq_helpers import NIK_SRI, QUIET_OFFSCREEN, MessageBoxSpy, ctx  # noqa: F401

from desktop_app.core import legalization as legal
from desktop_app.core import requests as rq
from desktop_app.gui import legal_entry, request_intake
from desktop_app.gui.legal_entry import LegalEntryDialog
from desktop_app.gui.request_intake import RequestIntakeDialog

pytestmark = QUIET_OFFSCREEN

# Typed key by key (kept short: keyClicks is slow); the 1 MB string is pasted.
TYPED = [
    "'; DROP TABLE requests; --",
    "Robert'); DROP TABLE users;--",
    "\u202eilwahyuS irS",
    "Sri\u200fWahyuni\u200e",
    "Z̷̢͈a̵l̶g̸o̴ 😀👨‍👩‍👧",
    "=cmd|' /C calc'!A0",
    "\t\x1b[31m\x07",
]
PASTED = ["A" * 1_000_000, "Sri\x00Wahyuni", "3216064507880003\x00\x00"]


def paste(qtbot, widget, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def type_keys(widget, text: str) -> None:
    """Key presses carrying each character (QTest.keyClicks aborts on characters outside
    Latin-1, such as the right-to-left override), delivered like a real keyboard's."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def enter(qtbot, widget, text: str) -> None:
    widget.setFocus()
    if text in PASTED:
        paste(qtbot, widget, text)
    else:
        type_keys(widget, text)


@pytest.fixture
def boxes(monkeypatch):
    spy = MessageBoxSpy()
    monkeypatch.setattr(request_intake, "QMessageBox", spy)
    return spy


@pytest.mark.parametrize("text", TYPED + PASTED, ids=range(len(TYPED + PASTED)))
def test_intake_form_refuses_or_saves_hostile_text_with_a_message(qtbot, ctx, boxes, text):
    dialog = RequestIntakeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    f = dialog.form
    for widget in (f.name, f.nik, f.kk, f.phone, f.email, f.externalRef):
        enter(qtbot, widget, text)
    f.notes.setFocus()
    type_keys(f.notes, text[:200])
    qtbot.keyClick(f.externalRef, Qt.Key.Key_Return)  # Enter saves
    assert dialog.created is None  # the NIK field holds the hostile text: always refused
    assert dialog.error_text or boxes.calls, "refused without a message"
    assert rq.count_ids(ctx.db, ctx.actor) == 0

    # the same text in the free fields with a valid NIK: saved or refused with a message
    for widget in (f.nik, f.kk, f.phone, f.email):
        widget.clear()
    f.nik.setFocus()
    qtbot.keyClicks(f.nik, NIK_SRI)
    f.externalRef.clear()
    qtbot.keyClick(f.externalRef, Qt.Key.Key_Return)
    if dialog.created is None:
        assert dialog.error_text or boxes.calls
    else:
        saved = dialog.created
        assert "\x00" not in saved.name + saved.notes
        assert rq.get_detail(ctx.db, ctx.actor, saved.id).ticket == saved.ticket


@pytest.fixture
def legal_dialog(qtbot, db, legalisir, monkeypatch):
    setup_office(db)
    monkeypatch.setattr(
        legal_entry.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No
    )
    dialog = LegalEntryDialog(make_ctx(db, legalisir))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("text", TYPED + PASTED, ids=range(len(TYPED + PASTED)))
def test_legal_entry_form_refuses_or_saves_hostile_text_with_a_message(
    qtbot, legal_dialog, db, legalisir, text
):
    dialog, f = legal_dialog, legal_dialog.form
    for widget in (f.applicantName, f.nik, f.phone, f.recruitmentNo, dialog._rows[0].doc_number):
        enter(qtbot, widget, text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is None
    assert f.errorLabel.isVisible() and f.errorLabel.text()
    assert legal.list_entries(db, legalisir)[0] == []

    # a valid NIK and no phone: the hostile name and numbers are saved clean or refused
    f.nik.clear()
    f.phone.clear()
    f.nik.setFocus()
    qtbot.keyClicks(f.nik, nik(5))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    if dialog.saved is None:
        assert f.errorLabel.isVisible() and f.errorLabel.text()
    else:
        assert "\x00" not in dialog.saved.applicant_name + dialog.saved.recruitment_no
        assert legal.list_entries(db, legalisir)[1] == 1
