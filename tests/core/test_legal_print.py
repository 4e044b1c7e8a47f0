"""Printing: endorsement block, copies with scans, receipt, calibration, register book."""

from __future__ import annotations

import io
import subprocess
from datetime import UTC, datetime

import pytest
from legal_helpers import entry_input, pdf_bytes, png_bytes, require_tools, setup_office
from pypdf import PdfReader

from desktop_app.core import legal_print as lp
from desktop_app.core import legalization as legal
from desktop_app.core import settings
from desktop_app.core.errors import Conflict, ValidationError

WHEN = datetime(2026, 11, 28, 3, tzinfo=UTC)


@pytest.fixture
def entry(db, legalisir):
    official_id = setup_office(db)
    data = entry_input(official_id, scan=legal.check_scan(png_bytes(), "kk.png"))
    data.documents[1].scan = legal.check_scan(pdf_bytes(2), "akta.pdf")
    return legal.create_entry(db, legalisir, data, now=WHEN)


def _text(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def test_endorsement_page_is_the_paper_and_carries_the_block(db, legalisir, entry):
    for paper, size_mm in (("A4", (210, 297)), ("F4", (215, 330))):
        pdf = lp.render_pdf(db, legalisir, entry.id, "endorsement", paper=paper)
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) == entry.total_copies  # one sheet per copy
        box = reader.pages[0].mediabox
        assert round(float(box.width) / 72 * 25.4) == size_mm[0]
        assert round(float(box.height) / 72 * 25.4) == size_mm[1]
        text = reader.pages[0].extract_text()
        for expected in (
            "SESUAI DENGAN ASLINYA",
            entry.register_no,
            "Cikarang, 28 November 2026",
            "Kabupaten Bekasi",
            "NIP. 19680411 199303 1 009",
            "Cek keaslian: pindai QR atau buka",
        ):
            assert expected in text, expected
        assert "CETAK ULANG" not in text


def test_block_lands_at_the_configured_position(db, supervisor, legalisir, entry):
    settings.set_value(db, supervisor, "legal_endorse_corner", "top-left")
    settings.set_value(db, supervisor, "legal_endorse_x_mm", 30)
    settings.set_value(db, supervisor, "legal_endorse_y_mm", 40)
    pos = lp.endorse_position(db)
    x, y = pos.origin(lp.PAPERS["A4"])
    assert round(x / lp.mm) == 30 and round((lp.PAPERS["A4"][1] - y - lp.BLOCK_H) / lp.mm) == 40
    with pytest.raises(ValidationError):
        settings.set_value(db, supervisor, "legal_endorse_corner", "tengah")
    calib = lp.calibration_pdf(db, paper="F4")
    assert "kiri atas" in _text(calib)[0] and "30 mm" in _text(calib)[0]


def test_copy_with_endorsement_keeps_pdf_pages_as_vectors(db, legalisir, entry):
    # The PNG carries no resolution (the clerk gives it) and the A4 PDF fills its page: at
    # 100 % the block goes on the back of each sheet.
    options = lp.CopyOptions("back", {0: 100})
    pdf = lp.render_pdf(db, legalisir, entry.id, "copy", repeat_copies=False, copy=options)
    pages = _text(pdf)
    assert len(pages) == 6  # the PNG, then the 2-page PDF, each with its back
    assert "AKTA KELAHIRAN - halaman 2" in pages[4]  # text survives: merged, not rasterized
    assert all("SESUAI DENGAN ASLINYA" in p for p in pages[1::2])
    assert all("SESUAI DENGAN ASLINYA" not in p for p in pages[::2])
    assert "di balik lembar ini" in pages[5] and "halaman 2/2" in pages[5]
    full = lp.render_pdf(db, legalisir, entry.id, "copy", copy=options)
    assert len(PdfReader(io.BytesIO(full)).pages) == 2 * (2 * 1 + 1 * 2)  # copies × pages


