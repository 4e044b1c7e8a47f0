"""``loket report kinerja``: writes the XLSX (or PDF), prints JSON, hides officers' names from a
non-supervisor, refuses bad input with exit 1 (nothing written) and usage errors with exit 2."""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.cli import main
from desktop_app.core import clock

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import performance_data  # noqa: E402

MONTH = "2026-10"  # over whenever these tests run (the data is October-December 2026)


@pytest.fixture
def filled(data_dir):
    from desktop_app.core import users
    from desktop_app.core.schema import open_database
    from desktop_app.core.security import SYSTEM

    db = open_database()
    users.create_user(db, SYSTEM, "budi", "Budi", "petugas", "rahasia123")
    users.create_user(db, SYSTEM, "kasi", "Kepala Seksi", "supervisor", "rahasia123")
    month = performance_data.build_month(db)
    db.dispose()
    return month


@pytest.fixture
def out_dir(tmp_path):
    path = tmp_path / "keluar"
    path.mkdir()
    return path


def run_json(capsys, *args: str, before: tuple[str, ...] = ()) -> dict:
    code = main([*before, "report", "kinerja", *args, "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out)


def test_month_to_xlsx(filled, out_dir, capsys):
    out = out_dir / "kinerja.xlsx"
    code = main(["report", "kinerja", "--month", MONTH, "--out", str(out)])
    printed = capsys.readouterr().out
    assert code == 0
    assert f"Laporan kinerja disimpan: {out}" in printed
    assert "Periode: 1\u201331 Oktober 2026 (22 hari kerja)" in printed
    wb = load_workbook(out)
    assert "Petugas" not in wb.sheetnames  # without --user: no officers' names
    data = run_json(capsys, "--month", MONTH)
    assert f"Diterima {data['totals']['received']:,}".replace(",", ".") in printed


def test_month_to_pdf(filled, out_dir, capsys):
    out = out_dir / "kinerja.pdf"
    assert main(["report", "kinerja", "--month", MONTH, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert f"Laporan kinerja disimpan: {out}" in capsys.readouterr().out


def test_json_figures_and_file(filled, out_dir, capsys, monkeypatch):
    monkeypatch.setenv("LOKET_PASSWORD", "rahasia123")
    out = out_dir / "k.xlsx"
    data = run_json(capsys, "--month", MONTH, "--out", str(out), before=("--user", "kasi"))
    assert data["file"] == str(out) and len(data["sha256"]) == 64
    assert data["date_from"] == "2026-10-01" and data["date_to"] == "2026-10-31"
    totals = data["totals"]
    assert totals["received"] == sum(s["received"] for s in data["services"]) > 0
    assert totals["finished"] == sum(c["finished"] for c in data["channels"])
    assert {o["name"] for o in data["officers"]} >= {"Budi Santoso", "Andi Wijaya"}
    assert data["backlog"]["age_groups_working_days"] == ["0\u20131", "2\u20133", "4\u20137", "> 7"]


def test_a_range_with_either_date_form(filled, capsys):
    data = run_json(capsys, "--from", "02-11-2026", "--to", "2026-11-06")
    assert (data["date_from"], data["date_to"], data["month"]) == ("2026-11-02", "2026-11-06", None)
    assert data["working_days"] == 5 and len(data["weeks"]) == 1


def test_without_a_period_it_is_last_month(data_dir, capsys):
    data = run_json(capsys)
    last_month = clock.today().replace(day=1) - timedelta(days=1)
    assert data["month"] == f"{last_month.year:04d}-{last_month.month:02d}"
    assert data["totals"]["received"] == 0


def test_without_user_it_runs_but_names_no_officer(filled, capsys):
    from desktop_app.core.security import COMMAND_LINE, Permission

    assert COMMAND_LINE.can(Permission.REPORT_PERFORMANCE)
    assert not COMMAND_LINE.can(Permission.REPORT_OFFICERS)
    data = run_json(capsys, "--month", MONTH)  # a scheduled export: no password
    assert data["officers"] is None and data["totals"]["received"] > 0


def test_an_officer_sees_no_names(filled, monkeypatch, capsys):
    monkeypatch.setenv("LOKET_PASSWORD", "rahasia123")
    data = run_json(capsys, "--month", MONTH, before=("--user", "budi"))
    assert data["officers"] is None
    text = json.dumps(data, ensure_ascii=False)
    for name in ("Budi Santoso", "Andi Wijaya", "Rina Marlina"):
        assert name not in text


@pytest.mark.parametrize(
    "args",
    [
        ["--month", "2026-13", "--json"],
        ["--month", "November", "--json"],
        ["--to", "2026-11-06", "--json"],
        ["--month", MONTH, "--from", "2026-10-01", "--json"],
        ["--month", MONTH],  # neither --out nor --json
    ],
)
def test_usage_errors_exit_2(data_dir, capsys, args):
    with pytest.raises(SystemExit) as exit_:
        main(["report", "kinerja", *args])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "kesalahan:" in err and "Traceback" not in err


def test_refusals_exit_1_and_write_nothing(filled, out_dir, capsys):
    future = clock.today().replace(day=1) + timedelta(days=40)
    month = f"{future.year:04d}-{future.month:02d}"
    assert main(["report", "kinerja", "--month", month, "--out", str(out_dir / "k.xlsx")]) == 1
    assert "belum dimulai" in capsys.readouterr().err
    assert main(["report", "kinerja", "--month", MONTH, "--out", str(out_dir / "k.csv")]) == 1
    err = capsys.readouterr().err
    assert "berakhiran .pdf / .xlsx" in err and "Traceback" not in err
    assert list(out_dir.iterdir()) == []
