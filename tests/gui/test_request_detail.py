"""The request detail dialog: workflow buttons, reasons, reopen, assignment, edit conflicts,
WhatsApp replies."""
# ruff: noqa: F811  (fixtures imported from rq_helpers are used as arguments)

from __future__ import annotations

import pytest
from rq_helpers import QUIET_OFFSCREEN, MessageBoxSpy, ctx, make_request, sup_ctx  # noqa: F401

from desktop_app.core import clock, users
from desktop_app.core import requests as rq
from desktop_app.core.security import SYSTEM
from desktop_app.gui import request_detail
from desktop_app.gui.request_detail import RequestDetailDialog, StatusChangeDialog

pytestmark = QUIET_OFFSCREEN


@pytest.fixture
def boxes(monkeypatch):
    spy = MessageBoxSpy()
    monkeypatch.setattr(request_detail, "QMessageBox", spy)
    return spy


@pytest.fixture
def answers(monkeypatch):
    """What the status dialog will answer next (patched classmethod ask)."""
    queue: list = []
    monkeypatch.setattr(StatusChangeDialog, "ask", classmethod(lambda cls, *a, **k: queue.pop(0)))
    return queue


def open_dialog(qtbot, ctx, request_id):
    dialog = RequestDetailDialog(ctx, request_id)
    qtbot.addWidget(dialog)
    return dialog


def visible_statuses(dialog):
    return {s for s, b in dialog.status_buttons.items() if not b.isHidden()}


def test_workflow_buttons_follow_design(qtbot, ctx, boxes, answers):
    req = make_request(ctx.db, ctx.actor, phone="0812-8877-1203")
    dialog = open_dialog(qtbot, ctx, req.id)
    assert visible_statuses(dialog) == {"diproses", "ditolak"}
    assert dialog.change_status("diproses")  # nothing to ask: no dialog
    assert dialog.detail.status == "diproses"
    assert dialog.detail.officer_name == "Budi"  # processing takes the request
    assert visible_statuses(dialog) == {"menunggu_berkas", "selesai", "ditolak"}
    answers.append({"note": "akta asli", "missing_documents": ["Akta kelahiran"]})
    assert dialog.change_status("menunggu_berkas")
    answers.append({"document_numbers": ["3216-KK-0001"], "delivery": "whatsapp"})
    assert dialog.change_status("selesai")
    d = rq.get_detail(ctx.db, ctx.actor, req.id)
    assert (d.status, d.document_no, d.delivery) == ("selesai", "3216-KK-0001", "whatsapp")
    assert [e.to_status for e in d.events if e.kind == "status"] == [
        "diproses", "menunggu_berkas", "selesai",
    ]  # fmt: skip
    history = [dialog.history.item(r, 2).text() for r in range(dialog.history.rowCount())]
    assert "Menunggu berkas → Selesai" in history
    # Reopening is a supervisor's act: a petugas is offered no button.
    assert visible_statuses(dialog) == set()


def test_supervisor_may_reopen(qtbot, sup_ctx, boxes, answers):
    req = make_request(sup_ctx.db, sup_ctx.actor)
    rq.change_status(sup_ctx.db, sup_ctx.actor, req.id, req.version, "ditolak", reason="ganda")
    dialog = open_dialog(qtbot, sup_ctx, req.id)
    assert visible_statuses(dialog) == {"diproses"}
    assert "kembali" in dialog.status_buttons["diproses"].text()
    answers.append({"note": "salah tolak"})  # reopening asks why
    assert dialog.change_status("diproses")
    assert dialog.detail.status == "diproses"


def test_due_date_is_shown_as_a_day_without_a_time(qtbot, ctx):
    req = make_request(ctx.db, ctx.actor)
    due = clock.office_date(rq.get_detail(ctx.db, ctx.actor, req.id).due_at)
    dialog = open_dialog(qtbot, ctx, req.id)
    facts = dialog.facts.text()
    weekday = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")[due.weekday()]
    assert f"Jatuh tempo: {weekday}, {due:%d/%m/%Y}" in facts
    assert "23.59" not in facts