def test_copy_without_scans_is_refused(db, legalisir):
    official_id = setup_office(db)
    plain = legal.create_entry(db, legalisir, entry_input(official_id))
    with pytest.raises(ValidationError, match="blok pengesahan saja"):
        lp.render_pdf(db, legalisir, plain.id, "copy")


def test_receipt(db, legalisir, entry):
    text = " ".join(_text(lp.render_pdf(db, legalisir, entry.id, "receipt"))[0].split())
    assert text.count("TANDA TERIMA LEGALISIR") == 2  # the applicant's and the office's halves
    assert "Lembar untuk pemohon" in text and "Lembar arsip kantor" in text
    assert entry.register_no in text
    assert entry.nik_masked in text and entry.nik not in text
    assert "321601******8901" in text and "3216012345678901" not in text  # the KK number
    assert "Sabtu, 28 November 2026" in text
    # signed by the clerk's full name, never the login name ("sari")
    assert "Petugas legalisir, Sari" in text and "( sari )" not in text
    assert "Dicetak oleh Sari pada" in text and " WIB" in text


def test_print_entry_counts_and_marks_reprints(db, legalisir, entry, tmp_path):
    first = lp.print_entry(db, legalisir, entry.id, "endorsement")
    assert first.record.kind == "print" and "CETAK ULANG" not in _text(first.pdf)[0]
    with pytest.raises(ValidationError, match="alasan"):
        lp.print_entry(db, legalisir, entry.id, "endorsement")
    again = lp.print_entry(
        db,
        legalisir,
        entry.id,
        "copy",
        reason="tinta pudar",
        copy=lp.CopyOptions("shrink", {0: 100}),
    )
    assert again.record.reprint_no == 1 and "CETAK ULANG ke-1" in _text(again.pdf)[0]
    assert again.record.entry.print_count == 2
    # a folder that does not exist: clear message, nothing counted
    with pytest.raises(ValidationError, match="tidak ada"):
        lp.print_entry(
            db, legalisir, entry.id, "endorsement", reason="x", out=tmp_path / "no" / "a.pdf"
        )
    assert legal.get_entry(db, legalisir, entry.id).print_count == 2
    out = lp.print_entry(
        db, legalisir, entry.id, "endorsement", kind="export", out=tmp_path / "e.pdf"
    )
    assert out.path.read_bytes() == out.pdf and not list(tmp_path.glob("*.part"))


def test_revoked_entry_is_not_printed(db, supervisor, legalisir, entry):
    legal.revoke(db, supervisor, entry.id, "data pemohon keliru")
    with pytest.raises(Conflict, match="dicabut"):
        lp.print_entry(db, legalisir, entry.id, "endorsement")


def test_office_profile_required(db, legalisir):
    official_id = setup_office(db)
    plain = legal.create_entry(db, legalisir, entry_input(official_id))
    with db.write() as session:
        from desktop_app.core.models import Setting

        session.delete(session.get(Setting, "office"))
    with pytest.raises(ValidationError, match="Profil kantor"):
        lp.render_pdf(db, legalisir, plain.id, "endorsement")


