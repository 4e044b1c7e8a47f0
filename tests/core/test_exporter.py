"""Export: CSV (BOM, semicolon, CRLF) and XLSX, masked NIK unless a supervisor unmasks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop_app.core.errors import PermissionDenied, ValidationError
from desktop_app.core.exporter import export_requests
from desktop_app.core.importer import import_file
from desktop_app.core.models import AuditEntry

SAMPLE = Path(__file__).parent.parent / "data" / "contoh_impor.csv"
DAY = date(2026, 11, 23)


@pytest.fixture
def loaded(db, petugas):
    import_file(db, petugas, SAMPLE)


def test_csv_is_excel_friendly_and_masked(db, petugas, loaded, tmp_path):
    out = tmp_path / "keluar" / "ekspor.csv"
    out.parent.mkdir()
    result = export_requests(db, petugas, DAY, DAY, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("tiket;diterima;kanal;layanan;nik;no_kk;nama")
    assert result.rows == 5 and len([line for line in lines if line]) == 6
    assert "321606******0003" in lines[1] and "3216064507880003" not in raw.decode("utf-8-sig")
    assert "Nur'aini Hasibuan" in raw.decode("utf-8-sig")
    assert list(out.parent.iterdir()) == [out]  # no temporary file left behind
    with db.read() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "requests.export")).one()


def test_due_date_is_a_day(db, petugas, loaded, tmp_path):
    out = tmp_path / "ekspor.csv"
    export_requests(db, petugas, DAY, DAY, out)
    lines = out.read_bytes().decode("utf-8-sig").split("\r\n")
    column = lines[0].split(";").index("jatuh_tempo")
    due = lines[1].split(";")[column]
    assert date.fromisoformat(due) > DAY  # "2026-11-26", not "2026-11-26 23:59"


def test_date_range_is_wib_days(db, petugas, loaded, tmp_path):
    assert export_requests(db, petugas, date(2026, 11, 24), date(2026, 11, 30),
                           tmp_path / "x.csv").rows == 0  # fmt: skip


def test_full_nik_needs_supervisor_and_is_audited(db, supervisor, petugas, loaded, tmp_path):
    with pytest.raises(PermissionDenied):
        export_requests(db, petugas, DAY, DAY, tmp_path / "x.xlsx", unmask=True)
    assert not (tmp_path / "x.xlsx").exists()
    out = tmp_path / "lengkap.xlsx"
    result = export_requests(db, supervisor, DAY, DAY, out, unmask=True)
    assert result.unmasked
    ws = load_workbook(out, read_only=True).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][4] == "nik" and rows[1][4] == "3216064507880003"
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "requests.export")).one()
    assert '"unmasked": true' in entry.detail


def test_bad_export_requests(db, petugas, tmp_path):
    with pytest.raises(ValidationError):
        export_requests(db, petugas, DAY, DAY, tmp_path / "x.pdf")
    with pytest.raises(ValidationError):
        export_requests(db, petugas, DAY, date(2026, 11, 1), tmp_path / "x.csv")
    with pytest.raises(ValidationError):
        export_requests(db, petugas, DAY, DAY, tmp_path / "tidak-ada" / "x.csv")


def test_failed_export_leaves_old_file_untouched(db, petugas, loaded, tmp_path, monkeypatch):
    out = tmp_path / "keluar" / "ekspor.csv"
    out.parent.mkdir()
    out.write_text("lama")
    import desktop_app.core.exporter as exporter

    def boom(*_a, **_k):
        yield ["x"] * len(exporter.HEADER)
        raise RuntimeError("disk penuh")

    monkeypatch.setattr(exporter, "_rows", boom)
    with pytest.raises(RuntimeError):
        export_requests(db, petugas, DAY, DAY, out)
    assert out.read_text() == "lama" and list(out.parent.iterdir()) == [out]
