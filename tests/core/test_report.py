"""The daily summary: figures from a day of known activity, the PDF's text, bad input, and an
export that is all-or-nothing and audited."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop_app.core import clock, fileio, report
from desktop_app.core.errors import PermissionDenied, ValidationError
from desktop_app.core.formatting import (
    date_range_text,
    format_decimal,
    format_int,
    long_date,
)
from desktop_app.core.models import AuditEntry
from desktop_app.core.report_pdf import render_daily_pdf
from desktop_app.core.settings import OfficeProfile, save_office, save_official

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import report_data  # noqa: E402
from report_data import DAY, EXPECTED, EXPECTED_SERVICES  # noqa: E402

OFFICE = OfficeProfile(
    name="Dinas Kependudukan dan Pencatatan Sipil",
    regency="Kabupaten Bekasi",
    regency_code="3216",
    address="Komplek Perkantoran Pemda, Desa Sukamahi, Cikarang Pusat 17530",
    phone="+62218970069",
    website="disdukcapil.bekasikab.go.id",
    city="Cikarang",
)


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.fixture
def known_day(db, petugas, legalisir):
    """The day of report_data (its officers are the fixtures' users, renamed)."""
    return report_data.build_known_day(db)


# --------------------------------------------------------------------------- formatting


def test_indonesian_dates_and_numbers():
    assert long_date(date(2026, 11, 28), weekday=True) == "Sabtu, 28 November 2026"
    assert long_date(date(2026, 8, 17)) == "17 Agustus 2026"
    assert date_range_text(date(2026, 11, 1), date(2026, 11, 30)) == "1\u201330 November 2026"
    assert (
        date_range_text(date(2026, 11, 28), date(2026, 12, 3))
        == "28 November \u2013 3 Desember 2026"
    )
    assert (
        date_range_text(date(2026, 12, 28), date(2027, 1, 3))
        == "28 Desember 2026 \u2013 3 Januari 2027"
    )
    assert date_range_text(date(2026, 11, 28), date(2026, 11, 28)) == "Sabtu, 28 November 2026"
    assert format_int(1234) == "1.234"
    assert format_int(1234567) == "1.234.567"
    assert format_int(-5) == "-5"
    assert format_decimal(1234.56, 1) == "1.234,6"


def test_wib_day_starts_at_17_utc_the_day_before():
    start, end = clock.day_bounds(date(2026, 11, 28))
    assert (start.isoformat(), end.isoformat()) == (
        "2026-11-27T17:00:00+00:00",
        "2026-11-28T17:00:00+00:00",
    )


# --------------------------------------------------------------------------- figures


# The requests open at a day's end: read through the closing-time index (a recent period,
# the history's start); the figures are the same.
BOTH_READS = pytest.mark.parametrize("receipts_share", [0, 10**9], ids=["closing", "receipt"])


@BOTH_READS
def test_summary_of_a_known_day(db, known_day, monkeypatch, receipts_share):
    monkeypatch.setattr(report, "_RECEIPTS_PER_CLOSING", receipts_share)
    s = report.summarize(db, DAY)
    f = s.figures
    assert {k: getattr(f, k) for k in EXPECTED} == EXPECTED
    assert {r.code: r.total for r in s.services} == EXPECTED_SERVICES
    kk = next(r for r in s.services if r.code == "KK")
    # Joko's KK request was closed the next morning: at the end of DAY it was "diproses".
    assert kk.by_status == {
        "baru": 1,
        "diproses": 1,
        "menunggu_berkas": 0,
        "selesai": 2,
        "ditolak": 0,
    }
    assert {c.key: c.count for c in s.channels} == {
        "web": 5,
        "wa": 4,
        "telepon": 1,
        "email": 1,
        "loket": 1,
    }
    districts = {d.key: (d.label, d.count) for d in s.districts}
    assert districts["321606"] == ("Tambun Selatan, Kabupaten Bekasi", 6)
    assert districts["321699"] == ("Kode 321699 (tidak dikenal)", 1)
    officers = {o.name: (o.received, o.completed, o.rejected) for o in s.officers}
    assert officers == {
        "Budi Santoso": (7, 3, 0),
        "Andi Wijaya": (4, 0, 0),
        "Kepala Seksi": (0, 1, 1),
        "Tanpa petugas (impor/sistem)": (1, 0, 0),
    }
    kasi = next(o for o in s.officers if o.name == "Kepala Seksi")
    assert kasi.avg_hours_to_complete == pytest.approx(5.5)  # 08.30 -> 14.00 on a Friday
    budi = next(o for o in s.officers if o.name == "Budi Santoso")
    # 9h50 + 3h25 + (Tue 15h + Wed 24h + Thu 24h + Fri 9h45), over three requests
    assert budi.avg_hours_to_complete == pytest.approx((9 + 50 / 60 + 3 + 25 / 60 + 72.75) / 3)
    assert s.legal.applicants == 2
    assert s.legal.documents == 3
    assert s.legal.copies == 9
    assert [e.register_no for e in s.legal.entries] == [
        "474/0002/Disdukcapil/XI/2026",
        "474/0003/Disdukcapil/XI/2026",
    ]
    assert {p.label: p.count for p in s.legal.by_purpose} == {"TNI AD": 1, "Polri": 1}
    assert s.requests is not None and len(s.requests) == 12
    assert s.requests[0].received_at.strftime("%H:%M") == "00:10"
    assert s.requests[-1].received_at.strftime("%H:%M") == "23:30"
    assert all("*" in r.nik_masked and len(r.nik_masked) == 16 for r in s.requests)
    assert s.days == []


def test_pdf_states_every_figure_and_hides_full_numbers(db, known_day):
    s = report.summarize(db, DAY)
    pdf = render_daily_pdf(s, OFFICE, "Budi Santoso", signer=None)
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    text = pdf_text(pdf)
    assert "Rekapitulasi Harian Layanan Administrasi Kependudukan" in text
    assert "Jumat, 27 November 2026" in text
    assert "PEMERINTAH KABUPATEN BEKASI" in text
    assert "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL" in text
    # Two labelled bands: what happened during the day, and the state of every open request at
    # its end; each number above its own label.
    during = " ".join(str(EXPECTED[k]) for k in ("received", "completed", "rejected"))
    assert f"Pada hari ini {during} Permohonan diterima Diselesaikan (termasuk" in text
    state = " ".join(str(EXPECTED[k]) for k in ("new", "in_progress", "waiting", "overdue"))
    assert (
        f"Keadaan pukul 24.00 WIB, 27 November 2026: semua permohonan yang belum ditutup "
        f"{state} {EXPECTED['backlog']} Baru, belum diproses Sedang diproses Menunggu berkas "
        "pemohon \u26a0 Terlambat (lewat batas waktu) Sisa terbuka (jumlah)"
    ) in text
    assert "Permohonan yang diterima pada periode ini, menurut layanan dan status" in text
    for row in s.services:
        numbers = " ".join(str(row.by_status[st]) for st in report.STATUSES)
        pattern = rf"{re.escape(row.code)} – {re.escape(row.name)} {numbers} {row.total}"
        assert re.search(pattern, text), row.code
    assert "Jumlah 3 3 2 3 1 12" in text  # the total row: baru, diproses, menunggu, ...
    assert "Web (e-SIAK) 5 41,7 %" in text
    assert "321699 Kode 321699 (tidak dikenal) 1 8,3 %" in text
    assert "Budi Santoso 7 3 0 28,7" in text
    assert "Pemohon: 2 · Dokumen: 3 · Lembar dilegalisir: 9" in text
    assert "474/0002/Disdukcapil/XI/2026" in text and "474/0003/Disdukcapil/XI/2026" in text
    assert "Daftar permohonan yang diterima (12)" in text
    assert "KIA-20261127-0012 23.30 KIA Web Rina Kartika 321606******0012 Baru" in text
    assert "Agus Salim & <Putra>" in text
    assert "Muhammad Rizki Ñoño" in text
    assert "Dicetak oleh Budi Santoso pada" in text
    assert "Surel 1 8,3 %" in text and "E-mail" not in text
    assert "Tambun Selatan 6 50,0 %" in text and "Selatan, Kabupaten Bekasi" not in text
    n = len(reader.pages)
    for i in range(1, n + 1):
        assert f"Halaman {i} dari {n}" in (reader.pages[i - 1].extract_text() or "")
    assert "Mengetahui," in text
    for number in known_day["niks"] + known_day["kks"]:
        assert number not in text
        assert number.encode() not in pdf


def test_signature_names_the_office_official(db, known_day, supervisor):
    official = save_official(
        db,
        supervisor,
        name="Drs. H. Ahmad Syukur, M.Si.",
        title="Kepala Seksi Pelayanan",
        rank="Penata Tk. I (III/d)",
        nip="196804111993031009",
    )
    save_office(db, supervisor, OFFICE)
    result = report.build_daily_report(db, supervisor, DAY)
    text = pdf_text(result.pdf)
    assert "Cikarang, " in text
    assert "Kepala Seksi Pelayanan" in text
    assert official.name in text
    assert "NIP. 19680411 199303 1 009" in text
    # beside "Mengetahui", the supervisor who made it, by full name, never the login name
    assert "Mengetahui," in text and "Dibuat oleh," in text
    assert "Kepala Seksi" in text.split("Dibuat oleh,")[1]
    assert result.sha256 == hashlib.sha256(result.pdf).hexdigest()


@BOTH_READS
def test_a_range_over_seven_days_gives_days_not_the_list(
    db, known_day, monkeypatch, receipts_share
):
    monkeypatch.setattr(report, "_RECEIPTS_PER_CLOSING", receipts_share)
    s = report.summarize(db, DAY - timedelta(days=9), DAY)
    assert s.requests is None
    assert len(s.days) == 10
    by_day = {d.day: d for d in s.days}
    assert by_day[DAY].received == 12
    assert by_day[DAY].completed == 4 and by_day[DAY].rejected == 1
    assert by_day[DAY].backlog == EXPECTED["backlog"]
    assert by_day[DAY].overdue == EXPECTED["overdue"]
    assert by_day[DAY].by_service["LAHIR"] == 3
    assert by_day[DAY].legal_applicants == 2
    assert by_day[DAY - timedelta(days=1)].legal_applicants == 1
    # received 10 days before DAY: outside; received the evening before DAY: inside
    assert s.figures.received == 12 + 1 + 1 + 1 + 1  # DAY, -1 (23.50), -2, -3, -5
    text = pdf_text(render_daily_pdf(s, OFFICE, "Budi"))
    assert "Rekapitulasi Layanan Administrasi Kependudukan 18–27 November 2026 (10 hari)" in text
    assert "Rekapitulasi Harian" not in text  # a range is titled as a range
    assert "Pada periode ini" in text
    assert "Rincian per hari" in text
    assert "Jum, 27/11/2026 12 4 1 11 2 2" in text
    assert "Daftar permohonan yang diterima" not in text
    assert "KK-20261127-0001" not in text
    assert "Nomor register: 474/0001/Disdukcapil/XI/2026 s.d. 474/0003/Disdukcapil/XI/2026" in (
        text
    )


def test_a_short_range_keeps_the_list(db, known_day):
    s = report.summarize(db, DAY - timedelta(days=6), DAY)
    assert s.requests is not None and len(s.days) == 7


def test_empty_day_is_a_valid_report(db):
    day = date(2026, 1, 15)
    s = report.summarize(db, day)
    assert s.figures == report.Figures(0, 0, 0, 0, 0, 0, 0, 0)
    pdf = render_daily_pdf(s, OfficeProfile(), "Budi")
    text = pdf_text(pdf)
    assert "Tidak ada permohonan yang diterima pada tanggal ini." in text
    assert "Tidak ada legalisir pada periode ini." in text
    assert "Halaman 1 dari 1" in text


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (1, None, "belum terjadi"),
        (0, 3, "belum terjadi"),
        (-2, -5, "lebih awal dari tanggal awal"),
        (-400, 0, "paling panjang 366 hari"),
    ],
)
def test_bad_periods_are_refused_in_indonesian(db, start, end, message):
    today = clock.today()
    d_from = today + timedelta(days=start)
    d_to = today + timedelta(days=end) if end is not None else None
    with pytest.raises(ValidationError) as err:
        report.summarize(db, d_from, d_to)
    assert message in err.value.message