def test_rejection_needs_a_reason(qtbot, ctx, boxes, answers):
    req = make_request(ctx.db, ctx.actor)
    ask = StatusChangeDialog("KK-1", "ditolak")
    qtbot.addWidget(ask)
    ask._ok()  # empty reason: the dialog itself refuses
    assert ask.result() != ask.DialogCode.Accepted
    assert "wajib" in ask.error.text()

    dialog = open_dialog(qtbot, ctx, req.id)
    answers.append({"note": "", "reason": None})  # and so does the core
    assert not dialog.change_status("ditolak")
    assert any("Alasan" in t for t in boxes.texts("warning"))
    assert rq.get_detail(ctx.db, ctx.actor, req.id).status == "baru"
    answers.append({"note": "", "reason": "Berkas bukan milik pemohon"})
    assert dialog.change_status("ditolak")
    assert "Berkas bukan milik pemohon" in dialog.facts.text()


@pytest.fixture
def conflicts(monkeypatch):
    """Records each ConflictDialog shown (intro, rows, buttons) and answers it: True applies the
    change again; by default the officer reviews first (False)."""

    class Asked(list):
        shown: list[dict]

    answers = Asked()
    answers.shown = []

    def ask(cls, parent, intro, rows, reapply_text, keep_text, note=""):
        answers.shown.append(
            {"intro": intro, "rows": [(r.what, r.mine, r.stored) for r in rows],
             "reapply": reapply_text, "keep": keep_text, "note": note}
        )  # fmt: skip
        return answers.pop(0) if answers else False

    monkeypatch.setattr(request_detail.ConflictDialog, "ask", classmethod(ask))
    return answers


def test_edit_conflict_keeps_the_typing_beside_the_new_state(
    qtbot, ctx, boxes, conflicts, db, supervisor
):
    req = make_request(ctx.db, ctx.actor)
    dialog = open_dialog(qtbot, ctx, req.id)
    # Another officer corrects the name between our load and our save.
    rq.update_request(db, supervisor, req.id, req.version, name="Sri Wahyuningsih")
    dialog.email.setText("sri@contoh.id")
    dialog.notes.setPlainText("Berkas lengkap, menunggu verifikasi")
    assert not dialog.save_changes()  # "Tinjau dulu"
    assert boxes.calls == []  # no "reload and redo" message any more
    [shown] = conflicts.shown
    assert shown["rows"] == [
        ("E-mail", "sri@contoh.id", "—"),
        ("Keterangan", "Berkas lengkap, menunggu verifikasi", "—"),
    ]
    assert shown["reapply"] == "Terapkan perubahan saya"
    assert shown["intro"].startswith("Kepala Seksi mengubah permohonan ini lebih dulu")
    assert dialog.name.text() == "Sri Wahyuningsih"  # the other change shows
    assert dialog.email.text() == "sri@contoh.id"  # ours is still there, unsaved
    assert dialog.has_unsaved_changes()
    assert rq.get_detail(db, supervisor, req.id).email is None
    assert dialog.save_changes()  # reviewed: one save, against the new version
    d = rq.get_detail(db, supervisor, req.id)
    assert (d.name, d.email) == ("Sri Wahyuningsih", "sri@contoh.id")


def test_same_field_conflict_reapplied_in_one_action(qtbot, ctx, boxes, conflicts, db, supervisor):
    req = make_request(ctx.db, ctx.actor)
    dialog = open_dialog(qtbot, ctx, req.id)
    rq.update_request(db, supervisor, req.id, req.version, name="Sri Wahyuni S.")
    dialog.name.setText("Sri Wahyuningsih")
    conflicts.append(True)  # "Terapkan perubahan saya"
    assert dialog.save_changes()
    assert conflicts.shown[0]["rows"] == [("Nama", "Sri Wahyuningsih", "Sri Wahyuni S.")]
    assert rq.get_detail(db, supervisor, req.id).name == "Sri Wahyuningsih"
    assert not dialog.has_unsaved_changes()


