"""``loket selfcheck``: all steps pass on a fresh install; any failure is named and exits 1."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.cli.selfcheck import check_pdf
from desktop_app.core.errors import DatabaseError

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        LOKET_DATA_DIR=str(data_dir),
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(data_dir.parent / "config"),  # where QSettings would go on Linux
    )
    env.pop("LOKET_DB_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "selfcheck", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_selfcheck_passes_on_a_temporary_database(tmp_path, sqlite_only):
    home = tmp_path / "home"  # the user's own data folder: must stay without a database
    done = _run(data_dir=home)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    ok = [line for line in lines if line.strip().startswith("OK")]
    assert len(ok) == 5, done.stdout
    assert any("Laporan harian" in line and "halaman" in line for line in ok)
    assert any("Pengesahan legalisir" in line and "474/0001/" in line for line in ok)
    assert any("5 halaman dibuka" in line for line in ok)
    assert "berhasil: 5 dari 5" in lines[-1]
    assert not (home / "loket.sqlite3").exists()
    assert not (home / "basis-data-dikenal.json").exists()  # its deleted database is not missed
    config = tmp_path / "config"
    assert not config.exists() or not any(config.rglob("*"))  # QSettings stayed in the temp dir


def test_selfcheck_in_a_given_folder_then_refuses_to_reuse_it(tmp_path, sqlite_only):
    folder = tmp_path / "check"
    first = _run("--data-dir", str(folder), data_dir=tmp_path / "home")
    assert first.returncode == 0, first.stdout + first.stderr
    assert (folder / "loket.sqlite3").exists()
    again = _run("--data-dir", str(folder), data_dir=tmp_path / "home")
    assert again.returncode == 1
    assert "sudah berisi basis data" in again.stderr


def test_a_failing_step_is_named_and_exits_1(tmp_path, monkeypatch, capsys):
    from desktop_app.core import schema

    def broken(url=None, **_options):
        raise DatabaseError("Tidak dapat membuka basis data contoh: disk penuh")

    monkeypatch.setattr(schema, "open_database", broken)
    assert main(["selfcheck", "--data-dir", str(tmp_path / "c")]) == 1
    out = capsys.readouterr().out
    assert "GAGAL  Basis data dan migrasi: Tidak dapat membuka basis data contoh" in out
    assert out.count("LEWAT") == 4  # the later steps need the database
    assert "GAGAL pada: Basis data dan migrasi" in out


def test_check_pdf_accepts_pdfs_with_pages_only():
    from pypdf import PdfWriter
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf)
    canvas.drawString(72, 720, "halaman satu")
    canvas.showPage()
    canvas.save()
    assert check_pdf(buf.getvalue()) == 1
    with pytest.raises(ValueError, match="%PDF"):
        check_pdf(b"<html>bukan pdf</html>")
    empty = io.BytesIO()
    PdfWriter().write(empty)
    with pytest.raises(ValueError, match="tidak berisi halaman"):
        check_pdf(empty.getvalue())