def test_export_writes_the_file_and_audits_its_hash(db, known_day, petugas, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "rekap.pdf"
    result = report.export_daily_pdf(db, petugas, DAY, None, out)
    data = out.read_bytes()
    assert data == result.pdf and data.startswith(b"%PDF-")
    assert result.path == out
    with db.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "report.export")
        ).one()
    detail = json.loads(entry.detail)
    assert detail["file"] == "rekap.pdf"
    assert detail["sha256"] == hashlib.sha256(data).hexdigest()
    assert detail["date_from"] == DAY.isoformat()
    assert entry.username == "budi"
    assert [p.name for p in folder.iterdir()] == ["rekap.pdf"]  # no temporary file left


def test_export_needs_the_report_permission(db, legalisir, tmp_path):
    with pytest.raises(PermissionDenied):
        report.export_daily_pdf(db, legalisir, DAY, None, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_bad_output_paths_are_refused_before_any_work(db, petugas, tmp_path):
    with pytest.raises(ValidationError, match="Folder tujuan tidak ada"):
        report.export_daily_pdf(db, petugas, DAY, None, tmp_path / "tidak-ada" / "r.pdf")
    with pytest.raises(ValidationError, match="berakhiran .pdf"):
        report.export_daily_pdf(db, petugas, DAY, None, tmp_path / "r.txt")
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(ValidationError, match="bukan berkas"):
        report.export_daily_pdf(db, petugas, DAY, None, tmp_path / "folder.pdf")


def test_read_only_folder_is_refused(db, petugas, tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    if os.name != "posix" or os.geteuid() == 0:
        # root (CI containers) may write anywhere: let the folder look read-only all the same
        real_access = os.access
        monkeypatch.setattr(
            fileio.os,
            "access",
            lambda p, mode: False if Path(p) == folder else real_access(p, mode),
        )
    try:
        with pytest.raises(ValidationError, match="tidak dapat ditulis"):
            report.export_daily_pdf(db, petugas, DAY, None, folder / "r.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_failed_write_leaves_the_old_file_and_no_audit(
    db, known_day, petugas, tmp_path, monkeypatch
):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "rekap.pdf"
    out.write_bytes(b"old report")

    def broken_replace(src, dst):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio.os, "replace", broken_replace)
    with pytest.raises(ValidationError, match="Disk penuh"):
        report.export_daily_pdf(db, petugas, DAY, None, out)
    assert out.read_bytes() == b"old report"
    assert [p.name for p in folder.iterdir()] == ["rekap.pdf"]
    with db.read() as session:
        assert not session.scalars(
            select(AuditEntry).where(AuditEntry.action == "report.export")
        ).all()


def test_names_outside_the_font_do_not_break_the_pdf(db, known_day):
    s = report.summarize(db, DAY)
    text = pdf_text(render_daily_pdf(s, OFFICE, "Petugas 😀 李"))
    assert "Lina" in text
    assert "Dicetak oleh Petugas ? ?" in text  # "?" for what the font lacks, never a box


def test_a_long_list_has_one_header_row_per_page(db, known_day):
    """The list is cut into one table per page: every list page starts with the header row and
    no row is lost or repeated between pages."""
    import dataclasses

    from desktop_app.core.report_pdf import LIST_ROWS_PER_PAGE

    s = report.summarize(db, DAY, DAY)
    assert s.requests is not None
    many = dataclasses.replace(s, requests=s.requests * 20)  # 240 rows
    reader = PdfReader(io.BytesIO(render_daily_pdf(many, OFFICE, "Budi")))
    list_pages = [
        " ".join((p.extract_text() or "").split())
        for p in reader.pages
        if "Tiket" in (p.extract_text() or "")
    ]
    assert len(list_pages) == -(-(240 + 3) // LIST_ROWS_PER_PAGE)
    assert all(page.count("No. Tiket") == 1 for page in list_pages)
    numbers = [int(n) for page in list_pages for n in re.findall(r"(\d+) [A-Z]+-\d{8}-", page)]
    assert numbers == list(range(1, 241))
    assert "Daftar permohonan yang diterima (240)" in list_pages[0]


@pytest.mark.parametrize("extra", [-3, -2, 0, 1])
def test_a_list_at_a_page_boundary_loses_no_row(db, known_day, extra):
    """The list's pages are drawn whole (``pdf.RowList`` never splits): around the page
    boundaries, with the heading on the first page, every row is printed once, in order."""
    import dataclasses

    from desktop_app.core.report_pdf import LIST_ROWS_PER_PAGE

    s = report.summarize(db, DAY, DAY)
    assert s.requests is not None
    n = LIST_ROWS_PER_PAGE + extra
    many = dataclasses.replace(s, requests=(s.requests * n)[:n])
    reader = PdfReader(io.BytesIO(render_daily_pdf(many, OFFICE, "Budi")))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    numbers = [int(m) for m in re.findall(r"(\d+) [A-Z]+-\d{8}-", text)]
    assert numbers == list(range(1, n + 1))
    assert text.count("No. Tiket") == (1 if extra <= -3 else 2)


def test_reportlab_uses_its_c_speedups():
    """rl_accel (a dependency) is what ReportLab formats numbers and measures text with: the
    daily summary of a busy day renders a third faster (README, Dependencies)."""
    from reportlab.lib import rl_accel

    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.fp_str(0.5, 2.25) == ".5 2.25"  # its compact PDF numbers
