"""The performance report's PDF, read back as text (pypdf): every figure of the test month is
where the report says it is, the counting note and the signatures are printed, every page says
"Halaman X dari Y", officers' names reach only the supervisor, and the charts plot the series."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.core import performance
from desktop_app.core.formatting import format_int
from desktop_app.core.performance.pdf import (
    pct_text,
    received_finished_chart,
    within_standard_chart,
)
from desktop_app.core.settings import OfficeProfile, save_office, save_official

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import performance_data  # noqa: E402
from performance_data import MONTH  # noqa: E402

TODAY = date(2026, 12, 15)
AT = datetime(2026, 12, 1, 9, 30, tzinfo=performance_data.WIB)
OFFICE = OfficeProfile(
    name="Dinas Kependudukan dan Pencatatan Sipil",
    regency="Kabupaten Bekasi",
    regency_code="3216",
    address="Komplek Perkantoran Pemda, Desa Sukamahi, Cikarang Pusat 17530",
    phone="+62218970069",
    city="Cikarang",
)
OTHERS = ("Andi Wijaya", "Rina Marlina")  # officers who are not the reader


def text_of(pdf: bytes) -> tuple[str, list[str]]:
    reader = PdfReader(io.BytesIO(pdf))
    pages = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    return " ".join(pages), pages


@pytest.fixture
def month(db, petugas, supervisor):
    data = performance_data.build_month(db)
    save_office(db, supervisor, OFFICE)
    save_official(
        db,
        supervisor,
        name="Drs. H. Ahmad Syukur, M.Si.",
        title="Kepala Dinas Kependudukan dan Pencatatan Sipil",
        rank="Pembina Utama Muda (IV/c)",
        nip="196804111993031009",
    )
    return data


def test_every_figure_is_in_the_supervisors_pdf(db, supervisor, month):
    report = performance.build_report(db, supervisor, month=MONTH, today=TODAY)
    pdf = performance.render(db, supervisor, report, ".pdf", generated_at=AT)
    text, pages = text_of(pdf)

    assert "Laporan Kinerja Layanan Administrasi Kependudukan" in text
    assert "Bulan November 2026 (1–30 November 2026, 20 hari kerja)" in text
    assert "PEMERINTAH KABUPATEN BEKASI" in text
    for n, page in enumerate(pages, start=1):
        assert f"Halaman {n} dari {len(pages)}" in page
    assert "Dicetak oleh Kepala Seksi pada 1 Desember 2026 pukul 09.30 WIB" in text

    t = report.totals
    b = report.backlog
    boxes = (
        f"{format_int(t.received)} {format_int(t.finished)} {pct_text(t.within_pct)} "
        f"{format_int(t.rejected)} Permohonan diterima"
    )
    assert boxes in text
    assert f"Selesai dalam standar ({t.within} permohonan)" in text
    assert f"{t.median_days} {t.p90_days} {b.total} {b.overdue} Median hari kerja" in text
    for s in report.services:
        row = " ".join(
            [
                f"{s.code} – {s.name}",
                str(s.target_days),
                format_int(s.received),
                format_int(s.finished),
                format_int(s.within),
                pct_text(s.within_pct),
                str(s.median_days),
                str(s.p90_days),
                format_int(s.rejected),
            ]
        )
        assert row in text, row
        for r in s.reasons:
            assert f"{r.text} ({r.count})" in text
    assert "3216061203900001" not in text  # the NIK typed into a reason is masked

    for w in report.workdays:
        mark = " *" if w.folded else ""
        row = f"{w.day.day:02d}/{w.day.month:02d}{mark} {w.received} {w.finished} {w.within} "
        assert row + str(w.rejected) in text, row
    for w in report.weeks:
        assert f"Minggu {w.number} " in text and pct_text(w.within_pct) in text
        assert f"{w.received} {w.finished} {w.within} {pct_text(w.within_pct)}" in text
    for c in report.channels:
        label = "Surel" if c.key == "email" else c.label
        assert f"{label} {c.received} {c.finished} {c.within} {pct_text(c.within_pct)}" in text

    assert report.officers
    for o in report.officers:
        row = f"{o.name} {o.recorded} {o.handled} {o.finished} {o.within} {pct_text(o.within_pct)}"
        assert f"{row} {o.rejected}" in text, row

    assert "Jumlah " + " ".join(str(n) for n in (*b.by_age, b.total, b.overdue)) in text
    for r in b.rows:
        assert f"{r.code} – " in text
    legal = report.legal
    assert (
        "Pemohon Dokumen Lembar Cetak ulang Pencabutan Verifikasi "
        f"{legal.entries} {legal.documents} {legal.copies} {legal.reprints} "
        f"{legal.revocations} {legal.verifications}"
    ) in text
    assert f"SAH {legal.verification_results['valid']}, " in text

    for name, _how in performance.counting_notes():
        assert name in text
    assert "Cara menghitung" in text
    assert "Mengetahui," in text and "Dibuat oleh," in text
    assert "Drs. H. Ahmad Syukur, M.Si." in text and "NIP. 19680411 199303 1 009" in text


def test_an_officers_pdf_has_no_other_officers(db, petugas, month):
    report = performance.build_report(db, petugas, month=MONTH, today=TODAY)
    text, _pages = text_of(performance.render(db, petugas, report, ".pdf", generated_at=AT))
    assert "Rincian per petugas hanya dimuat untuk supervisor." in text
    for name in OTHERS:
        assert name not in text
    assert "Ditangani" not in text.split("Cara menghitung")[0]  # no officer table
    assert format_int(report.totals.received) in text


def test_an_empty_period_and_a_running_month(db, supervisor):
    empty = performance.build_report(
        db, supervisor, date_from=date(2026, 3, 7), date_to=date(2026, 3, 8), today=TODAY
    )  # a weekend: no working day at all
    text, pages = text_of(performance.render(db, supervisor, empty, ".pdf"))
    assert "Periode 7–8 Maret 2026 (0 hari kerja)" in text
    assert "Tidak ada hari kerja dalam periode ini." in text
    assert "Tidak ada permohonan yang masih terbuka." in text
    assert f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]
    running = performance.build_report(db, supervisor, month="2026-12", today=date(2026, 12, 9))
    text, _pages = text_of(performance.render(db, supervisor, running, ".pdf"))
    assert "Bulan Desember 2026, sampai dengan 9 Desember 2026" in text
    assert "bulan belum berakhir" in text


def test_the_charts_plot_the_series(db, supervisor, month):
    report = performance.build_report(db, supervisor, month=MONTH, today=TODAY)
    bars = received_finished_chart(report)
    chart = next(c for c in bars.contents if hasattr(c, "data"))
    assert chart.data == [
        [w.received for w in report.workdays],
        [w.finished for w in report.workdays],
    ]
    assert chart.categoryAxis.categoryNames == [str(w.day.day) for w in report.workdays]
    # Grey-scale: the two series differ in lightness, not only in hue.
    dark, light = chart.bars[0].fillColor, chart.bars[1].fillColor

    def lightness(c) -> float:  # type: ignore[no-untyped-def]
        return 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue

    assert lightness(light) - lightness(dark) > 0.4
    weekly = within_standard_chart(report)
    chart = next(c for c in weekly.contents if hasattr(c, "data"))
    assert chart.data == [[w.within_pct or 0 for w in report.weeks]]
    labels = [s.text for s in weekly.contents if getattr(s, "text", None)]
    for w in report.weeks:
        assert pct_text(w.within_pct) in labels


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_every_page_renders(db, supervisor, month, tmp_path):
    report = performance.build_report(db, supervisor, month=MONTH, today=TODAY)
    pdf = tmp_path / "kinerja.pdf"
    pdf.write_bytes(performance.render(db, supervisor, report, ".pdf"))
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(tmp_path / "p")], check=True)
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) == len(PdfReader(pdf).pages) >= 3
    assert all(p.stat().st_size > 5_000 for p in pages)
