"""Editing windows never lose typed work (Esc, X, Tutup/Batal, quit, log-out) and each request
has one window."""
# ruff: noqa: F811  (fixtures imported from rq_helpers are used as arguments)

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from rq_helpers import QUIET_OFFSCREEN, ctx, make_request  # noqa: F401

from desktop_app.core import errors as rq
from desktop_app.gui import editing
from desktop_app.gui.editing import EditingDialog, close_editing_windows, open_single
from desktop_app.gui.request_detail import RequestDetailDialog, StatusChangeDialog
from desktop_app.gui.request_intake import RequestIntakeDialog

pytestmark = QUIET_OFFSCREEN


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


@pytest.fixture
def intake(ctx, qtbot):
    return shown(qtbot, RequestIntakeDialog(ctx))


def test_empty_form_closes_at_once_on_escape(intake, qtbot, discard_answers):
    qtbot.keyClick(intake.form.name, Qt.Key.Key_Escape)
    assert not intake.isVisible()
    assert discard_answers.asked == []


@pytest.mark.parametrize("how", ["escape", "x", "batal"])
def test_typed_intake_asks_and_keeps_the_work_on_no(intake, qtbot, discard_answers, how):
    qtbot.keyClicks(intake.form.notes, "Mohon kirim foto SKPWNI")
    discard_answers.append(False)  # "Jangan tutup"
    if how == "escape":
        qtbot.keyClick(intake.form.name, Qt.Key.Key_Escape)
    elif how == "x":
        intake.close()  # the title bar's X sends the same close event
    else:
        batal = intake.form.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(batal, Qt.MouseButton.LeftButton)
    assert discard_answers.asked == ["Permohonan baru"]
    assert intake.isVisible()
    assert intake.form.notes.toPlainText() == "Mohon kirim foto SKPWNI"
    # Asked again, "Buang isian" closes it.
    intake.close()
    assert not intake.isVisible()


def test_the_real_question_defaults_to_keeping_the_work(qtbot, monkeypatch):
    """Enter or Esc on the question keeps the window open (default and escape: Jangan tutup)."""
    monkeypatch.undo()  # the real ask_discard, not the test answerer
    answers = []
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        seen = {}

        def press(key=key, seen=seen):
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            seen["default"] = box.defaultButton().text()
            seen["buttons"] = sorted(b.text() for b in box.buttons())
            qtbot.keyClick(box, key)

        QTimer.singleShot(0, press)
        answers.append(editing.ask_discard(None, "Permohonan baru"))
        assert seen["default"] == "&Jangan tutup"
        assert seen["buttons"] == ["&Buang isian", "&Jangan tutup"]
    assert answers == [False, False]


def test_detail_edits_and_edited_reply_are_asked_about(qtbot, ctx, discard_answers):
    req = make_request(ctx.db, ctx.actor, phone="0812-8877-1203")
    dialog = shown(qtbot, RequestDetailDialog(ctx, req.id))
    assert not dialog.has_unsaved_changes()  # the phone shown the national way is no edit
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and discard_answers.asked == []

    dialog = shown(qtbot, RequestDetailDialog(ctx, req.id))
    dialog.notes.setFocus()
    qtbot.keyClicks(dialog.notes, "Pemohon menelepon lagi")
    discard_answers.append(False)
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert discard_answers.asked == [f"Permohonan {req.ticket}"]
    dialog.notes.setPlainText(req.notes)
    dialog.message.setPlainText("Balasan yang sudah diedit")
    discard_answers.append(False)
    dialog.close()
    assert dialog.isVisible()
    assert len(discard_answers.asked) == 2


def test_a_typed_rejection_reason_is_asked_about(qtbot, discard_answers):
    dialog = shown(qtbot, StatusChangeDialog("KK-1", "ditolak"))
    qtbot.keyClicks(dialog.reason, "Berkas ganda")
    discard_answers.append(False)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.reason.toPlainText() == "Berkas ganda"


def test_legal_entry_asks_before_dropping_an_applicant(qtbot, db, legalisir, discard_answers):
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.legal_entry import LegalEntryDialog

    dialog = shown(qtbot, LegalEntryDialog(AppContext(db, legalisir)))
    assert not dialog.has_unsaved_changes()
    qtbot.keyClicks(dialog.form.applicantName, "Rizky Ramadhan")
    discard_answers.append(False)
    qtbot.keyClick(dialog.form.applicantName, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert discard_answers.asked and "Rizky Ramadhan" == dialog.form.applicantName.text()


def test_close_editing_windows_asks_each_and_stops_on_no(qtbot, ctx, discard_answers):
    clean = shown(qtbot, RequestIntakeDialog(ctx))
    req = make_request(ctx.db, ctx.actor)
    typed = shown(qtbot, RequestDetailDialog(ctx, req.id))
    typed.name.setText("Sri Wahyuningsih")
    assert set(editing.editing_windows()) >= {clean, typed}

    discard_answers.append(False)
    assert close_editing_windows() is False
    assert clean.isVisible() and typed.isVisible()  # nothing closed
    assert typed.name.text() == "Sri Wahyuningsih"

    assert close_editing_windows() is True
    assert not clean.isVisible() and not typed.isVisible()
    assert discard_answers.asked == [f"Permohonan {req.ticket}"] * 2  # the clean one not asked


def test_quit_and_logout_stop_when_work_is_kept(qtbot, ctx, discard_answers):
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(ctx, idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("permohonan")
    intake = page.new_request()
    qtbot.keyClicks(intake.form.name, "Ahmad Fauzi")

    closed = []
    window.closed.connect(lambda: closed.append(True))
    discard_answers.append(False)
    window.logout()
    assert window.isVisible() and not window.logged_out
    assert intake.isVisible() and intake.form.name.text() == "Ahmad Fauzi"

    window.logout()  # this time "Buang isian"
    assert not window.isVisible() and window.logged_out
    assert not intake.isVisible()


def test_one_window_per_request(qtbot, ctx):
    from desktop_app.gui.pages.requests import RequestsPage

    req = make_request(ctx.db, ctx.actor)
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    page.set_queue(None)
    row = page.model.row_of(req.id)
    rect = page.table.visualRect(page.model.index(row, 1))
    assert rect.isValid()
    opened = []
    page.table.doubleClicked.connect(lambda: opened.append("double"))
    page.table.activated.connect(lambda: opened.append("activated"))
    # A double-click both "activates" and "double-clicks" the row: still one window.
    # As a real double-click arrives: press and release, then the double-click.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    windows = [w for w in editing.editing_windows() if isinstance(w, RequestDetailDialog)]
    assert sorted(opened) == ["activated", "double"]  # two requests to open it
    assert len(windows) == 1
    first = windows[0]
    first.notes.setPlainText("catatan yang sedang diketik")
    again = page.open_request(req.id)
    assert again is first
    assert again.notes.toPlainText() == "catatan yang sedang diketik"
    first.discard_and_close()
    qtbot.waitUntil(lambda: editing.open_window(("request", req.id)) is None)
    fresh = page.open_request(req.id)
    assert fresh is not first and fresh.notes.toPlainText() == ""
    fresh.discard_and_close()


def test_open_single_registers_nothing_when_the_window_cannot_be_made(qtbot):
    def broken():
        raise rq.NotFound("Permohonan tidak ditemukan.")

    with pytest.raises(rq.NotFound):
        open_single(("request", -1), broken)
    assert editing.open_window(("request", -1)) is None


def test_editing_dialog_without_changes_never_asks(qtbot, discard_answers):
    dialog = shown(qtbot, EditingDialog())
    dialog.move(QPoint(10, 10))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and discard_answers.asked == []
