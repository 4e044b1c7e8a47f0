"""The window when the database is missing, damaged, replaced, or its backups fail
(issue 13, findings 6 and 7)."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.core import backup, recovery, users
from desktop_app.core.db import DatabaseCorrupt
from desktop_app.core.schema import open_database
from desktop_app.core.security import SYSTEM
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.recovery import RecoveryDialog

pytestmark = pytest.mark.usefixtures("sqlite_only")


@pytest.fixture
def lost(data_dir):
    """An office database with a backup, then deleted."""
    db = open_database()
    users.create_first_supervisor(db, "kasi", "Kepala Seksi", "rahasia123")
    made = backup.backup_now(db, SYSTEM)
    path = db.sqlite_path
    db.dispose()
    for side in path.parent.glob("loket.sqlite3*"):
        side.unlink()
    with pytest.raises(recovery.DatabaseMissing) as exc:
        open_database()
    return exc.value, path, made


def test_missing_database_offers_the_latest_backup_and_restores_it(qtbot, lost):
    problem, path, made = lost
    dialog = RecoveryDialog(problem, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Basis data tidak ditemukan"
    assert dialog.restore_button.isEnabled()
    texts = " ".join(w.text() for w in dialog.findChildren(type(dialog.message)))
    assert made.name in texts and str(path) in texts

    dialog.restore_latest()  # no name yet
    assert "supervisor" in dialog.message.text()
    dialog.username.setText("kasi")
    dialog.password.setText("salah-sekali")
    dialog.restore_latest()
    assert "salah" in dialog.message.text() and not path.exists()
    dialog.password.setText("rahasia123")
    dialog.restore_latest()
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    assert made.name in dialog.done_text
    db = open_database()
    assert users.has_users(db)
    db.dispose()


def test_starting_anew_asks_first(qtbot, lost, confirm_answers):
    problem, path, _made = lost
    dialog = RecoveryDialog(problem, path)
    qtbot.addWidget(dialog)
    confirm_answers.append(False)  # Batal, then "Mulai baru"
    dialog.start_new()
    assert "KOSONG" in confirm_answers.asked[0]
    assert dialog.result() != RecoveryDialog.DialogCode.Accepted
    dialog.start_new()
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    db = open_database()  # allowed now, and empty
    assert not users.has_users(db)
    db.dispose()


def test_screenshot_of_the_recovery_screen(qtbot, lost, styled_app, tmp_path):
    problem, path, _made = lost
    dialog = RecoveryDialog(problem, path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.adjustSize()
    shot = tmp_path / "recovery.png"
    assert dialog.grab().save(str(shot))
    if os.environ.get("LOKET_SHOTS"):
        dialog.grab().save(os.environ["LOKET_SHOTS"] + "/recovery.png")


@pytest.fixture
def office(db, supervisor):
    return db


def test_the_window_stops_when_its_database_file_is_replaced(
    qtbot, office, make_ctx, supervisor, tmp_path, monkeypatch
):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[1:3]))
    window = MainWindow(make_ctx(supervisor), idle_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    copy = backup.backup_now(office, SYSTEM, tmp_path / "lain.sqlite3")
    os.replace(copy, office.sqlite_path)
    with qtbot.waitSignal(window.closed, timeout=30_000):
        pass  # the watch timer notices on its own
    assert shown and shown[0][0] == "Basis data berubah" and "telah diganti" in shown[0][1]
    assert window.stopped and not window.logged_out


def test_a_failed_daily_backup_shows_in_the_status_bar_and_to_the_supervisor(
    qtbot, office, make_ctx, supervisor, petugas, monkeypatch
):
    path = office.sqlite_path
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='requests'").fetchone()
    with path.open("r+b") as fh:
        fh.seek((root[0] - 1) * 4096 + 3)
        fh.write(b"\xff\xff")
    with pytest.raises(backup.BackupError):
        backup.auto_backup_if_due(office)

    officer = MainWindow(make_ctx(petugas), idle_ms=60_000)
    qtbot.addWidget(officer)
    officer.show()
    assert officer.backup_label.isVisible()
    assert officer.backup_label.text() == "Cadangan harian gagal"
    assert "kemungkinan rusak" in officer.backup_label.toolTip()
    assert officer.supervisor_notices() == []

    window = MainWindow(make_ctx(supervisor), idle_ms=60_000)
    qtbot.addWidget(window)
    notices = window.supervisor_notices()
    assert any("Cadangan harian gagal" in n for n in notices)


def test_the_start_reopens_the_database_once_recovered(qtbot, lost, monkeypatch):
    from desktop_app.gui import app as gui_app

    problem, path, made = lost
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))

    def restore_it(exc, where):
        actor = backup.restore_login(where, made, "kasi", "rahasia123")
        backup.restore(where, made, actor)
        return "Data telah dipulihkan."

    monkeypatch.setattr(RecoveryDialog, "ask", restore_it)
    db = gui_app.recover_database(problem)
    assert db is not None and users.has_users(db) and shown == ["Data telah dipulihkan."]
    db.dispose()

    monkeypatch.setattr(RecoveryDialog, "ask", lambda exc, where: None)  # "Keluar"
    assert gui_app.recover_database(problem) is None
    from desktop_app.core.errors import DatabaseError

    assert gui_app.recover_database(DatabaseError("Alamat basis data tidak dapat dibaca")) is None
    assert shown[-1] == "Alamat basis data tidak dapat dibaca"


@pytest.fixture
def damaged(data_dir):
    """An office database with a good backup, then damaged inside a table (it still opens: only
    the integrity check at start finds it)."""
    db = open_database()
    users.create_first_supervisor(db, "kasi", "Kepala Seksi", "rahasia123")
    good = backup.backup_now(db, SYSTEM)
    path = db.sqlite_path
    db.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='requests'").fetchone()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as fh:
        fh.seek((root[0] - 1) * page_size + 3)
        fh.write(b"\xff\xff")
    with pytest.raises(DatabaseCorrupt) as exc:
        open_database(integrity_check=True)
    return exc.value, path, good


def test_a_damaged_database_is_replaced_by_the_latest_good_backup_and_kept_aside(qtbot, damaged):
    problem, path, good = damaged
    dialog = RecoveryDialog(problem, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Basis data rusak"
    texts = " ".join(w.text() for w in dialog.findChildren(type(dialog.message)))
    assert "rusak" in texts and good.name in texts
    assert dialog.restore_button.isEnabled() and dialog.restore_button.isDefault()
    dialog.username.setText("kasi")
    dialog.password.setText("rahasia123")
    dialog.restore_button.click()
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    assert good.name in dialog.done_text and "Salinan berkas yang rusak" in dialog.done_text
    db = open_database(integrity_check=True)  # sound again
    assert users.has_users(db)
    db.dispose()
    # Nothing is thrown away: the damaged data is kept, under the name the screen said.
    (kept,) = [p for p in path.parent.rglob("sebelum-pulih-*") if p.name in dialog.done_text]
    with closing(sqlite3.connect(kept)) as conn:  # the damaged data, not a second good copy
        with pytest.raises(sqlite3.DatabaseError, match="malformed"):
            conn.execute("PRAGMA integrity_check").fetchall()


def test_a_chosen_file_is_checked_before_anything_is_replaced(qtbot, lost, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    problem, path, made = lost
    chosen = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen[-1]), ""))
    dialog = RecoveryDialog(problem, path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("kasi")
    dialog.password.setText("rahasia123")

    # A workbook renamed like a database (a hostile or mistaken file): refused in plain words.
    fake = tmp_path / "data-lama.sqlite3"
    fake.write_bytes(b"PK\x03\x04" + b"\x00" * 4096)
    chosen.append(fake)
    dialog.choose_button.click()
    assert dialog.result() != RecoveryDialog.DialogCode.Accepted
    assert dialog.message.isVisible()
    assert "data-lama.sqlite3 bukan cadangan basis data Loket Dukcapil" in dialog.message.text()
    assert "Error" not in dialog.message.text() and not path.exists()
    assert dialog.password.text() == ""  # typed again for the next try

    # The database moved to a flash disk by hand: chosen, checked, restored.
    moved = tmp_path / "flashdisk" / "loket-pindahan.sqlite3"
    moved.parent.mkdir()
    moved.write_bytes(made.read_bytes())
    chosen.append(moved)
    dialog.password.setText("rahasia123")
    dialog.choose_button.click()
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    assert "loket-pindahan.sqlite3" in dialog.done_text
    assert moved.exists()  # the chosen file is copied, never moved away
    db = open_database(integrity_check=True)
    assert users.has_users(db)
    db.dispose()
