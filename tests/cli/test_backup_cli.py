"""``loket backup`` and ``loket restore``: files made, confirmation asked, refusals exit 1."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from desktop_app.cli import main

ROOT = Path(__file__).resolve().parents[2]


def loket(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "LOKET_PASSWORD": "rahasia123"},
        timeout=120,
    )


# Restoring replaces every record: only a supervisor, with a password (issue 13, finding 4).
AS_KASI = ("--user", "kasi")


def user_names(path: Path) -> set[str]:
    # closing(): a connection left open would make the next restore refuse (file in use)
    with closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT username FROM users")}


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def office(db, supervisor, sqlite_only):
    """An office database with one supervisor, closed again (the CLI opens its own)."""
    path = db.sqlite_path
    db.dispose()
    return path


def add_user(name: str) -> None:
    from desktop_app.core import users
    from desktop_app.core.schema import open_database
    from desktop_app.core.security import SYSTEM

    db = open_database()
    users.create_user(db, SYSTEM, name, name.title(), "petugas", "rahasia123")
    db.dispose()


def test_backup_then_restore_in_real_processes(office, tmp_path):
    out = tmp_path / "usb" / "kantor.sqlite3"
    made = loket("backup", "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert "Cadangan dibuat" in made.stdout and out.exists()
    add_user("susulan")
    assert user_names(office) == {"kasi", "susulan"}

    refused = loket(*AS_KASI, "restore", str(out))  # stdin is a pipe, not a terminal
    assert refused.returncode == 1 and "--yes" in refused.stderr
    assert user_names(office) == {"kasi", "susulan"}

    done = loket(*AS_KASI, "restore", str(out), "--yes")
    assert done.returncode == 0, done.stderr
    assert "dipulihkan" in done.stdout and "sebelum-pulih-" in done.stdout
    assert user_names(office) == {"kasi"}
    verify = loket("audit", "verify")
    assert verify.returncode == 0 and "utuh" in verify.stdout


def test_backup_default_goes_to_the_backup_folder(office, data_dir, capsys):
    assert main(["backup"]) == 0
    files = list((data_dir / "backups").glob("loket-manual-*.sqlite3"))
    assert len(files) == 1
    assert str(files[0]) in capsys.readouterr().out


def test_restore_asks_on_a_terminal(office, tmp_path, monkeypatch, capsys):
    out = tmp_path / "cadangan.sqlite3"
    assert main(["backup", "--out", str(out)]) == 0
    add_user("susulan")
    monkeypatch.setenv("LOKET_PASSWORD", "rahasia123")

    monkeypatch.setattr(sys, "stdin", FakeTerminal("tidak\n"))
    assert main([*AS_KASI, "restore", str(out)]) == 1
    captured = capsys.readouterr()
    assert "Ketik YA untuk melanjutkan" in captured.out and "Dibatalkan" in captured.err
    assert user_names(office) == {"kasi", "susulan"}

    monkeypatch.setattr(sys, "stdin", FakeTerminal("YA\n"))
    assert main([*AS_KASI, "restore", str(out)]) == 0
    assert user_names(office) == {"kasi"}


def test_restore_refuses_a_file_that_is_not_a_backup(office, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LOKET_PASSWORD", "rahasia123")
    bogus = tmp_path / "permohonan.csv"
    bogus.write_text("nik;nama\n3216011501900001;Budi\n")
    assert main([*AS_KASI, "restore", str(bogus), "--yes"]) == 1
    assert "bukan cadangan basis data Loket Dukcapil" in capsys.readouterr().err
    assert user_names(office) == {"kasi"}


def test_backup_as_a_user_without_the_permission(office, capsys, monkeypatch):
    add_user("budi")
    monkeypatch.setenv("LOKET_PASSWORD", "rahasia123")
    assert main(["--user", "budi", "backup"]) == 1
    assert "tidak berwenang" in capsys.readouterr().err


def test_restore_on_postgresql_explains_pg_restore(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LOKET_DB_URL", "postgresql+psycopg://loket@server.kantor/loket")
    assert main([*AS_KASI, "restore", str(tmp_path / "x.sqlite3"), "--yes"]) == 1
    assert "pg_restore --clean --if-exists" in capsys.readouterr().err