def test_status_conflict_keeps_the_reason_and_reapplies_it(
    qtbot, ctx, boxes, answers, conflicts, db, supervisor
):
    req = make_request(ctx.db, ctx.actor)
    dialog = open_dialog(qtbot, ctx, req.id)
    rq.change_status(db, supervisor, req.id, req.version, "diproses")
    reason = "Tiket ganda dengan KK-261128-0003"
    answers.append({"note": "", "reason": reason, "document_no": None})
    assert not dialog.change_status("ditolak")  # "Jangan ubah"
    assert conflicts.shown[0]["rows"] == [
        ("Status", "Baru → Ditolak", "Diproses"),
        ("Alasan", reason, "—"),
    ]
    assert dialog.detail.status == "diproses"
    assert dialog.kept_status["ditolak"]["reason"] == reason
    # The same button again: the dialog comes back filled with what was typed.
    offered = []
    request_detail.StatusChangeDialog.ask = classmethod(
        lambda cls, *a, **k: offered.append(k["kept"]) or k["kept"]
    )
    conflicts.append(True)
    assert dialog.change_status("ditolak")
    assert offered == [{"note": "", "reason": reason, "document_no": None}]
    d = rq.get_detail(db, supervisor, req.id)
    assert (d.status, d.reject_reason) == ("ditolak", reason)


def test_status_conflict_reapplied_in_one_action(
    qtbot, ctx, boxes, answers, conflicts, db, supervisor
):
    req = make_request(ctx.db, ctx.actor)
    dialog = open_dialog(qtbot, ctx, req.id)
    rq.update_request(db, supervisor, req.id, req.version, notes="dicek kasi")
    answers.append({"note": "mulai diproses", "reason": None, "document_no": None})
    conflicts.append(True)  # "Ubah status lagi"
    assert dialog.change_status("diproses")
    assert rq.get_detail(db, supervisor, req.id).status == "diproses"
    assert dialog.kept_status == {}


def test_a_status_no_longer_possible_keeps_the_typing_for_later(
    qtbot, ctx, boxes, answers, conflicts, db, supervisor
):
    req = make_request(ctx.db, ctx.actor)
    dialog = open_dialog(qtbot, ctx, req.id)
    rq.change_status(
        db, supervisor, req.id, req.version, "ditolak", reason="Berkas bukan milik pemohon"
    )
    typed = {"note": "KK lama sudah dicek", "reason": None, "missing_documents": ["Foto KK lama"],
             "document_numbers": None, "delivery": None}  # fmt: skip
    answers.append(typed)
    assert not dialog.change_status("menunggu_berkas")
    [shown] = conflicts.shown
    assert shown["reapply"] == "" and shown["keep"] == "Tutup"
    assert "tidak dapat diubah menjadi Menunggu berkas" in shown["note"]
    assert ("Berkas kurang", "Foto KK lama", "—") in shown["rows"]
    assert ("Catatan", "KK lama sudah dicek", "—") in shown["rows"]
    assert dialog.kept_status["menunggu_berkas"] == typed


def test_assignment_conflict_offers_to_assign_again(qtbot, ctx, boxes, conflicts, db, supervisor):
    req = make_request(ctx.db, ctx.actor)
    dialog = open_dialog(qtbot, ctx, req.id)
    rq.assign(db, supervisor, req.id, req.version, supervisor.user_id)
    conflicts.append(True)
    assert dialog.assign_to_self()
    assert conflicts.shown[0]["rows"] == [("Petugas", "Budi", "Kepala Seksi")]
    assert rq.get_detail(db, supervisor, req.id).assigned_to == ctx.actor.user_id


