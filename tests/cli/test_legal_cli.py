"""``loket legalisir`` and ``loket verify`` end to end (database in LOKET_DATA_DIR)."""

from __future__ import annotations

import io
import json
import subprocess
from datetime import UTC, datetime

import pytest
from legal_helpers import entry_input, require_tools, setup_office
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.core import legal_print as lp
from desktop_app.core import legalization as legal
from desktop_app.core.schema import open_database
from desktop_app.core.security import SYSTEM


@pytest.fixture
def cli_db(data_dir):
    db = open_database()
    official_id = setup_office(db)
    entry = legal.create_entry(
        db, SYSTEM, entry_input(official_id), now=datetime(2026, 11, 28, 3, tzinfo=UTC)
    )
    yield db, entry
    db.dispose()


def test_list_json_and_text(cli_db, capsys):
    _db, entry = cli_db
    assert main(["legalisir", "list", "--date", "2026-11-28", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["register_no"] == entry.register_no and "*" in rows[0]["nik"]
    assert main(["legalisir", "list", "--date", "27/11/2026"]) == 0
    assert "Tidak ada entri" in capsys.readouterr().out
    assert main(["legalisir", "list"]) == 0
    assert entry.register_no in capsys.readouterr().out


def test_pdf_export_counts_as_reprint(cli_db, tmp_path, capsys, monkeypatch):
    db, entry = cli_db
    out = tmp_path / "blok.pdf"
    # A reprint of an official document needs a login (issue 13, finding 4).
    assert main(["legalisir", "pdf", entry.register_no, "--out", str(out)]) == 1
    assert "--user" in capsys.readouterr().err and not out.exists()
    from desktop_app.core import users

    users.create_first_supervisor(db, "kasi", "Kepala Seksi", "rahasia123")
    monkeypatch.setenv("LOKET_PASSWORD", "rahasia123")
    as_kasi = ["--user", "kasi"]
    assert main([*as_kasi, "legalisir", "pdf", entry.register_no, "--out", str(out)]) == 0
    assert "cetak ulang ke-1" in capsys.readouterr().out
    text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "CETAK ULANG ke-1" in text
    assert legal.print_history(db, SYSTEM, entry.id)[0]["reason"] == "ekspor"
    assert main([*as_kasi, "legalisir", "pdf", "474/9999/X/2026", "--out", str(out)]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    assert (
        main(
            [
                *as_kasi,
                "legalisir",
                "pdf",
                entry.register_no,
                "--out",
                str(tmp_path / "a" / "b.pdf"),
            ]
        )
        == 1
    )
    assert "Folder tujuan" in capsys.readouterr().err


def test_verify_exit_codes(cli_db, capsys):
    db, entry = cli_db
    qr = legal.qr_text(db, entry, entry.documents[0])
    assert main(["verify", qr]) == 0
    out = capsys.readouterr().out
    assert out.startswith("SAH\n") and entry.nik_masked in out
    changed = qr[:-1] + ("1" if qr[-1] != "1" else "2")
    assert main(["verify", changed]) == 1
    err = capsys.readouterr().err
    assert err.startswith("TIDAK SAH\n") and "tidak cocok" in err
    assert main(["verify", "ABCD-EFGH-IJ"]) == 1
    assert "tidak dikenal" in capsys.readouterr().err
    legal.revoke(db, SYSTEM, entry.id, "salah data")
    assert main(["verify", "--json", qr]) == 1
    answer = json.loads(capsys.readouterr().out)
    assert (answer["verdict"], answer["status"]) == ("DICABUT", "revoked")
    assert answer["revoke_reason"] == "salah data"


def test_book_export(cli_db, tmp_path, capsys):
    out = tmp_path / "buku.xlsx"
    assert (
        main(["legalisir", "buku", "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(out)])
        == 0
    )
    assert out.exists()
    assert (
        main(["legalisir", "buku", "--from", "2026-11-30", "--to", "2026-11-01", "--out", str(out)])
        == 1
    )


def test_qr_from_exported_pdf_verifies_via_cli(cli_db, tmp_path, capsys):
    require_tools("pdftoppm", "zbarimg")
    db, entry = cli_db
    pdf = tmp_path / "blok.pdf"
    pdf.write_bytes(lp.render_pdf(db, SYSTEM, entry.id, "endorsement", repeat_copies=False))
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "p")], check=True)
    decoded = subprocess.run(
        ["zbarimg", "--raw", "-q", str(next(tmp_path.glob("p*.png")))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert main(["verify", decoded]) == 0
    capsys.readouterr()
    assert main(["verify", decoded.replace(decoded[-2], "Z" if decoded[-2] != "Z" else "Y")]) == 1
    legal.revoke(db, SYSTEM, entry.id, "uji pencabutan")
    assert main(["verify", decoded]) == 1
    assert "DICABUT" in capsys.readouterr().err


def test_key_commands_and_verify_page(cli_db, tmp_path, capsys, monkeypatch):
    db, entry = cli_db
    from desktop_app.core import users

    users.create_first_supervisor(db, "kasi", "Kepala Seksi", "rahasia123")
    monkeypatch.setenv("LOKET_PASSWORD", "rahasia123")
    kasi = ["--user", "kasi", "legalisir", "kunci"]
    label = legal.key_label(entry.key_id)
    assert main(["legalisir", "kunci", "daftar"]) == 0  # listing needs no password
    out = capsys.readouterr().out
    assert label in out and "dipakai" in out and "PC ini dapat menandatangani." in out
    assert main(["legalisir", "kunci", "cabut", label, "--alasan", "x"]) == 1
    assert "--user" in capsys.readouterr().err
    pem = tmp_path / "kunci.pem"
    assert main([*kasi, "ekspor-publik", label.lower(), "--out", str(pem)]) == 0
    assert pem.read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")
    monkeypatch.setenv("LOKET_BACKUP_PASSPHRASE", "frasa sandi cadangan")
    backup = tmp_path / "cadangan.json"
    assert main([*kasi, "cadangkan", label, "--out", str(backup)]) == 0
    assert main([*kasi, "ekspor-publik", "ZZ", "--out", str(pem)]) == 1
    assert "heksadesimal" in capsys.readouterr().err
    site = tmp_path / "situs"
    site.mkdir()
    assert main(["--user", "kasi", "verify-page", "--out", str(site)]) == 0
    assert "1 kunci, 0 legalisir dicabut" in capsys.readouterr().out
    assert main([*kasi, "ganti"]) == 0
    assert main([*kasi, "cabut", label, "--alasan", "kunci lama bocor"]) == 0
    capsys.readouterr()
    assert main(["verify", legal.qr_text(db, entry, entry.documents[0])]) == 1
    assert "kunci lama bocor" in capsys.readouterr().err


def test_pdf_of_a_copy_asks_where_the_block_goes(data_dir, tmp_path, capsys, monkeypatch):
    """A full-page scan leaves no room for the block at 100 %: the command refuses and says
    why; --penempatan belakang / perkecil choose; --dpi answers a scan without a resolution;
    --mendatar turns the endorsement-only sheet."""
    from legal_helpers import document_scan

    from desktop_app.core import users

    db = open_database()
    official_id = setup_office(db)
    data = entry_input(official_id, copies=1)
    photo = document_scan(210, 297, dpi=None, ink_bottom_mm=15, fmt="JPEG", title="AKTA")
    data.documents = [
        legal.DocumentInput("akta_lahir", "3216-LT-1", 1, scan=legal.check_scan(photo, "a.jpg"))
    ]
    entry = legal.create_entry(db, SYSTEM, data)
    users.create_first_supervisor(db, "kasi", "Kepala Seksi", "rahasia123")
    monkeypatch.setenv("LOKET_PASSWORD", "rahasia123")
    base = ["--user", "kasi", "legalisir", "pdf", entry.register_no, "--jenis", "copy"]
    out = tmp_path / "salinan.pdf"
    assert main([*base, "--out", str(out)]) == 1
    assert "Resolusi pindaian a.jpg" in capsys.readouterr().err and not out.exists()
    assert main([*base, "--dpi", "150", "--out", str(out)]) == 1
    assert "halaman belakang" in capsys.readouterr().err and not out.exists()
    assert main([*base, "--dpi", "150", "--penempatan", "belakang", "--out", str(out)]) == 0
    assert len(PdfReader(str(out)).pages) == 2  # the copy and its back
    assert main([*base, "--dpi", "150", "--penempatan", "perkecil", "--out", str(out)]) == 0
    assert "diperkecil menjadi" in PdfReader(str(out)).pages[0].extract_text()
    assert main([*base, "--dpi", "0", "--penempatan", "perkecil", "--out", str(out)]) == 1
    assert "dpi" in capsys.readouterr().err
    sheet = tmp_path / "blok.pdf"
    endorse = ["--user", "kasi", "legalisir", "pdf", entry.register_no, "--mendatar"]
    assert main([*endorse, "--out", str(sheet)]) == 0
    box = PdfReader(str(sheet)).pages[0].mediabox
    assert float(box.width) > float(box.height)
    db.dispose()
