"""The WhatsApp loop at the counter: copy the chat, one shortcut opens the intake with it read,
Ctrl+Enter saves, Enter copies the acknowledgement — nothing modal on the way."""
# ruff: noqa: F811  (fixtures imported from rq_helpers are used as arguments)

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from rq_helpers import QUIET_OFFSCREEN, ctx  # noqa: F401

from desktop_app.core import requests as rq
from desktop_app.core.clock import ZONES
from desktop_app.gui import editing
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.request_intake import RequestIntakeDialog

pytestmark = QUIET_OFFSCREEN

CHAT = (
    "[09.12, 29/11/2026] +62 857-1100-2345: Assalamualaikum min, saya mau bikin akta kelahiran\n"
    "[09.13, 29/11/2026] +62 857-1100-2345: nama Ahmad Fauzi, NIK 3216 0629 0868 3659, "
    "KK 3216083009134470"
)


@pytest.fixture
def window(ctx, qtbot):
    w = MainWindow(ctx, idle_ms=3_600_000)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    return w


def modal_windows():
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()]


def test_copy_shortcut_save_enter(window, qtbot, ctx):
    QGuiApplication.clipboard().setText(CHAT)
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    intake = editing.open_window("intake")
    assert isinstance(intake, RequestIntakeDialog)
    f = intake.form
    assert (f.service.currentData(), f.name.text(), f.nik.text(), f.kk.text()) == (
        "LAHIR", "Ahmad Fauzi", "3216062908683659", "3216083009134470",
    )  # fmt: skip
    assert f.phone.text() == "0857-1100-2345" and f.channel.currentData() == "wa"
    assert f.received.dateTime().toPython() == datetime(2026, 11, 29, 9, 12)
    assert intake.focusWidget() is f.pasteText  # WhatsApp: the paste box has the keyboard
    assert "Ctrl+Enter" in f.keyHint.text() and "Enter atau" not in f.keyHint.text()
    assert not intake.has_unsaved_changes()  # only read, nothing typed: Esc would just close

    qtbot.waitUntil(lambda: QApplication.activeWindow() is intake)
    qtbot.keyClick(f.pasteText, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    created = intake.created
    assert created is not None, intake.error_text
    history = rq.get_detail(ctx.db, ctx.actor, created.id).events
    assert [e.note for e in history if e.kind == "message"] == [CHAT]  # the chat is kept

    page = window.pages["permohonan"]
    assert page.selected_id() == created.id
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.reply_bar.copy_button)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter: "Salin balasan"
    reply = QGuiApplication.clipboard().text()
    assert created.ticket in reply and "Ahmad Fauzi" in reply
    assert page.table.hasFocus() and page.selected_id() == created.id
    assert modal_windows() == []


def test_the_shortcut_works_from_another_page_and_keeps_an_open_intake(window, qtbot, ctx):
    window.show_page("laporan")
    QGuiApplication.clipboard().setText("mau bikin kia, nama saya Dewi Lestari")
    window.paste_request_action.trigger()
    assert window.current_key == "permohonan"
    intake = editing.open_window("intake")
    assert intake.form.name.text() == "Dewi Lestari"
    intake.form.notes.setPlainText("ditelepon balik")
    QGuiApplication.clipboard().setText("pesan lain")
    again = window.new_request_from_clipboard()
    assert again is intake  # brought forward, what was typed kept
    assert intake.form.notes.toPlainText() == "ditelepon balik"
    assert "pesan lain" not in intake.form.pasteText.toPlainText()


def test_whatsapp_needs_a_phone_and_a_service_is_chosen(ctx, qtbot):
    dialog = RequestIntakeDialog(ctx)
    qtbot.addWidget(dialog)
    f = dialog.form
    assert f.service.currentIndex() == -1  # no silent "KK"
    f.name.setText("Sri Wahyuni")
    f.nik.setText("3216064507880003")
    dialog.save()
    assert dialog.created is None and "layanan" in dialog.error_text.lower()
    f.service.setCurrentIndex(f.service.findData("KK"))
    dialog.save()
    assert dialog.created is None
    assert "nomor WhatsApp" in dialog.error_text and f.phone.property("error") is True
    f.channel.setCurrentIndex(f.channel.findData("web"))  # not WhatsApp: no number needed
    dialog.save()
    assert dialog.created is not None


def test_reading_again_keeps_what_the_officer_corrected(ctx, qtbot):
    dialog = RequestIntakeDialog(ctx, message="nama saya Sri Wahyuni, mau ubah KK")
    qtbot.addWidget(dialog)
    f = dialog.form
    assert f.name.text() == "Sri Wahyuni"
    f.name.setText("Sri Wahyuningsih")  # the officer corrects the name
    f.pasteText.setPlainText("nama saya Sri Wahyuni, mau ubah KK\nNIK 3216064507880003")
    dialog.fill_from_message()
    assert f.name.text() == "Sri Wahyuningsih"
    assert f.nik.text() == "3216064507880003"
    assert "nomor WhatsApp pengirim belum ada" in f.pasteResult.text()


def test_a_complaint_is_saved_without_nik(ctx, qtbot):
    dialog = RequestIntakeDialog(ctx, message="Saya mau komplain, KK saya belum jadi. Budi Hartono")
    qtbot.addWidget(dialog)
    f = dialog.form
    assert f.service.currentData() == "ADUAN"
    f.name.setText("Budi Hartono")
    f.phone.setText("0812-1234-5678")
    dialog.save()
    assert dialog.created is not None and dialog.created.nik == ""


def test_received_time_from_the_header_is_office_time(ctx, qtbot):
    dialog = RequestIntakeDialog(ctx, message=CHAT)
    qtbot.addWidget(dialog)
    received = dialog.values()["received_at"]
    assert received == datetime(2026, 11, 29, 9, 12, tzinfo=ZONES["WIB"])
