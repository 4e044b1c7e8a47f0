"""The command line without ``--user`` (issue 13, finding 4): it acted as a supervisor with no
password, so ``export --full-nik`` and ``restore`` were open to anyone at the PC. Now it keeps
what the IT staff install and schedule; full NIKs, restoring and user changes need a login."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.cli import main
from desktop_app.core import users
from desktop_app.core.models import AuditEntry
from desktop_app.core.schema import open_database
from desktop_app.core.security import COMMAND_LINE, ROLE_PERMISSIONS, SYSTEM, Permission, Role

DAY = ["--from", "2026-11-01", "--to", "2026-11-30"]


@pytest.fixture
def office(data_dir, sqlite_only):
    db = open_database()
    users.create_first_supervisor(db, "kasi", "Kepala Seksi", "rahasia123")
    users.create_user(db, SYSTEM, "budi", "Budi", "petugas", "rahasia123")
    db.dispose()
    return data_dir / "loket.sqlite3"


def denials(path: Path) -> list[dict]:
    db = open_database(f"sqlite:///{path}")
    try:
        with db.read() as session:
            rows = session.scalars(
                select(AuditEntry).where(AuditEntry.action == "permission.denied")
            ).all()
            return [{"user": r.username, **json.loads(r.detail)} for r in rows]
    finally:
        db.dispose()


def usernames(path: Path) -> set[str]:
    # closing(): a connection left open would make the next restore refuse (file in use)
    with closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT username FROM users")}


def test_full_niks_need_a_supervisor_login(office, tmp_path, capsys, monkeypatch):
    out = tmp_path / "penuh.csv"
    assert main(["export", *DAY, "--out", str(out), "--full-nik"]) == 1
    err = capsys.readouterr().err
    assert "tanpa login" in err and "--user NAMA_PENGGUNA" in err
    assert not out.exists()
    assert denials(office)[-1]["permission"] == "data.unmask"

    monkeypatch.setenv("LOKET_PASSWORD", "rahasia123")
    assert main(["--user", "budi", "export", *DAY, "--out", str(out), "--full-nik"]) == 1
    assert "tidak berwenang" in capsys.readouterr().err
    assert main(["--user", "kasi", "export", *DAY, "--out", str(out), "--full-nik"]) == 0
    assert "(NIK lengkap)" in capsys.readouterr().out


def test_what_the_it_staff_schedule_still_needs_no_password(office, tmp_path, capsys):
    assert main(["init"]) == 0
    assert main(["backup"]) == 0
    assert main(["report", "daily", "--date", "2026-11-28", "--out", str(tmp_path / "r.pdf")]) == 0
    assert main(["export", *DAY, "--out", str(tmp_path / "masked.csv")]) == 0
    assert main(["audit", "verify"]) == 0
    assert "tanpa login" not in capsys.readouterr().err


def test_restore_needs_a_supervisor_login(office, tmp_path, capsys, monkeypatch):
    copy = tmp_path / "cadangan.sqlite3"
    assert main(["backup", "--out", str(copy)]) == 0
    db = open_database()
    users.create_user(db, SYSTEM, "susulan", "Susulan", "petugas", "rahasia123")
    db.dispose()
    capsys.readouterr()

    assert main(["restore", str(copy), "--yes"]) == 1
    err = capsys.readouterr().err
    assert "tanpa login" in err and "--user" in err
    assert "susulan" in usernames(office)  # nothing replaced
    assert denials(office)[-1]["permission"] == "backup.restore"

    monkeypatch.setenv("LOKET_PASSWORD", "rahasia123")
    assert main(["--user", "budi", "restore", str(copy), "--yes"]) == 1
    assert "tidak berwenang" in capsys.readouterr().err
    assert "susulan" in usernames(office)

    monkeypatch.setenv("LOKET_PASSWORD", "salah-sekali")
    assert main(["--user", "kasi", "restore", str(copy), "--yes"]) == 1
    assert "kata sandi salah" in capsys.readouterr().err
    assert "susulan" in usernames(office)

    monkeypatch.setenv("LOKET_PASSWORD", "rahasia123")
    assert main(["--user", "kasi", "restore", str(copy), "--yes"]) == 0
    assert "susulan" not in usernames(office)


def test_restore_of_a_lost_database_logs_in_against_the_backup(office, tmp_path, monkeypatch):
    copy = tmp_path / "cadangan.sqlite3"
    assert main(["backup", "--out", str(copy)]) == 0
    for side in office.parent.glob("loket.sqlite3*"):
        side.unlink()
    monkeypatch.setenv("LOKET_PASSWORD", "rahasia123")
    assert main(["--user", "budi", "restore", str(copy), "--yes"]) == 1
    assert main(["--user", "kasi", "restore", str(copy), "--yes"]) == 0
    assert usernames(office) == {"kasi", "budi"}


def test_user_changes_and_reprints_are_not_granted_without_a_login():
    for permission in (
        Permission.UNMASK,
        Permission.RESTORE,
        Permission.USERS_MANAGE,
        Permission.SETTINGS_EDIT,
        Permission.SERVICES_EDIT,
        Permission.LEGAL_EDIT,
        Permission.LEGAL_REVOKE,
        Permission.REQUESTS_REOPEN,
        Permission.AUDIT_VIEW,
    ):
        assert not COMMAND_LINE.can(permission), permission
    assert COMMAND_LINE.can(Permission.BACKUP) and COMMAND_LINE.can(Permission.REPORT_DAILY)
    assert COMMAND_LINE.grants < ROLE_PERMISSIONS[Role.SUPERVISOR]


def test_demo_data_is_refused_in_an_office_database(office, capsys):
    db = open_database()
    users.create_user(db, SYSTEM, "andi", "Andi", "petugas", "rahasia123")
    db.dispose()
    assert main(["demo", "--days", "1"]) == 1
    assert "sudah berisi akun kantor" in capsys.readouterr().err
    assert "rina" not in usernames(office)
