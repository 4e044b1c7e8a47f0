"""The intake form: keyboard entry, live identity checks, WhatsApp paste, duplicates, errors."""
# ruff: noqa: F811  (fixtures imported from rq_helpers are used as arguments)

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from rq_helpers import (  # noqa: F401
    KK_SRI,
    NIK_SRI,
    QUIET_OFFSCREEN,
    MessageBoxSpy,
    ctx,
    focused,
    make_request,
)

from desktop_app.core import requests as rq
from desktop_app.gui import request_intake
from desktop_app.gui.request_intake import RequestIntakeDialog

pytestmark = QUIET_OFFSCREEN


@pytest.fixture
def boxes(monkeypatch):
    spy = MessageBoxSpy()
    monkeypatch.setattr(request_intake, "QMessageBox", spy)
    return spy


@pytest.fixture
def dialog(ctx, qtbot):
    dlg = RequestIntakeDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    dlg.form.channel.setFocus()
    return dlg


def type_and_tab(qtbot, text: str | None = None) -> None:
    widget = focused()
    if text:
        qtbot.keyClicks(widget, text)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def test_enter_a_request_purely_by_keyboard(dialog, qtbot, boxes, ctx):
    f = dialog.form
    assert focused() is f.channel
    type_and_tab(qtbot, "Web")  # combo keyboard search
    assert focused() is f.service
    type_and_tab(qtbot, "KIA")
    assert focused() is f.received
    type_and_tab(qtbot)  # keep "now"
    assert focused() is f.name
    type_and_tab(qtbot, "Sri Wahyuni")
    assert focused() is f.nik
    type_and_tab(qtbot, "3216 0645 0788 0003")
    assert "Perempuan" in f.nikInfo.text()
    assert f.nikInfo.property("level") == "ok"
    type_and_tab(qtbot, KK_SRI)
    type_and_tab(qtbot, "0812-8877-1203")
    assert "+6281288771203" in f.phoneInfo.text()
    assert focused() is f.email
    type_and_tab(qtbot)
    assert focused() is f.notes
    type_and_tab(qtbot, "Kartu anak pertama")
    assert focused() is f.externalRef
    qtbot.keyClicks(f.externalRef, "ESIAK-1")
    qtbot.keyClick(f.externalRef, Qt.Key.Key_Return)  # Enter saves

    assert dialog.result() == dialog.DialogCode.Accepted
    saved = dialog.created
    assert saved.ticket.startswith("KIA-")
    assert (saved.channel, saved.nik, saved.kk, saved.phone) == (
        "web",
        NIK_SRI,
        KK_SRI,
        "+6281288771203",
    )
    assert saved.notes == "Kartu anak pertama"
    assert boxes.calls == []  # no modal "Tersimpan" to dismiss


