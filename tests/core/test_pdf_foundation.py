"""The one PDF foundation: shipped and embedded fonts, names with diacritics, the letterhead's
line breaks, the signature block, "Halaman X dari Y"."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph

from desktop_app.core import pdf
from desktop_app.core.settings import OfficeProfile

VIETNAMESE = "Nguyễn Thị Hà Ōno"
ARABIC_LATIN = "ʿAbd al-Raḥmān Ṣāliḥ Ḍiyāʾ"

OFFICE = OfficeProfile(
    name="Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bekasi",
    regency="Kabupaten Bekasi",
    address="Kompleks Perkantoran Pemda Kabupaten Bekasi, Desa Sukamahi, Cikarang Pusat, "
    "Bekasi, Jawa Barat 17530",
    phone="+622189970123",
    whatsapp="+6281210003216",
    website="https://disdukcapil.bekasikab.go.id",
    email="disdukcapil@bekasikab.go.id",
    city="Cikarang",
)


def unembedded_fonts(data: bytes) -> list[str]:
    """Names of fonts used on any page without a font file in the PDF."""
    missing = []
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if font.get("/Subtype") == "/Type0":
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.append(str(font.get("/BaseFont")))
    return missing


def document(*flowables, pages_total: bool = True) -> bytes:
    frame = pdf.PageFrame(
        pdf.PAPERS["A4"],
        footer_left=pdf.printed_by_line(
            "Sari Wulandari", datetime(2026, 11, 29, 14, 13, tzinfo=UTC)
        ),
        running_header="Uji fondasi",
        numbered=pages_total,
    )
    return pdf.build_pdf(list(flowables), frame, title="Uji")


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_fonts_ship_with_the_package_and_their_licence():
    from desktop_app.core.pdf.fonts import FONT_DIR

    files = {p.name for p in FONT_DIR.iterdir()}
    assert {"DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "LICENSE.txt"} <= files
    licence = (FONT_DIR / "LICENSE.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in licence and "Arev Fonts Copyright" in licence


def test_names_with_diacritics_print_as_they_are_and_every_font_is_embedded():
    st = pdf.styles()
    data = document(
        pdf.Letterhead(OFFICE, 174 * mm),
        Paragraph(pdf.markup(VIETNAMESE), st.title),
        Paragraph(pdf.markup(ARABIC_LATIN), st.base),
        pdf.SignatureBlock(
            "Cikarang, 29 November 2026",
            [pdf.Signatory("Dibuat oleh,", "Petugas", VIETNAMESE)],
            174 * mm,
        ),
    )
    assert unembedded_fonts(data) == []
    text = text_of(data)
    assert VIETNAMESE in text and ARABIC_LATIN in text
    for ch in VIETNAMESE + ARABIC_LATIN:
        assert pdf.fonts().can_draw(ch) or ch == " ", ch
    if shutil.which("pdffonts"):
        listing = subprocess.run(
            ["pdffonts", "-"], input=data, capture_output=True, check=True
        ).stdout.decode()
        rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
        assert rows and all("yes" == row[-5] for row in rows), listing  # the "emb" column


def test_text_the_font_cannot_draw_becomes_a_question_mark_never_a_box():
    assert pdf.safe_text("Budi 😀 李") == "Budi ? ?"
    assert pdf.safe_text("Ri\u200bzky\u202e") == "Rizky"  # zero-width and bidi controls dropped
    assert pdf.safe_text("Nguye\u0302\u0303n") == "Nguyễn"  # decomposed input composed (NFC)


@pytest.mark.parametrize("width_mm", range(40, 201, 4))
def test_letterhead_lines_break_only_at_separators(width_mm):
    parts = pdf.contact_parts(OFFICE)
    assert parts[0] == "Telp. (021) 89970123"
    lines = pdf.letterhead.wrap_at_separators(parts, pdf.SANS, 8.5, width_mm * mm)
    joined = " · ".join(lines)
    for part in parts:  # every contact that fits a line is whole on one line
        if pdf.text_width(part, pdf.SANS, 8.5) <= width_mm * mm:
            assert part in joined
    assert any("(021) 89970123" in line for line in lines)  # a number is never split
    for line in lines:
        assert not line.endswith(("(021)", "Telp.", "·"))
    address = re.split(r",\s*", OFFICE.address)
    lines = pdf.letterhead.wrap_at_separators(address, pdf.SANS, 8.5, width_mm * mm, sep=", ")
    assert " ".join(lines).replace(",", "").split() == OFFICE.address.replace(",", "").split()
    assert all("Barat 17530" in line or "17530" not in line for line in lines)


def test_letterhead_names_the_regency_once():
    assert pdf.office_unit_name(OFFICE) == "Dinas Kependudukan dan Pencatatan Sipil"
    assert pdf.office_full_name(OFFICE) == (
        "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bekasi"
    )
    text = text_of(document(pdf.Letterhead(OFFICE, 174 * mm)))
    assert "SIPIL KABUPATEN BEKASI" not in text  # the name under "PEMERINTAH KABUPATEN …"
    assert "PEMERINTAH KABUPATEN BEKASI" in text
    assert "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL\n" in text
    assert "Telp. (021) 89970123" in text and "Surel disdukcapil@bekasikab.go.id" in text
    assert "https://" not in text


def _baselines(data: bytes) -> dict[str, float]:
    found: dict[str, float] = {}

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if text.strip():
            found[text.strip()] = round(tm[5] + cm[5], 1)

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    return found


def test_two_signatures_put_both_names_on_one_line():
    head = pdf.Signatory(
        "Mengetahui,",
        "Kepala Bidang Pelayanan Pendaftaran Penduduk dan Pencatatan Sipil Kabupaten Bekasi",
        "Drs. H. Ahmad Suryana, M.Si.",
        "Pembina Tk. I (IV/b)",
        "196804111993031009",
    )
    maker = pdf.Signatory("Dibuat oleh,", "Petugas Pelayanan", "Sari Wulandari", "", "")
    data = document(pdf.SignatureBlock("Cikarang, 29 November 2026", [head, maker], 174 * mm))
    lines = _baselines(data)
    assert lines["Drs. H. Ahmad Suryana, M.Si."] == lines["Sari Wulandari"]
    assert lines["Mengetahui,"] == lines["Dibuat oleh,"]
    assert lines["Cikarang, 29 November 2026"] > lines["Dibuat oleh,"]
    assert "NIP. 19680411 199303 1 009" in lines


def test_a_signature_without_a_person_is_a_dotted_line():
    data = document(
        pdf.SignatureBlock("Cikarang, 29 November 2026", [pdf.Signatory("Mengetahui,")], 174 * mm)
    )
    text = text_of(data)
    assert "( ......" in text and "NIP. ......" in text


def test_an_officer_signs_with_the_full_name_and_system_signs_nothing():
    from desktop_app.core.security import SYSTEM, Actor, Role

    sari = Actor(3, "sari", Role.LEGALISIR, "Sari Wulandari")
    signed = pdf.officer_signatory("Dibuat oleh,", sari, "199001012015012001")
    assert signed.name == "Sari Wulandari" and signed.title == "Petugas Legalisir"
    assert signed.nip_line == "NIP. 19900101 201501 2 001"
    assert pdf.officer_signatory("Dibuat oleh,", SYSTEM).name == ""
    assert pdf.actor_name(SYSTEM) == "" and pdf.actor_name(sari) == "Sari Wulandari"


def test_every_page_says_page_x_of_y_and_who_printed_it_in_office_time():
    st = pdf.styles()
    data = document(
        Paragraph("satu", st.base),
        PageBreak(),
        Paragraph("dua", st.base),
        PageBreak(),
        Paragraph("tiga", st.base),
    )
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]
    assert len(pages) == 3
    for n, page in enumerate(pages, start=1):
        assert f"Halaman {n} dari 3" in page
        assert "Dicetak oleh Sari Wulandari pada 29 November 2026 pukul 21.13 WIB" in page
    assert "Uji fondasi" not in pages[0] and "Uji fondasi" in pages[1]
    assert unembedded_fonts(data) == []


def test_a_qr_drawing_adds_no_unembedded_font():
    from reportlab.graphics import renderPDF

    buf = io.BytesIO()
    c = pdf.plain_canvas(buf, pdf.PAPERS["F4"])
    renderPDF.draw(pdf.qr_drawing("LOKET-LEG:uji", 25 * mm), c, 50, 50)
    c.showPage()
    c.save()
    assert unembedded_fonts(buf.getvalue()) == []
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    assert round(float(reader.pages[0].mediabox.height) / 72 * 25.4) == 330


def _cell_origins(data: bytes) -> list[tuple[float, float]]:
    """Where each cell's text starts (x, baseline y) in the row list's one text object: the
    text block of the first page that places the most runs, in drawing order."""
    from pypdf.generic import ContentStream

    reader = PdfReader(io.BytesIO(data))
    operations = ContentStream(reader.pages[0].get_contents(), reader).operations
    blocks: list[list[tuple[float, float]]] = []
    for operands, operator in operations:
        if operator == b"BT":
            blocks.append([])
        elif operator == b"Tm":
            blocks[-1].append((float(operands[4]), float(operands[5])))
    cells = max(blocks, key=len)
    assert cells[0] == (0.0, 0.0)  # where a new text object starts, before any cell
    return cells[1:]


def _row_list(rows: list[list[str]]) -> pdf.RowList:
    st = pdf.styles()
    head = [Paragraph("No.", st.head), Paragraph("Nama", st.head_left), Paragraph("Jam", st.head)]
    return pdf.RowList(
        head,
        rows,
        [20 * mm, 60 * mm, 20 * mm],
        head_height=7 * mm,
        row_height=4.6 * mm,
        font=pdf.SANS,
        size=7.5,
        align=["RIGHT", "LEFT", "CENTER"],
    )


def test_a_row_list_aligns_each_column_as_asked_and_keeps_row_order():
    """The report's long list (``RowList``): numbers end at one right edge, names start at one
    left edge, times are centred, and each row sits one row height below the one before."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    rows = [["1", "Siti Aminah", "08.05"], ["10", "Nguyễn Thị Hà", "9.5"], ["100", "Ade", "10.45"]]
    data = document(_row_list(rows))
    origins = _cell_origins(data)
    assert len(origins) == 9  # one run per cell, row by row
    width = lambda s: stringWidth(s, pdf.SANS, 7.5)  # noqa: E731
    numbers, names, times = ([(origins[3 * r + c], rows[r][c]) for r in range(3)] for c in range(3))
    assert {round(x + width(t), 2) for (x, _y), t in numbers} == {round(20 * mm - 4, 2)}
    assert {round(x, 2) for (x, _y), _t in names} == {round(20 * mm + 4, 2)}
    assert {round(x + width(t) / 2, 2) for (x, _y), t in times} == {round(90 * mm, 2)}
    baselines = [y for (_x, y), _t in numbers]
    assert baselines[0] - baselines[1] == pytest.approx(4.6 * mm)
    assert baselines[1] - baselines[2] == pytest.approx(4.6 * mm)
    text = text_of(data)
    assert "No." in text and "1 Siti Aminah 08.05" in text and "100 Ade 10.45" in text
    assert text.index("No.") < text.index("1 Siti Aminah")  # the header above the rows
    assert unembedded_fonts(data) == []


