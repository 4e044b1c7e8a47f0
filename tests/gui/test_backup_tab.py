"""The *Cadangan* settings tab: list, backup in the background, restore with confirmation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import paths
from desktop_app.core import backup, users
from desktop_app.gui.context import AppContext
from desktop_app.gui.pages.settings import backups as backup_tab
from desktop_app.gui.pages.settings.backups import BackupTab


@pytest.fixture
def dialogs(monkeypatch):
    """Replaces the file dialog and message boxes; records what the user was told."""
    shown: dict[str, list] = {"warning": [], "information": [], "critical": [], "quit": []}
    state = {"file": "", "answer": QMessageBox.StandardButton.Yes}

    def warning(parent, title, text, *buttons):
        shown["warning"].append((title, text))
        return state["answer"]

    monkeypatch.setattr(
        backup_tab.QFileDialog, "getOpenFileName", lambda *a, **k: (state["file"], "")
    )
    monkeypatch.setattr(backup_tab.QMessageBox, "warning", warning)
    monkeypatch.setattr(
        backup_tab.QMessageBox, "information", lambda p, t, x, *a: shown["information"].append(x)
    )
    monkeypatch.setattr(
        backup_tab.QMessageBox, "critical", lambda p, t, x, *a: shown["critical"].append(x)
    )
    monkeypatch.setattr(QApplication, "quit", lambda: shown["quit"].append(True))
    return shown, state


def make_tab(qtbot, db, actor) -> BackupTab:
    tab = BackupTab(AppContext(db=db, actor=actor))
    qtbot.addWidget(tab)
    return tab


def test_lists_backups_with_date_kind_and_size(qtbot, db, supervisor, sqlite_only):
    backup.backup_now(db, supervisor)
    (paths.backup_dir() / "sebelum-upgrade-0001-20250102-030405.sqlite3").write_bytes(b"x" * 2048)
    tab = make_tab(qtbot, db, supervisor)
    assert tab.tab_title() == "Cadangan"
    assert tab.table.rowCount() == 2
    last = [tab.table.item(1, c).text() for c in range(4)]
    assert last == [
        "02-01-2025 03:04:05",
        "sebelum pembaruan",
        "2,0 KB",
        "sebelum-upgrade-0001-20250102-030405.sqlite3",
    ]
    assert tab.table.item(0, 1).text() == "manual"
    assert str(paths.backup_dir()) in tab.intro.text()


def test_backup_now_runs_in_the_background_and_lists_the_file(qtbot, db, supervisor, sqlite_only):
    tab = make_tab(qtbot, db, supervisor)
    assert tab.table.rowCount() == 0
    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=10_000)
    assert tab.backup_button.isEnabled()
    assert tab.notice.text().startswith("✓ Cadangan dibuat: loket-manual-")
    assert len(list(paths.backup_dir().glob("loket-manual-*.sqlite3"))) == 1


def test_restore_confirms_replaces_the_data_and_closes_the_app(
    qtbot, db, supervisor, dialogs, confirm_answers, sqlite_only
):
    shown, state = dialogs
    made = backup.backup_now(db, supervisor)
    users.create_user(db, supervisor, "susulan", "Susulan", "petugas", "rahasia123")
    tab = make_tab(qtbot, db, supervisor)
    state["file"] = str(made)

    confirm_answers.append(False)  # Batal
    tab.restore_button.click()
    asked = confirm_answers.asked[0]
    assert "akan DIGANTI" in asked and "sebelum-pulih" in asked
    assert shown["quit"] == []
    assert {u.username for u in users.list_users(db, supervisor)} == {"kasi", "susulan"}

    tab.restore_button.click()  # Pulihkan
    assert shown["quit"] == [True]
    assert "ditutup" in shown["information"][0] and "sebelum-pulih-" in shown["information"][0]
    assert {u.username for u in users.list_users(db, supervisor)} == {"kasi"}


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_closes(
    qtbot, db, supervisor, dialogs, tmp_path, sqlite_only
):
    shown, state = dialogs
    bogus = tmp_path / "foto.sqlite3"
    bogus.write_bytes(b"\x89PNG not a database")
    state["file"] = str(bogus)
    tab = make_tab(qtbot, db, supervisor)
    tab.restore_button.click()
    assert len(shown["warning"]) == 1
    assert "bukan cadangan basis data Loket Dukcapil" in shown["warning"][0][1]
    assert shown["quit"] == [] and shown["information"] == []


def test_roles_without_the_permission_get_no_buttons(qtbot, db, petugas):
    tab = make_tab(qtbot, db, petugas)
    assert not tab.backup_button.isEnabled()
    assert not tab.restore_button.isEnabled()
