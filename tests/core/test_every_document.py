"""Every document the office prints, read back the way a reviewer does: ``pdftotext`` finds its
required parts, ``pdffonts`` lists only the shipped DejaVu fonts, all embedded, and names with
Vietnamese and Arabic-Latin diacritics come out whole, without a missing-glyph box.

The applicant, the clerk, the head of section and the signing official all carry such names, so
each document prints at least one of them. A character the font lacks would reach the page as
code 0 (ReportLab's .notdef, an empty box on paper), which text extraction gives back as NUL;
a character that is drawn is one the embedded font has.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from legal_helpers import NIP, document_scan, nik
from pypdf import PdfReader

from desktop_app.core import legal_print as lp
from desktop_app.core import legalization as legal
from desktop_app.core import pdf, performance, report, settings, users
from desktop_app.core.demo import demo_office
from desktop_app.core.legal_layout import CopyOptions
from desktop_app.core.security import SYSTEM

VIETNAMESE = "Nguyễn Thị Hà Ōno"
ARABIC_LATIN = "Drs. H. ʿAbd al-Raḥmān Ṣāliḥ Ḍiyāʾ, M.Si."
HEAD = "Ḥasan Maʿrūf, S.IP."
CLERK_NIP, HEAD_NIP = "199001012015012001", "197505051998031004"
DAY = date(2026, 11, 28)
LETTERHEAD = (
    "PEMERINTAH KABUPATEN BEKASI",
    "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
    "Telp. (021) 89970123",
)


def _require_poppler() -> None:
    missing = [t for t in ("pdftotext", "pdffonts") if not shutil.which(t)]
    if not missing:
        return
    if os.environ.get("LOKET_REQUIRE_TOOLS") or os.environ.get("LOKET_REQUIRE_CUPS"):
        pytest.fail(f"CI needs poppler-utils: {', '.join(missing)} missing")
    pytest.skip(f"{', '.join(missing)} (poppler-utils) not installed")


@pytest.fixture
def office(db):
    """The demo office (logo included), an official, a clerk and a head of section with
    diacritics in their names, and one entry of 28 November 2026 with a landscape KK scan."""
    settings.save_office(db, SYSTEM, demo_office())
    settings.set_value(db, SYSTEM, "legal_verify_url", "https://disdukcapil.bekasikab.go.id/v/")
    legal.create_key(db, SYSTEM)  # every print is signed on this PC
    official = settings.save_official(
        db,
        SYSTEM,
        name=ARABIC_LATIN,
        title="Kepala Bidang Pelayanan Pencatatan Sipil",
        rank="Pembina Tk. I (IV/b)",
        nip=NIP,
    )
    users.create_first_supervisor(db, "kasi", HEAD, "rahasia123")
    users.create_user(db, SYSTEM, "nguyen", VIETNAMESE, "legalisir", "rahasia123")
    head = users.authenticate(db, "kasi", "rahasia123")
    clerk = users.authenticate(db, "nguyen", "rahasia123")
    users.set_nip(db, head, clerk.user_id, CLERK_NIP)
    users.set_nip(db, head, head.user_id, HEAD_NIP)
    kk = document_scan(297, 210, dpi=150, ink_bottom_mm=80, fmt="JPEG")
    akta = document_scan(210, 297, dpi=150, ink_bottom_mm=20, fmt="JPEG", title="AKTA KELAHIRAN")
    entry = legal.create_entry(
        db,
        clerk,
        legal.EntryInput(
            applicant_name=VIETNAMESE,
            nik=nik(3),
            purpose="tni_ad",
            official_id=official.id,
            phone="0812-3456-7890",
            recruitment_no="REG-TNIAD-2026-00123",
            documents=[
                legal.DocumentInput(
                    "kk", "3216012345678901", 2, scan=legal.check_scan(kk, "kk.jpg")
                ),
                legal.DocumentInput(
                    "akta_lahir",
                    "3216-LT-17052004-0042",
                    1,
                    scan=legal.check_scan(akta, "akta.jpg"),
                ),
            ],
        ),
        now=datetime(2026, 11, 28, 2, 15, tzinfo=UTC),
    )
    return {"db": db, "head": head, "clerk": clerk, "entry": entry}


def printed(o: dict, what: str, **options: object) -> bytes:
    """The bytes the printer gets (signed QR), as a file export: counted, no reprint reason."""
    return lp.print_entry(o["db"], o["clerk"], o["entry"].id, what, kind="export", **options).pdf


ENDORSEMENT = (
    "SESUAI DENGAN ASLINYA",
    "No. Reg. {register}",
    "Cikarang, 28 November 2026",
    ARABIC_LATIN,
    "Pembina Tk. I (IV/b)",
    "NIP. 19680411 199303 1 009",
)
NUMBERED = "numbered"  # every page says "Halaman X dari Y"

# name -> (render(office) -> PDF bytes, required parts)
DOCUMENTS: dict[str, tuple[Callable[[dict], bytes], tuple[str, ...]]] = {
    "tanda terima": (
        lambda o: printed(o, "receipt"),
        (
            *LETTERHEAD,
            "TANDA TERIMA LEGALISIR",
            "Lembar untuk pemohon",
            "Lembar arsip kantor",
            "{register}",
            "Sabtu, 28 November 2026",
            f"Nama pemohon {VIETNAMESE}",
            "{nik}",
            "321601******8901",
            "Petugas legalisir,",
            VIETNAMESE,
            "NIP. 19900101 201501 2 001",
            f"Dicetak oleh {VIETNAMESE} pada",
        ),
    ),
    "pengesahan A4": (
        lambda o: printed(o, "endorsement", paper="A4", repeat_copies=False),
        ENDORSEMENT,
    ),
    "pengesahan F4 mendatar": (
        lambda o: printed(
            o,
            "endorsement",
            paper="F4",
            repeat_copies=False,
            landscape=True,
        ),
        ENDORSEMENT,
    ),
    "salinan KK ukuran asli, mendatar": (
        lambda o: printed(
            o,
            "copy",
            paper="A4",
            repeat_copies=False,
            documents=[0],
        ),
        (*ENDORSEMENT, "Kartu Keluarga"),
    ),
    "salinan akta diperkecil": (
        lambda o: printed(
            o,
            "copy",
            paper="A4",
            repeat_copies=False,
            documents=[1],
            copy=CopyOptions("shrink"),
        ),
        (*ENDORSEMENT, "Akta Kelahiran", "dari ukuran asli"),
    ),
    "kalibrasi": (
        lambda o: lp.calibration_pdf(o["db"], paper="A4"),
        (
            "KALIBRASI POSISI BLOK PENGESAHAN",
            "100 mm (ukur: harus tepat 100 mm)",
            "batas area cetak, 5 mm dari tepi kertas",
        ),
    ),
    "buku register": (
        lambda o: lp.register_book_pdf(o["db"], o["clerk"], DAY, DAY),
        (
            *LETTERHEAD,
            "BUKU REGISTER LEGALISIR",
            "Periode Sabtu, 28 November 2026",
            "{register}",
            VIETNAMESE,
            "{nik}",
            "321601******8901",
            "Jumlah",
            "Mengetahui,",
            "Petugas legalisir,",
            ARABIC_LATIN,
            "NIP. 19900101 201501 2 001",
            f"Dicetak oleh {VIETNAMESE} pada",
            NUMBERED,
        ),
    ),
    "rekap harian": (
        lambda o: report.build_daily_report(o["db"], o["head"], DAY).pdf,
        (
            *LETTERHEAD,
            "Rekapitulasi Harian Layanan Administrasi Kependudukan",
            "Sabtu, 28 November 2026",
            "{register}",
            VIETNAMESE,
            "{nik}",
            "Mengetahui,",
            "Dibuat oleh,",
            ARABIC_LATIN,
            HEAD,
            "NIP. 19750505 199803 1 004",
            f"Dicetak oleh {HEAD} pada",
            NUMBERED,
        ),
    ),
    "rekap rentang": (
        lambda o: report.build_daily_report(o["db"], o["head"], date(2026, 11, 22), DAY).pdf,
        (
            *LETTERHEAD,
            "Rekapitulasi Layanan Administrasi Kependudukan 22–28 November 2026",
            VIETNAMESE,
            "Mengetahui,",
            "Dibuat oleh,",
            ARABIC_LATIN,
            HEAD,
            NUMBERED,
        ),
    ),
    "laporan kinerja": (
        lambda o: performance.render(
            o["db"],
            o["head"],
            performance.build_report(o["db"], o["head"], month="2026-11", today=date(2026, 12, 1)),
            ".pdf",
        ),
        (
            *LETTERHEAD,
            "Laporan Kinerja Layanan Administrasi Kependudukan",
            "November 2026",
            f"Dicetak oleh {HEAD} pada",
            NUMBERED,
        ),
    ),
}


def poppler(tool: str, path: Path, *args: str) -> str:
    return subprocess.run(
        [tool, *args, str(path), "-"] if tool == "pdftotext" else [tool, str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_document_reads_back_whole_with_embedded_fonts(office, tmp_path, name):
    _require_poppler()
    render, parts = DOCUMENTS[name]
    path = tmp_path / "dokumen.pdf"
    path.write_bytes(render(office))
    entry = office["entry"]

    text = poppler("pdftotext", path, "-layout")
    flat = " ".join(text.split())
    for part in parts:
        if part == NUMBERED:
            pages = text.count("\f")
            assert pages >= 1
            for n in range(1, pages + 1):
                assert f"Halaman {n} dari {pages}" in flat, (name, n)
            continue
        wanted = part.format(register=entry.register_no, nik=entry.nik_masked)
        assert wanted in flat, (name, wanted)
    for number in (entry.nik, "3216012345678901"):  # full NIK / KK numbers never printed...
        if name.startswith(("pengesahan", "salinan")) and number != entry.nik:
            continue  # ...except the KK number an endorsement certifies
        assert number not in flat, (name, number)

    # pdffonts: only the shipped fonts, every one embedded (subset) with a Unicode map
    listing = poppler("pdffonts", path).splitlines()
    rows = [line.split() for line in listing[2:] if line.strip()]
    assert rows, listing
    for row in rows:
        assert "DejaVuSans" in row[0], listing  # no Helvetica or other base-14 font
        assert row[-5:-2] == ["yes", "yes", "yes"], listing  # emb, sub, uni

    # no missing glyph: nothing drawn as code 0 (.notdef), every character one the font has
    extracted = "".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert "\x00" not in extracted and "\ufffd" not in extracted, name
    undrawable = {ch for ch in text if not ch.isspace() and not pdf.fonts().can_draw(ch)}
    assert not undrawable, (name, undrawable)


def test_the_missing_glyph_check_sees_a_box(tmp_path):
    """The checks above would catch a character drawn around the safe-text filter."""
    from reportlab.pdfgen.canvas import Canvas

    _require_poppler()
    buf = io.BytesIO()
    c = Canvas(buf)
    c.setFont(pdf.SANS, 12)
    c.drawString(72, 700, "Nguyễn 李 Ōno")  # bypasses pdf.safe_text on purpose
    c.save()
    assert "\x00" in PdfReader(io.BytesIO(buf.getvalue())).pages[0].extract_text()
    assert pdf.safe_text("Nguyễn 李 Ōno") == "Nguyễn ? Ōno"


def test_the_letterhead_carries_the_regency_logo(office):
    """The demo office ships a neutral placeholder logo; the letterhead draws it, and an office
    without a logo gets the same letterhead without an image."""
    db = office["db"]

    def images(data: bytes) -> int:
        page = PdfReader(io.BytesIO(data)).pages[0]
        return len(page.images)

    with_logo = report.build_daily_report(db, office["head"], DAY).pdf
    assert images(with_logo) == 1
    from dataclasses import replace

    settings.save_office(db, SYSTEM, replace(demo_office(), logo_png=""))
    without = report.build_daily_report(db, office["head"], DAY).pdf
    assert images(without) == 0
    assert "PEMERINTAH KABUPATEN BEKASI" in PdfReader(io.BytesIO(without)).pages[0].extract_text()


@pytest.mark.parametrize(
    "name", ["tanda terima", "buku register", "rekap harian", "laporan kinerja"]
)
def test_printed_times_are_in_the_office_zone(office, monkeypatch, name):
    """A WITA office prints its own clock's time on every document, never the PC's or WIB."""
    from desktop_app.core import clock

    settings.set_value(office["db"], office["head"], "office_timezone", "WITA")
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 11, 29, 6, 13, tzinfo=UTC))
    data = DOCUMENTS[name][0](office)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)
    assert "29 November 2026 pukul 14.13 WITA" in text, name
    assert "WIB" not in text, name
