"""Hostile arguments on the command line: ``loket verify`` with any text, file names with
``..``, NUL, missing folders, a hostile ``--user``. Every refusal is an Indonesian message with
exit code 1 (usage errors 2), never the "unexpected error" last line of defence, and the
database keeps its tables and rows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from legal_helpers import entry_input, setup_office
from sqlalchemy import func, select

from desktop_app.cli import main
from desktop_app.core import legalization as legal
from desktop_app.core.models import LegalEntry, Request, User
from desktop_app.core.schema import open_database
from desktop_app.core.security import SYSTEM

ROOT = Path(__file__).resolve().parents[2]
UNEXPECTED = "tidak terduga"
HOSTILE = [
    "'; DROP TABLE requests; --",
    "1' OR '1'='1",
    "\u202eJI-APM2-XQ7K",
    "\x00",
    "K7QX\x00M2PA9D",
    "\r\n\t\x1b[2J",
    "A" * 1_000_000,
    "😀" * 1000,
    "https://x/legalisir?k=2026-1-'--",
]


@pytest.fixture
def cli_db(data_dir):
    db = open_database()
    entry = legal.create_entry(db, SYSTEM, entry_input(setup_office(db)))
    yield db, entry
    db.dispose()


def counts(db) -> tuple[int, int, int]:
    with db.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m)) for m in (Request, LegalEntry, User)
        )


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_verify_any_text(cli_db, capsys, text):
    db, entry = cli_db
    before = counts(db)
    assert main(["verify", text]) == 1
    out = capsys.readouterr()
    assert UNEXPECTED not in out.err and "bukan kode verifikasi" in out.out + out.err
    assert counts(db) == before
    assert main(["verify", legal.qr_text(db, entry)]) == 0  # the register still answers


def test_verify_in_a_real_process_with_rtl_sql_and_a_huge_argument(cli_db):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for text in (HOSTILE[0], HOSTILE[2], "B" * 100_000):
        run = subprocess.run(
            [sys.executable, "-m", "desktop_app", "verify", text],
            capture_output=True, text=True, env=env, timeout=60,
        )  # fmt: skip
        assert run.returncode == 1, run.stderr
        assert "Traceback" not in run.stderr and UNEXPECTED not in run.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["import", "../../x.csv"],
        ["import", "a\x00b.csv"],
        ["import", "x" * 5000 + ".csv"],
        ["export", "--from", "2026-11-01", "--to", "2026-11-30", "--out", "{t}/a\x00b.csv"],
        ["export", "--from", "2026-11-01", "--to", "2026-11-30", "--out", "{t}/tidak/x.csv"],
        ["export", "--from", "2026-11-01", "--to", "2026-11-30", "--out", "{t}/sub/../../x.exe"],
        ["report", "daily", "--date", "2026-11-23", "--out", "{t}/a\x00.pdf"],
        ["report", "daily", "--date", "2026-11-23", "--out", "{t}/tidak/../../x.pdf"],
        [
            "legalisir",
            "buku",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--out",
            "{t}/\x00.pdf",
        ],
        ["legalisir", "buku", "--from", "2026-01-01", "--to", "2026-12-31", "--out", "{t}/sub"],
        ["legalisir", "pdf", "'; DROP TABLE legal_entries; --", "--out", "{t}/x.pdf"],
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_hostile_paths_and_names_are_refused_with_a_message(cli_db, tmp_path, capsys, args):
    db, _entry = cli_db
    (tmp_path / "out" / "sub").mkdir(parents=True)
    before = counts(db)
    files = set(tmp_path.rglob("*"))
    code = main([a.replace("{t}", str(tmp_path / "out")) for a in args])
    err = capsys.readouterr().err
    assert code == 1 and err.strip() and UNEXPECTED not in err, err
    assert counts(db) == before
    assert set(tmp_path.rglob("*")) == files  # nothing written, no temp file left


@pytest.mark.parametrize("user", ["'; DROP TABLE users; --", "\x00", "a" * 10_000, "\u202ekasi"])
def test_hostile_user_option(cli_db, capsys, monkeypatch, user):
    db, _entry = cli_db
    monkeypatch.setenv("LOKET_PASSWORD", "'; DROP TABLE users; --")
    before = counts(db)
    assert main(["--user", user, "legalisir", "list"]) == 1
    err = capsys.readouterr().err
    assert "salah" in err and UNEXPECTED not in err
    assert counts(db) == before