def test_the_conflict_dialog_shows_both_sides(qtbot, styled_app, tmp_path):
    from desktop_app.gui.conflict import ChangedValue, ConflictDialog

    dialog = ConflictDialog(
        None,
        "Kepala Seksi mengubah permohonan ini lebih dulu (29/11 10.15). Perubahan Anda belum "
        "disimpan dan tidak hilang.",
        [ChangedValue("Nama", "Sri Wahyuningsih", "Sri Wahyuni S."),
         ChangedValue("E-mail", "sri@contoh.id", "—")],
        "Terapkan perubahan saya",
        "Tinjau dulu",
        "Tinjau dulu: perubahan Anda tetap di formulir, belum disimpan; simpan setelah dicek.",
    )  # fmt: skip
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert dialog.rows()[0] == ("Nama", "Sri Wahyuningsih", "Sri Wahyuni S.")
    assert dialog.reapply_button.isDefault()
    assert dialog.focusWidget() is dialog.reapply_button  # the choice, not the table's cell
    dialog.grab().save(str(tmp_path / "conflict.png"))
    dialog.reapply_button.click()
    assert dialog.result() == 1


def test_edit_validation_names_the_field(qtbot, ctx, boxes):
    req = make_request(ctx.db, ctx.actor)
    dialog = open_dialog(qtbot, ctx, req.id)
    dialog.nik.setText("1234")
    assert not dialog.save_changes()
    assert "NIK" in dialog.edit_error.text()
    assert dialog.nik.property("error") is True


def test_assign_to_self_and_to_another(qtbot, ctx, boxes, db):
    other = users.create_user(db, SYSTEM, "ani", "Ani Lestari", "petugas", "rahasia123")
    req = make_request(ctx.db, ctx.actor)
    dialog = open_dialog(qtbot, ctx, req.id)
    assert dialog.assign_to_self()
    assert dialog.detail.assigned_to == ctx.actor.user_id
    assert not dialog.take_button.isEnabled()
    dialog.officer.setCurrentIndex(dialog.officer.findData(other.id))
    assert dialog.assign_selected()
    assert dialog.detail.officer_name == "Ani Lestari"
    assert any("Ani Lestari" in e.note for e in dialog.detail.events)


class FakeDesktop:
    opened: list = []

    @classmethod
    def openUrl(cls, url):  # noqa: N802 - Qt API
        cls.opened.append(url.toString())
        return True


