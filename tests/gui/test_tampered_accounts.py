"""A role changed with SQL (issue 13, finding 2): the login window refuses it in plain words,
and the next supervisor who logs in is told which account it was."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from desktop_app.gui.login import LoginDialog
from desktop_app.gui.main_window import MainWindow


def raise_budi(db) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE users SET role='supervisor' WHERE username='budi'"))


def test_the_login_window_refuses_a_tampered_account(qtbot, db, supervisor, petugas):
    raise_budi(db)
    dialog = LoginDialog(db, "budi")
    qtbot.addWidget(dialog)
    dialog.password.setText("rahasia123")
    dialog.login_button.click()
    assert "diubah di luar aplikasi" in dialog.error_text
    assert dialog.actor is None


def test_the_supervisor_is_told_at_login(qtbot, db, make_ctx, supervisor, petugas, monkeypatch):
    raise_budi(db)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[1:3]))
    window = MainWindow(make_ctx(supervisor), idle_ms=60_000)
    qtbot.addWidget(window)
    window.show_supervisor_notices()
    assert len(shown) == 1
    title, message = shown[0]
    assert title == "Perhatian keamanan" and "budi" in message and "Pengguna" in message


def test_officers_are_not_shown_the_notice(qtbot, db, make_ctx, supervisor, petugas):
    raise_budi(db)
    window = MainWindow(make_ctx(supervisor), idle_ms=60_000)
    qtbot.addWidget(window)
    assert window.supervisor_notices()
    from desktop_app.core import users

    sari = users.create_user(db, supervisor, "sari", "Sari", "legalisir", "rahasia123")
    actor = users.authenticate(db, sari.username, "rahasia123")
    other = MainWindow(make_ctx(actor), idle_ms=60_000)
    qtbot.addWidget(other)
    assert other.supervisor_notices() == []


def test_the_users_tab_marks_the_account(qtbot, db, make_ctx, supervisor, petugas):
    from desktop_app.gui.pages.settings import UsersTab

    raise_budi(db)
    tab = UsersTab(make_ctx(supervisor))
    qtbot.addWidget(tab)
    rows = {tab.table.item(r, 0).text(): r for r in range(tab.table.rowCount())}
    status = tab.table.item(rows["budi"], 4)
    assert "DIUBAH DI LUAR APLIKASI" in status.text() and status.toolTip()
    assert "DIUBAH" not in tab.table.item(rows["kasi"], 4).text()