def test_a_row_list_needs_one_width_and_alignment_per_column():
    with pytest.raises(ValueError):
        pdf.RowList(
            ["No."], [["1"]], [10, 20], head_height=10, row_height=5, font=pdf.SANS, size=7,
            align=["RIGHT"],
        )  # fmt: skip


def test_a_row_list_paints_the_house_table_look(tmp_path):
    """Header band, then white and zebra rows alternating: the look of ``table_style``."""
    from legal_helpers import require_tools
    from PIL import Image

    require_tools("pdftoppm")
    rows = [["", "", ""] for _ in range(4)]  # empty cells: only the bands are painted
    (tmp_path / "list.pdf").write_bytes(document(_row_list(rows)))
    subprocess.run(
        ["pdftoppm", "-r", "72", "-f", "1", "-l", "1", "-png", "list.pdf", "page"],
        cwd=tmp_path,
        check=True,
    )
    image = Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")
    hex_of = lambda c: tuple(round(v * 255) for v in c.rgb())  # noqa: E731
    # Down the page through the middle of the list (the name column).
    column = [image.getpixel((int(image.width / 2), y)) for y in range(image.height)]
    bands = []
    for colour in column:
        if not bands or bands[-1] != colour:
            bands.append(colour)
    head, zebra = hex_of(pdf.HEAD_BG), hex_of(pdf.ZEBRA)
    assert head in bands
    after_head = bands[bands.index(head) :]
    assert zebra in after_head
    assert after_head.count(zebra) == 2  # rows 2 and 4 of four
    fills = [c for c in after_head if c in (zebra, (255, 255, 255))]
    assert fills[:4] == [(255, 255, 255), zebra, (255, 255, 255), zebra]