def test_whatsapp_reply_copy_open_and_history(qtbot, ctx, boxes, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    FakeDesktop.opened = []
    monkeypatch.setattr(request_detail, "QDesktopServices", FakeDesktop)
    req = make_request(ctx.db, ctx.actor, phone="0812-8877-1203")
    dialog = open_dialog(qtbot, ctx, req.id)
    text = dialog.message.toPlainText()
    assert req.ticket in text and "Sri Wahyuni" in text
    assert dialog.open_wa_button.isEnabled()
    dialog.copy_message()
    assert QGuiApplication.clipboard().text() == text
    assert dialog.open_whatsapp()
    assert FakeDesktop.opened and FakeDesktop.opened[0].startswith("https://wa.me/6281288771203")
    events = rq.get_detail(ctx.db, ctx.actor, req.id).events
    assert events[-1].kind == "whatsapp"
    kinds = [dialog.history.item(r, 2).text() for r in range(dialog.history.rowCount())]
    assert "Balasan WhatsApp" in kinds


def test_landline_disables_whatsapp_with_reason(qtbot, ctx, boxes):
    req = make_request(ctx.db, ctx.actor, phone="(021) 8765432", channel="telepon")
    dialog = open_dialog(qtbot, ctx, req.id)
    assert not dialog.open_wa_button.isEnabled()
    assert "bukan nomor HP" in dialog.open_wa_button.toolTip()
    assert dialog.message.toPlainText()  # the text can still be copied for an SMS or a call


def test_detail_window_is_the_designer_form(qtbot, ctx):
    from desktop_app.gui.forms.ui_request_detail import Ui_RequestDetailDialog

    req = make_request(ctx.db, ctx.actor)
    dialog = open_dialog(qtbot, ctx, req.id)
    assert isinstance(dialog.form, Ui_RequestDetailDialog)
    assert dialog.name is dialog.form.name and dialog.history is dialog.form.history


def test_history_rows_are_one_line_and_the_full_text_shows_below(qtbot, ctx, boxes):
    chat = "Assalamualaikum admin,\n" + "saya mau tanya soal KK saya yang belum jadi. " * 12
    req = make_request(ctx.db, ctx.actor, message=chat)
    dialog = open_dialog(qtbot, ctx, req.id)
    assert dialog.change_status("diproses")
    with qtbot.waitExposed(dialog):
        dialog.show()
    rows = dialog.history.rowCount()
    chat_row = next(r for r in range(rows) if dialog.history.item(r, 2).text() == "Pesan pemohon")
    cell = dialog.history.item(chat_row, 3).text()
    assert "\n" not in cell and len(cell) <= request_detail.NOTE_PREVIEW
    assert cell.endswith("…")
    line = dialog.fontMetrics().height()
    for r in range(rows):
        assert dialog.history.rowHeight(r) < 2 * line  # compact: one line per event
    dialog.history.setCurrentCell(chat_row, 0)
    assert dialog.event_text.toPlainText() == chat.strip()


def test_error_marks_go_when_the_field_is_fixed(qtbot, ctx, boxes):
    req = make_request(ctx.db, ctx.actor)
    dialog = open_dialog(qtbot, ctx, req.id)
    dialog.email.setText("bukan-email")
    assert not dialog.save_changes()
    assert dialog.email.property("error") is True
    dialog.email.setText("sri@example.com")
    assert not dialog.email.property("error")
    assert dialog.save_changes()
    assert rq.get_detail(ctx.db, ctx.actor, req.id).email == "sri@example.com"


def test_ctrl_s_saves_the_edited_fields(qtbot, ctx, boxes):
    from PySide6.QtCore import Qt

    req = make_request(ctx.db, ctx.actor)
    dialog = open_dialog(qtbot, ctx, req.id)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.name.setFocus()
    dialog.name.setText("Sri Wahyuningsih")
    qtbot.keyClick(dialog.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert boxes.calls == [], dialog.edit_error.text()
    assert rq.get_detail(ctx.db, ctx.actor, req.id).name == "Sri Wahyuningsih"
    assert not dialog.has_unsaved_changes()


def test_a_changed_receipt_time_survives_a_conflict(qtbot, ctx, boxes, conflicts, db, supervisor):
    from PySide6.QtCore import QDateTime

    req = make_request(ctx.db, ctx.actor)
    dialog = open_dialog(qtbot, ctx, req.id)
    rq.update_request(db, supervisor, req.id, req.version, name="Sri Wahyuni S.")
    typed = dialog.received.dateTime().addSecs(-3600)
    dialog.received.setDateTime(typed)
    assert not dialog.save_changes()  # "Tinjau dulu"
    assert dialog.received.dateTime() == typed  # the office wall time typed, not shifted
    assert dialog.name.text() == "Sri Wahyuni S."
    assert isinstance(typed, QDateTime)


def test_waiting_for_documents_dialog_lists_the_services_documents(qtbot):
    from PySide6.QtCore import Qt

    dialog = StatusChangeDialog("PINDAH-1", "menunggu_berkas", service_code="PINDAH")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert "balasan" in dialog.intro.text()  # it says what the choice is for
    names = [dialog.documents.item(i).text() for i in range(dialog.documents.count())]
    assert names == list(rq.common_documents("PINDAH"))
    assert dialog.focusWidget() is dialog.documents
    qtbot.keyClick(dialog.documents, Qt.Key.Key_Space)  # tick the first
    dialog.other_documents.setText("Surat keterangan domisili, pas foto")
    assert dialog.values()["missing_documents"] == [
        names[0], "Surat keterangan domisili", "pas foto",
    ]  # fmt: skip
    assert dialog.has_unsaved_changes()


def test_every_document_name_shows_whole(qtbot, styled_app):
    dialog = StatusChangeDialog("KK-1", "menunggu_berkas", service_code="KK")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    names = [dialog.documents.item(i).text() for i in range(dialog.documents.count())]
    assert "Surat pernyataan tanggung jawab mutlak (SPTJM)" in names
    widest = max(dialog.documents.visualItemRect(dialog.documents.item(i)).right()
                 for i in range(dialog.documents.count()))  # fmt: skip
    assert widest <= dialog.documents.viewport().width()  # no name cut at the right
    assert dialog.documents.horizontalScrollBar().maximum() == 0


def test_ctrl_enter_confirms_from_the_document_list(qtbot):
    """Enter in the list ticks an item; Ctrl+Enter confirms without walking to the button."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    dialog = StatusChangeDialog("PINDAH-1", "menunggu_berkas", service_code="PINDAH")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.keyClick(dialog.documents, Qt.Key.Key_Space)
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.values()["missing_documents"] == [rq.common_documents("PINDAH")[0]]


def test_waiting_for_documents_needs_at_least_one(qtbot):
    dialog = StatusChangeDialog("ADUAN-1", "menunggu_berkas", service_code="KTPEL")
    qtbot.addWidget(dialog)
    assert dialog.documents.count() == 0  # a service the office added: typed only
    dialog._ok()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "berkas" in dialog.error.text()


@pytest.mark.parametrize(("channel", "default"), [("wa", "whatsapp"), ("email", "email"),
                                                  ("web", None)])  # fmt: skip
def test_done_dialog_asks_numbers_and_delivery(qtbot, channel, default):
    dialog = StatusChangeDialog("KK-1", "selesai", service_code="KK", channel=channel)
    qtbot.addWidget(dialog)
    assert dialog.delivery.currentData() == default
    assert "nomor dokumen" in dialog.intro.text().lower()
    dialog.document_no.setText("3216-KK-0001, 3216-KK-0002")
    assert dialog.values()["document_numbers"] == ["3216-KK-0001", "3216-KK-0002"]


def test_after_a_status_change_its_reply_is_copied(qtbot, ctx, boxes, answers):
    from PySide6.QtGui import QGuiApplication

    req = make_request(ctx.db, ctx.actor, service="PINDAH")
    dialog = open_dialog(qtbot, ctx, req.id)
    assert dialog.change_status("diproses")
    assert "sedang kami proses" in QGuiApplication.clipboard().text()
    assert dialog.tabs.currentWidget() is dialog.form.replyTab
    answers.append({"missing_documents": ["Foto SKPWNI"], "note": ""})
    assert dialog.change_status("menunggu_berkas")
    copied = QGuiApplication.clipboard().text()
    assert "- Foto SKPWNI" in copied and req.ticket in copied
    assert "sudah disalin" in dialog.wa_note.text()
    assert "Berkas kurang: Foto SKPWNI" in dialog.facts.text()


def test_status_dialog_puts_back_what_a_conflict_stopped(qtbot):
    """Documents ticked or typed, numbers and delivery come back as they were typed."""
    kept = {
        "note": "dicek ulang",
        "reason": None,
        "missing_documents": [rq.common_documents("PINDAH")[1], "Surat domisili"],
        "document_numbers": None,
        "delivery": None,
    }
    dialog = StatusChangeDialog("PINDAH-1", "menunggu_berkas", service_code="PINDAH", kept=kept)
    qtbot.addWidget(dialog)
    assert dialog.values() == kept
    assert dialog.has_unsaved_changes()  # the kept typing counts as unsaved work
    done = {"note": "", "reason": None, "missing_documents": None,
            "document_numbers": ["3216-KK-0001", "3216-KK-0002"], "delivery": "pos"}  # fmt: skip
    dialog = StatusChangeDialog("KK-1", "selesai", service_code="KK", channel="wa", kept=done)
    qtbot.addWidget(dialog)
    assert dialog.values() == done
