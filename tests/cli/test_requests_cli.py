"""``loket import`` / ``export`` / ``demo``."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli import main

SAMPLE = Path(__file__).parent.parent / "data" / "contoh_impor.csv"


def test_import_then_export(capsys, tmp_path):
    assert main(["import", str(SAMPLE)]) == 0
    assert "5 permohonan ditambahkan" in capsys.readouterr().out
    assert main(["import", str(SAMPLE)]) == 0
    assert "5 dilewati" in capsys.readouterr().out
    out = tmp_path / "ekspor.csv"
    assert main(["export", "--from", "23-11-2026", "--to", "2026-11-23", "--out", str(out)]) == 0
    assert "5 permohonan diekspor" in capsys.readouterr().out
    assert "321606******0003" in out.read_text(encoding="utf-8-sig")


def test_invalid_import_lists_every_line(capsys, tmp_path):
    bad = tmp_path / "salah.csv"
    bad.write_text(
        "diterima,kanal,layanan,nik,nama\n2026-11-23 08:05,fax,KK,1,Sri\n"
        "2026-11-23 08:05,web,KK,3216064507880003,Sri\n",
        encoding="utf-8",
    )
    assert main(["import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Impor dibatalkan" in err
    assert "baris 2: kanal:" in err and "baris 2: nik:" in err
    assert main(["import", str(bad), "--skip-invalid"]) == 0
    captured = capsys.readouterr()
    assert "1 permohonan ditambahkan" in captured.out and "baris 2: kanal:" in captured.err


def test_not_a_csv(capsys, tmp_path):
    pdf = tmp_path / "surat.csv"
    pdf.write_bytes(b"%PDF-1.4 ...")
    assert main(["import", str(pdf)]) == 1
    assert "PDF" in capsys.readouterr().err


@pytest.mark.parametrize("bad", ["2026-02-30", "kemarin", "11/2026"])
def test_bad_dates_are_usage_errors(capsys, tmp_path, bad):
    with pytest.raises(SystemExit) as exit_:
        main(["export", "--from", bad, "--to", "2026-11-23", "--out", str(tmp_path / "x.csv")])
    assert exit_.value.code == 2
    assert f"tanggal {bad} tidak valid" in capsys.readouterr().err


def test_reversed_range_and_full_nik_as_petugas(capsys, tmp_path, monkeypatch):
    out = str(tmp_path / "x.csv")
    assert main(["export", "--from", "2026-11-24", "--to", "2026-11-23", "--out", out]) == 1
    assert "sebelum" in capsys.readouterr().err
    assert main(["demo", "--days", "1", "--seed", "1"]) == 0
    monkeypatch.setenv("LOKET_PASSWORD", "demo1234")
    args = ["--user", "budi", "export", "--from", "2026-11-23", "--to", "2026-11-23"]
    assert main([*args, "--out", out, "--full-nik"]) == 1
    assert "tidak berwenang" in capsys.readouterr().err


def test_demo_prints_logins(capsys):
    assert main(["demo", "--days", "2", "--seed", "5"]) == 0
    out = capsys.readouterr().out
    assert "kasi" in out and "budi" in out and "sari" in out and "demo1234" in out
    assert main(["demo", "--days", "0"]) == 1
