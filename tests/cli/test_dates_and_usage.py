"""The one command-line date parser and argparse's messages in Indonesian: every date form the
README promises works on every command, an impossible date is a usage error (exit 2) that names
it, and what the user typed is never rewritten by the translation."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.i18n import _

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import report_data  # noqa: E402


@pytest.fixture
def filled(data_dir):
    from desktop_app.core.schema import open_database

    db = open_database()
    report_data.build_known_day(db)
    db.dispose()


def test_placeholder_named_text_is_filled():
    assert _("tanggal {text} salah", text="31-02-2026") == "tanggal 31-02-2026 salah"


@pytest.mark.parametrize("written", ["2026-11-27", "27-11-2026", "27/11/2026", "27.11.2026"])
def test_report_accepts_every_promised_form(filled, tmp_path, capsys, written):
    out = tmp_path / "rekap.pdf"
    assert main(["report", "daily", "--date", written, "--out", str(out)]) == 0
    assert "Jumat, 27 November 2026" in capsys.readouterr().out


@pytest.mark.parametrize(
    "command",
    [
        ["report", "daily", "--date", "{d}", "--out", "x.pdf"],
        ["export", "--from", "{d}", "--to", "2026-11-30", "--out", "x.csv"],
        ["legalisir", "list", "--date", "{d}"],
        ["legalisir", "buku", "--from", "{d}", "--to", "2026-11-30", "--out", "x.pdf"],
    ],
)
@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("29-02-2027", "tanggal 29-02-2027 tidak valid"),
        ("2026-13-01", "tanggal 2026-13-01 tidak valid"),
        ("0001-01-01", "tanggal 0001-01-01 di luar rentang tahun"),
        ("kemarin", "tanggal kemarin tidak valid"),
    ],
)
def test_bad_dates_are_usage_errors_naming_the_date(tmp_path, capsys, command, written, expected):
    args = [a.replace("{d}", written).replace("x.", str(tmp_path / "x.")) for a in command]
    with pytest.raises(SystemExit) as stop:
        main(args)
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert expected in err
    assert "Traceback" not in err and "_day" not in err
    assert not list(tmp_path.glob("x.*"))


def test_translation_never_rewrites_what_was_typed(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["report", "daily", "--date", "invalid argument value"])
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert "invalid argument value" in err
    assert "kesalahan:" in err and "pemakaian:" in err


def test_usage_messages_are_indonesian(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["export", "--to", "2026-11-30"])
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert "argumen berikut wajib diisi: --from" in err
    with pytest.raises(SystemExit):
        main(["laporan-tidak-ada"])
    assert "pilihan tidak valid: 'laporan-tidak-ada'" in capsys.readouterr().err
