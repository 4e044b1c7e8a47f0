"""Faults become messages (issue 13, findings 9 and 11).

9.  Disk full: the window said "kesalahan yang tidak terduga (OperationalError)", the command
    line printed a traceback with the SQL parameters (full NIKs and names), and so did the log.
11. A 300-character file name gave an unexpected OSError; ``loket legalisir list --json | head``
    ended in "Terjadi kesalahan yang tidak terduga (BrokenPipeError)".

The full disk is simulated two ways that need no special mount: SQLite's ``max_page_count``
(the database cannot grow: SQLITE_FULL, exactly what a full disk gives) and an ``OSError``
ENOSPC injected into the file writer.
"""

from __future__ import annotations

import errno
import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from desktop_app import applog
from desktop_app.cli import main
from desktop_app.core import db as dbmod
from desktop_app.core import fileio, users
from desktop_app.core.schema import open_database
from desktop_app.core.security import SYSTEM

ROOT = Path(__file__).resolve().parents[2]
NIK, KK, NAME = "3216064507880003", "3216010101200001", "Rahmawati Kusumaningrum"
ROW = "2026-11-23 08:05,web,KK,{nik},{kk},{name},0812-3456-7890,,{notes},WEB-{n}\n"
HEADER = "diterima,kanal,layanan,nik,no_kk,nama,no_hp,email,keterangan,ref\n"
UNEXPECTED = "tidak terduga"


@pytest.fixture
def office(data_dir):
    from desktop_app import paths

    db = open_database()
    users.create_first_supervisor(db, "kasi", "Kepala Seksi", "rahasia123")
    db.dispose()
    paths.protect_data_folder()  # as after any earlier start: nothing left to announce
    return data_dir


@pytest.fixture
def log_file(data_dir):
    """The real rotating log of the app, in this test's data folder."""
    handler = applog.PrivateRotatingFileHandler(data_dir / "uji.log", encoding="utf-8")
    handler.setFormatter(applog.RedactingFormatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.INFO)
    yield data_dir / "uji.log"
    root.removeHandler(handler)
    root.setLevel(old_level)
    handler.close()


@pytest.fixture
def full_disk(monkeypatch):
    """Every SQLite connection opened from now on cannot grow the database file."""
    real = dbmod._sqlite_engine

    def engine(url):
        made = real(url)
        event.listen(made, "connect", lambda conn, _r: conn.execute("PRAGMA max_page_count=1"))
        return made

    monkeypatch.setattr(dbmod, "_sqlite_engine", engine)


def assert_private(log_file: Path) -> None:
    text = log_file.read_text(encoding="utf-8")
    for secret in (NIK, KK, NAME, "Rahmawati"):
        assert secret not in text, secret


def test_a_full_disk_during_import_says_so_and_saves_nothing(
    office, full_disk, tmp_path, capsys, log_file
):
    source = tmp_path / "impor.csv"
    notes = "catatan panjang " * 100  # the rows need room the database cannot get
    rows = [ROW.format(nik=NIK, kk=KK, name=NAME, notes=notes, n=n) for n in range(300)]
    source.write_text(HEADER + "".join(rows), encoding="utf-8")
    assert main(["import", str(source)]) == 1
    err = capsys.readouterr().err
    assert "Disk penuh" in err and "tidak ada yang disimpan" in err
    assert UNEXPECTED not in err and "Traceback" not in err
    for secret in (NIK, NAME):
        assert secret not in err
    assert_private(log_file)


