"""``loket --version``, ``loket init`` and usage errors, run as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def loket(*args: str, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


def test_version():
    result = loket("--version")
    assert result.returncode == 0 and result.stdout.startswith("Loket Dukcapil ")


def test_init_creates_then_changes_nothing(data_dir, sqlite_only):
    first = loket("init", "--admin", "kasi", stdin="rahasia123\n")
    assert first.returncode == 0, first.stderr
    assert "Supervisor kasi dibuat" in first.stdout
    db_file = data_dir / "loket.sqlite3"
    assert db_file.exists()
    again = loket("init", "--admin", "kasi", stdin="lainlain123\n")
    assert again.returncode == 0 and "tidak ada yang diubah" in again.stdout
    from desktop_app.core import users
    from desktop_app.core.db import Database

    db = Database.open(f"sqlite:///{db_file}")
    assert users.authenticate(db, "kasi", "rahasia123").username == "kasi"  # unchanged
    db.dispose()


def test_init_refuses_a_short_password_and_writes_no_user(data_dir, sqlite_only):
    result = loket("init", "--admin", "kasi", stdin="pendek\n")
    assert result.returncode == 1 and "minimal 8" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "url, fragment",
    [
        ("postgresql+psycopg://nobody@127.0.0.1:1/none", "Tidak dapat membuka basis data"),
        ("bukan-url", "tidak dapat dibaca"),
        ("mysql+nosuchdriver://x@y/z", "tidak didukung"),
    ],
)
def test_wrong_db_url_exits_1_with_a_message(url, fragment):
    result = loket("init", env={"LOKET_DB_URL": url})
    assert result.returncode == 1
    assert fragment in result.stderr and "Traceback" not in result.stderr


def test_usage_error_exits_2_in_indonesian():
    result = loket("perintah-aneh")
    assert result.returncode == 2 and "kesalahan" in result.stderr
