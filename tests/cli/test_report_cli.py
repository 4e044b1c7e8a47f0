"""``loket report daily``: writes the PDF, prints what it did, refuses bad input with exit 1
(nothing written) and usage errors with exit 2."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core import clock

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import report_data  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def filled(data_dir):
    from desktop_app.core.schema import open_database

    db = open_database()
    report_data.build_known_day(db)
    db.dispose()


def test_daily_report_for_a_date(filled, tmp_path, capsys):
    out = tmp_path / "rekap.pdf"
    code = main(["report", "daily", "--date", "2026-11-27", "--out", str(out)])
    printed = capsys.readouterr().out
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert "Jumat, 27 November 2026" in printed
    assert "Diterima 12, selesai 4, ditolak 1, sisa terbuka 11 (terlambat 2)." in printed
    assert hashlib.sha256(out.read_bytes()).hexdigest() in printed


def test_range_as_json(filled, tmp_path, capsys):
    out = tmp_path / "bulan.pdf"
    args = ["--from", "2026-11-01", "--to", "2026-11-27", "--out", str(out), "--json"]
    code = main(["report", "daily", *args])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["date_from"] == "2026-11-01" and data["date_to"] == "2026-11-27"
    assert data["figures"]["received"] == 17  # DAY's 12 and five earlier ones
    assert data["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()


def test_default_is_today(data_dir, tmp_path, capsys):
    out = tmp_path / "hari-ini.pdf"
    assert main(["report", "daily", "--out", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["date_from"] == data["date_to"] == clock.today().isoformat()
    assert out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "2999-01-01"], "belum terjadi"),
        (["--from", "2026-11-20", "--to", "2026-11-10"], "lebih awal dari tanggal awal"),
    ],
)
def test_refused_dates_exit_1(data_dir, tmp_path, capsys, args, message):
    out = tmp_path / "r.pdf"
    assert main(["report", "daily", *args, "--out", str(out)]) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_missing_folder_exits_1(data_dir, tmp_path, capsys):
    out = tmp_path / "tidak-ada" / "r.pdf"
    assert main(["report", "daily", "--date", "2026-11-27", "--out", str(out)]) == 1
    assert "Folder tujuan tidak ada" in capsys.readouterr().err


def test_other_roles_are_refused(data_dir, tmp_path, capsys, monkeypatch):
    from desktop_app.core import users
    from desktop_app.core.schema import open_database
    from desktop_app.core.security import SYSTEM

    db = open_database()
    users.create_first_supervisor(db, "kasi", "Kepala Seksi", "rahasia123")
    users.create_user(db, SYSTEM, "sari", "Sari", "legalisir", "rahasia123")
    db.dispose()
    monkeypatch.setenv("LOKET_PASSWORD", "rahasia123")
    out = tmp_path / "r.pdf"
    assert main(["--user", "sari", "report", "daily", "--out", str(out)]) == 1
    assert "tidak berwenang" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["--date", "31-11-2026"],
        ["--date", "2026-11-27", "--from", "2026-11-01"],
        ["--to", "2026-11-27"],
        [],
    ],
)
def test_usage_errors_exit_2(data_dir, tmp_path, capsys, args):
    extra = [] if args == [] else ["--out", str(tmp_path / "r.pdf")]
    with pytest.raises(SystemExit) as exc:
        main(["report", "daily", *args, *extra])
    assert exc.value.code == 2
    assert "kesalahan" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_as_a_subprocess(data_dir, tmp_path):
    out = tmp_path / "r.pdf"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LOKET_DATA_DIR": str(data_dir)}
    cmd = [sys.executable, "-m", "desktop_app", "report", "daily", "--date", "2026-11-27"]
    proc = subprocess.run(
        [*cmd, "--out", str(out)], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert out.exists() and "Laporan disimpan" in proc.stdout
