"""The lock over every window of a session: log-out closes them all (asking first), the idle
lock covers every window and dialog, switching user, the lock screen's texts, and a locked-out
account never strands the PC."""
# ruff: noqa: F811  (fixtures imported from rq_helpers are used as arguments)

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from rq_helpers import QUIET_OFFSCREEN, make_request

from desktop_app.core import users
from desktop_app.gui.context import AppContext
from desktop_app.gui.lock import IDLE, MANUAL
from desktop_app.gui.main_window import MainWindow

pytestmark = QUIET_OFFSCREEN


@pytest.fixture
def rina(db, supervisor):
    users.create_user(db, supervisor, "rina", "Rina Marlina", "petugas", "rahasia123")
    return users.authenticate(db, "rina", "rahasia123")


@pytest.fixture
def session(qtbot, db, rina):
    window = MainWindow(AppContext(db, rina), idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_request(qtbot, window, db, actor, **kw):
    req = make_request(db, actor, **kw)
    page = window.show_page("permohonan")
    detail = page.open_request(req.id)
    qtbot.waitExposed(detail)
    return req, detail


def text_on_screen(window) -> str:
    """Every label's and field's text that is not hidden under a cover."""
    shown = []
    for widget in window.findChildren(QLabel):
        if widget.isVisible() and widget.visibleRegion().isEmpty() is False:
            shown.append(widget.text())
    return "\n".join(shown)


# --- log-out ---------------------------------------------------------------------------------


def test_logout_from_the_lock_closes_every_window_of_the_session(
    qtbot, session, db, rina, discard_answers
):
    req, detail = open_request(qtbot, session, db, rina, name="Sri Wahyuni")
    proses = detail.status_buttons["diproses"]
    session.lock(IDLE)
    session.lock_dialog.logout_button.click()
    assert session.logged_out and not session.isVisible()
    assert not detail.isVisible()  # the request window went with the session
    assert discard_answers.asked == []  # nothing typed: nothing to ask
    assert not proses.isVisible()


def test_logout_asks_once_about_all_unsaved_work_and_keeps_it_on_no(
    qtbot, session, db, rina, discard_answers
):
    req, detail = open_request(qtbot, session, db, rina)
    detail.name.setText("Sri Wahyuningsih")
    intake = session.show_page("permohonan").new_request()
    qtbot.keyClicks(intake.form.name, "Ahmad Fauzi")
    session.lock(IDLE)
    discard_answers.append(False)  # "Jangan tutup"
    session.lock_dialog.logout_button.click()
    [asked] = discard_answers.asked  # one question for everything
    assert asked.startswith("Pekerjaan Rina Marlina (")
    assert f"Permohonan {req.ticket}" in asked and "Permohonan baru" in asked
    assert session.locked and session.isVisible() and not session.logged_out
    assert detail.name.text() == "Sri Wahyuningsih"  # still there, under the cover
    session.lock_dialog.logout_button.click()  # this time "Buang isian"
    assert session.logged_out and not detail.isVisible() and not intake.isVisible()


def test_unsaved_settings_count_as_unsaved_work(qtbot, db, supervisor, discard_answers):
    window = MainWindow(AppContext(db, supervisor), idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("pengaturan")
    page.general_tab.idle_minutes.setValue(7)
    discard_answers.append(False)
    window.logout()
    assert discard_answers.asked == ["Pengaturan › Umum"]
    assert window.isVisible() and not window.logged_out


def test_a_dialog_waiting_for_an_answer_is_closed_at_logout(qtbot, session, db, rina):
    answers = []

    def ask_and_lock():
        # A question in its own event loop (Qt's exec), as "Simpan dulu?" has: locked and
        # logged out while it waits.
        def later():
            session.lock(IDLE)
            session.lock_dialog.logout_button.click()

        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, later)
        box = QMessageBox(QMessageBox.Icon.Question, "Pertanyaan", "Simpan dulu?", parent=session)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        answers.append(box.exec())

    ask_and_lock()
    assert answers and answers[0] != QMessageBox.StandardButton.Yes
    assert session.logged_out


# --- the cover -------------------------------------------------------------------------------


def test_idle_lock_covers_every_window_and_dialog(qtbot, session, db, rina):
    req, detail = open_request(qtbot, session, db, rina, name="Sri Wahyuni")
    intake = session.show_page("permohonan").new_request()
    qtbot.keyClicks(intake.form.name, "Ahmad Fauzi")
    session.lock(IDLE)
    for window in (session, detail, intake):
        assert session.session_lock.is_covered(window), window
        assert window.windowTitle() == "Layar terkunci"
        assert "Sri Wahyuni" not in text_on_screen(window)
    assert "Ahmad Fauzi" == intake.form.name.text()  # typed work kept, only hidden
    assert not session.session_lock.is_covered(session.lock_dialog)
    # A window that appears while locked (a background job's message) is covered too.
    late = QMessageBox(QMessageBox.Icon.Warning, "Cadangan gagal", "Sri Wahyuni", parent=session)
    late.show()
    assert session.session_lock.is_covered(late)
    late.close()
    # Unlocking brings everything back as it was.
    qtbot.keyClicks(session.lock_dialog.password, "rahasia123")
    qtbot.keyClick(session.lock_dialog.password, Qt.Key.Key_Return)
    assert not session.locked
    assert detail.windowTitle() == f"Permohonan {req.ticket}"
    assert not session.session_lock.is_covered(detail)
    assert intake.form.name.text() == "Ahmad Fauzi"


def test_ctrl_l_locks_from_a_request_window(qtbot, session, db, rina):
    _req, detail = open_request(qtbot, session, db, rina)
    detail.activateWindow()
    qtbot.waitUntil(detail.isActiveWindow)
    qtbot.keyClick(detail, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert session.locked
    assert session.lock_dialog.reason == MANUAL


# --- the lock screen's texts -----------------------------------------------------------------


def test_manual_and_idle_locks_say_which_they_are(qtbot, session):
    session.lock(MANUAL)
    assert session.lock_dialog.reason_label.text() == "Rina Marlina mengunci layar."
    session.lock_dialog.password.setText("rahasia123")
    session.lock_dialog.unlock_button.click()
    session.idle.timer.timeout.emit()
    assert session.lock_dialog.reason_label.text() == (
        "Layar dikunci karena tidak ada aktivitas selama 60 menit."
    )


def fully_shown(widget) -> bool:
    """Nothing of the widget's content is clipped: as tall as its text needs."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        return widget.height() >= widget.heightForWidth(widget.width())
    return widget.height() >= widget.minimumSizeHint().height()


def test_the_text_fits_after_an_error(qtbot, session, styled_app):
    session.lock(IDLE)
    dialog = session.lock_dialog
    qtbot.waitExposed(dialog)
    for _ in range(3):
        dialog.password.setText("salah")
        dialog.unlock_button.click()
        qtbot.wait(10)
    assert dialog.message.isVisible() and "Sisa 2 percobaan" in dialog.message.text()
    for widget in (dialog.heading, dialog.reason_label, dialog.prompt, dialog.message):
        assert fully_shown(widget), widget.text()
    assert dialog.icon.height() == 48 and dialog.icon.width() == 48
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())


# --- switching user and the locked-out supervisor ----------------------------------------------


def test_switch_user_hands_the_pc_to_another_account(qtbot, session, db, rina, discard_answers):
    req, detail = open_request(qtbot, session, db, rina)
    detail.notes.setPlainText("Berkas menyusul")
    session.lock(IDLE)
    dialog = session.lock_dialog
    dialog.switch_button.click()
    assert dialog.username.isVisible()
    dialog.username.setText("kasi")
    dialog.password.setText("salah-sandi")
    dialog.unlock_button.click()
    assert dialog.message.text() == "Nama pengguna atau kata sandi salah."
    assert discard_answers.asked == []  # nobody signed in: nothing asked, nothing closed
    dialog.password.setText("rahasia123")
    discard_answers.append(False)  # the supervisor keeps Rina's work for now
    dialog.unlock_button.click()
    assert discard_answers.asked == [f"Pekerjaan Rina Marlina (Permohonan {req.ticket})"]
    assert session.locked and detail.notes.toPlainText() == "Berkas menyusul"
    dialog.unlock_button.click() if dialog.password.text() else None
    dialog.password.setText("rahasia123")
    dialog.unlock_button.click()  # this time: discard and switch
    assert session.logged_out and session.next_actor.username == "kasi"
    assert not detail.isVisible()


def test_the_same_user_through_switch_simply_unlocks(qtbot, session):
    session.lock(IDLE)
    dialog = session.lock_dialog
    dialog.switch_button.click()
    dialog.username.setText("rina")
    dialog.password.setText("rahasia123")
    dialog.unlock_button.click()
    assert not session.locked and not session.logged_out


def test_five_wrong_passwords_never_strand_the_only_supervisor(qtbot, db, supervisor, petugas):
    window = MainWindow(AppContext(db, supervisor), idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    window.lock(IDLE)
    dialog = window.lock_dialog
    texts = []
    for _ in range(5):
        dialog.password.setText("salah")
        dialog.unlock_button.click()
        texts.append(dialog.message.text())
    assert texts[0] == "Kata sandi salah."
    assert texts[2] == "Kata sandi salah. Sisa 2 percobaan sebelum akun dikunci 15 menit."
    assert texts[3] == "Kata sandi salah. Sisa 1 percobaan sebelum akun dikunci 15 menit."
    assert texts[4].startswith("Akun Kepala Seksi terkunci sampai pukul ")
    assert "Ganti pengguna" in texts[4]
    # The way out: another officer takes the PC (the supervisor's session had nothing unsaved).
    assert dialog.switch_button.isEnabled() and dialog.logout_button.isEnabled()
    dialog.switch_button.click()
    dialog.username.setText("budi")
    dialog.password.setText("rahasia123")
    dialog.unlock_button.click()
    assert window.logged_out and window.next_actor.username == "budi"


def test_run_session_starts_the_switched_users_session_without_a_login(
    qapp, db, supervisor, petugas, monkeypatch
):
    from PySide6.QtCore import QTimer

    from desktop_app.gui import app as gui_app
    from desktop_app.gui import login, main_window

    asked = []

    def fake_ask(cls, db_, username=""):
        asked.append(username)
        return supervisor if len(asked) == 1 else None

    monkeypatch.setattr(login.LoginDialog, "ask", classmethod(fake_ask))
    sessions = []
    real_init = main_window.MainWindow.__init__

    def init(self, ctx, idle_ms=None, parent=None):
        real_init(self, ctx, 60_000, parent)
        sessions.append(ctx.actor.username)
        if len(sessions) == 1:
            QTimer.singleShot(0, lambda: self.end_session(petugas))
        else:
            QTimer.singleShot(0, self.logout)

    monkeypatch.setattr(main_window.MainWindow, "__init__", init)
    assert gui_app.run_session(qapp, db) == 0
    assert sessions == ["kasi", "budi"]
    assert asked == ["", ""]  # one login at the start, one after budi logged out
    QApplication.processEvents()