def test_ctrl_enter_saves_from_the_notes_box(dialog, qtbot, boxes):
    f = dialog.form
    f.service.setCurrentIndex(f.service.findData("LAHIR"))
    f.name.setText("Dedi Kurniawan")
    f.nik.setText("3216071203910002")
    f.phone.setText("0857-1100-2345")
    f.notes.setFocus()
    qtbot.keyClicks(f.notes, "baris satu")
    qtbot.keyClick(f.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.created is not None
    assert dialog.created.notes == "baris satu"


def test_escape_cancels_without_saving(dialog, qtbot, ctx, discard_answers):
    dialog.form.name.setText("Sri")
    qtbot.keyClick(dialog.form.name, Qt.Key.Key_Escape)
    assert discard_answers.asked == ["Permohonan baru"]
    assert dialog.result() == dialog.DialogCode.Rejected
    assert rq.count_ids(ctx.db, ctx.actor) == 0


def test_identity_numbers_are_checked_as_typed(dialog, qtbot):
    f = dialog.form
    qtbot.keyClicks(f.nik, "3216")
    assert f.nikInfo.property("level") == "hint"
    assert "4 dari 16" in f.nikInfo.text()
    f.nik.setText("9916064507880003")  # no province 99
    assert f.nikInfo.property("level") == "error"
    f.nik.setText("3299064507880003")  # unknown regency: a warning, not a refusal
    assert f.nikInfo.property("level") == "warn"
    f.kk.setText("3216062201150009")
    assert f.kkInfo.property("level") == "ok"
    f.phone.setText("(021) 8765432")
    assert f.phoneInfo.property("level") == "warn"
    assert "tidak bisa WhatsApp" in f.phoneInfo.text()
    f.phone.setText("0812")
    assert f.phoneInfo.property("level") == "error"


def test_paste_from_whatsapp_prefills(dialog, qtbot):
    f = dialog.form
    f.channel.setCurrentIndex(0)
    f.pasteText.setPlainText(
        "Assalamualaikum, nama saya Sri Wahyuni. NIK 3216064507880003 KK 3216062201150009 "
        "mau ubah KK karena anak lahir. Hp 0812-8877-1203"
    )
    qtbot.mouseClick(f.pasteFill, Qt.MouseButton.LeftButton)
    assert f.nik.text() == NIK_SRI
    assert f.kk.text() == KK_SRI
    assert f.phone.text() == "0812-8877-1203"  # written as people do; stored as +62...
    assert f.name.text() == "Sri Wahyuni"
    assert f.channel.currentData() == "wa"
    assert "Terisi" in f.pasteResult.text()


def test_duplicate_open_request_is_questioned(dialog, ctx, monkeypatch):
    make_request(ctx.db, ctx.actor, service="KK")
    f = dialog.form
    f.service.setCurrentIndex(f.service.findData("KK"))
    f.name.setText("Sri Wahyuni")
    f.nik.setText(NIK_SRI)
    f.phone.setText("0812-8877-1203")

    cancel = MessageBoxSpy(answer=MessageBoxSpy.StandardButton.Cancel)
    monkeypatch.setattr(request_intake, "QMessageBox", cancel)
    dialog.save()
    assert cancel.calls[0][0] == "question"
    assert "KK-" in cancel.calls[0][2]
    assert dialog.created is None
    assert rq.count_ids(ctx.db, ctx.actor) == 1

    proceed = MessageBoxSpy(answer=MessageBoxSpy.StandardButton.Yes)
    monkeypatch.setattr(request_intake, "QMessageBox", proceed)
    dialog.save()
    assert dialog.created is not None
    assert rq.count_ids(ctx.db, ctx.actor) == 2


def test_core_validation_errors_name_the_field_and_focus_it(dialog, qtbot, boxes, ctx):
    f = dialog.form
    f.service.setCurrentIndex(f.service.findData("KK"))
    f.phone.setText("0812-8877-1203")
    f.name.setText("Sri Wahyuni")
    f.nik.setText(NIK_SRI)
    f.email.setText("bukan-email")
    dialog.save()
    assert dialog.created is None
    assert "E-mail" in dialog.error_text
    assert focused() is f.email
    assert f.email.property("error") is True
    assert rq.count_ids(ctx.db, ctx.actor) == 0
    f.email.clear()
    f.name.clear()
    dialog.save()
    assert "Nama" in dialog.error_text
    assert focused() is f.name


def test_tab_walks_every_input_in_order_and_each_is_named(dialog, qtbot):
    """Keyboard and screen-reader users: Tab visits the inputs in reading order, the paste box
    after the form; each input is reached by its label's Alt+letter and has an accessible name
    (the label's text, or the fuller phrase a screen reader should say)."""
    f = dialog.form
    expected = [  # widget, visible label, accessible name
        (f.channel, "Kanal", "Kanal"),
        (f.service, "Layanan", "Layanan"),
        (f.received, "Diterima", "Waktu diterima"),
        (f.name, "Nama", "Nama pemohon"),
        (f.nik, "NIK", "NIK"),
        (f.kk, "Nomor KK", "Nomor KK"),
        (f.phone, "No. WhatsApp", "Nomor WhatsApp"),
        (f.email, "E-mail", "E-mail"),
        (f.notes, "Keterangan", "Keterangan"),
        (f.externalRef, "Referensi", "Referensi"),
        (f.pasteText, None, None),
        (f.pasteFill, None, None),
    ]
    visited = [focused()]
    for _ in range(len(expected) - 1):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        visited.append(focused())
    assert [w.objectName() for w in visited] == [w.objectName() for w, *_names in expected]
    labels = {}
    for row in range(f.formLayout.rowCount()):
        item = f.formLayout.itemAt(row, f.formLayout.ItemRole.LabelRole)
        caption = item.widget() if item is not None else None
        if caption is not None and caption.text():
            labels[caption.buddy()] = caption.text().replace("&", "")
            assert "&" in caption.text(), caption.text()  # every label has a mnemonic
    for widget, label_text, name in expected:
        assert widget.accessibleName() or widget.text(), widget.objectName()
        if label_text is not None:
            assert labels.get(widget) == label_text, widget.objectName()
            assert widget.accessibleName() == name, widget.objectName()


def test_error_marks_go_when_the_field_is_fixed(dialog, boxes):
    f = dialog.form
    f.service.setCurrentIndex(f.service.findData("KK"))
    f.name.setText("Sri Wahyuni")
    f.nik.setText("1234")
    dialog.save()
    assert f.nik.property("error") is True
    f.nik.setText(NIK_SRI)
    assert not f.nik.property("error")


def test_a_fixed_fields_message_leaves_the_list(dialog, boxes):
    """Choosing the service (e.g. read from a pasted chat) takes "Layanan: …" off the
    problems shown under the form; it was left there, as if the form were still wrong."""
    f = dialog.form
    dialog.save()  # nothing filled in
    assert f.formError.isVisible() and f.formError.text() == "Layanan: Pilih layanannya."
    f.service.setCurrentIndex(f.service.findData("KK"))
    assert f.formError.text() == "" and not f.formError.isVisible()
    f.nik.setText("1234")
    dialog.save()
    assert "NIK:" in f.formError.text()
    f.name.setText("Sri Wahyuni")  # another field: the NIK's line stays
    assert "NIK:" in f.formError.text() and f.formError.isVisible()