def test_register_book_pdf_and_xlsx(db, supervisor, legalisir, entry, tmp_path):
    from openpyxl import load_workbook

    day = entry.entry_date
    pdf_path = lp.export_register(db, legalisir, day, day, tmp_path / "buku.pdf", paper="F4")
    text = " ".join(" ".join(t.split()) for t in _text(pdf_path.read_bytes()))
    assert "PEMERINTAH KABUPATEN BEKASI" in text  # the letterhead
    assert "BUKU REGISTER LEGALISIR" in text and entry.nik_masked in text
    assert "Periode Sabtu, 28 November 2026" in text
    assert "Jumlah 1 pemohon 2 dokumen 3" in text  # the closing total
    assert "Mengetahui," in text and "Petugas legalisir," in text
    assert "321601******8901" in text and "3216012345678901" not in text  # KK masked
    assert "Halaman 1 dari 1" in text
    assert "system" not in text.lower().replace("sistem", "")
    xlsx = lp.export_register(db, legalisir, day, day, tmp_path / "buku.xlsx", paper="F4")
    ws = load_workbook(xlsx).active
    assert ws["A1"].value == "BUKU REGISTER LEGALISIR"
    assert ws["A2"].value == "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bekasi"
    assert ws["A3"].value == "Periode Sabtu, 28 November 2026"
    assert ws["A6"].value == "No" and ws["B6"].value == "Nomor register"
    assert ws["B7"].value == entry.register_no and ws["E7"].value == entry.nik_masked
    assert "321601******8901" in ws["G7"].value
    assert ws["B8"].value == "Jumlah" and ws["H8"].value == 3
    assert ws.print_title_rows == "$6:$6" and ws.freeze_panes == "A7"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 14
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text
    from desktop_app.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        lp.export_register(db, legalisir, day, day, tmp_path / "full.xlsx", unmask=True)
    full = lp.export_register(db, supervisor, day, day, tmp_path / "full.xlsx", unmask=True)
    sheet = load_workbook(full).active
    assert sheet["E7"].value == entry.nik and "3216012345678901" in sheet["G7"].value
    with pytest.raises(ValidationError, match=r"\.pdf atau \.xlsx"):
        lp.export_register(db, legalisir, day, day, tmp_path / "buku.csv")


def test_register_book_period_of_a_month_is_written_as_people_write_it(db, legalisir, entry):
    from datetime import date

    text = _text(lp.register_book_pdf(db, legalisir, date(2026, 11, 1), date(2026, 11, 29)))[0]
    assert "Periode 1–29 November 2026" in text


def test_printed_qr_decodes_and_verifies(db, legalisir, supervisor, entry, tmp_path):
    require_tools("pdftoppm", "zbarimg")
    pdf = tmp_path / "blok.pdf"
    pdf.write_bytes(lp.render_pdf(db, legalisir, entry.id, "endorsement", repeat_copies=False))
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    png = next(tmp_path.glob("p*.png"))
    decoded = subprocess.run(
        ["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert decoded == legal.qr_text(db, entry, entry.documents[0])
    assert decoded.startswith("HTTPS://DUKCAPIL.BEKASIKAB.GO.ID/v/#")
    assert legal.verify(db, legalisir, decoded).status == "valid"
    flipped = decoded[:-1] + ("1" if decoded[-1] != "1" else "2")
    assert legal.verify(db, legalisir, flipped).reason == "bad_signature"
    legal.revoke(db, supervisor, entry.id, "dicabut untuk uji")
    assert legal.verify(db, legalisir, decoded).status == "revoked"


def test_the_clerks_nip_is_printed_under_the_full_name(db, supervisor, legalisir, entry):
    from desktop_app.core import report, users
    from desktop_app.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        users.set_nip(db, legalisir, legalisir.user_id, "199001012015012001")
    with pytest.raises(ValidationError, match="NIP"):
        users.set_nip(db, supervisor, legalisir.user_id, "1990010120150120")
    assert users.set_nip(db, supervisor, legalisir.user_id, "19900101 201501 2 001") == (
        "199001012015012001"
    )
    receipt = " ".join(_text(lp.render_pdf(db, legalisir, entry.id, "receipt"))[0].split())
    assert "Petugas legalisir, Sari NIP. 19900101 201501 2 001" in receipt
    day = entry.entry_date
    book = " ".join(_text(lp.register_book_pdf(db, legalisir, day, day))[0].split())
    assert "Sari NIP. 19900101 201501 2 001" in book
    users.set_nip(db, supervisor, supervisor.user_id, "197505051998031004")
    daily = report.build_daily_report(db, supervisor, day)
    text = " ".join(" ".join(t.split()) for t in _text(daily.pdf))
    assert "NIP. 19750505 199803 1 004" in text.split("Dibuat oleh,")[1]
    users.set_nip(db, supervisor, legalisir.user_id, "")  # cleared: no NIP line at all
    receipt = " ".join(_text(lp.render_pdf(db, legalisir, entry.id, "receipt"))[0].split())
    assert "19900101" not in receipt