def test_a_full_disk_when_writing_an_export_says_so(office, tmp_path, capsys, monkeypatch):
    def no_space(path):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(fileio, "_fsync_file", no_space)
    out = tmp_path / "ekspor.csv"
    assert main(["export", "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Disk penuh" in err and UNEXPECTED not in err
    assert not out.exists() and not list(tmp_path.glob(".loket-tmp-*"))


def test_a_statement_that_fails_keeps_its_parameters_out_of_the_message(db):
    """hide_parameters: the error's text (shown or logged) does not carry the values."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    with pytest.raises(SQLAlchemyError) as exc:
        with db.write() as session:
            session.execute(
                text("INSERT INTO users (id, username, full_name) VALUES (:i, :u, :n)"),
                {"i": 1, "u": NIK, "n": NAME},
            )
    message = str(exc.value)
    assert "hidden" in message  # SQLAlchemy says the parameters were hidden
    # PostgreSQL's own DETAIL line quotes the failing row: the first line (what a message ever
    # shows) and the logged text leave it out.
    assert NIK not in message.splitlines()[0] and NAME not in message.splitlines()[0]
    assert NIK not in applog.redact(message) and NAME not in applog.redact(message)


def test_the_log_blots_out_numbers_and_server_details(log_file):
    log = logging.getLogger("uji")
    try:
        raise ValueError(f"gagal untuk {NIK} / {KK[:4]} {KK[4:8]} {KK[8:12]} {KK[12:]}")
    except ValueError:
        log.exception("unexpected")
    log.error("duplicate key\nDETAIL:  Failing row contains (7, %s, %s, 2026-11-23).", NAME, NIK)
    assert_private(log_file)
    text = log_file.read_text(encoding="utf-8")
    assert text.count("[NIK/KK]") >= 2 and "DETAIL: [disembunyikan]" in text


def test_an_unexpected_error_logs_only_the_command_not_its_arguments(
    office, capsys, log_file, monkeypatch
):
    from desktop_app.core import legalization

    def boom(*_a, **_k):
        raise RuntimeError("rusak")

    monkeypatch.setattr(legalization, "verify", boom)
    assert main(["verify", NAME, NIK]) == 1
    assert UNEXPECTED in capsys.readouterr().err
    assert_private(log_file)
    assert "'loket verify'" in log_file.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--from", "2026-11-01", "--to", "2026-11-30", "--out", "{long}.csv"],
        ["report", "daily", "--date", "2026-11-28", "--out", "{long}.pdf"],
        ["legalisir", "buku", "--from", "2026-11-01", "--to", "2026-11-30", "--out", "{long}.xlsx"],
        ["import", "{long}.csv"],
        ["backup", "--out", "{long}.sqlite3"],
        ["audit", "verify", "--against", "{long}.pdf"],
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_a_300_character_file_name_gets_a_plain_message(office, tmp_path, capsys, args):
    long = str(tmp_path / ("a" * 300))
    assert main([a.replace("{long}", long) for a in args]) == 1
    err = capsys.readouterr().err
    assert "terlalu panjang" in err and UNEXPECTED not in err, err


class ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    def fileno(self) -> int:
        raise io.UnsupportedOperation


def test_a_reader_that_stops_early_ends_the_command_quietly(office, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["legalisir", "list", "--json"]) == 0
    assert capsys.readouterr().err == ""


def test_head_on_a_real_pipe(office):
    """``loket legalisir list --json | head -c 0``: the reader is gone before the first write."""
    child = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "legalisir", "list", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    child.stdout.close()
    err = child.stderr.read().decode()
    assert child.wait(timeout=120) == 0
    assert err == "", err


def test_the_window_names_a_full_disk(qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.gui import app as gui_app

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[1:3]))
    gui_app.handle_exception(OSError, OSError(errno.ENOSPC, "No space left"), None)
    assert shown and "Disk penuh" in shown[0][1] and UNEXPECTED not in shown[0][1]
    shown.clear()
    gui_app.handle_exception(
        OSError, OSError(errno.ENAMETOOLONG, "File name too long", "x" * 300), None
    )
    assert "nama berkas terlalu panjang" in shown[0][1]


def test_the_intake_save_on_a_full_disk_says_so(db, petugas, full_disk, monkeypatch):
    """The core refusal the window shows (intake, status change, ...) when SQLite is full."""
    from desktop_app.core import requests as rq
    from desktop_app.core.errors import DiskFull

    full = open_database(db.engine.url.render_as_string(hide_password=False))
    with pytest.raises(DiskFull, match="Disk penuh") as exc:
        for n in range(200):  # the file cannot grow; free pages left by migrations fill first
            rq.create_request(
                full, SYSTEM, channel="web", service_code="KK", name=NAME, nik=NIK,
                notes="x" * 4000, external_ref=f"WEB-{n}",
            )  # fmt: skip
    assert "tidak ada yang disimpan" in exc.value.message
    full.dispose()
